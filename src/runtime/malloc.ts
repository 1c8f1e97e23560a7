// The memory allocator: mallocgc and its entry points new, newarray (malloc.go).
//
// The allocator is Go's (decision 7), in four layers:
//
//   mcache (per P)      a span per span class to allocate from without locking; the tiny block.
//   mcentral (per class) spans with free objects, swept and unswept, for mcaches to take.
//   mheap               pages: spans of 1+ pages for mcentrals, large objects and stacks.
//   AddressSpace        the heap region, grown in 4 MiB steps.
//
// mallocgc(size, typ, needzero), step by step:
//   0. size 0: every zero-size object is &runtime.zerobase.
//   1. Tiny (typ has no pointers, size < 16): pack into the mcache's current 16-byte block at the
//      next offset aligned for the size (8 if size%8 == 0, 4 if size%4 == 0, 2 if even, else 1).
//      If it does not fit, take a new 16-byte object of span class 2/noscan, zero it, and make it
//      the current block only if it leaves more room than the old one (size < tinyoffset). The
//      block is freed only when every object in it is dead.
//   2. Small (size <= 32 KiB): round up to the size class (size_to_class8/128), allocate from
//      c.alloc[spanclass] with nextFreeFast (a count-trailing-zeros on allocCache) or, when the
//      cache window is used up, nextFree (which may refill the span from the mcentral). Zero the
//      object if needzero and the span's memory was used before.
//   3. Large (> 32 KiB): a span of its own, ceil(size / 8 KiB) pages, straight from the mheap.
//   4. If typ has pointers, record them in the heap bitmap (heapBitsSetType).
//   5. During a GC (gcphase != Off) the new object is allocated black: its mark bit is set, its
//      bytes count as marked, and the allocating goroutine is charged them (h.onMarkAlloc: the
//      collector's assist accounting, mgc.ts).
//   6. If a span was refilled or a large object allocated, ask whether a GC should start
//      (h.onHeapGrowth: the collector's trigger test).
//
// Where the collector finds pointers: the heap bitmap (mbitmap.ts), one bit per heap word set
// from the type's pointer mask at allocation, plus the span class's noscan bit, which says the
// span's objects have no pointers at all and are never scanned.
//
// Observable consequences (checked against Go 1.19 in test/runtime): successive 8-byte noscan
// allocations are 8 bytes apart, two per 16-byte block; 1000 of them add 1000 to Mallocs, 500 to
// Frees; a 12-byte one never shares a block with another 12-byte one; an allocation of 40000
// bytes takes 5 pages (TotalAlloc += 40960).
//
// Before a span is taken (mcache.refill, allocLarge) the allocator sweeps in proportion to what it
// allocates (deductSweepCredit, mgcsweep.ts).
//
// Cost. mallocgc runs for every `new`, composite literal and make, so it is written for V8: the
// type's fields are read once (types arrive in several object shapes, so every read is a
// megamorphic load); objects up to 128 bytes are zeroed a word at a time through the buffer's
// Float64Array, and a small struct's heap bits are written in one pass over its words, instead of
// calls into TypedArray.fill; nothing is allocated on the JS heap but the returned number. Every
// object still costs one heap number there: addresses are above 2^31, so V8 boxes the result.
//
// How it differs from Go: the assist itself runs at the goroutine's next safe point, not inside
// mallocgc (mgc.ts says why); the heap profile's stack is taken at the next safe point (mprof.ts); no delayed zeroing of large noscan objects (Go zeroes them after re-enabling
// preemption; minigo zeroes at once, as the VM is not preempted inside mallocgc).

import { emptymspan, nextFreeFast, MSpan, GCPhase } from './mspan.js';
import type { MCache } from './mcache.js';
import type { RType } from './mbitmap.js';
import {
  _MaxSmallSize,
  maxTinySize,
  smallSizeMax,
  size_to_class8,
  size_to_class128,
  class_to_size,
  makeSpanClass,
  tinySpanClass,
} from './sizeclasses.js';
import { PlainPanic } from './error.js';
import { HEAP_BASE } from './mem.js';

/** The largest allocation Go allows on amd64 (malloc.go maxAlloc = 1 << heapAddrBits). */
export const maxAlloc = 2 ** 48;

/**
 * mallocgc: allocate size bytes for an object of type typ (null for untyped pointer-free memory),
 * from P cache c. needzero = false promises the caller overwrites every byte at once. Returns the
 * address.
 */
