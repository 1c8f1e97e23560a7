// Composite literals: struct fields, array bounds and indices, map keys, elided types.

package main

type S struct{ a, b int }

func main() {
	_ = S{1}             // ERROR "too few values in S{…}"
	_ = S{1, 2, 3}       // ERROR "too many values in S{…}"
	_ = S{a: 1, c: 2}    // ERROR "unknown field 'c' in struct literal of type S"
	_ = S{a: 1, a: 2}    // ERROR "duplicate field name a in struct literal"
	_ = S{a: 1, 2}       // ERROR "mixture of field:value and value elements in struct literal"
	_ = [2]int{1, 2, 3}  // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR `duplicate key "a" in map literal`
	_ = map[string]int{1}  // ERROR "missing key in map literal"
	_ = [...]S{{1, 2}, {a: 3}}
	_ = []*S{{1, 2}}
}
