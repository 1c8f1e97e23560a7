// SetFinalizer's argument checks are fatal errors, in Go's words.

package main

import "runtime"

func main() {
	x := 1
	runtime.SetFinalizer(x, nil)
}

// Output:
// Stderr:
// fatal error: runtime.SetFinalizer: first argument is int, not pointer
//
// goroutine 1 [running]:
// Exit: 2
