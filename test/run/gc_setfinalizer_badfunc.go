// A finalizer must take one argument the object can be passed as.

package main

import "runtime"

type T struct{ a, b int }

func main() {
	t := &T{}
	runtime.SetFinalizer(t, func(s *string) {})
}

// Output:
// Stderr:
// fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(*string)
//
// goroutine 1 [running]:
// Exit: 2
