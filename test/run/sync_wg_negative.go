package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	func() {
		// A negative counter is a panic, which recover stops.
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	fmt.Println("and once more, unrecovered")
	wg.Add(-1)
}

// Output:
// recovered: sync: negative WaitGroup counter
// and once more, unrecovered
// Stderr:
// panic: sync: negative WaitGroup counter
//
// goroutine 1 [running]:
// Exit: 2
