// errorcheck -0 -m -l

// Closures capture small variables that are never reassigned by value, others by reference;
// a closure that outlives its function moves what it references to the heap.

package p

var sink func() int

func byValue() {
	x := 1
	sink = func() int { return x } // ERROR "func literal escapes to heap$"
}

func byRef() {
	x := 1 // ERROR "moved to heap: x$"
	sink = func() int { return x } // ERROR "func literal escapes to heap$"
	x = 2
}

func local() int {
	x := 1
	f := func() int { x++; return x } // ERROR "func literal does not escape$"
	return f()
}

func goStmt() {
	y := 0 // ERROR "moved to heap: y$"
	go func() { y++ }() // ERROR "func literal escapes to heap$"
}

func deferTop() int {
	z := 0
	defer func() { z++ }() // ERROR "func literal does not escape$"
	return z
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		defer func() {}() // ERROR "func literal escapes to heap$"
	}
}

func big() {
	var a [200]int // ERROR "moved to heap: a$"
	sink = func() int { return a[0] } // ERROR "func literal escapes to heap$"
}
