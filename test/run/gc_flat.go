// A program that allocates 256 MiB over its life with about 1 MiB live runs in a small, flat
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
	for i := 0; i < 256*1024; i++ {
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
	fmt.Println("allocated at least 256 MiB:", after.TotalAlloc-before.TotalAlloc >= 256<<20)
	fmt.Println("collected:", after.NumGC-before.NumGC >= 10)
	fmt.Println("heap stayed under 32 MiB:", after.HeapSys < 32<<20)
}

// Output:
// allocated at least 256 MiB: true
// collected: true
// heap stayed under 32 MiB: true