export function mallocgc(c: MCache, size: number, typ: RType | null, needzero: boolean): number {
  const h = c.h;
  if (size === 0) return h.zerobase;
  const tr = h.inittrace;
  if (tr !== null) tr.allocs++;
  const mem = h.mem;
  let shouldhelpgc = false;
  const dataSize = size;
  // The type's fields are read once: types reach here in many object shapes (the code generator's
  // descriptors, the runtime's own), so each read is a megamorphic property load.
  const ptrdata = typ === null ? 0 : typ.ptrdata;
  const noscan = ptrdata === 0;
  let span: MSpan;
  let x: number;

  if (size <= _MaxSmallSize) {
    const tiny = noscan && size < maxTinySize;
    let spc: number;
    if (tiny) {
      let off = c.tinyoffset;
      if ((size & 7) === 0) off = (off + 7) & ~7;
      else if ((size & 3) === 0) off = (off + 3) & ~3;
      else if ((size & 1) === 0) off = (off + 1) & ~1;
      if (off + size <= maxTinySize && c.tiny !== 0) {
        x = c.tiny + off;
        c.tinyoffset = off + size;
        c.tinyAllocs++;
        return x;
      }
      spc = tinySpanClass;
    } else {
      const sizeclass =
        size <= smallSizeMax - 8 ? size_to_class8[(size + 7) >>> 3]! : size_to_class128[(size - smallSizeMax + 127) >>> 7]!;
      size = class_to_size[sizeclass]!;
      spc = makeSpanClass(sizeclass, noscan);
    }
    // One path takes an object from the span for both, so that V8 sees every case of it early.
    span = c.alloc[spc]!;
    let v = nextFreeFast(span);
    if (v === 0) {
      v = c.nextFree(spc);
      shouldhelpgc = c.refilled;
      span = c.alloc[spc]!;
    }
    x = v;
    // A new tiny block is always cleared (its object may not fill it); a small object if its
    // memory was used before. Up to zeroSmallMax bytes a word at a time: cheaper than memclr's
    // call into TypedArray.fill.
    const nz = tiny ? maxTinySize : needzero && span.needzero ? size : 0;
    if (nz > zeroSmallMax) mem.memclr(x, nz);
    else if (nz > 0) {
      const f64 = mem.f64;
      const w = (x - mem.heapDelta) / 8;
      for (let i = 0; i < nz / 8; i++) f64[w + i] = 0;
    }
    if (tiny) {
      if (size < c.tinyoffset || c.tiny === 0) {
        c.tiny = x;
        c.tinyoffset = size;
      }
      size = maxTinySize;
    }
  } else {
    shouldhelpgc = true;
    span = c.allocLarge(size, noscan);
    span.freeindex = 1;
    span.allocCount = 1;
    size = span.elemsize;
    x = span.startAddr;
    if (needzero && span.needzero) mem.memclr(x, size);
  }

  if (!noscan) {
    const tsize = typ!.size;
    h.bits.setType(x - HEAP_BASE, size, dataSize, tsize, ptrdata, typ!.gcdata);
    c.scanAlloc += dataSize > tsize ? dataSize - tsize + ptrdata : ptrdata;
  }

  span.freeIndexForScan = span.freeindex;

  if (h.gcphase !== GCPhase.Off) {
    gcmarknewobject(span, x);
    h.onMarkAlloc?.(size);
  }

  if (tr !== null) tr.bytes += size;
  // The heap profile's countdown (mprof.ts): Infinity until package runtime starts the profiler.
  if (size < c.nextSample) c.nextSample -= size;
  else h.memprof?.profilealloc(c, span, x, size);
  if (shouldhelpgc && h.onHeapGrowth !== null) h.onHeapGrowth();
  return x;
}

/** Small objects up to this size are zeroed a word at a time rather than with memclr. */
const zeroSmallMax = 128;

/** Allocate black: mark a new object during GC (mgcmark.go gcmarknewobject). */
function gcmarknewobject(span: MSpan, x: number): void {
  if (span === emptymspan) return;
  span.setMarked(span.objIndex(x));
}

/** The `new` builtin: a zeroed object of type typ. */
export function newobject(c: MCache, typ: RType): number {
  return mallocgc(c, typ.size, typ, true);
}

/** An array of n zeroed typ values (makeslice and friends check their own bounds first). */
export function newarray(c: MCache, typ: RType, n: number): number {
  if (n === 1) return mallocgc(c, typ.size, typ, true);
  const mem = typ.size * n;
  if (n < 0 || !Number.isSafeInteger(mem) || mem > maxAlloc) throw new PlainPanic('runtime: allocation size out of range');
  return mallocgc(c, mem, typ, true);
}
