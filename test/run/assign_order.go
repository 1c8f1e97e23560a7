package main

import "fmt"

// The spec's two phases of a tuple assignment: index operands and pointer indirections on the
// left are evaluated first, then the assignments happen left to right.

type node struct {
	val  int
	next *node
}

func main() {
	a := &node{val: 1}
	b := &node{val: 2}
	p := a
	p, p.val = b, 10 // p.val is a's field: p was a when the operands were evaluated
	fmt.Println(a.val, b.val, p == b)

	q := a
	q.next, q = b, b // q.next is a.next
	fmt.Println(a.next == b, b.next == nil)

	arr := &[3]int{1, 2, 3}
	r := arr
	r, r[1] = &[3]int{}, 20
	fmt.Println(*arr, *r)

	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 2, 9
	fmt.Println(i, s)

	m := map[string]int{}
	var np *node
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, len(m)) }()
		m["k"], np.val = 1, 2
	}()

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
}

// Output:
// 10 2 true
// true true
// [1 20 3] [0 0 0]
// 2 [9 2 3]
// recovered: true 1
// 2 1
