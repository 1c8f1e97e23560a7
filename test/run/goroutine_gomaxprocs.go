package main

// Env: GOMAXPROCS=3

import (
	"fmt"
	"runtime"
)

var sum [8]int

func work(i int, done *int) {
	for k := 0; k < 100000; k++ {
		sum[i] += k & 7
	}
	*done++
}

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(2))
	fmt.Println(runtime.GOMAXPROCS(5))
	done := 0
	for i := 0; i < 8; i++ {
		go work(i, &done)
	}
	for done < 8 {
		runtime.Gosched()
	}
	fmt.Println(sum, runtime.GOMAXPROCS(1), runtime.NumGoroutine())
}

// Output:
// 3
// 3
// 2
// [350000 350000 350000 350000 350000 350000 350000 350000] 5 1
