package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int32
	atomic.AddInt32(&n, 5)
	atomic.AddInt32(&n, -7)
	var u uint64
	atomic.AddUint64(&u, 3)
	fmt.Println(atomic.LoadInt32(&n), atomic.CompareAndSwapUint64(&u, 3, 10), u)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
}

// Output:
// -2 true 10
// once
