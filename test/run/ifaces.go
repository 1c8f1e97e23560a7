package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Named interface{ Name() string }

type MyInt int

func (m MyInt) Name() string { return fmt.Sprint("myint ", int(m)) }

type Base struct{ id int }

func (b Base) Name() string { return fmt.Sprint("base", b.id) }

type Derived struct {
	Base
	extra string
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case fmt.Stringer:
		return "stringer"
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	var n Named = MyInt(7)
	fmt.Println(n.Name())
	n = Derived{Base{3}, "x"}
	fmt.Println(n.Name())
	n = shapes[1]
	fmt.Println(n.Name())
	if s, ok := n.(Shape); ok {
		fmt.Println("also a shape", s.Area())
	}
	_, ok := n.(MyInt)
	fmt.Println(ok)
	fmt.Println(describe(nil), describe(3), describe("s"), describe(Rect{1, 1}), describe([]int{1, 2}), describe(2.5))
	var e interface{} = 5
	var f interface{} = 5
	var g interface{} = "5"
	fmt.Println(e == f, e == g, e != nil)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	fmt.Println(s == Rect{1, 2}, s != Rect{2, 1})
	name := n.Name
	fmt.Println(name())
	area := Shape.Area
	fmt.Println(area(Rect{4, 5}))
	var st fmt.Stringer
	fmt.Println(st == nil)
	x := e.(int) + 1
	fmt.Println(x)
}

// Output:
// rect 6
// circle 3
// 9
// myint 7
// base3
// circle
// also a shape 3
// false
// nil int 3 string s shape rect slice 2 other
// true false true
// true
// true true
// circle
// 20
// true
// 6
