package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) AddLeg() { a.Legs++ }

type Dog struct {
	Animal
	Breed string
}

type Node struct {
	Val  int
	Next *Node
}

func newNode(v int, next *Node) *Node {
	return &Node{Val: v, Next: next}
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

type Pair struct {
	a, b int
}

func makePair(x int) Pair { return Pair{x, x * 2} }

func (p Pair) Swap() Pair { return Pair{p.b, p.a} }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.AddLeg()
	fmt.Println(d.Legs)
	var list *Node
	for i := 1; i <= 4; i++ {
		list = newNode(i, list)
	}
	fmt.Println(list.Sum())
	p := makePair(3)
	q := p.Swap()
	fmt.Println(p, q, p == q, p == Pair{3, 6})
	pp := &p
	pp.a = 10
	fmt.Println(p.a, (*pp).b)
	arr := [3]Pair{{1, 2}, {3, 4}}
	arr2 := arr
	arr2[0].a = 100
	fmt.Println(arr[0].a, arr2[0].a)
	x := 5
	px := &x
	*px = 6
	fmt.Println(x, *px)
	type local struct {
		f float64
		s string
	}
	l := local{1.5, "hi"}
	fmt.Printf("%v %+v\n", l, l)
	f := d.Describe
	d.Name = "Max"
	fmt.Println(f())
	g := (*Animal).AddLeg
	_ = g
	ptr := new(int)
	*ptr += 41
	fmt.Println(*ptr + 1)
}

// Output:
// Rex 4 lab
// Rex has 4 legs
// 5
// 10
// {3 6} {6 3} false true
// 10 6
// 1 100
// 6 6
// {1.5 hi} {f:1.5 s:hi}
// Rex has 5 legs
// 42
