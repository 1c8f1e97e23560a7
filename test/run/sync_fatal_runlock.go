package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("read-unlocking an unlocked RWMutex")
	rw.RUnlock()
}

// Output:
// read-unlocking an unlocked RWMutex
// Stderr:
// fatal error: sync: RUnlock of unlocked RWMutex
//
// goroutine 1 [running]:
// Exit: 2
