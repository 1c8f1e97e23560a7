// debug.SetGCPercent returns the previous setting; GOGC=off reads as -1, and runtime.GC still
// collects when automatic collection is off.

// Env: GOGC=off

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-1))
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 100000; i++ {
		_ = make([]byte, 1024)
	}
	runtime.ReadMemStats(&b)
	fmt.Println("no automatic GC:", b.NumGC == a.NumGC)
	runtime.GC()
	runtime.ReadMemStats(&b)
	fmt.Println("runtime.GC collects:", b.NumGC == a.NumGC+1)
	fmt.Println(debug.SetGCPercent(100))
}

// Output:
// -1
// 50
// no automatic GC: true
// runtime.GC collects: true
// -1
