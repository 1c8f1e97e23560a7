// MSpan: a run of pages, and the objects cut from it.
//
// Go's mheap.go defines `mspan`; minigo's MSpan is the same record, kept as a JS object because it
// is the runtime's own bookkeeping, not a Go value (decision 1). Every page of the heap that is in
// use belongs to exactly one span, in one of three states:
//
//   InUse   a heap span. Small-object spans (sizeclass 1..67) hold nelems objects of elemsize
//           bytes; a large-object span (sizeclass 0) holds one object of npages*8192 bytes.
//   Manual  a span handed out by allocManual: goroutine stack memory (stack.ts). The collector
//           never looks inside; manualFreeList threads the free stacks through their first word.
//   Dead    not a span any more: its pages went back to the page allocator.
//
// Allocation state of a small span (malloc.go, "Allocating from a span"):
//
//   allocBits   one bit per object, 1 = allocated, as of the last sweep. Allocation does NOT set
//               bits here; it advances freeindex instead.
//   freeindex   every object with index < freeindex is allocated; the next free object is the
//               first index >= freeindex whose allocBits bit is 0.
//   allocCache  the complement of allocBits from freeindex on, shifted so bit 0 is freeindex:
//               nextFreeFast finds the next free object with one count-trailing-zeros.
//   allocCount  the number of allocated objects.
//   INVARIANT:  allocCount == freeindex + popcount(allocBits[freeindex:nelems]).
//   gcmarkBits  one bit per object, set by the collector's mark phase. Sweep makes the mark bits
//               the new alloc bits (objects not marked are free) and starts fresh mark bits:
//               `s.allocBits, s.gcmarkBits = s.gcmarkBits, cleared s.allocBits; s.freeindex = 0`.
//
// sweepgen and the sweep generation of the heap, h.sweepgen, which the collector bumps by 2 at
// every GC (mgcsweep.go). For a span s and sg = h.sweepgen:
//
//   s.sweepgen == sg - 2   the span needs sweeping
//   s.sweepgen == sg - 1   the span is being swept
//   s.sweepgen == sg       the span is swept and ready to use
//   s.sweepgen == sg + 1   the span was cached in an mcache before sweep began; it is still cached
//                          and needs sweeping
//   s.sweepgen == sg + 3   the span was swept and then cached, and is still cached
//
// Bumping h.sweepgen by 2 turns every "swept" span into "needs sweeping" without touching it, and
// every "cached and swept" span into "cached before sweep", which is why nothing walks the spans
// at the start of a sweep.
//
// How it differs from Go:
//   - allocCache is 32 bits wide, not 64: JS bit operations work on 32-bit integers and
//     Math.clz32 gives count-trailing-zeros in two operations. nextFreeFast and nextFreeIndex
//     refill it every 32 objects instead of every 64; the objects they return are the same.
//   - allocBits/gcmarkBits are per-span Uint8Arrays rather than slices of Go's gcBits arenas. Go
//     takes fresh mark bits from a new arena each cycle and frees the arenas two cycles old; minigo
//     keeps the two arrays of a span and swaps them, clearing the old alloc bits to be the next
//     mark bits, so a sweep allocates nothing. A span record reused for a span of the same object
//     count (mheap's free list) keeps its arrays too; a dead or manual span's arrays mean nothing.
//   - specials (the finalizers of the span's objects, mfinal.ts) are a JS array sorted by offset
//     rather than a linked list of records from fixalloc.
//   - no divMul magic (see sizeclasses.ts), no `pageInUse`/`pageMarks` arena bitmaps: the
//     collector derives what it needs from the span table.

import type { Bucket } from './mprof.js';
import { class_to_size, class_to_nelems, _PageShift, _PageSize, spanClassSizeclass } from './sizeclasses.js';
import { throw_ } from './error.js';

