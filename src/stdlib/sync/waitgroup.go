// WaitGroup: a counter and a count of waiters in one 64-bit word.
//
// Design
//
// state1 holds the counter in its high 32 bits and the number of sleeping
// Wait calls in its low 32 bits; state2 is the semaphore they sleep on. One
// atomic add changes the counter and returns both halves, so Add knows at
// once whether it dropped the counter to zero with waiters to wake. Wait
// increments the waiter half with a CAS that fails if the counter changed.
//
// When the counter reaches zero with w waiters, Add clears the whole word
// before releasing the semaphore w times, so each waiter finds the word at
// zero when it wakes; a waiter that finds it non-zero knows the WaitGroup
// was reused (Add called again) before all Waits had returned.
//
// The checks Go makes for misuse are made here, with Go's messages: a
// negative counter, Add racing with Wait, and reuse too early. They are
// panics, which recover can stop.
//
// How it differs from Go: on amd64 state1 is always 8-byte aligned, so the
// word is always state1 and the semaphore state2 (Go also handles 32-bit
// platforms, where it may have to use state2 and half of state1 instead).

package sync

import "sync/atomic"

// WaitGroup counts outstanding work: Add raises the count, Done lowers it,
// and Wait blocks until it is zero. Do not copy a WaitGroup once in use.
type WaitGroup struct {
	noCopy noCopy
	state1 uint64 // counter << 32 | waiters
	state2 uint32 // semaphore for waiters
}

// Add changes the count by delta (which may be negative); reaching zero
// releases every Wait. Going below zero panics. Raising the count from zero
// must happen before the Wait that is meant to wait for it.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state1, uint64(delta)<<32)
	count := int32(state >> 32)
	waiters := uint32(state)
	if count < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && count == int32(delta) {
		// The counter went from zero up while goroutines were waiting for zero.
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if count > 0 || waiters == 0 {
		return
	}
	// The counter is zero and there are waiters. Nobody may change the
	// word now: Add may not race with Wait here, and waiters only increment
	// it while the counter is positive.
	if atomic.LoadUint64(&wg.state1) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state1, 0)
	for ; waiters != 0; waiters-- {
		runtime_Semrelease(&wg.state2, false, 0)
	}
}

// Done lowers the count by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait returns once the count is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state1)
		if state>>32 == 0 {
			return
		}
		// Count ourselves as a waiter, unless the word changed meanwhile.
		if atomic.CompareAndSwapUint64(&wg.state1, state, state+1) {
			runtime_Semacquire(&wg.state2)
			if atomic.LoadUint64(&wg.state1) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}
