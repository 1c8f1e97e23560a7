// Goroutine stacks: allocation from stack spans, growth by copying, the overflow limit.
//
// Every goroutine's stack is memory in the heap region of the address space (decision 6), taken
// from the page heap as manually managed spans (mheap.allocManual, state Manual), exactly as Go
// does (stack.go). A stack is the address range [lo, hi); frames grow down from hi.
//
// Sizes are powers of two, at least _StackMin = 2048 bytes. Two allocators:
//
//   small stacks (2, 4, 8, 16 KiB: orders 0..3, n < _FixedStack << _NumStackOrders and
//   n < _StackCacheSize)
//     stackpool[order]     a list of 32 KiB stack spans (4 pages) that have a free stack; each
//                          span is cut into stacks of _FixedStack << order bytes, the free ones
//                          threaded through their first word (s.manualFreeList, Go's gclinkptr).
//     c.stackcache[order]  per-P free lists refilled from stackpool half a cache (16 KiB) at a
//                          time and released back when they reach _StackCacheSize, so a P rarely
//                          touches the global pool.
//     A span whose stacks are all free again goes back to the heap at once - unless a GC is
//     running, because the collector may still hold a pointer into a stack being freed.
//   large stacks (32 KiB and up)
//     a dedicated span of n/8192 pages. Freed during GC, it is kept in stackLarge.free by
//     log2(npages) for reuse instead of going back to the heap.
//
// Growth (newstack/copystack). When a function's frame does not fit above the stack guard, the
// VM calls stackGrowSize and copystack:
//   1. newsize = 2 * oldsize, doubled again until the new frame fits with _StackGuard to spare.
//   2. newsize above maxstacksize (1e9 bytes on 64-bit, set by runtime.main) is a fatal error:
//        runtime: goroutine stack exceeds 1000000000-byte limit
//        runtime: sp=0x... stack=[0x..., 0x...]
//        fatal error: stack overflow
//   3. stackalloc(newsize); memmove the used part [sp, hi) to the top of the new stack; the delta
//      new.hi - old.hi is what every pointer into the old stack must be moved by (the VM adjusts
//      frames, saved frame pointers, defer records and sudogs with its pointer maps);
//      stackfree(old).
//
// StackInuse counts the bytes of stack spans (h.stats.inStacks), including the free stacks in
// pools and caches, as Go's does.
//
// How it differs from Go: the per-P cache is an MCache field passed explicitly (null means "no
// P", Go's `thisg.m.p == 0` case). Stack memory is not zeroed on allocation, as in Go; the VM
// initialises what its frames need. No stack shrinking policy here (the collector stage calls
// shrinkstack's size rule, shrinkStackSize, and copystack).

import { MSpanState, SpanHome, SpanAllocType, GCPhase } from './mspan.js';
import { _PageShift } from './sizeclasses.js';
import { throw_ } from './error.js';
import { FatalError } from './error.js';
import type { MHeap } from './mheap.js';
import type { MCache } from './mcache.js';

/** Minimum stack size (stack.go _StackMin). */
export const _StackMin = 2048;
/** Smallest stack a pool hands out: _StackMin rounded up to a power of two (no _StackSystem on linux). */
export const _FixedStack = 2048;
/** Number of small stack orders: 2, 4, 8, 16 KiB (malloc.go, linux/amd64). */
export const _NumStackOrders = 4;
/** Per-P stack cache limit, and the size of a stack pool span (malloc.go). */
export const _StackCacheSize = 32 * 1024;
/** Bytes below the guard a function may use without checking (stack.go, amd64). */
export const _StackGuard = 928;
export const _StackSmall = 128;
export const _StackLimit = _StackGuard - _StackSmall;
export const _StackBig = 4096;
/** Maximum stack size on 64-bit, set by runtime.main (proc.go). */
export const maxstacksize = 1000000000;
/** Absolute ceiling: 2 * maxstacksize (proc.go). */
export const maxstackceiling = 2 * maxstacksize;

/** A goroutine stack: [lo, hi). */
export interface Stack {
  lo: number;
  hi: number;
}

