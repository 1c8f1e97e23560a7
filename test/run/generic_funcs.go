// Generic functions: inference from arguments (untyped constants take their default types),
// explicit and partial instantiation, core-type inference, operations through type sets and
// core types, closures and func values of instances.

package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Scale[S ~[]E, E Number](s S, c E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * c
	}
	return out
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += ","
		}
		s += x.String()
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Convert[From, To Number](x From) To { return To(x) }

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Zero[T any]() (_ T) { return }

func Counter[T Number]() func() T {
	var n T
	return func() T {
		n++
		return n
	}
}

type Vec []float64

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](1, 2))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map[int, float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	v := Scale(Vec{1, 2}, 3)
	fmt.Printf("%T %v\n", v, v)
	fmt.Println(Join([]MyInt{1, 2, 3}))
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"))
	fmt.Println(Convert[int, float64](3), Convert[float64, int](3.9))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]float64{1, 2.5}, 2.5))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[2]int]())
	c := Counter[float64]()
	c()
	fmt.Println(c(), c())
	f := Max[string]
	fmt.Printf("%T %v\n", f, f("p", "q"))
}

// Output:
// 6 4 MyInt(3)
// [1 2 3] [0.5 1]
// 2
// main.Vec [3 6]
// MyInt(1),MyInt(2),MyInt(3)
// 7 2.5 b
// 3 3
// 1 1
// "" true [0 0]
// 2 3
// func(string, string) string q
