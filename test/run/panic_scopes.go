package main

var x interface{}

func set() {
	type T struct{}
	x = T{}
}

type T struct{}

// A failed assertion between two types that print alike says they come from different scopes.
func main() {
	set()
	_ = x.(T)
}

// Output:
// Stderr:
// panic: interface conversion: interface {} is main.T, not main.T (types from different scopes)
//
// goroutine 1 [running]:
// Exit: 2
