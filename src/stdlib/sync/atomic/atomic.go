// Package atomic provides low-level atomic memory primitives: the
// functions and typed atomics of Go 1.19's sync/atomic, with Go's API.
//
// # Design
//
// The functions below have no body: each is one native (natives.ts), and a
// native runs within one VM instruction, during which no other goroutine
// runs on any emulated M. So every operation here is atomic by
// construction, and sequentially consistent, as Go's are. The typed
// atomics (type.go) and Value (value.go) are Go built on these functions.
//
// How it differs from Go: Go compiles these to LOCK-prefixed instructions
// (or intrinsics); the 64-bit functions need no alignment check, since
// minigo only lays memory out as amd64 does.
package atomic

import (
	"unsafe"
)

// Swap functions store new into *addr and return the value *addr held before.
func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// CompareAndSwap functions store new into *addr if *addr equals old, and
// report whether they did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

// Add functions add delta to *addr, wrapping around, and return the sum.
// For an unsigned *addr, adding ^uintN(c-1) subtracts the constant c.
func AddInt32(addr *int32, delta int32) (new int32)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// Load functions return *addr.
func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// Store functions set *addr to val.
func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

// runtime_procPin keeps the calling goroutine on its P, unpreempted, until
// runtime_procUnpin; it returns the P's id (for Value's first store).
func runtime_procPin() int
func runtime_procUnpin()
