// Cond: a condition variable on a notify list.
//
// Design
//
// Wait takes a ticket from the runtime's notify list before unlocking L,
// then sleeps on the ticket. Signal notifies the oldest ticket, Broadcast
// every ticket taken. Because the ticket comes first, a Signal that arrives
// between the Unlock and the sleep is not lost: the sleep then returns at
// once. A goroutine sleeping in Wait shows as [sync.Cond.Wait].
//
// copyChecker remembers the Cond's own address on first use, so a copied
// Cond (whose copy sits at another address) is detected and panics.
//
// How it differs from Go: nothing to note.

package sync

import (
	"sync/atomic"
	"unsafe"
)

// Cond lets goroutines sleep until another tells them that some condition
// over shared state may have changed. The state is guarded by L, which a
// goroutine holds to change it and to call Wait. Do not copy a Cond once in use.
type Cond struct {
	noCopy noCopy

	// L guards the condition.
	L Locker

	notify  notifyList
	checker copyChecker
}

// NewCond returns a Cond guarded by l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait releases c.L, sleeps until Signal or Broadcast, and takes c.L again
// before it returns. The condition may be false again by then, so wait in
// a loop: for !condition() { c.Wait() }.
func (c *Cond) Wait() {
	c.checker.check()
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes the longest-waiting goroutine in c.Wait, if any.
func (c *Cond) Signal() {
	c.checker.check()
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes every goroutine in c.Wait.
func (c *Cond) Broadcast() {
	c.checker.check()
	runtime_notifyListNotifyAll(&c.notify)
}

// notifyList is the runtime's (src/runtime/sema.ts reads wait and notify;
// the rest is the runtime's lock and list, unused by minigo).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

// copyChecker holds its own address once the Cond has been used.
type copyChecker uintptr

func (c *copyChecker) check() {
	self := uintptr(unsafe.Pointer(c))
	if uintptr(*c) == self {
		return
	}
	// First use (record the address), or a copy (another address is recorded).
	if !atomic.CompareAndSwapUintptr((*uintptr)(c), 0, self) && uintptr(*c) != self {
		panic("sync.Cond is copied")
	}
}
