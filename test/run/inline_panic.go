// A nil map write inside functions inlined into each other: the traceback shows each inlined
// frame as `pkg.f(...)` with its line and no pc offset, then the function they are inlined into.

package main

import "fmt"

type table struct{ m map[string]int }

func (t *table) set(k string, v int) { t.m[k] = v }

func store(t *table, k string) { t.set(k, len(k)) }

func main() {
	t := &table{m: map[string]int{}}
	store(t, "ok")
	fmt.Println(t.m)
	var u table
	store(&u, "boom")
}

// Output:
// map[ok:2]
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// Exit: 2
