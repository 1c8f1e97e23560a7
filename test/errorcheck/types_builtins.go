// Builtins: argument counts and types, make/new, append, copy, delete, len of arrays.

package main

func main() {
	var m map[string]int
	var s []int
	var a [4]int
	const n = len(a)
	_ = append(1, 2)     // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = make(int)        // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)      // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 3, 1) // ERROR "invalid argument: length and capacity swapped"
	delete(s, 1)         // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	_ = len(1)           // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	copy(s, "abc")       // ERROR "arguments to copy s \(variable of type \[\]int\) and .abc. \(untyped string constant\) have different element types int and byte"
	close(m)             // ERROR "invalid operation: cannot close non-channel m \(variable of type map\[string\]int\)"
	_ = cap()            // ERROR "not enough arguments for cap\(\) \(expected 1, found 0\)"
	_ = n
}
