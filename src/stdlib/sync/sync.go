// Package sync declares the exported API of Go 1.19's sync package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package sync

import (
	"sync/atomic"
	"unsafe"
)

type Cond struct {
	noCopy  noCopy
	L       Locker
	notify  notifyList
	checker copyChecker
}

func NewCond(l Locker) *Cond

func (c *Cond) Wait()

func (c *Cond) Signal()

func (c *Cond) Broadcast()

type copyChecker uintptr

type noCopy struct{}

type Map struct {
	mu     Mutex
	read   atomic.Value
	dirty  map[any]*entry
	misses int
}

type entry struct {
	p unsafe.Pointer
}

func (m *Map) Load(key any) (value any, ok bool)

func (m *Map) Store(key, value any)

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)

func (m *Map) LoadAndDelete(key any) (value any, loaded bool)

func (m *Map) Delete(key any)

func (m *Map) Range(f func(key, value any) bool)

type Mutex struct {
	state int32
	sema  uint32
}

type Locker interface {
	Lock()
	Unlock()
}

func (m *Mutex) Lock()

func (m *Mutex) TryLock() bool

func (m *Mutex) Unlock()

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func()) {
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}

type Pool struct {
	noCopy     noCopy
	local      unsafe.Pointer
	localSize  uintptr
	victim     unsafe.Pointer
	victimSize uintptr
	New        func() any
}

func (p *Pool) Put(x any)

func (p *Pool) Get() any

type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) RLock()

func (rw *RWMutex) TryRLock() bool

func (rw *RWMutex) RUnlock()

func (rw *RWMutex) Lock()

func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLocker() Locker

type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done()

func (wg *WaitGroup) Wait()
