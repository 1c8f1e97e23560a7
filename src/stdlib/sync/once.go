// Once: run a function exactly once, however many goroutines ask.
//
// Design
//
// done is 0 until the function has returned. Do's fast path is one atomic
// load. The slow path serializes callers on m: the first runs f, and sets
// done only after f returns (even by panicking), so a concurrent Do that
// sees done == 1 may rely on f's effects. Setting done before calling f
// would let such a caller return before f had finished.
//
// How it differs from Go: nothing to note.

package sync

import "sync/atomic"

// Once runs one function one time only. Do not copy a Once once in use.
type Once struct {
	// done comes first: the fast path loads it with no offset from the receiver.
	done uint32
	m    Mutex
}

// Do calls f on the first Do of o and never again, even with another f.
// No Do returns before that first f has (a panic counts as returning).
// An f that calls o.Do itself waits for itself: a deadlock.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
