package main

// Env: GOMAXPROCS=1

import (
	"fmt"
	"runtime"
)

// With one P, a new goroutine goes to runnext and the one it displaces to the tail of the
// local queue, and Gosched puts the caller on the global queue: the order is Go's.
func worker(id int, log *[]int) {
	*log = append(*log, id)
	runtime.Gosched()
	*log = append(*log, 10+id)
}

func main() {
	var log []int
	for i := 0; i < 5; i++ {
		go worker(i, &log)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	for len(log) < 10 {
		runtime.Gosched()
	}
	fmt.Println(log)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
}

// Output:
// goroutines: 6
// [4 0 1 2 3 14 10 11 12 13]
// goroutines: 1
// GOMAXPROCS: 1
