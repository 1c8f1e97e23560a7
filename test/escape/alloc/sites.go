// Allocation sites: new(T), &T{...}, slice literals, make([]T, n), variadic arguments and
// method values are built in the stack frame when they do not escape, on the heap when they
// do, and on the heap when they are too large for the stack (over 64 KiB) or their size is
// not a constant. The expected numbers below are what real Go 1.19 printed (`go run`,
// linux/amd64).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

func (t T) Sum() int { return t.a + t.b }

type P struct {
	x    int
	next *P
}

func (p *P) Len() int {
	n := 0
	for ; p != nil; p = p.next {
		n++
	}
	return n
}

var (
	sinkI *int
	sinkS []int
	sinkM func() int
	sinkP *P
)

//go:noinline
func newLocal() int {
	s := 0
	for i := 0; i < 1000; i++ {
		p := new(int)
		*p = i
		s += *p
	}
	return s
}

//go:noinline
func newEscapes() {
	for i := 0; i < 1000; i++ {
		p := new(int)
		*p = i
		sinkI = p
	}
}

//go:noinline
func linkedLocal() int {
	s := 0
	for i := 0; i < 1000; i++ {
		a := P{x: 1}
		b := P{x: 2, next: &a}
		c := &P{x: 3, next: &b}
		s += c.Len()
	}
	return s
}

//go:noinline
func linkedEscapes() {
	for i := 0; i < 1000; i++ {
		sinkP = &P{x: i, next: &P{x: i}}
	}
}

//go:noinline
func sliceLit() int {
	s := 0
	for i := 0; i < 1000; i++ {
		b := []int{i, 2, 3}
		s += b[0]
	}
	return s
}

//go:noinline
func sliceLitEscapes() {
	for i := 0; i < 1000; i++ {
		sinkS = []int{i, 2, 3}
	}
}

//go:noinline
func makeConst() int {
	s := 0
	for i := 0; i < 1000; i++ {
		b := make([]int, 10)
		b[3] = i
		s += b[3]
	}
	return s
}

//go:noinline
func makeVar(n int) int {
	s := 0
	for i := 0; i < 1000; i++ {
		b := make([]int, n)
		b[3] = i
		s += b[3]
	}
	return s
}

//go:noinline
func makeTooLarge() int {
	s := 0
	for i := 0; i < 10; i++ {
		b := make([]int, 10000)
		b[3] = i
		s += b[3]
	}
	return s
}

//go:noinline
func makeEscapes() {
	for i := 0; i < 1000; i++ {
		sinkS = make([]int, 4)
	}
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func keep(xs ...int) { sinkS = xs }

//go:noinline
func variadic() int {
	s := 0
	for i := 0; i < 1000; i++ {
		s += sum(i, 1, 2, 3)
	}
	return s
}

//go:noinline
func variadicEscapes() {
	for i := 0; i < 1000; i++ {
		keep(i, 1, 2, 3)
	}
}

//go:noinline
func methodValueLocal() int {
	s := 0
	t := T{1, 2}
	for i := 0; i < 1000; i++ {
		f := t.Sum
		s += f()
	}
	return s
}

//go:noinline
func methodValueEscapes() {
	t := T{1, 2}
	for i := 0; i < 1000; i++ {
		sinkM = t.Sum
	}
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(name, b.Mallocs-a.Mallocs, b.HeapAlloc-a.HeapAlloc)
}

func main() {
	measure("newLocal", func() { newLocal() })
	measure("newEscapes", newEscapes)
	measure("linkedLocal", func() { linkedLocal() })
	measure("linkedEscapes", linkedEscapes)
	measure("sliceLit", func() { sliceLit() })
	measure("sliceLitEscapes", sliceLitEscapes)
	measure("makeConst", func() { makeConst() })
	measure("makeVar", func() { makeVar(10) })
	measure("makeTooLarge", func() { makeTooLarge() })
	measure("makeEscapes", makeEscapes)
	measure("variadic", func() { variadic() })
	measure("variadicEscapes", variadicEscapes)
	measure("methodValueLocal", func() { methodValueLocal() })
	measure("methodValueEscapes", methodValueEscapes)
}

// Output:
// newLocal 0 0
// newEscapes 1000 8000
// linkedLocal 0 0
// linkedEscapes 2000 32000
// sliceLit 0 0
// sliceLitEscapes 1000 24000
// makeConst 0 0
// makeVar 1000 80000
// makeTooLarge 10 819200
// makeEscapes 1000 32000
// variadic 0 0
// variadicEscapes 1000 32000
// methodValueLocal 0 0
// methodValueEscapes 1000 24000
