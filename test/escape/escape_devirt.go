// errorcheck -0 -m

// Devirtualization after inlining (gc devirtualize): an interface call on a value that is
// statically a conversion of a concrete type becomes a direct call, and escape analysis then
// sees the direct call's receiver.

package p

type I interface{ M() int }

type T struct{ x int }

func (t T) M() int { return t.x } // ERROR "can inline T\.M$"

type P struct{ x int }

func (p *P) M() int { return p.x } // ERROR "can inline \(\*P\)\.M$" "p does not escape$"

type E struct{ I }

type W struct{ T }

var sink I

func call(i I) int { return i.M() } // ERROR "can inline call$" "leaking param: i$"

func newP() I { return &P{} } // ERROR "can inline newP$" "&P\{\} escapes to heap$"

func twice(i I) int { // ERROR "can inline twice$" "leaking param: i$"
	j := i
	return j.M()
}

func local() int { // ERROR "can inline local$"
	var i I = T{1} // ERROR "T\{\.\.\.\} does not escape$"
	return i.M() // ERROR "devirtualizing i\.M to T$"
}

func inlinedParam() int { // ERROR "can inline inlinedParam$"
	t := T{2}
	return call(t) // ERROR "inlining call to call$" "devirtualizing i\.M to T$" "t does not escape$"
}

func inlinedResult() int { // ERROR "can inline inlinedResult$"
	i := newP() // ERROR "inlining call to newP$" "&P\{\} does not escape$"
	return i.M() // ERROR "devirtualizing i\.M to \*P$"
}

func chain() int { // ERROR "can inline chain$"
	return twice(&P{3}) // ERROR "inlining call to twice$" "&P\{\.\.\.\} escapes to heap$"
}

func promoted() int { // ERROR "can inline promoted$"
	return call(W{}) // ERROR "inlining call to call$" "devirtualizing i\.M to W$" "W\{\} does not escape$"
}

func partial(t T) int { // ERROR "can inline partial$"
	var i I = E{t} // ERROR "E\{\.\.\.\} does not escape$" "t escapes to heap$"
	return i.M() // ERROR "partially devirtualizing i\.M to E$"
}

func notStatic(b bool) int { // ERROR "can inline notStatic$"
	var i I = T{} // ERROR "T\{\} escapes to heap$"
	if b {
		i = &P{} // ERROR "&P\{\} escapes to heap$"
	}
	return i.M()
}

func escapes() int { // ERROR "can inline escapes$"
	var i I = &P{} // ERROR "&P\{\} escapes to heap$"
	sink = i
	return i.M() // ERROR "devirtualizing i\.M to \*P$"
}
