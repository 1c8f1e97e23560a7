// Statements: conditions, assignment, :=, switch, range, return, missing return, send.

package main

func noReturn() int {
} // ERROR "missing return"

func main() {
	x := 1
	if x {        // ERROR "non-boolean condition in if statement"
	}
	x := 2        // ERROR "no new variables on left side of :="
	1 = x         // ERROR "cannot assign to 1 \(untyped int constant\)"
	for range 5 { // ERROR "cannot range over 5 \(untyped int constant\)"
	}
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	var c <-chan int
	c <- 1 // ERROR "invalid operation: cannot send to receive-only channel c \(variable of type <-chan int\)"
	x       // ERROR "x \(variable of type int\) is not used"
}
