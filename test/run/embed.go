package main

import "fmt"

type Logger interface{ Log(string) string }

type prefix struct{ p string }

func (x prefix) Log(s string) string { return x.p + s }

type Service struct {
	Logger
	name string
}

type Inner struct{ v int }

func (i *Inner) Bump() { i.v++ }
func (i Inner) Val() int { return i.v }

type Outer struct {
	*Inner
	tag string
}

type Deep struct {
	Outer
}

func main() {
	s := Service{prefix{"> "}, "svc"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	o := Outer{&Inner{1}, "t"}
	o.Bump()
	o.Bump()
	fmt.Println(o.Val(), o.v)
	d := Deep{o}
	d.Bump()
	fmt.Println(d.Val(), o.Val())
	f := d.Val
	d.Bump()
	fmt.Println(f(), d.Val())
	type VI interface{ Val() int }
	var vi VI = d
	fmt.Println(vi.Val())
}

// Output:
// > hello
// > via iface
// 3 3
// 4 4
// 4 5
// 5