function stackOrder(n: number): number {
  let order = 0;
  let n2 = n;
  while (n2 > _FixedStack) {
    order++;
    n2 >>>= 1;
  }
  return order;
}

export function stacklog2(n: number): number {
  let log2 = 0;
  while (n > 1) {
    n = Math.floor(n / 2);
    log2++;
  }
  return log2;
}

/** Take a stack of the given order from the global pool, carving a new span if needed. */
export function stackpoolalloc(h: MHeap, order: number): number {
  const mem = h.mem;
  const list = h.stackpool[order]!;
  let s = list.first;
  if (s === null) {
    s = h.allocManual(_StackCacheSize >> _PageShift, SpanAllocType.Stack)!;
    if (s.allocCount !== 0) throw_('bad allocCount');
    if (s.manualFreeList !== 0) throw_('bad manualFreeList');
    s.elemsize = _FixedStack << order;
    for (let i = 0; i < _StackCacheSize; i += s.elemsize) {
      const x = s.startAddr + i;
      mem.storePtr(x, s.manualFreeList);
      s.manualFreeList = x;
    }
    list.insert(s);
    s.home = SpanHome.StackPool;
  }
  const x = s.manualFreeList;
  if (x === 0) throw_('span has no free stacks');
  s.manualFreeList = mem.loadPtr(x);
  s.allocCount++;
  if (s.manualFreeList === 0) {
    list.remove(s);
    s.home = SpanHome.StackInUse;
  }
  return x;
}

/** Give stack x of the given order back to the global pool. */
export function stackpoolfree(h: MHeap, x: number, order: number): void {
  const s = h.spanOf(x);
  if (s === null || s.state !== MSpanState.Manual) throw_('freeing stack not in a stack span');
  if (s.manualFreeList === 0) {
    h.stackpool[order]!.insert(s);
    s.home = SpanHome.StackPool;
  }
  h.mem.storePtr(x, s.manualFreeList);
  s.manualFreeList = x;
  s.allocCount--;
  if (h.gcphase === GCPhase.Off && s.allocCount === 0) {
    h.stackpool[order]!.remove(s);
    s.manualFreeList = 0;
    h.freeManual(s, SpanAllocType.Stack);
  }
}

/** Fill c's cache of the given order to half capacity from the global pool. */
export function stackcacherefill(c: MCache, order: number): void {
  const h = c.h;
  let list = 0;
  let size = 0;
  while (size < _StackCacheSize / 2) {
    const x = stackpoolalloc(h, order);
    h.mem.storePtr(x, list);
    list = x;
    size += _FixedStack << order;
  }
  c.stackcache[order]!.list = list;
  c.stackcache[order]!.size = size;
}

/** Return stacks from c's cache of the given order to the pool until it is half full. */
export function stackcacherelease(c: MCache, order: number): void {
  const h = c.h;
  let x = c.stackcache[order]!.list;
  let size = c.stackcache[order]!.size;
  while (size > _StackCacheSize / 2) {
    const y = h.mem.loadPtr(x);
    stackpoolfree(h, x, order);
    x = y;
    size -= _FixedStack << order;
  }
  c.stackcache[order]!.list = x;
  c.stackcache[order]!.size = size;
}

/** Empty c's stack caches into the global pools. */
export function stackcache_clear(c: MCache): void {
  const h = c.h;
  for (let order = 0; order < _NumStackOrders; order++) {
    let x = c.stackcache[order]!.list;
    while (x !== 0) {
      const y = h.mem.loadPtr(x);
      stackpoolfree(h, x, order);
      x = y;
    }
    c.stackcache[order]!.list = 0;
    c.stackcache[order]!.size = 0;
  }
}

