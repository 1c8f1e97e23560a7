// Type-checking errors of generic code (inference and satisfaction), as gc 1.19 reports them.

package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T { var s T; return s }

type S interface{ String() string }

func Str[T S](x T) {}

func Eq[T comparable](a, b T) bool { return a == b }

func F[T any, U any](x T) U { var u U; return u }

type C interface{ int | string }

func G[T C](x T) T { return x }

func L[T ~int](x T) {}

func main() {
	Str(1) // ERROR "int does not implement S \(missing String method\)"
	Eq[any](1, 2) // ERROR "any does not implement comparable"
	F(1) // ERROR "cannot infer U"
	var x Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_ = Sum // ERROR "cannot use generic function Sum without instantiation"
	Sum(1.5, 2) // ERROR "default type int of 2 does not match inferred type float64 for T"
	L(int8(1)) // ERROR "int8 does not implement ~int \(int8 missing in ~int\)"
	G[float64](1) // ERROR "float64 does not implement C \(float64 missing in int \| string\)"
	_ = x
}
