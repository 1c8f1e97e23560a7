// Mutex: a lock in one int32 word with a semaphore to sleep on.
//
// Design
//
// state holds three flags and a count:
//
//	bit 0  mutexLocked    someone holds the lock
//	bit 1  mutexWoken     a waiter has been woken (or is spinning) and will
//	                      compete for the lock, so Unlock need not wake another
//	bit 2  mutexStarving  starvation mode (below)
//	3..31  waiters        goroutines asleep on sema
//
// Normal mode. Lock takes a free lock with one CAS. Otherwise the caller
// counts itself as a waiter and sleeps on sema. Unlock clears the lock bit
// and, if there are waiters and nobody is already woken, wakes one. The
// woken waiter does not get the lock: it competes with goroutines that are
// arriving and running, which usually win (they are already on a CPU). A
// waiter that loses goes back to sleep at the head of the queue (lifo).
// This is fast, but a waiter can lose again and again.
//
// Starvation mode. A waiter that has waited longer than 1 ms
// (starvationThresholdNs) sets mutexStarving when it next fails. From then
// on Unlock hands the lock directly to the first waiter (semaphore handoff:
// the waiter runs next), arriving goroutines do not touch the lock bit and
// queue at the tail, and the waiter that receives the lock takes it by
// adjusting the count. The mutex returns to normal mode when the waiter
// that receives it is the last one or waited less than 1 ms.
//
// Invariants: mutexWoken is set only while some goroutine will look at the
// state again before sleeping; in starvation mode the lock is passed with
// mutexLocked clear and the count of waiters including the receiver.
//
// How it differs from Go: waiters never spin (runtime_canSpin is false on
// minigo's single reported CPU), so mutexWoken is set only by Unlock.

package sync

import "sync/atomic"

// Mutex lets one goroutine at a time past Lock until it calls Unlock. The
// zero Mutex is unlocked. The lock has no owner: any goroutine may unlock
// it. Do not copy a Mutex once it is in use.
type Mutex struct {
	state int32
	sema  uint32
}

// Locker is anything with Lock and Unlock methods, such as *Mutex.
type Locker interface {
	Lock()
	Unlock()
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	// A waiter that has waited this long switches the mutex to starvation mode.
	starvationThresholdNs = 1e6
)

// Lock waits until m is unlocked, then locks it.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock locks m if it is free (and not promised to a waiter) and reports whether it did.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	// In starvation mode the lock belongs to the first waiter, so do not take it.
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// lockSlow is Lock when the CAS from 0 failed: the mutex is held, has
// waiters, or is starving.
func (m *Mutex) lockSlow() {
	var waitStart int64 // when this goroutine first slept; 0 before
	starving := false   // this goroutine has waited too long
	woken := false      // this goroutine was woken by Unlock and owns mutexWoken
	spins := 0
	old := m.state
	for {
		// Busy-wait while the lock is held in normal mode, if the runtime
		// allows it, announcing ourselves as woken so Unlock wakes nobody.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(spins) {
			if !woken && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				woken = true
			}
			runtime_doSpin()
			spins++
			old = m.state
			continue
		}

		// The state we want: locked by us (unless starving, when the lock
		// is handed over, never taken), or one more waiter if we must sleep.
		new := old
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// Only switch to starvation mode while the lock is held: an
		// unlocked starving mutex would wait for an Unlock that never comes.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if woken {
			// We are leaving the woken state, whether we sleep or lock.
			if new&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, new) {
			old = m.state
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // we took the free lock
		}

		// Sleep. A goroutine that has slept before goes to the head of the queue.
		requeue := waitStart != 0
		if waitStart == 0 {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, requeue, 1)
		starving = starving || runtime_nanotime()-waitStart > starvationThresholdNs
		old = m.state
		if old&mutexStarving != 0 {
			// The lock was handed to us: Unlock left it unlocked, with us
			// still counted as a waiter and nobody marked woken.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				// Back to normal mode: we did not wait long, or nobody else waits.
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		woken = true
		spins = 0
	}
}

// Unlock releases m; m must be locked, or the program ends with a fatal error.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

// unlockSlow is Unlock when there are waiters or flags left after clearing
// the lock bit; new is the state after clearing it.
func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		// Hand the lock to the first waiter; it runs next.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := new
	for {
		// Wake nobody if nobody waits, or if someone already took the
		// lock, is woken, or switched the mutex to starvation mode.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		// Take one waiter off the count and mark it woken, then wake it.
		if atomic.CompareAndSwapInt32(&m.state, old, (old-1<<mutexWaiterShift)|mutexWoken) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = m.state
	}
}
