// errorcheck -0 -m

// Inlining happens before escape analysis: an inlined body's allocations are analysed in the
// caller (and reported at the call), so `&T{}` returned by an inlined constructor can stay on
// the caller's stack.

package p

type T struct{ a, b int }

func newT() *T { // ERROR "can inline newT$"
	return &T{1, 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func add(a, b int) int { // ERROR "can inline add$"
	return a + b
}

//go:noinline
func noinl(x int) int {
	return x * 2
}

func recursive(n int) int {
	if n == 0 {
		return 0
	}
	return recursive(n-1) + 1
}

func tooBig(xs []int) int { // ERROR "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x * x
		s += x * 3
		s -= x / 2
		s += noinl(x)
		s += noinl(s)
	}
	return s
}

func withDefer() {
	defer println("x")
}

func use() int {
	t := newT() // ERROR "inlining call to newT$" "&T\{\.\.\.\} does not escape$"
	return t.a + add(1, 2) + noinl(3) // ERROR "inlining call to add$"
}
