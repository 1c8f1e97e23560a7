package main

import (
	"errors"
	"fmt"
)

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

func namedResult() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint(r))
		}
	}()
	return a / b, nil
}

func recoverValue() (v interface{}) {
	defer func() { v = recover() }()
	panic("boom")
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func index(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint(r))
		}
	}()
	return s[i], nil
}

func main() {
	deferOrder()
	fmt.Println(namedResult())
	fmt.Println(recoverValue())
	nested()
	v, err := index([]int{1, 2, 3}, 5)
	fmt.Println(v, err)
	var p *struct{ x int }
	func() {
		defer func() { fmt.Println("nil deref:", recover()) }()
		fmt.Println(p.x)
	}()
	func() {
		defer func() { fmt.Println("div:", recover()) }()
		z := 0
		fmt.Println(10 / z)
	}()
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("end of main", x)
}

// Output:
// body
// deferred 2
// deferred 1
// deferred 0
// 42
// boom
// recovered: second
// 0 runtime error: index out of range [5] with length 3
// nil deref: runtime error: invalid memory address or nil pointer dereference
// div: runtime error: integer divide by zero
// end of main 2
// x at defer time: 1
