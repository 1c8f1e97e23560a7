// MemStats records each collection: NumGC and NumForcedGC count runtime.GC's cycles, the pause
// ring and LastGC move, NextGC is the heap goal (at least the 4 MiB minimum at GOGC=100).

// Env: GOGC=100

package main

import (
	"fmt"
	"runtime"
)

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&b)
	fmt.Println("NumGC delta:", b.NumGC-a.NumGC)
	fmt.Println("NumForcedGC delta:", b.NumForcedGC-a.NumForcedGC)
	fmt.Println("pause recorded:", b.PauseNs[(b.NumGC+255)%256] > 0, b.PauseTotalNs > a.PauseTotalNs)
	fmt.Println("pause end after LastGC of before:", b.PauseEnd[(b.NumGC+255)%256] >= a.LastGC, b.LastGC > 0)
	fmt.Println("NextGC at least 4 MiB:", b.NextGC >= 4<<20)
	fmt.Println("GCCPUFraction in [0,1]:", b.GCCPUFraction >= 0 && b.GCCPUFraction <= 1)
	fmt.Println("EnableGC:", b.EnableGC)
}

// Output:
// NumGC delta: 3
// NumForcedGC delta: 3
// pause recorded: true true
// pause end after LastGC of before: true true
// NextGC at least 4 MiB: true
// GCCPUFraction in [0,1]: true
// EnableGC: true
