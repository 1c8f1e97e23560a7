// Argument order: gc evaluates the calls in a call's arguments first, then the arguments that
// may panic (index, indirection, ...), then plain reads; struct arguments are copied at the
// call, after all of that. A tuple assignment evaluates the index operands on its left first and
// assigns left to right, so a later index out of range leaves the earlier targets assigned.
package main

import "fmt"

type S struct{ a, b int }

func modify(p *S) int {
	p.a = 100
	return 7
}

func f(s S, n int) {
	fmt.Println(s.a, s.b, n)
}

func g(a [3]int, n int) {
	fmt.Println(a, n)
}

func setArr(p *[3]int) int {
	p[0] = 9
	return 1
}

type T struct{ s S }

func (t T) show(n int) { fmt.Println(t.s.a, n) }

func h(s1 S, s2 S) { fmt.Println(s1, s2) }

func f2(n int, s S) { fmt.Println(s.a, s.b, n) }
func f3(s S, t S) { fmt.Println(s, t) }

type W struct{ in S }

func get(p *S) S { p.b = 77; return *p }

func inc(p *int) int { *p += 10; return 1 }
func fi(a, b int) { fmt.Println(a, b) }

func structs() {
	sl := []S{{1, 2}}
	f(sl[0], modify(&sl[0]))
	arr := [1]S{{1, 2}}
	f(arr[0], modify(&arr[0]))
	i := 0
	arr[0] = S{1, 2}
	f(arr[i], modify(&arr[0]))
	p := &S{3, 4}
	f(*p, modify(p))
	w := &W{S{5, 6}}
	f(w.in, modify(&w.in))
	q := &S{3, 4}
	f2(modify(q), *q)
	r := S{1, 2}
	f3(r, get(&r))
	mp := map[int]S{0: {1, 2}}
	f(mp[0], func() int { mp[0] = S{9, 9}; return 1 }())
}

func ints() {
	n := 1
	fi(n, inc(&n))
	m := 1
	fmt.Println(m, inc(&m))
	k := 1
	fi(k+1, inc(&k)+k)
}

func main() {
	s := S{1, 2}
	f(s, modify(&s))
	fmt.Println(s)

	a := [3]int{1, 2, 3}
	g(a, setArr(&a))
	fmt.Println(a)

	t := T{S{5, 6}}
	t.show(modify(&t.s))

	p := &S{3, 4}
	f(*p, modify(p))

	u := S{1, 1}
	h(u, func() S { u.b = 50; return u }())

	var x int
	arr := []int{1, 2}
	i := 5
	func() {
		defer func() {
			fmt.Println("recovered:", recover() != nil, "x =", x)
		}()
		x, arr[i] = 42, 3
	}()
	y := 0
	m := map[string]int{}
	y, m["k"] = 1, 2
	fmt.Println(y, m)
	var nm map[string]int
	func() {
		defer func() {
			fmt.Println("recovered:", recover() != nil, "y =", y)
		}()
		y, nm["k"] = 3, 4
	}()
	var ps *S
	func() {
		defer func() {
			fmt.Println("recovered:", recover() != nil, "y =", y)
		}()
		y, ps.a = 5, 6
	}()
	structs()
	ints()
	receivers()
}

type N int

func (n N) show(k int) { fmt.Println(int(n), k) }

func incN(p *N) int { *p += 10; return 1 }

// The receiver and the func value are plain reads too: read after the calls.
func receivers() {
	n := N(1)
	n.show(incN(&n))
	f := func(a, b int) { fmt.Println(a, b) }
	g := f
	x := 1
	g(x, func() int { g = func(a, b int) { fmt.Println("new", a, b) }; x = 5; return 2 }())
	var arr [3]int
	i := 1
	arr[i], i = 5, 2
	fmt.Println(arr, i)
	s := []int{1, 2, 3}
	s, s[2] = nil, 9
	fmt.Println(s)
}

// Output:
// 100 2 7
// {100 2}
// [9 2 3] 1
// [9 2 3]
// 100 7
// 100 4 7
// {1 50} {1 50}
// recovered: true x = 42
// 1 map[k:2]
// recovered: true y = 3
// recovered: true y = 5
// 100 2 7
// 100 2 7
// 100 2 7
// 100 4 7
// 100 6 7
// 100 4 7
// {1 77} {1 77}
// 9 9 1
// 11 1
// 11 1
// 12 12
// 11 1
// new 5 2
// [0 5 0] 2
// []
