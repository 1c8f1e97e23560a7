// errorcheck -0 -m -l

// Converting a value that is not pointer-shaped to an interface boxes it; fmt's functions
// keep what their ... argument points to.

package p

import "fmt"

type S struct{ a, b int }

var sink interface{}

func box(x int, s S, p *S) { // ERROR "leaking param: p$"
	sink = x // ERROR "x escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
	sink = p
}

func local(x int) {
	var i interface{} = x // ERROR "x does not escape$"
	_ = i
}

func println1(x int, s string) { // ERROR "leaking param: s$"
	fmt.Println(x, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$"
}

func sprintf(x int) string {
	return fmt.Sprintf("%d", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func ret(s S) interface{} {
	return s // ERROR "s escapes to heap$"
}

func panics(n int) {
	if n > 0 {
		panic("positive") // ERROR "\x22positive\x22 escapes to heap$"
	}
	panic(n) // ERROR "n escapes to heap$"
}
