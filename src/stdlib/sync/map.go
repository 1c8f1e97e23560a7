// Map: a concurrent map whose reads of stable keys take no lock.
//
// Design
//
// Two Go maps share their values. read is an immutable snapshot (a
// readOnly in an atomic.Value): Load, and Store to a key already in it,
// use only atomic operations on the key's entry. dirty holds every key
// (those of read and new ones) and is touched only under mu. A key missing
// from read is looked up in dirty under mu and counted as a miss; when the
// misses reach dirty's size, dirty becomes the new read snapshot (one map
// handed over, not copied) and the next new key builds a new dirty.
//
// An entry is shared by both maps and points to the value (an *any):
//
//	p == nil       deleted; the key may still be in dirty
//	p == expunged  deleted, and the key is not in dirty (dirty was built
//	               without it); Store must put the entry back in dirty
//	               (under mu) before storing into it
//	otherwise      the live value *p
//
// So a deleted key costs nothing until dirty is rebuilt, when it is
// expunged; storing to it again revives it.
//
// Range promotes dirty first, so it sees every key, then iterates the
// snapshot without the lock: f may call any method of the Map.
//
// How it differs from Go: no race-detector annotations.

package sync

import (
	"sync/atomic"
	"unsafe"
)

// Map is a map[any]any that goroutines may use concurrently with no lock
// of their own. It pays off when keys are written once and read often, or
// when goroutines touch disjoint keys; otherwise a map with a Mutex is
// simpler. The zero Map is empty. Do not copy a Map once in use.
type Map struct {
	mu Mutex

	// read is the snapshot (a readOnly) that loads use without mu.
	read atomic.Value

	// dirty holds every live key, and is changed only under mu. It is nil
	// after it has been promoted to read, until the next new key.
	dirty map[any]*entry

	// misses counts the loads that had to look in dirty since the last promotion.
	misses int
}

// readOnly is the snapshot stored in Map.read.
type readOnly struct {
	m map[any]*entry
	// amended says dirty has keys that m lacks.
	amended bool
}

// expunged marks an entry deleted from a Map and missing from its dirty map.
var expunged = unsafe.Pointer(new(any))

// An entry is the slot of one key, shared by read and dirty.
type entry struct {
	p unsafe.Pointer // *any, or nil, or expunged
}

func newEntry(v any) *entry {
	return &entry{p: unsafe.Pointer(&v)}
}

// snapshot returns the current read snapshot.
func (m *Map) snapshot() readOnly {
	r, _ := m.read.Load().(readOnly)
	return r
}

// Load returns key's value and whether key is present.
func (m *Map) Load(key any) (value any, ok bool) {
	r := m.snapshot()
	e, ok := r.m[key]
	if !ok && r.amended {
		m.mu.Lock()
		// dirty may have been promoted while we waited for mu.
		r = m.snapshot()
		e, ok = r.m[key]
		if !ok && r.amended {
			e, ok = m.dirty[key]
			m.missLocked()
		}
		m.mu.Unlock()
	}
	if !ok {
		return nil, false
	}
	return e.load()
}

func (e *entry) load() (value any, ok bool) {
	p := atomic.LoadPointer(&e.p)
	if p == nil || p == expunged {
		return nil, false
	}
	return *(*any)(p), true
}

// Store sets key's value.
func (m *Map) Store(key, value any) {
	if e, ok := m.snapshot().m[key]; ok && e.tryStore(&value) {
		return
	}
	m.mu.Lock()
	r := m.snapshot()
	if e, ok := r.m[key]; ok {
		if e.unexpungeLocked() {
			// Revive the key in dirty, which was built without it.
			m.dirty[key] = e
		}
		atomic.StorePointer(&e.p, unsafe.Pointer(&value))
	} else if e, ok := m.dirty[key]; ok {
		atomic.StorePointer(&e.p, unsafe.Pointer(&value))
	} else {
		m.addLocked(r, key, newEntry(value))
	}
	m.mu.Unlock()
}

// addLocked puts a new key in dirty, building dirty first if it was promoted.
func (m *Map) addLocked(r readOnly, key any, e *entry) {
	if !r.amended {
		m.dirtyLocked()
		m.read.Store(readOnly{m: r.m, amended: true})
	}
	m.dirty[key] = e
}

// tryStore stores v in e unless e is expunged.
func (e *entry) tryStore(v *any) bool {
	for {
		p := atomic.LoadPointer(&e.p)
		if p == expunged {
			return false
		}
		if atomic.CompareAndSwapPointer(&e.p, p, unsafe.Pointer(v)) {
			return true
		}
	}
}

