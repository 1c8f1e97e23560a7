// errorcheck -0 -m -l

// Allocation sites and size limits: make, new, slice and map literals, strings built at run
// time, and the 64 KiB limit on implicit stack allocations.

package p

var sinkS []int
var sinkM map[string]int
var sinkStr string

func makes(n int) {
	a := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	_ = a
	b := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	_ = b
	c := make([]int, 100000) // ERROR "make\(\[\]int, 100000\) escapes to heap$"
	_ = c
	sinkS = make([]int, 5) // ERROR "make\(\[\]int, 5\) escapes to heap$"
}

func maps() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	n := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	sinkM = map[string]int{} // ERROR "map\[string\]int\{\} escapes to heap$"
	return m["a"] + n["b"]
}

func lits() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0]
}

func bigNew() int {
	p := new([100000]int) // ERROR "new\(\[100000\]int\) escapes to heap$"
	return p[0]
}

func strs(b []byte, s, t string) int { // ERROR "b does not escape$" "s does not escape$" "t does not escape$"
	x := string(b) // ERROR "string\(b\) does not escape$"
	y := s + t // ERROR "s \+ t does not escape$"
	sinkStr = s + "!" // ERROR "s \+ \x22!\x22 escapes to heap$"
	z := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(x) + len(y) + len(z)
}

func bigVar() int {
	var a [2 << 20]int // ERROR "moved to heap: a$"
	return a[0]
}
