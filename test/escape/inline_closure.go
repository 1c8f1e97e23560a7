// errorcheck -0 -m

// Closures are inlined where they are called directly or through a variable that is never
// reassigned; a closure returned by an inlined function becomes a closure of the caller.

package p

func direct() int { // ERROR "can inline direct$"
	return func(x int) int { return x + 1 }(2) // ERROR "can inline direct\.func1$" "inlining call to direct\.func1$"
}

func viaVar() int { // ERROR "can inline viaVar$"
	add := func(a, b int) int { return a + b } // ERROR "can inline viaVar\.func1$" "func literal does not escape$"
	return add(1, 2) // ERROR "inlining call to viaVar\.func1$"
}

func genAdd(k int) func(int) int { // ERROR "can inline genAdd$"
	return func(i int) int { return i + k } // ERROR "can inline genAdd\.func1$" "can inline useGen\.func1$" "func literal escapes to heap$"
}

func useGen() int {
	f := genAdd(5) // ERROR "inlining call to genAdd$" "func literal does not escape$"
	return f(3) // ERROR "inlining call to useGen\.func1$"
}

func reassigned(b bool) int {
	f := func() int { return 1 } // ERROR "can inline reassigned\.func1$" "func literal does not escape$"
	if b {
		f = func() int { return 2 } // ERROR "can inline reassigned\.func2$" "func literal does not escape$"
	}
	return f()
}
