// A program that allocates 512 MiB over its life with about 1 MiB live runs in a small, flat
// heap: the collector frees the garbage and the allocator reuses it.

package main

import (
	"fmt"
	"runtime"
)

type chunk struct {
	next *chunk
	data [1000]byte
}

var ring [1024]*chunk

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 512*1024; i++ {
		c := &chunk{}
		c.next = ring[(i+1)%len(ring)]
		ring[i%len(ring)] = c
		if i%1024 == 0 {
			// Cut the chain so that only the ring stays live.
			for _, x := range ring {
				if x != nil {
					x.next = nil
				}
			}
		}
	}
	runtime.ReadMemStats(&after)
	fmt.Println("allocated at least 512 MiB:", after.TotalAlloc-before.TotalAlloc >= 512<<20)
	fmt.Println("collected:", after.NumGC-before.NumGC >= 10)
	fmt.Println("heap stayed under 32 MiB:", after.HeapSys < 32<<20)
	fmt.Println("live objects under 4096:", after.HeapObjects-before.HeapObjects < 4096)
}

// Output:
// allocated at least 512 MiB: true
// collected: true
// heap stayed under 32 MiB: true
// live objects under 4096: false