export const MSpanState = {
  Dead: 0,
  InUse: 1,
  Manual: 2,
} as const;
export type MSpanState = (typeof MSpanState)[keyof typeof MSpanState];

/** What a span is allocated for (mheap.go spanAllocType). */
export const SpanAllocType = {
  Heap: 0,
  Stack: 1,
  PtrScalarBits: 2,
  WorkBuf: 3,
} as const;
export type SpanAllocType = (typeof SpanAllocType)[keyof typeof SpanAllocType];

/** GC phases (mgc.go); the collector owns the transitions. */
export const GCPhase = {
  Off: 0,
  Mark: 1,
  MarkTermination: 2,
} as const;
export type GCPhase = (typeof GCPhase)[keyof typeof GCPhase];

/** Where a span is kept, so the heap checker can verify "every span on exactly one list". */
export const SpanHome = {
  None: 0,
  /** c.alloc[spc] of some mcache. */
  MCache: 1,
  /** An mcentral's partial or full span set. */
  Central: 2,
  /** stackpool[order].span, a list of stack spans with free stacks. */
  StackPool: 3,
  /** stackLarge.free[log2npages], a cache of large stack spans freed during GC. */
  StackLarge: 4,
  /** A large stack in use by a goroutine, or a stack pool span with no free stack. */
  StackInUse: 5,
  /** Free: the span record is on spanalloc's free list. */
  Free: 6,
} as const;
export type SpanHome = (typeof SpanHome)[keyof typeof SpanHome];

/** Number of bytes for a bitmap of n objects, padded to whole 64-bit words like Go's gcBits. */
function bitmapBytes(nelems: number): number {
  return Math.ceil(nelems / 64) * 8;
}

/** Count trailing zeros of a 32-bit value; 32 for 0. */
export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

export function popcount8(b: number): number {
  b = b - ((b >>> 1) & 0x55);
  b = (b & 0x33) + ((b >>> 2) & 0x33);
  return (b + (b >>> 4)) & 0x0f;
}

/** A record attached to one object of a span (Go's special): a finalizer (mfinal.ts). */
export interface Special {
  /** Byte offset of the object (or, for tiny objects, of the byte) from the span's start. */
  readonly offset: number;
}

export class MSpan {
  /** mSpanList links (stack pool lists, large stack free lists). */
  next: MSpan | null = null;
  prev: MSpan | null = null;

  /** Address of the first byte of the span. */
  startAddr = 0;
  /** Number of 8 KiB pages. */
  npages = 0;

  /** Manual spans: free objects threaded through their first word (Go's gclinkptr list). */
  manualFreeList = 0;

  /** Index of the next object to consider for allocation (see the essay). */
  freeindex = 0;
  /** Number of objects in the span (1 for a large span, 0 for a manual one). */
  nelems = 0;
  /** Complement of allocBits starting at freeindex, 32 bits wide (see the essay). */
  allocCache = 0;
  allocBits: Uint8Array = new Uint8Array(0);
  gcmarkBits: Uint8Array = new Uint8Array(0);

  /** The sweep generation; see the table in the essay. */
  sweepgen = 0;
  /** Number of allocated objects. */
  allocCount = 0;
  /** allocCount when an mcache took the span (refill), for the Mallocs statistics. */
  allocCountBeforeCache = 0;
  /** sizeclass << 1 | noscan. */
  spanclass = 0;
  state: MSpanState = MSpanState.Dead;
  /** Whether the memory must be zeroed before handing it out (it was used before). */
  needzero = false;
  /** Size of an object (of a stack, for a stack span; of the span, for a large span). */
  elemsize = 0;
  /** End of the last object (startAddr + nelems * elemsize for a small span). */
  limit = 0;
  /** freeindex as of the end of the last allocation: objects below are visible to the GC. */
  freeIndexForScan = 0;

