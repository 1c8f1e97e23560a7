package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panics:", r)
		}
	}()
	f()
	fmt.Println(what, "ok")
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	fmt.Println(v.CompareAndSwap(1, 2), v.Load())
	fmt.Println(v.CompareAndSwap(nil, 2), v.Load())
	fmt.Println(v.Swap(3), v.Load())
	v.Store(4)
	fmt.Println(v.CompareAndSwap(3, 5), v.CompareAndSwap(4, 5), v.Load())

	var s atomic.Value
	fmt.Println(s.Swap("first"), s.Swap("second"))
	var c atomic.Value
	c.Store(config{"a", 1})
	c.Store(config{"b", 2})
	fmt.Println(c.Load().(config), c.CompareAndSwap(config{"b", 2}, config{"c", 3}), c.Load())
	var p atomic.Value
	x := &config{"p", 0}
	p.Store(x)
	fmt.Println(p.Load().(*config) == x)

	try("Store(nil)", func() { v.Store(nil) })
	try("Store of another type", func() { v.Store("five") })
	try("Swap(nil)", func() { v.Swap(nil) })
	try("Swap of another type", func() { v.Swap(5.0) })
	try("CompareAndSwap(old, nil)", func() { v.CompareAndSwap(5, nil) })
	try("CompareAndSwap of mixed types", func() { v.CompareAndSwap(5, "x") })
	try("CompareAndSwap of another type", func() { v.CompareAndSwap("x", "y") })
	try("CompareAndSwap of uncomparable values", func() {
		var w atomic.Value
		w.Store([]int{1})
		w.CompareAndSwap([]int{1}, []int{2})
	})
	try("CompareAndSwap(nil, v) on a stored Value", func() { fmt.Println(v.CompareAndSwap(nil, 6)) })

	// Racing first stores: exactly one wins, the rest replace it in turn.
	for _, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		var shared atomic.Value
		var firsts int32
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				if shared.CompareAndSwap(nil, g) {
					atomic.AddInt32(&firsts, 1)
				}
				for i := 0; i < 200; i++ {
					shared.Store(g)
					if _, ok := shared.Load().(int); !ok {
						panic("torn value")
					}
				}
			}(g)
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		fmt.Println("GOMAXPROCS", procs, "first stores", firsts)
	}
}

// Output:
// <nil>
// false <nil>
// true 2
// 2 3
// false true 5
// <nil> first
// {b 2} true {c 3}
// true
// Store(nil) panics: sync/atomic: store of nil value into Value
// Store of another type panics: sync/atomic: store of inconsistently typed value into Value
// Swap(nil) panics: sync/atomic: swap of nil value into Value
// Swap of another type panics: sync/atomic: swap of inconsistently typed value into Value
// CompareAndSwap(old, nil) panics: sync/atomic: compare and swap of nil value into Value
// CompareAndSwap of mixed types panics: sync/atomic: compare and swap of inconsistently typed values
// CompareAndSwap of another type panics: sync/atomic: compare and swap of inconsistently typed value into Value
// CompareAndSwap of uncomparable values panics: runtime error: comparing uncomparable type []int
// false
// CompareAndSwap(nil, v) on a stored Value ok
// GOMAXPROCS 1 first stores 1
// GOMAXPROCS 2 first stores 1
// GOMAXPROCS 4 first stores 1
