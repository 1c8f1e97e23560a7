// mcache: a P's private cache of spans, one per span class, plus the tiny block and stack caches.
//
// mallocgc allocates from the current P's mcache without a lock (in Go; with one host thread
// minigo has no locks, but keeps the structure because the statistics, the tiny block and the
// addresses of successive allocations all follow from it). For each of the 136 span classes the
// mcache holds one span, c.alloc[spc], initially the empty sentinel emptymspan.
//
// refill(spc), when c.alloc[spc] has no free object left (mcache.go):
//   1. Give the full span back to its mcentral (uncacheSpan) and count the objects allocated from
//      it while cached: smallAllocCount[class] += allocCount - allocCountBeforeCache, and the
//      tiny allocations if it was the tiny span. This is where Mallocs moves.
//   2. Sweep in proportion to the span about to be taken (deductSweepCredit), then get a span
//      with free space from the mcentral (cacheSpan).
//   3. Mark it cached: s.sweepgen = h.sweepgen + 3; remember allocCountBeforeCache.
//   4. Tell the pacer the whole span is now live (heapLive += span bytes - bytes already used), an
//      overestimate that releaseAll corrects.
//
// releaseAll (at ReadMemStats and at the start of every sweep) does step 1 for every class,
// without taking new spans, and drops the tiny block.
//
// Stack caches: per P, for each of the four small stack orders, a free list of stacks threaded
// through the stacks' first words (stack.ts).
//
// How it differs from Go: no memory profiling sample counter (nextSample); mcache records are JS
// objects, charged to MCacheInuse at Go's size.

import { MSpan, emptymspan, SpanHome } from './mspan.js';
import { makeSpanClass, numSpanClasses, tinySpanClass, spanClassSizeclass, class_to_allocnpages, _PageShift, _PageSize } from './sizeclasses.js';
import { deductSweepCredit } from './mgcsweep.js';
import { throw_ } from './error.js';
import type { MHeap } from './mheap.js';
import { _NumStackOrders, stackcache_clear } from './stack.js';

/** A per-P free list of stacks of one order (Go's stackfreelist). */
export interface StackFreeList {
  /** Address of the first free stack; each stack's first word holds the next (gclinkptr). */
  list: number;
  /** Total bytes of stacks in the list. */
  size: number;
}

export class MCache {
  /** The span each span class allocates from. */
  readonly alloc: MSpan[];
  /** Address of the current tiny block, or 0. */
  tiny = 0;
  /** Bytes of the tiny block in use. */
  tinyoffset = 0;
  /** Tiny allocations that fitted in an existing block, not yet flushed to the stats. */
  tinyAllocs = 0;
  /** Bytes of scannable memory allocated, not yet flushed to the pacer. */
  scanAlloc = 0;
  readonly stackcache: StackFreeList[];
  /** h.sweepgen when this cache was last flushed (prepareForSweep). */
  flushGen: number;
  /** Set by nextFree when it had to refill: mallocgc's shouldhelpgc. */
  refilled = false;
  /** Bytes to allocate before the heap profile's next sample (mprof.ts); Infinity while unprofiled. */
  nextSample: number;

  /** allocmcache: a new mcache for a P. */
  constructor(readonly h: MHeap) {
    this.alloc = new Array<MSpan>(numSpanClasses).fill(emptymspan);
    this.stackcache = [];
    for (let i = 0; i < _NumStackOrders; i++) this.stackcache.push({ list: 0, size: 0 });
    this.flushGen = h.sweepgen;
    this.nextSample = h.memprof?.nextSample() ?? Infinity;
    h.cachealloc.alloc(false);
    h.mcaches.push(this);
  }

  /** freemcache: the P is going away; give everything back. */
  free(): void {
    this.releaseAll();
    stackcache_clear(this);
    const i = this.h.mcaches.indexOf(this);
    if (i >= 0) this.h.mcaches.splice(i, 1);
    this.h.cachealloc.free();
  }

  /**
   * nextFree: the address of a free object of class spc, refilling from the mcentral if the cached
   * span is full. Allocates the object (allocCount++). Sets `refilled` if it refilled.
   */
  nextFree(spc: number): number {
    let s = this.alloc[spc]!;
    this.refilled = false;
    let freeIndex = s.nextFreeIndex();
    if (freeIndex === s.nelems) {
      if (s.allocCount !== s.nelems) throw_(`s.allocCount != s.nelems && freeIndex == s.nelems (${s.allocCount}, ${s.nelems})`);
      this.refill(spc);
      this.refilled = true;
      s = this.alloc[spc]!;
      freeIndex = s.nextFreeIndex();
    }
    if (freeIndex >= s.nelems) throw_('freeIndex is not valid');
    s.allocCount++;
    if (s.allocCount > s.nelems) throw_('s.allocCount > s.nelems');
    return freeIndex * s.elemsize + s.startAddr;
  }

