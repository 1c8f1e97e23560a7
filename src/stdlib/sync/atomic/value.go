// Value: an atomically loaded and stored interface value of one fixed
// dynamic type.
//
// Design
//
// A Value is an interface's two words, typ and data, read and written as
// two pointers. Once typ is set it never changes (every Store must bring
// the same dynamic type), so after the first store only data changes, and
// one atomic operation on data is a whole Store, Swap or CompareAndSwap.
// A Load reads typ, then data: whatever data it sees belongs to that type.
//
// The first store must set both words. It claims the Value by swinging typ
// from nil to a marker (the address of firstStoreInProgress), writes data,
// then writes the real typ. A Load that sees the marker reports an empty
// Value; a store that sees it waits for the first store to finish. The
// first storer is pinned to its P meanwhile, so it cannot be preempted
// while others wait for it.
//
// How it differs from Go: nothing to note.

package atomic

import "unsafe"

// Value holds an interface value that goroutines may load and replace
// atomically. Every value stored must have the same dynamic type. An empty
// Value loads as nil; do not copy a Value once something is stored in it.
type Value struct {
	v any
}

// efaceWords is an interface value's layout: dynamic type, data word.
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// The address of firstStoreInProgress in a Value's typ marks a first store under way.
var firstStoreInProgress byte

// Load returns the value last stored, or nil while v is empty.
func (v *Value) Load() (val any) {
	w := (*efaceWords)(unsafe.Pointer(v))
	typ := LoadPointer(&w.typ)
	if typ == nil || typ == unsafe.Pointer(&firstStoreInProgress) {
		return nil
	}
	out := (*efaceWords)(unsafe.Pointer(&val))
	out.typ = typ
	out.data = LoadPointer(&w.data)
	return
}

// Store replaces v's value with val. val must not be nil and must have the
// dynamic type of every earlier value; otherwise Store panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	w := (*efaceWords)(unsafe.Pointer(v))
	x := (*efaceWords)(unsafe.Pointer(&val))
	for {
		typ := w.loadType()
		if typ == nil {
			if w.storeFirst(x) {
				return
			}
			continue
		}
		if typ != x.typ {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		StorePointer(&w.data, x.data)
		return
	}
}

// Swap replaces v's value with new and returns the one it replaced (nil
// if v was empty). new must not be nil and must have the dynamic type of
// every earlier value; otherwise Swap panics.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	w := (*efaceWords)(unsafe.Pointer(v))
	x := (*efaceWords)(unsafe.Pointer(&new))
	for {
		typ := w.loadType()
		if typ == nil {
			if w.storeFirst(x) {
				return nil
			}
			continue
		}
		if typ != x.typ {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		out := (*efaceWords)(unsafe.Pointer(&old))
		out.typ = typ
		out.data = SwapPointer(&w.data, x.data)
		return old
	}
}

// CompareAndSwap replaces v's value with new if it equals old (nil old
// matching an empty v), and reports whether it did. new must not be nil,
// and old (unless nil) and new must have v's dynamic type; otherwise it
// panics.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	w := (*efaceWords)(unsafe.Pointer(v))
	x := (*efaceWords)(unsafe.Pointer(&new))
	o := (*efaceWords)(unsafe.Pointer(&old))
	if o.typ != nil && o.typ != x.typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		typ := w.loadType()
		if typ == nil {
			if old != nil {
				return false
			}
			if w.storeFirst(x) {
				return true
			}
			continue
		}
		if typ != x.typ {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// Compare with ==, which panics for a type without it, as Go's does.
		data := LoadPointer(&w.data)
		var cur any
		c := (*efaceWords)(unsafe.Pointer(&cur))
		c.typ = typ
		c.data = data
		if cur != old {
			return false
		}
		return CompareAndSwapPointer(&w.data, data, x.data)
	}
}

// loadType returns the type stored in w, nil if none, waiting while a
// first store is under way.
func (w *efaceWords) loadType() unsafe.Pointer {
	for {
		typ := LoadPointer(&w.typ)
		if typ != unsafe.Pointer(&firstStoreInProgress) {
			return typ
		}
	}
}

// storeFirst stores x into the empty w and reports whether it did; it
// fails if another first store claimed w.
func (w *efaceWords) storeFirst(x *efaceWords) bool {
	runtime_procPin()
	if !CompareAndSwapPointer(&w.typ, nil, unsafe.Pointer(&firstStoreInProgress)) {
		runtime_procUnpin()
		return false
	}
	StorePointer(&w.data, x.data)
	StorePointer(&w.typ, x.typ)
	runtime_procUnpin()
	return true
}
