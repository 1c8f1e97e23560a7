package main

import "fmt"

// Package variables initialise in dependency order, then each init in source order, on the
// main goroutine, before main.
var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, b, c, d)

func f(s string) int {
	fmt.Println("init", s)
	return len(s) + d
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println("sum", t)
	return t
}

func init() { fmt.Println("init 1", a, total) }

func init() { fmt.Println("init 2") }

func main() { fmt.Println("main", a, b, c, d, total) }

// Output:
// init b
// init c
// sum 19
// init 1 8 19
// init 2
// main 8 4 4 3 19
