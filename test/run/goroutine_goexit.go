package main

import (
	"fmt"
	"runtime"
)

func worker(done *bool) {
	defer func() {
		fmt.Println("worker deferred, recover() =", recover())
		*done = true
	}()
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	done := false
	go worker(&done)
	for !done {
		runtime.Gosched()
	}
	defer fmt.Println("main deferred")
	runtime.Goexit()
}

// Output:
// inner deferred
// worker deferred, recover() = <nil>
// main deferred
// Stderr:
// fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// Exit: 2
