package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())

	made := 0
	p := sync.Pool{New: func() any { made++; return fmt.Sprint("new", made) }}
	fmt.Println(p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())

	// Buffers reused by goroutines: none is held by two at once.
	for _, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		var clash int32
		bufs := sync.Pool{New: func() any { return new([64]byte) }}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 500; i++ {
					b := bufs.Get().(*[64]byte)
					if b[0] != 0 {
						atomic.AddInt32(&clash, 1)
					}
					b[0] = byte(g + 1)
					for k := 0; k < 5; k++ {
					}
					b[0] = 0
					bufs.Put(b)
				}
			}(g)
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		fmt.Println("GOMAXPROCS", procs, "clashes", clash)
	}
}

// Output:
// <nil>
// <nil>
// new1
// a c b new2
// GOMAXPROCS 1 clashes 0
// GOMAXPROCS 2 clashes 0
// GOMAXPROCS 4 clashes 0
