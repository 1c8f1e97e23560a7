// Inlined calls whose parameters use their argument variables' registers (inline.ts,
// ParamAliases): a parameter the body assigns, or whose address it takes, must be a copy; an
// argument variable changed after the call (in a loop) must not change an earlier result; an
// argument read by a later argument's call sees gc's order; results evaluated straight into the
// result registers must not clobber parameters still to be read.
package main

import "fmt"

func bump(x int) int {
	x += 10
	return x
}

func inc(x int) int {
	x++
	return x
}

func redecl(x int) int {
	x, y := x*2, 1
	return x + y
}

func last(i int, s []int) int {
	for i = range s {
	}
	return i
}

func viaPtr(x int) int {
	p := &x
	*p = 7
	return x
}

func grow(s []int) int {
	s = append(s, 99)
	return len(s)
}

func set0(s []int) {
	s[0] = 42
}

func sq(x int) int { return x * x }

func add(a, b int) int { return a + b }

func swap(a, b int) (int, int) { return b, a }

func rot(a, b, c int) (int, int, int) { return c, a, b }

func pair(a int, s string) (string, int) { return s, a }

func addTo(n *int, d int) int {
	*n += d
	return d
}

func twice(x int) int { return add(x, x) }

func outer(a, b int) int { return add(b, a) - sq(a) }

func tail(s []int) []int {
	if len(s) > 1 {
		return s[1:]
	}
	return s
}

func cat(a string) string { return a + "-" + a }

func lit(s []int) []int { return []int{s[0] + 10, len(s), s[len(s)-1]} }

func ap(s []int) []int { return append(s[:1], s[len(s)-1], s[0]) }

func swapc(c complex128) complex128 { return complex(-imag(c), real(c)) }

func half(x int) int {
	if x%2 == 0 {
		return x / 2
	}
	return 3*x + 1
}

func show(v any) string { return fmt.Sprint(v) }

func showS(v fmt.Stringer) string { return v.String() }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func (c Celsius) Plus(d Celsius) Celsius {
	c += d
	return c
}

func (c Celsius) Twice() Celsius { return c + c }

type node struct {
	v    int
	next *node
}

func (p *node) skip() *node {
	p = p.next
	return p
}

func (p *node) val() int { return p.v }

func main() {
	x := 1
	for i := 0; i < 3; i++ {
		fmt.Println(bump(x), inc(x), redecl(x), viaPtr(x), x)
		x++
	}

	s := []int{1, 2, 3}
	fmt.Println(last(-1, s), grow(s[:1]), len(s), s)
	set0(s)
	fmt.Println(s)

	// The argument variable changes after each call; each result is the value at its call.
	var rs []int
	for i := 0; i < 5; i++ {
		r := sq(i)
		rs = append(rs, r)
		i += r % 2
	}
	fmt.Println(rs)

	// x = f(x): the result register is not the variable's.
	y := 2
	for k := 0; k < 4; k++ {
		y = sq(y) - y
	}
	fmt.Println(y)

	// Results straight into the result registers, with aliased and non-aliased parameters.
	a, b := 1, 2
	for k := 0; k < 3; k++ {
		a, b = swap(a, b)
		fmt.Println(a, b)
		a, b = swap(a+0, b)
		fmt.Println(a, b)
		a, b = swap(b, a)
		fmt.Println(a, b)
	}
	p, q, r := 1, 2, 3
	p, q, r = rot(p, q, r)
	fmt.Println(p, q, r)
	p, q, r = rot(r, p+1, q)
	fmt.Println(p, q, r)
	str, n := pair(p, "x")
	fmt.Println(str, n)
	str, n = pair(n, str+"y")
	fmt.Println(str, n)

	// gc reads a plain argument after the calls in later arguments.
	m := 1
	fmt.Println(add(m, addTo(&m, 5)), m)
	c := 1
	next := func() int { c += 100; return c }
	fmt.Println(add(c, next()), c)
	fmt.Println(twice(3), outer(3, 5), add(x, x))

	// The result straight into the destination variable, which may be the argument.
	sl := []int{1, 2, 3, 4}
	sl2 := tail(sl)
	for len(sl) > 1 {
		sl = tail(sl)
		fmt.Println(sl, sl2)
	}
	sl = lit(sl)
	fmt.Println(sl)
	sl = ap(sl)
	fmt.Println(sl)
	cx := complex(1, 2)
	cx = swapc(cx)
	fmt.Println(cx)
	w := "a"
	w2 := cat(w)
	w = cat(w)
	w = cat(w2)
	fmt.Println(w, w2)
	h := 27
	steps := 0
	for h != 1 {
		h = half(h)
		steps++
	}
	h2 := half(steps)
	fmt.Println(h, steps, h2)

	// Interface parameters convert their arguments.
	t := Celsius(21.5)
	var st fmt.Stringer = t
	fmt.Println(show(x), show(t), show(st), showS(t), showS(st))

	// Receivers.
	u := t.Plus(1)
	fmt.Println(t, u, t.Twice(), u.Twice())
	l := &node{1, &node{2, &node{3, nil}}}
	fmt.Println(l.skip().val(), l.val(), l.skip().skip().val(), l.val())
}

// Output:
// 11 2 3 7 1
// 12 3 5 7 2
// 13 4 7 7 3
// 2 2 3 [1 99 3]
// [42 99 3]
// [0 1 9]
// 2
// 2 1
// 1 2
// 1 2
// 2 1
// 1 2
// 1 2
// 2 1
// 1 2
// 1 2
// 3 1 2
// 1 2 4
// x 1
// xy 1
// 11 6
// 202 101
// 6 -1 8
// [2 3 4] [2 3 4]
// [3 4] [2 3 4]
// [4] [2 3 4]
// [14 1 4]
// [14 4 14]
// (-2+1i)
// a-a-a-a a-a
// 1 111 334
// 4 21.5C 21.5C 21.5C 21.5C
// 21.5C 22.5C 43.0C 45.0C
// 2 1 3 1
