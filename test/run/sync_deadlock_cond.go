package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal nobody sends")
	c.Wait()
}

// Output:
// waiting for a signal nobody sends
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.Cond.Wait]:
// Exit: 2
