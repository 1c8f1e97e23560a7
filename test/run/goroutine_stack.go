package main

// Env: GOMAXPROCS=1

import (
	"fmt"
	"runtime"
	"strings"
)

func waiter(done *bool) {
	for !*done {
		runtime.Gosched()
	}
}

// runtime.Stack's headers and function lines (file lines carry paths and offsets that vary).
func main() {
	done := false
	go waiter(&done)
	runtime.Gosched()
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, false)
	for _, l := range strings.Split(string(buf[:n]), "\n") {
		if !strings.HasPrefix(l, "\t") {
			fmt.Println(l)
		}
	}
	fmt.Println("---")
	n = runtime.Stack(buf, true)
	for _, l := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(l, "goroutine ") || strings.HasPrefix(l, "created by") {
			fmt.Println(l)
		} else if strings.HasPrefix(l, "main.") {
			fmt.Println(l[:strings.Index(l, "(")]) // arguments print as words that vary
		}
	}
	done = true
}

// Output:
// goroutine 1 [running]:
// main.main()
//
// ---
// goroutine 1 [running]:
// main.main
// goroutine 6 [runnable]:
// main.waiter
// created by main.main
