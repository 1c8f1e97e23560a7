package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b, real(a*b), imag(a/b))
	var c64 complex64 = complex64(a)
	fmt.Println(c64*c64, a == complex(1, 2), a != b)
	z := 0i
	fmt.Println(a / z)
	println(a, b)
}

// Output:
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i) 11 0.4
// (-3+4i) true true
// (+Inf+Infi)
// Stderr:
// (+1.000000e+000+2.000000e+000i) (+3.000000e+000-4.000000e+000i)
