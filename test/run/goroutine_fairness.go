package main

// Env: GOMAXPROCS=1

import (
	"fmt"
	"runtime"
)

var counter uint64

// A goroutine that never calls into the scheduler: sysmon must preempt it (after 10 ms) so
// that main, on the only P, runs again.
func spin() {
	for {
		counter++
	}
}

func main() {
	go spin()
	for i := 0; i < 3; i++ {
		runtime.Gosched()
		fmt.Println("main runs", i)
	}
}

// Output:
// main runs 0
// main runs 1
// main runs 2