/** stackalloc: an n-byte stack (n a power of two), from P cache c (or the global pools if null). */
export function stackalloc(h: MHeap, c: MCache | null, n: number): Stack {
  if (n <= 0 || (n & (n - 1)) !== 0) throw_('stack size not a power of 2');
  let v: number;
  if (n < _FixedStack << _NumStackOrders && n < _StackCacheSize) {
    const order = stackOrder(n);
    if (c === null) {
      v = stackpoolalloc(h, order);
    } else {
      const sc = c.stackcache[order]!;
      if (sc.list === 0) stackcacherefill(c, order);
      v = sc.list;
      sc.list = h.mem.loadPtr(v);
      sc.size -= n;
    }
  } else {
    const npage = n >>> _PageShift;
    const log2npage = stacklog2(npage);
    const free = h.stackLarge[log2npage]!;
    let s = free.first;
    if (s !== null) free.remove(s);
    else {
      s = h.allocManual(npage, SpanAllocType.Stack)!;
      s.elemsize = n;
    }
    s.home = SpanHome.StackInUse;
    v = s.startAddr;
  }
  return { lo: v, hi: v + n };
}

/** stackfree: give back a stack from stackalloc. */
export function stackfree(h: MHeap, c: MCache | null, stk: Stack): void {
  const n = stk.hi - stk.lo;
  if (n <= 0 || (n & (n - 1)) !== 0) throw_('stack not a power of 2');
  const v = stk.lo;
  if (n < _FixedStack << _NumStackOrders && n < _StackCacheSize) {
    const order = stackOrder(n);
    if (c === null) {
      stackpoolfree(h, v, order);
    } else {
      const sc = c.stackcache[order]!;
      if (sc.size >= _StackCacheSize) stackcacherelease(c, order);
      h.mem.storePtr(v, sc.list);
      sc.list = v;
      sc.size += n;
    }
  } else {
    const s = h.spanOf(v);
    if (s === null || s.state !== MSpanState.Manual) throw_('bad span state');
    if (h.gcphase === GCPhase.Off) {
      h.freeManual(s, SpanAllocType.Stack);
    } else {
      h.stackLarge[stacklog2(s.npages)]!.insert(s);
      s.home = SpanHome.StackLarge;
    }
  }
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/**
 * newstack's size rule: the size to grow a stack [lo, hi) to when sp is the stack pointer and the
 * next frame needs maxSPDelta bytes. Throws Go's stack overflow fatal error past the limit.
 */
export function stackGrowSize(stk: Stack, sp: number, maxSPDelta: number, limit = maxstacksize): number {
  const oldsize = stk.hi - stk.lo;
  let newsize = oldsize * 2;
  const needed = maxSPDelta + _StackGuard;
  const used = stk.hi - sp;
  while (newsize - used < needed) newsize *= 2;
  if (newsize > limit || newsize > maxstackceiling) {
    const lim = limit < maxstackceiling ? limit : maxstackceiling;
    throw new FatalError(
      'stack overflow',
      [`runtime: goroutine stack exceeds ${lim}-byte limit`, `runtime: sp=${hex(sp)} stack=[${hex(stk.lo)}, ${hex(stk.hi)}]`],
      true,
    );
  }
  return newsize;
}

/** shrinkstack's rule: half the size if less than a quarter is in use, else 0 (no shrink). */
export function shrinkStackSize(stk: Stack, sp: number, framesize = 0): number {
  const oldsize = stk.hi - stk.lo;
  const newsize = oldsize / 2;
  if (newsize < _FixedStack) return 0;
  const avail = stk.hi - stk.lo;
  const used = stk.hi - sp + _StackLimit + framesize;
  if (used >= avail / 4) return 0;
  return newsize;
}

/**
 * copystack: move the live part [sp, hi) of stack old to a new stack of newsize bytes and free the
 * old one. Returns the new stack and delta = new.hi - old.hi, by which the VM must adjust every
 * pointer into the old stack (pointer maps, frame pointers, defers, sudogs).
 */
export function copystack(h: MHeap, c: MCache | null, old: Stack, sp: number, newsize: number): { stack: Stack; delta: number } {
  const used = old.hi - sp;
  if (used < 0 || sp < old.lo) throw_('copystack: sp outside stack');
  const stk = stackalloc(h, c, newsize);
  h.mem.memmove(stk.hi - used, sp, used);
  const delta = stk.hi - old.hi;
  stackfree(h, c, old);
  return { stack: stk, delta };
}
