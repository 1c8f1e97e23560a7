// Inlined callees whose last statement is an `if` ending in `return`: the jump out of the
// inlined body must land after the body, with or without named results.
package main

import (
	"fmt"
	"math"
)

var odd int

func check(f float64) {
	if f != 0 || math.Signbit(f) {
		odd++
		return
	}
}

func test32(f float32) {
	if f != 0 || math.Signbit(float64(f)) {
		println("BUG: got", f, "want 0.0")
		return
	}
}

func clamp(x int) (r int) {
	r = x
	if x > 10 {
		r = 10
		return
	}
	return
}

func sign(x int) (s string, neg bool) {
	if x < 0 {
		return "-", true
	}
	s = "+"
	if x == 0 {
		s = "0"
		return
	}
	return
}

func main() {
	test32(-0.0)
	println("after test32")
	check(0)
	a := 41
	println("a", a)
	check(math.Copysign(0, -1))
	check(2)
	fmt.Println("odd", odd)
	fmt.Println(clamp(3), clamp(30))
	fmt.Println(sign(-1))
	fmt.Println(sign(0))
	fmt.Println(sign(5))
}

// Output:
// odd 2
// 3 10
// - true
// 0 false
// + false
// Stderr:
// after test32
// a 41
