package main

import "fmt"

type T int

func (t T) F() int { return int(t) + 1 }

func (t T) G(a, b int) int { return int(t) + a + b }

type I interface {
	F() int
	G(a, b int) int
}

func main() {
	x := T(4)
	var i I = &x
	fmt.Println(i.F(), i.G(2, 3))
	var p *T
	i = p
	defer func() {
		err := recover().(error)
		fmt.Println(err.Error())
		_, isRuntime := err.(interface{ RuntimeError() })
		fmt.Println(isRuntime)
	}()
	i.G(1, 2)
}

// Output:
// 5 9
// value method main.T.G called using nil *T pointer
// true
