// Where variables live: a variable whose address is taken or that a closure captures lives
// in its goroutine's stack frame unless it escapes; one that escapes is allocated by
// runtime.newobject. runtime.ReadMemStats sees the difference: Mallocs and HeapAlloc grow
// only for what escapes. The expected numbers below are what real Go 1.19 printed
// (`go run`, linux/amd64).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

func (t *T) Inc() { t.a++ }

var (
	sinkT *T
	sinkI *int
	sinkF func() int
)

//go:noinline
func ptrLocal() {
	for i := 0; i < 1000; i++ {
		p := &T{}
		p.a = i
	}
}

//go:noinline
func ptrEscapes() {
	for i := 0; i < 1000; i++ {
		p := &T{}
		p.a = i
		sinkT = p
	}
}

//go:noinline
func addrLocal() int {
	s := 0
	for i := 0; i < 1000; i++ {
		x := i
		p := &x
		s += *p
	}
	return s
}

//go:noinline
func addrEscapes() {
	for i := 0; i < 1000; i++ {
		x := i
		sinkI = &x
	}
}

//go:noinline
func addrOuterLoop() int {
	// p outlives each iteration's x, so x escapes (a stack slot is reused by the next one).
	var p *int
	s := 0
	for i := 0; i < 1000; i++ {
		x := i
		if p != nil {
			s += *p
		}
		p = &x
	}
	return s
}

//go:noinline
func ptrMethod() int {
	s := 0
	for i := 0; i < 1000; i++ {
		var t T
		t.Inc()
		s += t.a
	}
	return s
}

//go:noinline
func closureByValue() int {
	s := 0
	for i := 0; i < 1000; i++ {
		x := i
		f := func() int { return x * 2 }
		s += f()
	}
	return s
}

//go:noinline
func closureByRef() int {
	s := 0
	for i := 0; i < 1000; i++ {
		x := i
		f := func() { x++ }
		f()
		s += x
	}
	return s
}

//go:noinline
func closureEscapes() {
	// The closure (24 bytes) and x (moved to heap: it is captured by reference) escape.
	for i := 0; i < 1000; i++ {
		x := i
		sinkF = func() int { x++; return x }
	}
}

//go:noinline
func closureEscapesByValue() {
	// Only the closure escapes: it holds a copy of x.
	for i := 0; i < 1000; i++ {
		x := i
		sinkF = func() int { return x }
	}
}

//go:noinline
func closureNoCaptures() {
	for i := 0; i < 1000; i++ {
		sinkF = func() int { return 7 }
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
	measure("ptrLocal", ptrLocal)
	measure("ptrEscapes", ptrEscapes)
	measure("addrLocal", func() { addrLocal() })
	measure("addrEscapes", addrEscapes)
	measure("addrOuterLoop", func() { addrOuterLoop() })
	measure("ptrMethod", func() { ptrMethod() })
	measure("closureByValue", func() { closureByValue() })
	measure("closureByRef", func() { closureByRef() })
	measure("closureEscapes", closureEscapes)
	measure("closureEscapesByValue", closureEscapesByValue)
	measure("closureNoCaptures", closureNoCaptures)
}

// Output:
// ptrLocal 0 0
// ptrEscapes 1000 16000
// addrLocal 0 0
// addrEscapes 1000 8000
// addrOuterLoop 1000 8000
// ptrMethod 0 0
// closureByValue 0 0
// closureByRef 0 0
// closureEscapes 2000 24000
// closureEscapesByValue 1000 16000
// closureNoCaptures 0 0