// unexpungeLocked turns an expunged entry into a deleted one and reports
// whether it was expunged (and so must be added to dirty).
func (e *entry) unexpungeLocked() (wasExpunged bool) {
	return atomic.CompareAndSwapPointer(&e.p, expunged, nil)
}

// LoadOrStore returns key's value with loaded true if key is present;
// otherwise it sets key to value and returns value with loaded false.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if e, ok := m.snapshot().m[key]; ok {
		if actual, loaded, done := e.tryLoadOrStore(value); done {
			return actual, loaded
		}
	}
	m.mu.Lock()
	r := m.snapshot()
	if e, ok := r.m[key]; ok {
		if e.unexpungeLocked() {
			m.dirty[key] = e
		}
		actual, loaded, _ = e.tryLoadOrStore(value)
	} else if e, ok := m.dirty[key]; ok {
		actual, loaded, _ = e.tryLoadOrStore(value)
		m.missLocked()
	} else {
		m.addLocked(r, key, newEntry(value))
		actual, loaded = value, false
	}
	m.mu.Unlock()
	return actual, loaded
}

// tryLoadOrStore loads e's value or, if e is deleted, stores v. done is
// false if e is expunged, which needs mu.
func (e *entry) tryLoadOrStore(v any) (actual any, loaded, done bool) {
	p := atomic.LoadPointer(&e.p)
	if p == expunged {
		return nil, false, false
	}
	if p != nil {
		return *(*any)(p), true, true
	}
	// Copy v so that its address escapes only on this path.
	stored := v
	for {
		if atomic.CompareAndSwapPointer(&e.p, nil, unsafe.Pointer(&stored)) {
			return v, false, true
		}
		p = atomic.LoadPointer(&e.p)
		if p == expunged {
			return nil, false, false
		}
		if p != nil {
			return *(*any)(p), true, true
		}
	}
}

// LoadAndDelete removes key and returns the value it had, if it was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	r := m.snapshot()
	e, ok := r.m[key]
	if !ok && r.amended {
		m.mu.Lock()
		r = m.snapshot()
		e, ok = r.m[key]
		if !ok && r.amended {
			e, ok = m.dirty[key]
			delete(m.dirty, key)
			// A miss either way: the key will be gone from dirty at the
			// next promotion.
			m.missLocked()
		}
		m.mu.Unlock()
	}
	if !ok {
		return nil, false
	}
	return e.delete()
}

// Delete removes key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

func (e *entry) delete() (value any, ok bool) {
	for {
		p := atomic.LoadPointer(&e.p)
		if p == nil || p == expunged {
			return nil, false
		}
		if atomic.CompareAndSwapPointer(&e.p, p, nil) {
			return *(*any)(p), true
		}
	}
}

// Range calls f on the keys and values in m, in any order, stopping when f
// returns false. No key is visited twice; keys changed while Range runs may
// be seen with either value, or not at all. f may use m freely.
func (m *Map) Range(f func(key, value any) bool) {
	r := m.snapshot()
	if r.amended {
		// dirty has keys that read lacks: promote it now, since Range will
		// look at every key anyway.
		m.mu.Lock()
		r = m.snapshot()
		if r.amended {
			r = readOnly{m: m.dirty}
			m.read.Store(r)
			m.dirty = nil
			m.misses = 0
		}
		m.mu.Unlock()
	}
	for k, e := range r.m {
		v, ok := e.load()
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// missLocked counts a lookup that needed dirty, and promotes dirty once
// the misses have cost as much as copying it would.
func (m *Map) missLocked() {
	m.misses++
	if m.misses < len(m.dirty) {
		return
	}
	m.read.Store(readOnly{m: m.dirty})
	m.dirty = nil
	m.misses = 0
}

// dirtyLocked builds dirty from read, expunging the deleted entries.
func (m *Map) dirtyLocked() {
	if m.dirty != nil {
		return
	}
	r := m.snapshot()
	m.dirty = make(map[any]*entry, len(r.m))
	for k, e := range r.m {
		if !e.tryExpungeLocked() {
			m.dirty[k] = e
		}
	}
}

// tryExpungeLocked marks a deleted entry expunged and reports whether e is
// expunged.
func (e *entry) tryExpungeLocked() (isExpunged bool) {
	p := atomic.LoadPointer(&e.p)
	for p == nil {
		if atomic.CompareAndSwapPointer(&e.p, nil, expunged) {
			return true
		}
		p = atomic.LoadPointer(&e.p)
	}
	return p == expunged
}