  /** Replace the full cached span of class spc with one that has free space (see the essay). */
  refill(spc: number): void {
    const h = this.h;
    const st = h.stats;
    let s = this.alloc[spc]!;
    if (s.allocCount !== s.nelems) throw_('refill of span with free space remaining');
    if (s !== emptymspan) {
      if (s.sweepgen !== h.sweepgen + 3) throw_('bad sweepgen in refill');
      h.central[spc]!.uncacheSpan(s);
      const slotsUsed = s.allocCount - s.allocCountBeforeCache;
      st.smallAllocCount[spanClassSizeclass(spc)] += slotsUsed;
      if (spc === tinySpanClass) {
        st.tinyAllocCount += this.tinyAllocs;
        this.tinyAllocs = 0;
      }
      st.totalAlloc += slotsUsed * s.elemsize;
      s.allocCountBeforeCache = 0;
    }
    deductSweepCredit(h, class_to_allocnpages[spanClassSizeclass(spc)]! * _PageSize);
    const t = h.central[spc]!.cacheSpan();
    if (t === null) throw_('out of memory');
    s = t;
    if (s.allocCount === s.nelems) throw_('span has no free space');
    s.sweepgen = h.sweepgen + 3;
    s.home = SpanHome.MCache;
    s.allocCountBeforeCache = s.allocCount;
    const usedBytes = s.allocCount * s.elemsize;
    st.heapLive += s.npages * _PageSize - usedBytes;
    st.heapScan += this.scanAlloc;
    this.scanAlloc = 0;
    this.alloc[spc] = s;
  }

  /** allocLarge: a span of its own for a large object of size bytes. */
  allocLarge(size: number, noscan: boolean): MSpan {
    const h = this.h;
    let npages = Math.floor(size / _PageSize);
    if (size % _PageSize !== 0) npages++;
    const spc = makeSpanClass(0, noscan);
    deductSweepCredit(h, npages * _PageSize);
    const s = h.alloc(npages, spc)!;
    const st = h.stats;
    const nbytes = npages << _PageShift;
    st.largeAlloc += nbytes;
    st.largeAllocCount++;
    st.totalAlloc += nbytes;
    st.heapLive += nbytes;
    h.central[spc]!.fullSwept(h.sweepgen).push(s);
    s.limit = s.startAddr + size;
    return s;
  }

  /** Give every cached span back to its mcentral and drop the tiny block (see the essay). */
  releaseAll(): void {
    const h = this.h;
    const st = h.stats;
    st.heapScan += this.scanAlloc;
    this.scanAlloc = 0;
    const sg = h.sweepgen;
    let dHeapLive = 0;
    for (let i = 0; i < numSpanClasses; i++) {
      const s = this.alloc[i]!;
      if (s === emptymspan) continue;
      const slotsUsed = s.allocCount - s.allocCountBeforeCache;
      s.allocCountBeforeCache = 0;
      st.smallAllocCount[spanClassSizeclass(i)] += slotsUsed;
      st.totalAlloc += slotsUsed * s.elemsize;
      if (s.sweepgen !== sg + 1) dHeapLive -= (s.nelems - s.allocCount) * s.elemsize;
      s.home = SpanHome.None;
      h.central[i]!.uncacheSpan(s);
      this.alloc[i] = emptymspan;
    }
    this.tiny = 0;
    this.tinyoffset = 0;
    st.tinyAllocCount += this.tinyAllocs;
    this.tinyAllocs = 0;
    st.heapLive += dHeapLive;
  }

  /**
   * prepareForSweep: flush the cache if a sweep phase began since it was filled. Must run
   * between the start of a sweep phase and the P's first allocation in it.
   */
  prepareForSweep(): void {
    const sg = this.h.sweepgen;
    if (this.flushGen === sg) return;
    if (this.flushGen !== sg - 2) throw_(`bad flushGen ${this.flushGen} in prepareForSweep; sweepgen ${sg}`);
    this.releaseAll();
    stackcache_clear(this);
    this.flushGen = sg;
  }
}
