// Package sync provides mutual exclusion locks, wait groups, one-time
// initialization, condition variables, a concurrent map and a free-list pool,
// as Go 1.19's package sync does, with Go's exact API and struct layouts.
//
// # Design
//
// The package is Go, compiled with the program, except for the entry points
// declared in this file: they are the runtime's (implemented natively, see
// src/stdlib/sync/natives.ts and src/runtime/sema.ts). Each type keeps its
// whole state in its own words, changed only with sync/atomic operations,
// and goes to the runtime only to sleep (runtime_Semacquire*,
// runtime_notifyListWait) and to wake sleepers (runtime_Semrelease,
// runtime_notifyListNotify*). A goroutine sleeping in a semaphore shows as
// [semacquire] in a traceback, one sleeping in Cond.Wait as [sync.Cond.Wait].
//
// Misuse is reported in Go's three words: fatal (unlock of an unlocked
// Mutex or RWMutex: the program ends, recover cannot stop it), throw (an
// inconsistent state, which only a bug can cause) and panic (a negative
// WaitGroup counter, a WaitGroup reused too early: recoverable).
//
// How it differs from Go: no race-detector annotations. Since minigo runs
// on amd64's layout only, WaitGroup's state word is always 8-byte aligned
// and needs no alignment fix-up.
package sync

import "unsafe"

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a Mutex: with lifo the
// caller waits at the head of the queue. skipframes is for profiles, which
// minigo does not keep.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes a goroutine waiting on it; with
// handoff the woken goroutine runs next on the caller's P.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// The notify list under Cond: a ticket per waiter (see src/runtime/sema.ts).
func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListCheck ends the program if notifyList's size is not the
// one the runtime expects.
func runtime_notifyListCheck(size uintptr)

func init() {
	var n notifyList
	runtime_notifyListCheck(unsafe.Sizeof(n))
}

// runtime_canSpin reports whether a Mutex waiter may busy-wait for its
// i-th time instead of sleeping; runtime_doSpin is that busy wait.
func runtime_canSpin(i int) bool
func runtime_doSpin()

// runtime_nanotime is the runtime's monotonic clock.
func runtime_nanotime() int64

// runtime_procPin keeps the calling goroutine on its P (no preemption) and
// returns the P's id; runtime_procUnpin ends that.
func runtime_procPin() int
func runtime_procUnpin()

// throw reports a broken invariant; fatal reports misuse. Neither returns
// and neither can be recovered.
func throw(string)
func fatal(string)

// noCopy marks a struct that must not be copied after first use (for go
// vet's copylocks check).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
