package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		mu.Lock() // never unlocked: [semacquire]
	}()
	go func() {
		defer wg.Done()
		var rw sync.RWMutex
		rw.RLock()
		rw.Lock() // waits for itself: [semacquire]
	}()
	fmt.Println("waiting")
	wg.Wait()
}

// Output:
// waiting
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [semacquire]:
// Exit: 2
