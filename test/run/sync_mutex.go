package main

import (
	"fmt"
	"runtime"
	"sync"
)

// count has workers goroutines increment a shared counter under a Mutex.
func count(procs, workers, iters int) int {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < iters; i++ {
				mu.Lock()
				v := n
				for k := 0; k < 3; k++ {
				}
				n = v + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return n
}

// fight has one goroutine hold the lock for long stretches while another
// takes it repeatedly: starvation mode must let the second one through.
func fight(procs int) int {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := false
	wg.Add(2)
	go func() {
		defer wg.Done()
		for {
			mu.Lock()
			if stop {
				mu.Unlock()
				return
			}
			for k := 0; k < 20000; k++ {
			}
			mu.Unlock()
		}
	}()
	got := 0
	go func() {
		defer wg.Done()
		for i := 0; i < 50; i++ {
			mu.Lock()
			got++
			mu.Unlock()
		}
		mu.Lock()
		stop = true
		mu.Unlock()
	}()
	wg.Wait()
	return got
}

func main() {
	for _, p := range []int{1, 2, 4} {
		fmt.Println("GOMAXPROCS", p, "count", count(p, 8, 3000), "fight", fight(p))
	}

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())

	// A Mutex has no owner: another goroutine may unlock it.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println("locked again after another goroutine unlocked")
	wg.Wait()

	var l sync.Locker = &mu
	l.Unlock()
	l.Lock()
	l.Unlock()
	fmt.Println("Locker ok")
}

// Output:
// GOMAXPROCS 1 count 24000 fight 50
// GOMAXPROCS 2 count 24000 fight 50
// GOMAXPROCS 4 count 24000 fight 50
// true false
// true
// locked again after another goroutine unlocked
// Locker ok
