// errorcheck -0 -m -l

// Loop depth: a variable declared inside a loop whose address is kept outside it must be on
// the heap, because each iteration reuses the stack slot.

package p

func loop() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func sameDepth() int {
	var p *int
	x := 1
	p = &x
	return *p
}

func rangeVar(xs []int) int { // ERROR "xs does not escape$"
	var p *int
	for _, v := range xs {
		p = &v
	}
	return *p
}

func gotoLoop() int {
	var p *int
	n := 0
again:
	y := n // ERROR "moved to heap: y$"
	p = &y
	n++
	if n < 3 {
		goto again
	}
	return *p
}
