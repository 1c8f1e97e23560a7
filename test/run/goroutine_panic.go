package main

// Env: GOMAXPROCS=1

import (
	"fmt"
	"runtime"
)

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("failure %d", e.code) }

func fail(n int) {
	defer fmt.Println("deferred in fail", n)
	panic(E{n})
}

func main() {
	go fail(7)
	for {
		runtime.Gosched()
	}
}

// Output:
// deferred in fail 7
// Stderr:
// panic: failure 7
//
// goroutine 6 [running]:
// Exit: 2
