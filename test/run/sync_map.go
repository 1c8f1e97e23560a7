package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

func dump(m *sync.Map) {
	var keys []int
	vals := map[int]any{}
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		vals[k.(int)] = v
		return true
	})
	sort.Ints(keys)
	var out []string
	for _, k := range keys {
		out = append(out, fmt.Sprint(k, "=", vals[k]))
	}
	fmt.Println(strings.Join(out, " "))
}

func main() {
	var m sync.Map
	fmt.Println(m.Load("missing"))
	for i := 0; i < 6; i++ {
		m.Store(i, i*i)
	}
	fmt.Println(m.Load(3))
	fmt.Println(m.LoadOrStore(3, "x"))
	fmt.Println(m.LoadOrStore(7, "seven"))
	fmt.Println(m.LoadAndDelete(4))
	fmt.Println(m.LoadAndDelete(4))
	m.Delete(5)
	m.Delete(50)
	dump(&m)
	// Enough misses promote the dirty map; deleted keys are expunged, and
	// storing them again revives them.
	for i := 0; i < 20; i++ {
		m.Load(100 + i)
	}
	m.Store(8, "eight")
	m.Store(5, "five again")
	dump(&m)

	// Range stops when f returns false, and f may use the map.
	n := 0
	m.Range(func(k, v any) bool {
		m.Store(k, "seen")
		n++
		return n < 3
	})
	seen := 0
	m.Range(func(k, v any) bool {
		if v == "seen" {
			seen++
		}
		return true
	})
	fmt.Println("visited", n, "seen", seen)

	// Keys of several types; an uncomparable key panics as in a map.
	m.Store("k", 1)
	m.Store(1.5, 2)
	fmt.Println(m.Load("k"))
	fmt.Println(m.Load(1.5))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()

	// Concurrent writers on disjoint and shared keys.
	for _, p := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(p)
		var cm sync.Map
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 150; i++ {
					cm.Store(g*1000+i, i)
					cm.LoadOrStore(-i, g)
					if i%3 == 0 {
						cm.Delete(g*1000 + i)
					}
					cm.Load(i)
				}
			}(g)
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		count := 0
		cm.Range(func(k, v any) bool { count++; return true })
		fmt.Println("GOMAXPROCS", p, "keys", count)
	}
}

// Output:
// <nil> false
// 9 true
// 9 true
// seven false
// 16 true
// <nil> false
// 0=0 1=1 2=4 3=9 7=seven
// 0=0 1=1 2=4 3=9 5=five again 7=seven 8=eight
// visited 3 seen 3
// 1 true
// 2 true
// recovered: runtime error: hash of unhashable type []int
// GOMAXPROCS 1 keys 550
// GOMAXPROCS 2 keys 550
// GOMAXPROCS 4 keys 550
