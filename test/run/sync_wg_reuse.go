package main

import (
	"runtime"
	"sync"
)

func main() {
	// One P, so that the waiter runs only when the other goroutine blocks.
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var block sync.Mutex
	block.Lock()
	wg.Add(1)
	go func() {
		wg.Done() // wakes main's Wait...
		wg.Add(1) // ...and reuses wg before that Wait has returned
		block.Lock()
	}()
	wg.Wait()
	println("not reached")
}

// Output:
// Stderr:
// panic: sync: WaitGroup is reused before previous Wait has returned
//
// goroutine 1 [running]:
// Exit: 2
