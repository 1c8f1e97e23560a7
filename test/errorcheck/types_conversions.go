// Conversions and type assertions.

package main

type I interface{ M() }
type T struct{}
type P struct{}

func (*P) M() {}

func main() {
	var f float64
	var s string
	var i I
	_ = int(s)          // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f)       // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = int8(300)       // ERROR "cannot convert 300 \(untyped int constant\) to type int8"
	_ = i.(T)           // ERROR "impossible type assertion: i.\(T\)\n\tT does not implement I \(missing M method\)"
	_ = i.(P)           // ERROR "impossible type assertion: i.\(P\)\n\tP does not implement I \(M method has pointer receiver\)"
	_ = f.(int)         // ERROR "invalid operation: f \(variable of type float64\) is not an interface"
	var j I = P{}       // ERROR "cannot use P{} \(value of type P\) as type I in variable declaration:\n\tP does not implement I \(M method has pointer receiver\)"
	_ = []byte(s)
	_ = string(rune(65))
	_ = j
}