  /** Bookkeeping for checkHeap: where the span is kept. */
  home: SpanHome = SpanHome.None;
  /** The specials of the span's objects, sorted by offset; null when there are none. */
  specials: Special[] | null = null;
  /** The heap profile's sampled objects of the span, by offset (mprof.ts); null when none. */
  profSpecials: Map<number, Bucket> | null = null;

  base(): number {
    return this.startAddr;
  }

  /** Go's mspan.init: a fresh record for npages pages at base. */
  init(base: number, npages: number): void {
    this.next = null;
    this.prev = null;
    this.startAddr = base;
    this.npages = npages;
    this.manualFreeList = 0;
    this.freeindex = 0;
    this.nelems = 0;
    this.allocCache = 0;
    this.sweepgen = 0;
    this.allocCount = 0;
    this.allocCountBeforeCache = 0;
    this.spanclass = 0;
    this.state = MSpanState.Dead;
    this.needzero = false;
    this.elemsize = 0;
    this.limit = 0;
    this.freeIndexForScan = 0;
    this.home = SpanHome.None;
    this.specials = null;
    this.profSpecials = null;
  }

  /** Lay the span out as a heap span of class spc (mheap.initSpan for spanAllocHeap). */
  initHeap(spc: number, sweepgen: number): void {
    const sizeclass = spanClassSizeclass(spc);
    this.spanclass = spc;
    if (sizeclass === 0) {
      this.elemsize = this.npages << _PageShift;
      this.nelems = 1;
    } else {
      this.elemsize = class_to_size[sizeclass]!;
      this.nelems = class_to_nelems[sizeclass]!;
    }
    this.limit = this.startAddr + this.nelems * this.elemsize;
    this.freeindex = 0;
    this.freeIndexForScan = 0;
    this.allocCache = -1;
    const nbytes = bitmapBytes(this.nelems);
    if (this.allocBits.length === nbytes) {
      this.allocBits.fill(0);
      this.gcmarkBits.fill(0);
    } else {
      this.allocBits = new Uint8Array(nbytes);
      this.gcmarkBits = new Uint8Array(nbytes);
    }
    this.allocCount = 0;
    this.sweepgen = sweepgen;
    this.state = MSpanState.InUse;
  }

  /** A fresh, all-clear mark bitmap of the span's size (newMarkBits). */
  newMarkBits(): Uint8Array {
    return new Uint8Array(bitmapBytes(this.nelems));
  }

  /**
   * Sweep's bitmap step: the mark bits become the alloc bits, and the old alloc bits, cleared,
   * the mark bits of the next cycle.
   */
  swapMarkBits(): void {
    const old = this.allocBits;
    this.allocBits = this.gcmarkBits;
    old.fill(0);
    this.gcmarkBits = old;
  }

  /** End address of the span's pages. */
  end(): number {
    return this.startAddr + this.npages * _PageSize;
  }

  /** Index of the object containing p (p must lie in the span). */
  objIndex(p: number): number {
    return Math.floor((p - this.startAddr) / this.elemsize);
  }

  /**
   * refillAllocCache: load the 32 alloc bits starting at byte whichByte (a multiple of 4),
   * complemented, into allocCache.
   */
  refillAllocCache(whichByte: number): void {
    const b = this.allocBits;
    const w = (b[whichByte] ?? 0) | ((b[whichByte + 1] ?? 0) << 8) | ((b[whichByte + 2] ?? 0) << 16) | ((b[whichByte + 3] ?? 0) << 24);
    this.allocCache = ~w;
  }

