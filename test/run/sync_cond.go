package main

import (
	"fmt"
	"runtime"
	"sync"
)

// queue passes 1..n from producers to consumers through a bounded slice.
func queue(procs, producers, consumers, n int) int {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	var mu sync.Mutex
	notFull := sync.NewCond(&mu)
	notEmpty := sync.NewCond(&mu)
	var q []int
	sum := 0
	done := false
	var pw, cw sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func() {
			defer pw.Done()
			for i := 1; i <= n; i++ {
				mu.Lock()
				for len(q) >= 3 {
					notFull.Wait()
				}
				q = append(q, i)
				notEmpty.Signal()
				mu.Unlock()
			}
		}()
	}
	for c := 0; c < consumers; c++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			for {
				mu.Lock()
				for len(q) == 0 && !done {
					notEmpty.Wait()
				}
				if len(q) == 0 {
					mu.Unlock()
					return
				}
				sum += q[0]
				q = q[1:]
				notFull.Signal()
				mu.Unlock()
			}
		}()
	}
	pw.Wait()
	mu.Lock()
	done = true
	notEmpty.Broadcast()
	mu.Unlock()
	cw.Wait()
	return sum
}

func main() {
	for _, p := range []int{1, 2, 4} {
		fmt.Println("GOMAXPROCS", p, "sum", queue(p, 3, 2, 500))
	}

	// Broadcast wakes every waiter; Signal with nobody waiting is a no-op.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	ready, woken := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			for ready < 100 {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		if ready == 5 {
			break
		}
		mu.Unlock()
		runtime.Gosched()
	}
	ready = 100
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken", woken)

	// A Cond over a read lock.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		rc.L.Lock()
		for !flag {
			rc.Wait()
		}
		rc.L.Unlock()
		fmt.Println("reader saw the flag")
	}()
	runtime.Gosched()
	rw.Lock()
	flag = true
	rw.Unlock()
	rc.Signal()
	wg.Wait()

	// A copied Cond is detected.
	defer func() { fmt.Println("recovered:", recover()) }()
	c2 := *c
	c2.Signal()
}

// Output:
// GOMAXPROCS 1 sum 375750
// GOMAXPROCS 2 sum 375750
// GOMAXPROCS 4 sum 375750
// woken 5
// reader saw the flag
// recovered: sync.Cond is copied
