// Marking: roots, greying, scanning, draining (Go's mgcmark.go).
//
// Design
//   The tri-colour abstraction: white objects are not marked, grey ones are marked and queued
//   (GCWork), black ones are marked and scanned. Marking starts from the roots, greys everything
//   they point to, then drains the queue: scanning a grey object greys the white objects it
//   points to. When the queue is empty and every root has been scanned, every reachable object
//   is black and every white object is garbage - provided the mutator, running concurrently,
//   never hides a white object behind a black one. The write barrier (mbarrier.ts) and
//   allocate-black (malloc.ts) see to that.
//
//   Root jobs (markroot), made at gcStart and run first by whoever drains:
//     data       the package variables, through the data segment's pointer bitmap (globals, as Go
//                scans data and bss with the module's gcdata/gcbss masks);
//     specials   every object with a finalizer: the objects it points to are marked (not the
//                object itself, so that it can be found unreachable) and the finalizer func
//                value (markrootSpans);
//     finq       finalizers queued but not yet run: their func values and objects;
//     runtime    every place the runtime holds Go pointers outside the address space: channels
//                goroutines wait on, semaphore addresses, and what the standard packages'
//                natives keep (timers' channels and funcs; MHeap.rootScanners);
//     one job per goroutine: its stack, scanned with its frames' pointer maps by the VM
//                (Executor.scanstack), its defer and panic records, its closure contexts.
//   Goroutines created after gcStart are scanned at mark termination (gcMarkDone).
//
//   shade(p): find the object containing p (its span, then the object index); ignore p if it is
//   not in an allocated object of an in-use heap span (a stack address, data, a stale value in a
//   register the pointer map covers); greyobject: if its mark bit is clear, set it, count its
//   bytes, and queue it unless its span is noscan (an object without pointers is black as soon
//   as it is marked).
//
//   scanobject(b): for each word of the object that the heap bitmap marks as a pointer, grey
//   what it points to, reading the words from the address space's buffer directly (a pointer
//   word holds a value below 2^53; a larger one points nowhere). Work is counted in bytes
//   scanned, the unit of the pacer and of assists.
//
//   gcDrain(budget): root jobs first, then grey objects, until the budget of scan work is spent
//   or there is nothing left. Returns the work done.
//
// Checkmark mode (mcheckmark.ts) reuses all of this with a second set of mark bits: marking
// from the roots with the world stopped, any object it reaches that the real mark left white is
// a lost object, and a fatal error.
//
// How it differs from Go: roots are jobs in a JS array rather than indices into fixed ranges;
// large objects are scanned whole rather than in 128 KiB oblets (one thread: nothing to share);
// pointer maps are per function, not per safe point (program.ts), so a stack may keep an object
// alive a little longer than in Go; a value that does not point into an allocated object is
// ignored, where Go (with precise maps) throws "found bad pointer in Go heap".

import type { MHeap } from './mheap.js';
import { MSpanState, type MSpan } from './mspan.js';
import { HEAP_BASE } from './mem.js';
import { spanClassNoscan } from './sizeclasses.js';
import { GCWork } from './mgcwork.js';
import { fatal } from './error.js';

/** Emulated nanoseconds of work per byte scanned (the collector's cost on the M's clock). */
export const nsPerScanByte = 0.125;

/** Scan work done to scan a stack's frame records beyond their bytes (per frame). */
const frameScanWork = 16;

/** A root job: scans one group of roots, greying with shade; returns the bytes of scan work. */
export type RootJob = (shade: (p: number) => void) => number;

export class Marker {
  readonly work = new GCWork();
  /** Root jobs of this cycle, and the next to run. */
  roots: RootJob[] = [];
  rootNext = 0;
  /** Checkmark bits by span, while a checkmark pass runs (mcheckmark.ts); else null. */
  checkmarks: Map<MSpan, Uint8Array> | null = null;
  /** Where the object being scanned lives, for the checkmark report. */
  private scanBase = 0;
  private scanOff = 0;
  /** shade as a value, for the root scanners. */
  readonly shadeFn = (p: number): void => this.shade(p);

  constructor(readonly h: MHeap) {}

  /** Whether roots and grey objects are all done. */
  get done(): boolean {
    return this.rootNext >= this.roots.length && this.work.empty;
  }

  /** shade(p): grey the object p points into, if it is white (mbarrier.go, mgcmark.go). */
  shade(p: number): void {
    if (!(p >= HEAP_BASE)) return;
    const s = this.h.spanOf(p);
    if (s === null || s.state !== MSpanState.InUse || p >= s.limit) return;
    const idx = s.objIndex(p);
    if (s.isFree(idx)) return;
    this.greyobject(s, idx);
  }

