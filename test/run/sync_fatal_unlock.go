package main

import (
	"fmt"
	"sync"
)

func main() {
	// fatal, not panic: the deferred recover never runs.
	defer func() { fmt.Println("recovered:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking an unlocked mutex")
	mu.Unlock()
}

// Output:
// unlocking an unlocked mutex
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// Exit: 2
