package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// readersWriters runs writers that keep a == b under the write lock and
// readers that check it under the read lock.
func readersWriters(procs int) (int, int, int32) {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	var rw sync.RWMutex
	var a, b int
	var torn int32
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 1500; j++ {
				if i%3 == 0 {
					rw.Lock()
					a++
					for k := 0; k < 10; k++ {
					}
					b++
					rw.Unlock()
				} else {
					rw.RLock()
					if a != b {
						atomic.AddInt32(&torn, 1)
					}
					rw.RUnlock()
				}
			}
		}(i)
	}
	wg.Wait()
	return a, b, torn
}

func main() {
	for _, p := range []int{1, 2, 4} {
		a, b, torn := readersWriters(p)
		fmt.Println("GOMAXPROCS", p, a, b, torn)
	}

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers: TryLock", rw.TryLock(), "TryRLock", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("free: TryLock", rw.TryLock(), "TryRLock", rw.TryRLock())
	rw.Unlock()

	// A writer waits for the readers inside, and readers arriving after it wait for it.
	var order []string
	var mu sync.Mutex
	note := func(s string) {
		mu.Lock()
		order = append(order, s)
		mu.Unlock()
	}
	prev := runtime.GOMAXPROCS(1)
	rw.RLock()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		note("writer")
		rw.Unlock()
	}()
	// Until the writer waits (TryRLock fails once a writer is pending): a yield alone may let
	// another goroutine, a runtime one woken by a timer, run before it.
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	go func() {
		defer wg.Done()
		rw.RLock()
		note("late reader")
		rw.RUnlock()
	}()
	runtime.Gosched()
	note("first reader leaves")
	rw.RUnlock()
	wg.Wait()
	runtime.GOMAXPROCS(prev)
	fmt.Println(order)

	l := rw.RLocker()
	l.Lock()
	fmt.Println("RLocker holds a read lock: TryLock", rw.TryLock(), "TryRLock", rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println("released: TryLock", rw.TryLock())
}

// Output:
// GOMAXPROCS 1 3000 3000 0
// GOMAXPROCS 2 3000 3000 0
// GOMAXPROCS 4 3000 3000 0
// two readers: TryLock false TryRLock true
// free: TryLock true TryRLock false
// [first reader leaves writer late reader]
// RLocker holds a read lock: TryLock false TryRLock true
// released: TryLock true
