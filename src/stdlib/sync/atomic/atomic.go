// Package atomic declares the exported API of Go 1.19's sync/atomic package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package atomic

import (
	"unsafe"
)

func SwapInt32(addr *int32, new int32) (old int32)

func SwapInt64(addr *int64, new int64) (old int64)

func SwapUint32(addr *uint32, new uint32) (old uint32)

func SwapUint64(addr *uint64, new uint64) (old uint64)

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

func AddInt32(addr *int32, delta int32) (new int32)

func AddUint32(addr *uint32, delta uint32) (new uint32)

func AddInt64(addr *int64, delta int64) (new int64)

func AddUint64(addr *uint64, delta uint64) (new uint64)

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)

func LoadInt64(addr *int64) (val int64)

func LoadUint32(addr *uint32) (val uint32)

func LoadUint64(addr *uint64) (val uint64)

func LoadUintptr(addr *uintptr) (val uintptr)

func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

func StoreInt32(addr *int32, val int32)

func StoreInt64(addr *int64, val int64)

func StoreUint32(addr *uint32, val uint32)

func StoreUint64(addr *uint64, val uint64)

func StoreUintptr(addr *uintptr, val uintptr)

func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool

func (x *Bool) Store(val bool)

func (x *Bool) Swap(new bool) (old bool)

func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)

type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v unsafe.Pointer
}

func (x *Pointer[T]) Load() *T

func (x *Pointer[T]) Store(val *T)

func (x *Pointer[T]) Swap(new *T) (old *T)

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool)

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32

func (x *Int32) Store(val int32)

func (x *Int32) Swap(new int32) (old int32)

func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)

func (x *Int32) Add(delta int32) (new int32)

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64

func (x *Int64) Store(val int64)

func (x *Int64) Swap(new int64) (old int64)

func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)

func (x *Int64) Add(delta int64) (new int64)

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32

func (x *Uint32) Store(val uint32)

func (x *Uint32) Swap(new uint32) (old uint32)

func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)

func (x *Uint32) Add(delta uint32) (new uint32)

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64

func (x *Uint64) Store(val uint64)

func (x *Uint64) Swap(new uint64) (old uint64)

func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)

func (x *Uint64) Add(delta uint64) (new uint64)

type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr

func (x *Uintptr) Store(val uintptr)

func (x *Uintptr) Swap(new uintptr) (old uintptr)

func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool)

func (x *Uintptr) Add(delta uintptr) (new uintptr)

type noCopy struct{}

type align64 struct{}

type Value struct {
	v any
}

func (v *Value) Load() (val any)

func (v *Value) Store(val any)

func (v *Value) Swap(new any) (old any)

func (v *Value) CompareAndSwap(old, new any) (swapped bool)
