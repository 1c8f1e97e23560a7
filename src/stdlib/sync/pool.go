// Pool: a set of free objects, kept per P so that Get and Put rarely contend.
//
// Design
//
// local points to an array of poolLocal, one per P (localSize of them,
// GOMAXPROCS when the array was made). A goroutine pins itself to its P
// (runtime_procPin: no preemption, so no other goroutine runs on that P
// meanwhile) and uses that P's poolLocal:
//
//	private  one object only this P uses: Put fills it, Get empties it,
//	         with plain loads and stores since the goroutine is pinned
//	shared   a lock-free stack of further objects: this P pushes and pops,
//	         Gets on other Ps that found their own empty pop too
//
// Get tries private, then its own stack, then steals from the other Ps'
// stacks, and calls New only when all are empty. New is called unpinned.
// When GOMAXPROCS changes, the first Get or Put on a P beyond the array
// makes a new array (under poolResizeMu); what the old one held is dropped,
// which a Pool may always do.
//
// How it differs from Go: Go's shared part is a lock-free deque of growing
// ring buffers (poolChain; the owner works at the head, thieves at the
// tail); here it is a stack of nodes swapped with CompareAndSwapPointer,
// which is ABA-free because a node is never pushed twice and the
// collector keeps a node alive while anyone still holds it. Go empties
// pools at each collection, keeping the previous generation as a victim
// cache for one more cycle (victim, victimSize); minigo has no collector
// yet, so pooled objects stay until taken and the victim fields stay nil.

package sync

import (
	"runtime"
	"sync/atomic"
	"unsafe"
)

// Pool keeps spare objects for reuse, to spare the allocator and the
// collector. Goroutines may use it concurrently. The pool may drop any
// object whenever it likes. Do not copy a Pool once in use.
type Pool struct {
	noCopy noCopy

	local     unsafe.Pointer // *[localSize]poolLocal, indexed by P id
	localSize uintptr

	victim     unsafe.Pointer // the previous collection's local (see the header)
	victimSize uintptr

	// New, if set, makes the object Get returns when the pool is empty.
	New func() any
}

// poolLocal is one P's part of a Pool.
type poolLocal struct {
	private any
	shared  unsafe.Pointer // *poolNode, top of the stack
}

type poolNode struct {
	x    any
	next unsafe.Pointer // *poolNode
}

// poolResizeMu serializes making a Pool's per-P array.
var poolResizeMu Mutex

// Put gives x to the pool (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	l, _ := p.pin()
	if l.private == nil {
		l.private = x
	} else {
		l.push(x)
	}
	runtime_procUnpin()
}

// Get takes some object out of the pool, not necessarily the last one Put;
// if the pool is empty it returns p.New(), or nil when New is not set.
func (p *Pool) Get() any {
	l, pid := p.pin()
	x := l.private
	l.private = nil
	if x == nil {
		x = l.pop()
		if x == nil {
			x = p.steal(pid)
		}
	}
	runtime_procUnpin()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// steal pops an object from another P's stack, starting with the next P.
func (p *Pool) steal(pid int) any {
	n := atomic.LoadUintptr(&p.localSize)
	locals := atomic.LoadPointer(&p.local)
	for i := 0; i < int(n); i++ {
		if x := indexLocal(locals, (pid+i+1)%int(n)).pop(); x != nil {
			return x
		}
	}
	return nil
}

// pin pins the calling goroutine to its P and returns the P's poolLocal
// and id. The caller must call runtime_procUnpin when done with it.
func (p *Pool) pin() (*poolLocal, int) {
	pid := runtime_procPin()
	// localSize is stored after local, so reading it first guarantees a
	// local at least that large.
	n := atomic.LoadUintptr(&p.localSize)
	locals := atomic.LoadPointer(&p.local)
	if uintptr(pid) < n {
		return indexLocal(locals, pid), pid
	}
	return p.pinSlow()
}

// pinSlow makes p's per-P array for the current GOMAXPROCS.
func (p *Pool) pinSlow() (*poolLocal, int) {
	// Locking may sleep, which a pinned goroutine must not.
	runtime_procUnpin()
	poolResizeMu.Lock()
	defer poolResizeMu.Unlock()
	pid := runtime_procPin()
	n := atomic.LoadUintptr(&p.localSize)
	locals := atomic.LoadPointer(&p.local)
	if uintptr(pid) < n {
		return indexLocal(locals, pid), pid
	}
	size := runtime.GOMAXPROCS(0)
	fresh := make([]poolLocal, size)
	atomic.StorePointer(&p.local, unsafe.Pointer(&fresh[0]))
	atomic.StoreUintptr(&p.localSize, uintptr(size))
	return &fresh[pid], pid
}

func indexLocal(locals unsafe.Pointer, i int) *poolLocal {
	return (*poolLocal)(unsafe.Pointer(uintptr(locals) + uintptr(i)*unsafe.Sizeof(poolLocal{})))
}

// push adds x to the top of l's stack.
func (l *poolLocal) push(x any) {
	n := &poolNode{x: x}
	for {
		top := atomic.LoadPointer(&l.shared)
		n.next = top
		if atomic.CompareAndSwapPointer(&l.shared, top, unsafe.Pointer(n)) {
			return
		}
	}
}

// pop removes the top of l's stack and returns its object, or nil.
func (l *poolLocal) pop() any {
	for {
		top := atomic.LoadPointer(&l.shared)
		if top == nil {
			return nil
		}
		n := (*poolNode)(top)
		if atomic.CompareAndSwapPointer(&l.shared, top, n.next) {
			return n.x
		}
	}
}
