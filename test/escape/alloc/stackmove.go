// Values escape analysis keeps in a stack frame must survive the stack being copied to a
// larger one: the pointers to them (in registers, in frame memory, inside other stack
// objects, in closures and interfaces) are moved with it. Each check recurses deep enough to
// grow the stack several times while those pointers are live. The expected output is what
// real Go 1.19 printed.
package main

import "fmt"

type T struct {
	a    int
	next *T
	s    []int
}

func (t T) Get() int   { return t.a }
func (t *T) Add(n int) { t.a += n }

type Getter interface{ Get() int }

func deep(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%16] - n
}

func check(p *T, f func() int, g func() int, i any, xs []int, h func() int, gt Getter) int {
	deep(3000)
	return p.a + p.next.a + p.s[1] + f() + g() + i.(T).a + xs[2] + h() + gt.Get()
}

func run(k int) int {
	x := k
	y := 10
	u := T{a: 100}
	t := &T{a: 1, next: &u, s: []int{5, 6, 7}}
	f := func() int { return x }
	g := func() int { y++; return y }
	var i any = T{a: 1000}
	xs := make([]int, 3)
	xs[2] = 10000
	h := u.Get
	return check(t, f, g, i, xs, h, u)
}

// rec calls f, a closure on its caller's stack, at every depth: some of those calls are the
// ones that grow the stack.
func rec(n int, f func(int)) {
	if n == 0 {
		f(1)
		return
	}
	rec(n-1, f)
}

func variadic(n int, xs ...*int) int {
	if n > 0 {
		return variadic(n-1, xs...)
	}
	s := 0
	for _, p := range xs {
		s += *p
	}
	return s
}

func deferred(n int) (r int) {
	x := n
	t := T{a: 1}
	defer func() { r = x + t.a + deep(2000) }()
	defer t.Add(5)
	x++
	return 0
}

func recovered() (msg string) {
	v := 42
	p := &v
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e, *p)
		}
	}()
	deep(2000)
	panic("boom")
}

func main() {
	total := 0
	for k := 0; k < 20; k++ {
		total += run(k)
	}
	fmt.Println(total)
	x := 0
	f := func(n int) { x += n }
	for i := 0; i < 2000; i += 7 {
		rec(i, f)
	}
	fmt.Println(x)
	a, b := 1, 2
	fmt.Println(variadic(2000, &a, &b))
	fmt.Println(deferred(10))
	fmt.Println(recovered())
}

// Output:
// 226550
// 286
// 3
// 17
// boom42
