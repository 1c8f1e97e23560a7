// errorcheck -0 -m -l

// Calls use the callee's parameter summary: a value passed to a parameter that leaks to the
// heap escapes; one passed to a parameter that only reaches a result escapes only if the
// result does.

package p

var gp *int

type T struct{ x int }

func leak(p *int) { // ERROR "leaking param: p$"
	gp = p
}

func pass(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func keep(p *int) int { // ERROR "p does not escape$"
	return *p
}

func caller1() {
	x := 1 // ERROR "moved to heap: x$"
	leak(&x)
}

func caller2() int {
	y := 2
	return *pass(&y)
}

func caller3() *int {
	z := 3 // ERROR "moved to heap: z$"
	return pass(&z)
}

func caller4() int {
	w := 4
	return keep(&w)
}

func (t *T) get() int { // ERROR "t does not escape$"
	return t.x
}

func (t *T) self() *T { // ERROR "leaking param: t to result ~r0 level=0$"
	return t
}

func methods() int {
	var t T
	return t.get()
}

func even(n int, p *int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		gp = p
		return false
	}
	return even(n-1, p)
}
