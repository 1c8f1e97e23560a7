package main

import (
	"fmt"
	"sync/atomic"
)

type cfg struct{ name string }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(cfg{"a"})
	fmt.Println(v.Load().(cfg).name)
	fmt.Println(v.Swap(cfg{"b"}), v.Load())
	fmt.Println(v.CompareAndSwap(cfg{"x"}, cfg{"c"}), v.CompareAndSwap(cfg{"b"}, cfg{"c"}), v.Load())
	try(func() { v.Store(42) })
	try(func() { v.Store(nil) })
	try(func() { v.Swap("s") })
	try(func() { v.CompareAndSwap(1, "s") })
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(nil, 5), w.Load())
	var i atomic.Int64
	i.Store(40)
	fmt.Println(i.Add(2), i.Load(), i.Swap(7), i.CompareAndSwap(7, 8), i.Load())
	var u atomic.Uint32
	fmt.Println(u.Add(^uint32(0)), u.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(true, false), b.Load())
	var p atomic.Uintptr
	p.Store(9)
	fmt.Println(p.Load(), p.Add(1))
	var i32 atomic.Int32
	fmt.Println(i32.Add(-5), i32.CompareAndSwap(-5, 3), i32.Load())
	var u64 atomic.Uint64
	u64.Store(1 << 63)
	fmt.Println(u64.Add(1<<63+5), u64.Load())
}

// Output:
// <nil>
// a
// {a} {b}
// false true {c}
// recovered: sync/atomic: store of inconsistently typed value into Value
// recovered: sync/atomic: store of nil value into Value
// recovered: sync/atomic: swap of inconsistently typed value into Value
// recovered: sync/atomic: compare and swap of inconsistently typed values
// true 5
// 42 42 42 true 8
// 4294967295 4294967295
// false false true true false
// 9 10
// -5 true 3
// 5 5
