package main

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

type pair struct{ a, b int }

func main() {
	var i32 int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.SwapInt32(&i32, -5), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 0, 1), atomic.CompareAndSwapInt32(&i32, -5, 9), i32)
	atomic.StoreInt32(&i32, math.MinInt32)
	fmt.Println(atomic.AddInt32(&i32, -1))

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2), atomic.SwapUint32(&u32, 7), atomic.LoadUint32(&u32))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 7, math.MaxUint32), u32)
	atomic.StoreUint32(&u32, 3)

	var i64 int64 = math.MaxInt64 - 1
	fmt.Println(atomic.AddInt64(&i64, 1), atomic.AddInt64(&i64, 1), atomic.SwapInt64(&i64, 1<<53+1), atomic.LoadInt64(&i64))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 1<<53+1, -1<<60), atomic.CompareAndSwapInt64(&i64, 0, 1), i64)
	atomic.StoreInt64(&i64, math.MinInt64)
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.AddInt64(&i64, 1<<62), atomic.AddInt64(&i64, -(1<<62)))

	var u64 uint64 = math.MaxUint64
	fmt.Println(atomic.AddUint64(&u64, 1), atomic.AddUint64(&u64, ^uint64(0)), atomic.SwapUint64(&u64, 1<<63), atomic.LoadUint64(&u64))
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 1<<63, 1<<53), atomic.AddUint64(&u64, 1<<53), u64)
	atomic.StoreUint64(&u64, 12345678901234567890)
	fmt.Println(u64)

	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, ^uintptr(0)), atomic.SwapUintptr(&up, 8), atomic.CompareAndSwapUintptr(&up, 8, 16), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 1)
	fmt.Println(up)

	var p unsafe.Pointer
	x, y := &pair{1, 2}, &pair{3, 4}
	fmt.Println(atomic.LoadPointer(&p) == nil, atomic.CompareAndSwapPointer(&p, nil, unsafe.Pointer(x)), (*pair)(atomic.LoadPointer(&p)))
	fmt.Println((*pair)(atomic.SwapPointer(&p, unsafe.Pointer(y))), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(x), nil), (*pair)(p))
	atomic.StorePointer(&p, nil)
	fmt.Println(p)

	// The typed atomics.
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	var ti32 atomic.Int32
	ti32.Store(40)
	fmt.Println(ti32.Add(2), ti32.Swap(7), ti32.CompareAndSwap(7, 8), ti32.Load())
	var ti64 atomic.Int64
	ti64.Store(-1 << 63)
	fmt.Println(ti64.Add(-1), ti64.Swap(5), ti64.CompareAndSwap(5, 6), ti64.Load())
	var tu32 atomic.Uint32
	tu32.Store(1)
	fmt.Println(tu32.Add(^uint32(1)), tu32.Swap(3), tu32.CompareAndSwap(3, 4), tu32.Load())
	var tu64 atomic.Uint64
	tu64.Store(1 << 63)
	fmt.Println(tu64.Add(1<<63), tu64.Swap(9), tu64.CompareAndSwap(9, 10), tu64.Load())
	var tup atomic.Uintptr
	tup.Store(100)
	fmt.Println(tup.Add(1), tup.Swap(2), tup.CompareAndSwap(1, 3), tup.Load())
	fmt.Println(unsafe.Sizeof(b), unsafe.Sizeof(ti32), unsafe.Sizeof(ti64), unsafe.Sizeof(tu32), unsafe.Sizeof(tu64), unsafe.Sizeof(tup))

	// Counters from many goroutines.
	for _, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		var n32 int32
		var n64 atomic.Int64
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 2000; i++ {
					atomic.AddInt32(&n32, 1)
					n64.Add(-3)
					for {
						old := atomic.LoadInt32(&n32)
						if atomic.CompareAndSwapInt32(&n32, old, old+1) {
							break
						}
					}
				}
			}()
		}
		wg.Wait()
		runtime.GOMAXPROCS(prev)
		fmt.Println("GOMAXPROCS", procs, n32, n64.Load())
	}

	// A nil address faults like any dereference.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *int64
		atomic.AddInt64(np, 1)
	}()
}

// Output:
// -2147483648 -2147483648 -5
// false true 9
// 2147483647
// 4294967295 1 1 7
// true 4294967295
// 9223372036854775807 -9223372036854775808 -9223372036854775808 9007199254740993
// true false -1152921504606846976
// 9223372036854775807 -4611686018427387905 9223372036854775807
// 0 18446744073709551615 18446744073709551615 9223372036854775808
// true 18014398509481984 18014398509481984
// 12345678901234567890
// 18446744073709551615 18446744073709551615 true 16
// 1
// true true &{1 2}
// &{1 2} false &{3 4}
// <nil>
// false false true false true false
// 42 42 true 8
// 9223372036854775807 9223372036854775807 true 6
// 4294967295 4294967295 true 4
// 0 0 true 10
// 101 101 false 2
// 4 4 8 4 8 8
// GOMAXPROCS 1 32000 -48000
// GOMAXPROCS 2 32000 -48000
// GOMAXPROCS 4 32000 -48000
// recovered: runtime error: invalid memory address or nil pointer dereference
