// Finalizers run on the finalizer goroutine after a collection finds their objects unreachable;
// an object reachable from another finalizable object is finalized a cycle later.

package main

import (
	"fmt"
	"runtime"
	"sort"
)

type node struct {
	id   int
	next *node
	pad  [4]int
}

var done = make(chan int, 100)

func finalize(n *node) { done <- n.id }

func build() {
	for i := 0; i < 5; i++ {
		n := &node{id: i}
		runtime.SetFinalizer(n, finalize)
	}
	// A chain: 10 points to 11; 11's finalizer can only run after 10's.
	a := &node{id: 10, next: &node{id: 11}}
	runtime.SetFinalizer(a, finalize)
	runtime.SetFinalizer(a.next, func(n *node) { done <- n.id })
	// A finalizer removed again never runs.
	r := &node{id: 99}
	runtime.SetFinalizer(r, finalize)
	runtime.SetFinalizer(r, nil)
}

func main() {
	build()
	runtime.GC()
	var got []int
	for len(got) < 6 {
		got = append(got, <-done)
	}
	sort.Ints(got)
	fmt.Println("first cycle:", got)
	runtime.GC()
	fmt.Println("second cycle:", <-done)
	runtime.GC()
	runtime.GC()
	select {
	case id := <-done:
		fmt.Println("unexpected finalizer", id)
	default:
		fmt.Println("no more finalizers")
	}
}

// Output:
// first cycle: [0 1 2 3 4 10]
// second cycle: 11
// no more finalizers