  /**
   * nextFreeIndex: the index of the next free object at or after freeindex, or nelems if there is
   * none. Advances freeindex past the returned object (which the caller then allocates).
   */
  nextFreeIndex(): number {
    let sfreeindex = this.freeindex;
    const snelems = this.nelems;
    if (sfreeindex === snelems) return sfreeindex;
    if (sfreeindex > snelems) throw_('s.freeindex > s.nelems');

    let aCache = this.allocCache;
    let bitIndex = ctz32(aCache);
    while (bitIndex === 32) {
      sfreeindex = (sfreeindex + 32) & ~31;
      if (sfreeindex >= snelems) {
        this.freeindex = snelems;
        return snelems;
      }
      this.refillAllocCache(sfreeindex >>> 3);
      aCache = this.allocCache;
      bitIndex = ctz32(aCache);
    }
    const result = sfreeindex + bitIndex;
    if (result >= snelems) {
      this.freeindex = snelems;
      return snelems;
    }
    this.allocCache = bitIndex === 31 ? 0 : aCache >>> (bitIndex + 1);
    sfreeindex = result + 1;
    if ((sfreeindex & 31) === 0 && sfreeindex !== snelems) this.refillAllocCache(sfreeindex >>> 3);
    this.freeindex = sfreeindex;
    return result;
  }

  /** Whether object index is free (mbitmap.go isFree). */
  isFree(index: number): boolean {
    if (index < this.freeIndexForScan) return false;
    return (this.allocBits[index >>> 3]! & (1 << (index & 7))) === 0;
  }

  /** Whether object index is marked in gcmarkBits. */
  isMarked(index: number): boolean {
    return (this.gcmarkBits[index >>> 3]! & (1 << (index & 7))) !== 0;
  }

  /** Set the mark bit of object index. */
  setMarked(index: number): void {
    this.gcmarkBits[index >>> 3]! |= 1 << (index & 7);
  }

  /** Number of set bits in gcmarkBits (mspan.countAlloc, used by sweep). */
  countAlloc(): number {
    return countBits(this.gcmarkBits, this.nelems);
  }
}

/** Number of set bits among the first n bits of a bitmap. */
export function countBits(bits: Uint8Array, n: number): number {
  let count = 0;
  const full = n >>> 3;
  for (let i = 0; i < full; i++) count += popcount8(bits[i]!);
  const rem = n & 7;
  if (rem !== 0) count += popcount8(bits[full]! & ((1 << rem) - 1));
  return count;
}

/**
 * nextFreeFast (malloc.go): the address of the next free object in s if it is in allocCache,
 * else 0. Allocates it: advances freeindex and allocCount.
 */
export function nextFreeFast(s: MSpan): number {
  const theBit = ctz32(s.allocCache);
  if (theBit < 32) {
    const result = s.freeindex + theBit;
    if (result < s.nelems) {
      const freeidx = result + 1;
      if ((freeidx & 31) === 0 && freeidx !== s.nelems) return 0;
      s.allocCache = theBit === 31 ? 0 : s.allocCache >>> (theBit + 1);
      s.freeindex = freeidx;
      s.allocCount++;
      return result * s.elemsize + s.startAddr;
    }
  }
  return 0;
}

/**
 * The span an mcache holds for a class it has not allocated from yet (Go's emptymspan): no
 * objects, so nextFreeFast fails and nextFree refills.
 */
export const emptymspan = new MSpan();

/** A doubly linked list of spans (Go's mSpanList), for the stack pools. */
export class MSpanList {
  first: MSpan | null = null;
  last: MSpan | null = null;

  isEmpty(): boolean {
    return this.first === null;
  }

  insert(s: MSpan): void {
    if (s.next !== null || s.prev !== null) throw_('MSpanList.insert: span already in list');
    s.next = this.first;
    if (this.first !== null) this.first.prev = s;
    else this.last = s;
    this.first = s;
  }

  remove(s: MSpan): void {
    if (s.prev !== null) s.prev.next = s.next;
    else {
      if (this.first !== s) throw_('MSpanList.remove: span not in list');
      this.first = s.next;
    }
    if (s.next !== null) s.next.prev = s.prev;
    else this.last = s.prev;
    s.next = null;
    s.prev = null;
  }

  *[Symbol.iterator](): IterableIterator<MSpan> {
    for (let s = this.first; s !== null; s = s.next) yield s;
  }
}
