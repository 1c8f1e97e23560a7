// Expressions: operators, mismatched types, shifts, comparisons, constant overflow.

package main

func main() {
	var i int
	var f float64
	var s string
	var b bool
	_ = i + f    // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = s - s    // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !i       // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = b < b    // ERROR "invalid operation: b < b \(operator < not defined on bool\)"
	_ = f << 2   // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = i / 0    // ERROR "invalid operation: division by zero"
	var j int8 = 1 << 7 // ERROR "cannot use 1 << 7 \(untyped int constant 128\) as int8 value in variable declaration \(overflows\)"
	var g float64 = 1 << i // ERROR "invalid operation: 1 << i \(shift of type float64\)"
	_ = []int{} == []int{} // ERROR "invalid operation: \[\]int{} == \[\]int{} \(slice can only be compared to nil\)"
	_, _ = j, g
}
