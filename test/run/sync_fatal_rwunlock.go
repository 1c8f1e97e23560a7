package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("write-unlocking a read-locked RWMutex")
	rw.Unlock()
}

// Output:
// write-unlocking a read-locked RWMutex
// Stderr:
// fatal error: sync: Unlock of unlocked RWMutex
//
// goroutine 1 [running]:
// Exit: 2
