// runtime/debug.ReadGCStats: the pause history of runtime.MemStats, newest first, with end
// times, totals and quantiles (minimum first, maximum last), in Go's 2*256+3-word buffer.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink []byte

func main() {
	var s debug.GCStats
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC, len(s.Pause), len(s.PauseEnd), s.PauseTotal, s.LastGC.Equal(time.Unix(0, 0)))
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	for i := 0; i < 300; i++ {
		sink = make([]byte, 1<<20)
	}
	// No cycle in progress: one could end between the two reads below.
	runtime.GC()
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(s.NumGC == int64(ms.NumGC), s.NumGC >= 5, len(s.Pause) == len(s.PauseEnd), cap(s.Pause), cap(s.PauseEnd))
	fmt.Println(s.Pause[0] == time.Duration(ms.PauseNs[(ms.NumGC+255)%256]), s.PauseEnd[0].Equal(s.LastGC), s.LastGC.UnixNano() == int64(ms.LastGC))
	fmt.Println(s.PauseTotal == time.Duration(ms.PauseTotalNs), s.PauseQuantiles[0] <= s.PauseQuantiles[2], s.PauseQuantiles[2] <= s.PauseQuantiles[4])
	min, max := s.Pause[0], s.Pause[0]
	for _, p := range s.Pause {
		if p < min {
			min = p
		}
		if p > max {
			max = p
		}
	}
	fmt.Println(s.PauseQuantiles[0] == min, s.PauseQuantiles[4] == max)
	for i := 1; i < len(s.PauseEnd); i++ {
		if s.PauseEnd[i].After(s.PauseEnd[i-1]) {
			fmt.Println("not newest first")
		}
	}
}

// Output:
// 0 0 0 0s true
// true true true 515 256
// true true true
// true true true
// true true
