// RWMutex: a reader/writer lock built on a Mutex and two semaphores.
//
// Design
//
// Writers exclude each other with w. Readers never touch w: they count
// themselves in readerCount, one atomic add each way. A writer announces
// itself by subtracting rwmutexMaxReaders from readerCount, which makes it
// negative: readers arriving after that see a negative count and sleep on
// readerSem. The readers that were already inside when the writer came
// (the value before the subtraction) are moved to readerWait; the writer
// sleeps on writerSem until the last of them leaves and wakes it. Unlock
// adds rwmutexMaxReaders back, wakes every reader that queued meanwhile
// (the count, less the offset, says how many), then unlocks w.
//
// So a waiting writer blocks new readers: readers cannot starve a writer,
// and a recursive RLock deadlocks when a writer waits in between.
//
// How it differs from Go: no race-detector annotations.

package sync

import "sync/atomic"

// RWMutex admits either one writer or any number of readers at a time.
// The zero RWMutex is unlocked. Do not copy an RWMutex once it is in use.
type RWMutex struct {
	w           Mutex  // held by the writer, and by a writer waiting for readers
	writerSem   uint32 // the writer sleeps here until the readers ahead of it leave
	readerSem   uint32 // readers sleep here while a writer holds or waits for the lock
	readerCount int32  // readers inside or waiting; minus rwmutexMaxReaders while a writer is pending
	readerWait  int32  // readers the pending writer still waits for
}

const rwmutexMaxReaders = 1 << 30

// RLock waits until no writer holds or waits for rw, then enters as a
// reader. Do not nest RLocks: a writer arriving in between makes the
// inner one wait for ever.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// A writer holds or waits for the lock.
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

// TryRLock enters as a reader if no writer holds or waits for rw, and reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	for {
		n := atomic.LoadInt32(&rw.readerCount)
		if n < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, n, n+1) {
			return true
		}
	}
}

// RUnlock leaves as a reader; rw must have one, or the program ends with a fatal error.
func (rw *RWMutex) RUnlock() {
	if n := atomic.AddInt32(&rw.readerCount, -1); n < 0 {
		rw.rUnlockSlow(n)
	}
}

// rUnlockSlow is RUnlock while a writer is pending: n is readerCount after
// this reader's decrement.
func (rw *RWMutex) rUnlockSlow(n int32) {
	if n+1 == 0 || n+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	if atomic.AddInt32(&rw.readerWait, -1) == 0 {
		// The last reader the writer waited for: let it in.
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock waits until rw has no readers and no writer, then takes it as the writer.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer; inside is how many readers were already in.
	inside := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if inside != 0 && atomic.AddInt32(&rw.readerWait, inside) != 0 {
		runtime_SemacquireMutex(&rw.writerSem, false, 0)
	}
}

// TryLock takes rw as the writer if it is entirely free, and reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock releases the writer's hold; rw must have a writer, or the program
// ends with a fatal error.
func (rw *RWMutex) Unlock() {
	// Let readers in again; waiting is how many queued behind the writer.
	waiting := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if waiting >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < waiting; i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns rw as a Locker for readers: its Lock is RLock, its Unlock RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
