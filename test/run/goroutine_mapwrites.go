package main

// Env: GOMAXPROCS=2
// Stderr: first line

import "runtime"

func writer(m map[int]int, base int, done *int) {
	for i := 0; i < 1000000; i++ {
		m[base+i%100] = i
	}
	*done++
}

// Two goroutines writing one map at once on two Ps: Go detects the overlapping writes.
func main() {
	m := map[int]int{}
	done := 0
	go writer(m, 0, &done)
	go writer(m, 1000, &done)
	for done < 2 {
		runtime.Gosched()
	}
	println("no race detected", len(m))
}

// Output:
// Stderr:
// fatal error: concurrent map writes
//
// goroutine 17 [running]:
// Exit: 2