  /** Mark object idx of span s and queue it for scanning if it has pointers. */
  greyobject(s: MSpan, idx: number): void {
    const check = this.checkmarks;
    if (check !== null) {
      let bits = check.get(s);
      if (bits === undefined) {
        bits = s.newMarkBits();
        check.set(s, bits);
      }
      if ((bits[idx >>> 3]! & (1 << (idx & 7))) !== 0) return;
      bits[idx >>> 3]! |= 1 << (idx & 7);
      if (!s.isMarked(idx)) {
        const hex = (n: number) => '0x' + n.toString(16);
        fatal('checkmark found unmarked object', [
          `runtime: checkmarks found unexpected unmarked object obj=${hex(s.startAddr + idx * s.elemsize)}`,
          `runtime: found obj at *(${hex(this.scanBase)}+${hex(this.scanOff)})`,
        ]);
      }
    } else {
      const marks = s.gcmarkBits;
      const bit = 1 << (idx & 7);
      if ((marks[idx >>> 3]! & bit) !== 0) return;
      marks[idx >>> 3]! |= bit;
      this.work.bytesMarked += s.elemsize;
    }
    if (!spanClassNoscan(s.spanclass)) this.work.put(s.startAddr - HEAP_BASE + idx * s.elemsize);
  }

  /**
   * scanobject: grey everything the heap object at offset off from HEAP_BASE points to; returns
   * the bytes scanned. The object's words are read straight from the heap's buffer (they are
   * mapped: the object is).
   */
  scanobject(off: number): number {
    const h = this.h;
    const b = HEAP_BASE + off;
    const s = h.spanOf(b)!;
    const bits = h.bits.bits;
    const mem = h.mem;
    const u32 = mem.u32;
    const w0 = off / 8;
    const end = w0 + s.elemsize / 8;
    // The buffer's 32-bit index of the low half of heap word w is 2w + heapOff/4.
    const o = mem.heapOff >>> 2;
    let w = w0;
    let last = w0;
    while (w < end) {
      const m = bits[w >>> 3]!;
      if (m === 0 && (w & 7) === 0) {
        w += 8;
        continue;
      }
      if ((m & (1 << (w & 7))) !== 0) {
        const i = o + 2 * w;
        const hi = u32[i + 1]!;
        last = w + 1;
        if (hi < 0x200000) {
          const p = hi * 4294967296 + u32[i]!;
          if (p !== 0) {
            this.scanBase = b;
            this.scanOff = (w - w0) * 8;
            this.shade(p);
          }
        }
      }
      w++;
    }
    return (last - w0) * 8;
  }

  /** scanblock: grey what the pointer words at the given addresses hold (roots outside the heap). */
  scanblock(base: number, ptrWordAddrs: ArrayLike<number>): number {
    const mem = this.h.mem;
    for (let i = 0; i < ptrWordAddrs.length; i++) {
      const a = ptrWordAddrs[i]!;
      this.scanBase = base;
      this.scanOff = a - base;
      this.shade(mem.loadPtr(a));
    }
    return ptrWordAddrs.length * 8;
  }

  /** Scan the objects an object with a finalizer points to, but not the object (markrootSpans). */
  scanReferents(p: number): number {
    const s = this.h.spanOf(p);
    if (s === null || spanClassNoscan(s.spanclass)) return 0;
    return this.scanobject(s.startAddr - HEAP_BASE + s.objIndex(p) * s.elemsize);
  }

  /**
   * gcDrain: run root jobs, then scan grey objects, until `budget` bytes of scan work are done or
   * there is no work. Returns the work done (bytes).
   */
  drain(budget: number): number {
    let done = 0;
    const work = this.work;
    while (this.rootNext < this.roots.length && done < budget) {
      const job = this.roots[this.rootNext++]!;
      done += job(this.shadeFn) + frameScanWork;
    }
    while (done < budget) {
      const off = work.tryGet();
      if (off < 0) break;
      const n = this.scanobject(off);
      work.heapScanWork += n;
      done += n + frameScanWork;
    }
    return done;
  }

  /** Drain everything (the world is stopped: mark termination, checkmark, gcstoptheworld). */
  drainAll(): number {
    let done = 0;
    for (;;) {
      const n = this.drain(1 << 30);
      done += n;
      if (this.done) return done;
    }
  }
}
