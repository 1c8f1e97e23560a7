// Type-checking errors of generic code, as gc 1.19 reports them.

package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T { var s T; return s }

type Pair[K comparable, V any] struct{}

type S interface{ String() string }

func Str[T S](x T) {}

func Eq[T comparable](a, b T) bool { return a == b }

func F[T any, U any](x T) U { var u U; return u }

type C interface{ int | string }

func G[T C](x T) T {
	return x + 1 // ERROR "cannot convert 1 \(untyped int constant\) to T"
}

func H[T any](x T) {
	_ = x + x // ERROR "invalid operation: operator \+ not defined on x \(variable of type T constrained by any\)"
	_ = x == x // ERROR "invalid operation: x == x \(incomparable types in type set\)"
	switch x.(type) { // ERROR "cannot use type switch on type parameter value x \(variable of type T constrained by any\)"
	}
	var _ = len(x) // ERROR "invalid argument: x \(variable of type T constrained by any\) for len"
}

type Int interface{ int }

func K[T Int](x T) { _ = T(1.5) } // ERROR "cannot convert 1.5 \(untyped float value\) to type T:\n\tcannot convert 1.5 \(untyped float constant\) to int \(in T\)"

func L[T ~int](x T) {}

func main() {
	Sum("a") // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	Sum[string]() // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	var p Pair[int] // ERROR "got 1 arguments but 2 type parameters"
	var q Pair // ERROR "cannot use generic type Pair\[K comparable, V any\] without instantiation"
	_, _ = p, q
}
