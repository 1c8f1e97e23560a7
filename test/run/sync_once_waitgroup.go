package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	// Once under contention: one call, and every Do returns after it.
	for _, p := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(p)
		var once sync.Once
		var calls, early int32
		var wg sync.WaitGroup
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				once.Do(func() {
					for k := 0; k < 5000; k++ {
					}
					atomic.AddInt32(&calls, 1)
				})
				if atomic.LoadInt32(&calls) != 1 {
					atomic.AddInt32(&early, 1)
				}
			}()
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		fmt.Println("GOMAXPROCS", p, "calls", calls, "early", early)
	}

	// A panicking f counts as done.
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("in once") })
	}()
	once.Do(func() { fmt.Println("not called") })
	fmt.Println("second Do returned")

	// WaitGroup: Add in bulk, Done from many goroutines, several waiters.
	var wg, waiters sync.WaitGroup
	var finished int32
	wg.Add(20)
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			wg.Wait()
			if atomic.LoadInt32(&finished) != 20 {
				panic("Wait returned early")
			}
		}()
	}
	for i := 0; i < 20; i++ {
		go func() {
			atomic.AddInt32(&finished, 1)
			wg.Done()
		}()
	}
	waiters.Wait()
	fmt.Println("finished", finished)

	// Reuse after every Wait has returned is fine; Wait at zero returns at once.
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	wg.Wait()
	fmt.Println("reused")

	// A negative counter panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var wg sync.WaitGroup
		wg.Add(-1)
	}()
}

// Output:
// GOMAXPROCS 1 calls 1 early 0
// GOMAXPROCS 2 calls 1 early 0
// GOMAXPROCS 4 calls 1 early 0
// recovered: in once
// second Do returned
// finished 20
// reused
// recovered: sync: negative WaitGroup counter
