// errorcheck -0 -m -l

// Variables and allocations that outlive their function, parameter summaries.

package p

type T struct {
	a, b int
	p    *int
}

var sink interface{}
var gp *int

func newT() *T {
	t := T{a: 1} // ERROR "moved to heap: t$"
	return &t
}

func newT2() *T {
	return &T{a: 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func local() int {
	t := &T{a: 3} // ERROR "&T\{\.\.\.\} does not escape$"
	return t.a
}

func id(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func store(p *int) { // ERROR "leaking param: p$"
	gp = p
}

func content(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func field(t *T) { // ERROR "leaking param content: t$"
	gp = t.p
}

func noescape(p *int) int { // ERROR "p does not escape$"
	return *p
}

func newInt() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}

func newLocal() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 4
	return *p
}

func twoResults(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}
