// Constant expressions: overflow of typed constants, truncation, huge untyped values.

package main

const big = 1 << 100

const (
	c1 int8  = 100
	c2       = c1 * 2 // ERROR "c1 \* 2 \(constant 200 of type int8\) overflows int8"
	c3 uint8 = -1     // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in constant declaration \(overflows\)"
	c4 int   = 2.5    // ERROR "cannot use 2.5 \(untyped float constant\) as int value in constant declaration \(truncated\)"
	c5       = big >> 98
)

var arr [c5]int

func main() {
	var x int = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_ = x
	_ = arr
	_ = int8(c5 * 100) // ERROR "cannot convert c5 \* 100 \(untyped int constant 400\) to type int8"
}
