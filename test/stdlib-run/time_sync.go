package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 1500, 2 * time.Millisecond, 1500 * time.Millisecond, 90 * time.Minute, -3 * time.Second, 3723456789012} {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	time.Sleep(time.Millisecond)
	fmt.Printf("%v %s\n", 2*time.Second, time.Duration(123))
}

// Output:
// 0s 0 0
// 1ns 1e-09 0
// 1.5µs 1.5e-06 0
// 2ms 0.002 2
// 1.5s 1.5 1500
// 1h30m0s 5400 5400000
// -3s -3 -3000
// 1h2m3.456789012s 3723.456789012 3723456
// 2s 123ns
