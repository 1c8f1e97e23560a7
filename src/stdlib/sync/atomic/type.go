// The typed atomics of Go 1.19: Bool, Int32, Int64, Uint32, Uint64 and
// Uintptr (Value is in value.go). Each wraps one word, and its methods are
// the functions of atomic.go applied to that word.
//
// Design
//
// The word is the only field with a size, so it sits at offset 0 and each
// method passes &x.v. noCopy lets go vet report copies; align64 asks for
// 8-byte alignment of the 64-bit types on 32-bit platforms (nothing to do
// on amd64). Bool keeps 0 or 1 in a uint32.
//
// Pointer[T] keeps an unsafe.Pointer and converts at each method.
//
// How it differs from Go: nothing observable.

package atomic

import "unsafe"

// Bool is a bool read and written atomically; the zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

// Load returns x's value.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store sets x to val.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap sets x to new and returns the value it replaced.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 is b as the word a Bool keeps.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Pointer is a *T read and written atomically; the zero value is nil.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v unsafe.Pointer
}

// Load returns x's value.
func (x *Pointer[T]) Load() *T { return (*T)(LoadPointer(&x.v)) }

// Store sets x to val.
func (x *Pointer[T]) Store(val *T) { StorePointer(&x.v, unsafe.Pointer(val)) }

// Swap sets x to new and returns the value it replaced.
func (x *Pointer[T]) Swap(new *T) (old *T) { return (*T)(SwapPointer(&x.v, unsafe.Pointer(new))) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return CompareAndSwapPointer(&x.v, unsafe.Pointer(old), unsafe.Pointer(new))
}

// Int32 is an int32 read and written atomically; the zero value is 0.
type Int32 struct {
	_ noCopy
	v int32
}

// Load returns x's value.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store sets x to val.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap sets x to new and returns the value it replaced.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the sum.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// Int64 is an int64 read and written atomically; the zero value is 0.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// Load returns x's value.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store sets x to val.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap sets x to new and returns the value it replaced.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the sum.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// Uint32 is a uint32 read and written atomically; the zero value is 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load returns x's value.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store sets x to val.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap sets x to new and returns the value it replaced.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the sum.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// Uint64 is a uint64 read and written atomically; the zero value is 0.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// Load returns x's value.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store sets x to val.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap sets x to new and returns the value it replaced.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the sum.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// Uintptr is a uintptr read and written atomically; the zero value is 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load returns x's value.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store sets x to val.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap sets x to new and returns the value it replaced.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap sets x to new if it holds old, and reports whether it did.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add adds delta to x, wrapping around, and returns the sum.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// noCopy marks a struct that must not be copied after first use (go vet's
// copylocks check looks for its Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 marks a struct that must be 8-byte aligned on every platform.
type align64 struct{}
