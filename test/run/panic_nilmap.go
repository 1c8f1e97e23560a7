package main

func main() {
	var m map[string]int
	m["a"] = 1
}

// Output:
// Stderr:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// Exit: 2
