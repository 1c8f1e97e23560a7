// Sweeping: turning the mark bits of the last GC into free objects (mgcsweep.go).
//
// After mark termination every span needs sweeping (h.sweepgen += 2 makes them all "unswept" at
// once). Three sweepers share the work, and each span is swept exactly once per cycle:
//   - the allocator, lazily: an mcentral sweeps a span before it hands it out (cacheSpan), and
//     an mcache sweeps the stale span it gives back (uncacheSpan);
//   - the allocator, proportionally (deductSweepCredit): before taking a span, an allocation
//     sweeps enough pages that sweeping finishes before the heap reaches the next trigger
//     (sweepPagesPerByte = unswept pages / bytes to the trigger, set by the collector);
//   - the background sweeper (bgsweep), which runs when a P would otherwise be idle (Go 1.19's
//     bgsweep yields whenever another goroutine could run), one span at a time.
// Whatever is left at the next gcStart is finished then (finishsweep, sweep termination).
// Spans to sweep are taken mcentral by mcentral, lowest span class first, through a cursor that
// passes each mcentral once it has no unswept span left, so asking "is sweeping done?" (which an
// idle P does at every schedule) costs nothing once it is.
//
// Sweeping one span s (sweepLocked.sweep), given s.sweepgen == h.sweepgen - 1 ("being swept"):
//   0. Specials: an unmarked object with a finalizer is marked again (resurrected for one more
//      cycle) and its finalizer queued (mfinal.ts); its special goes.
//   1. nalloc = number of marked objects; nfreed = allocCount - nalloc. (Every allocated object
//      was either marked by the collector or allocated black during mark, so nalloc <= allocCount.)
//   2. The mark bits become the alloc bits and the old alloc bits, cleared, the next mark bits
//      (swapMarkBits); freeindex = 0; allocCache primed.
//   3. s.sweepgen = h.sweepgen ("swept").
//   4. Small span: if objects were freed, the span now needs zeroing before reuse, and the frees
//      are counted (smallFreeCount, totalFree). Unless preserve: an empty span goes back to the
//      heap, a full one onto its mcentral's full swept set, any other onto the partial swept set.
//      Large span: if its object was freed (and not preserve), the span goes back to the heap and
//      the free is counted; else it goes back onto the full swept set.
// preserve is set by callers that keep the span themselves (cacheSpan).
//
// How it differs from Go: no sweepLocker (one host thread), no zombie reports (a marked but free
// object means a collector bug; it is an InternalError here); the background sweeper is
// scheduler work (proc.ts runs it on an idle P) rather than a goroutine that yields.

import { sweepProfSpecials } from './mprof.js';
import { MSpanState } from './mspan.js';
import type { MSpan, Special } from './mspan.js';
import type { MHeap } from './mheap.js';
import { spanClassSizeclass, _PageSize } from './sizeclasses.js';
import { throw_ } from './error.js';
import type { SpecialFinalizer } from './mfinal.js';

/** Emulated nanoseconds to sweep a span, and per object in it. */
export const nsPerSweptSpan = 100;
export const nsPerSweptObject = 1;

/** Sweep s; true if the span was freed to the heap. */
export function sweep(h: MHeap, s: MSpan, preserve: boolean): boolean {
  const sweepgen = h.sweepgen;
  if (s.state !== MSpanState.InUse || s.sweepgen !== sweepgen - 1) {
    throw_(`mspan.sweep: bad span state: state=${s.state} sweepgen=${s.sweepgen} mheap.sweepgen=${sweepgen}`);
  }
  const spc = s.spanclass;
  const sizeclass = spanClassSizeclass(spc);
  const size = s.elemsize;
  h.pagesSwept += s.npages;

  if (s.specials !== null) sweepSpecials(h, s);
  if (s.profSpecials !== null) sweepProfSpecials(h.memprof, s, (i) => s.isMarked(i));

  const zombie = findZombie(s);
  if (zombie >= 0) throw_(`found pointer to free object 0x${(s.startAddr + zombie * size).toString(16)}`);

  const nalloc = s.countAlloc();
  const nfreed = s.allocCount - nalloc;
  if (nalloc > s.allocCount) throw_(`sweep increased allocation count: nalloc=${nalloc} allocCount=${s.allocCount}`);
  s.allocCount = nalloc;
  s.freeindex = 0;
  s.freeIndexForScan = 0;
  s.swapMarkBits();
  s.refillAllocCache(0);
  s.sweepgen = sweepgen;

  const st = h.stats;
  if (sizeclass !== 0) {
    if (nfreed > 0) {
      s.needzero = true;
      st.smallFreeCount[sizeclass] += nfreed;
      st.totalFree += nfreed * size;
    }
    if (!preserve) {
      if (nalloc === 0) {
        h.freeSpan(s);
        return true;
      }
      if (nalloc === s.nelems) h.central[spc]!.fullSwept(sweepgen).push(s);
      else h.central[spc]!.partialSwept(sweepgen).push(s);
    }
  } else if (!preserve) {
    if (nfreed !== 0) {
      h.freeSpan(s);
      st.largeFreeCount++;
      st.largeFree += size;
      st.totalFree += size;
      return true;
    }
    h.central[spc]!.fullSwept(sweepgen).push(s);
  }
  return false;
}

/**
 * Zombies: objects marked but free (not allocated, at or after freeindex), which means the
 * collector followed a dangling pointer. The index of the first, or -1. Eight objects at a time.
 */
function findZombie(s: MSpan): number {
  const marks = s.gcmarkBits;
  const alloc = s.allocBits;
  const n = s.nelems;
  for (let k = s.freeindex >>> 3; k << 3 < n; k++) {
    let z = marks[k]! & ~alloc[k]!;
    if (k === s.freeindex >>> 3) z &= 0xff << (s.freeindex & 7);
    if (z === 0) continue;
    const i = (k << 3) + 31 - Math.clz32(z & -z);
    if (i < n) return i;
  }
  return -1;
}

/**
 * Step 0 of sweep: queue the finalizers of unmarked objects and resurrect the objects. A tiny
 * block can carry finalizers at several offsets; all of them are due together.
 */
function sweepSpecials(h: MHeap, s: MSpan): void {
  const specials = s.specials!;
  const index = (sp: Special) => Math.floor(sp.offset / s.elemsize);
  const due = specials.filter((sp) => !s.isMarked(index(sp)));
  if (due.length === 0) return;
  const fin = h.fin!;
  for (const sp of due) {
    s.setMarked(index(sp));
    fin.queue(sp as SpecialFinalizer, s.startAddr + sp.offset);
  }
  const kept = specials.filter((sp) => !due.includes(sp));
  if (kept.length === 0) fin.emptied(s);
  else s.specials = kept;
}

/**
 * The first mcentral that may still hold unswept spans this cycle (Go's sweepClass): within a
 * sweep generation the unswept sets only shrink (sweeping and cacheSpan take spans out, nothing
 * puts them back), so the mcentrals below it stay empty until h.sweepgen moves on.
 */
function sweepCursor(h: MHeap): number {
  if (h.sweepCursorGen !== h.sweepgen) {
    h.sweepCursorGen = h.sweepgen;
    h.sweepCursor = 0;
  }
  return h.sweepCursor;
}

/** The next span waiting to be swept, claimed for sweeping (mheap.nextSpanForSweep). */
export function nextSpanForSweep(h: MHeap): MSpan | null {
  const sg = h.sweepgen;
  const central = h.central;
  for (let i = sweepCursor(h); i < central.length; i++) {
    const c = central[i]!;
    const s = c.partialUnswept(sg).pop() ?? c.fullUnswept(sg).pop();
    if (s !== null) return s;
    h.sweepCursor = i + 1;
  }
  return null;
}

/** Sweep every unswept span (finishsweep_m); returns the emulated ns spent. */
export function finishsweep(h: MHeap): number {
  let ns = 0;
  for (;;) {
    const s = nextSpanForSweep(h);
    if (s === null) return ns;
    ns += sweepCost(s);
    claimAndSweep(h, s);
  }
}

/** Emulated cost of sweeping s. */
function sweepCost(s: MSpan): number {
  return nsPerSweptSpan + s.nelems * nsPerSweptObject;
}

/** Claim s (waiting for sweep) and sweep it, as sweepone does; true if it went back to the heap. */
function claimAndSweep(h: MHeap, s: MSpan): boolean {
  if (s.sweepgen !== h.sweepgen - 2) throw_('sweepone: span not waiting for sweep');
  s.sweepgen = h.sweepgen - 1;
  return sweep(h, s, false);
}

/** Whether every span has been swept this cycle (isSweepDone). */
export function isSweepDone(h: MHeap): boolean {
  const sg = h.sweepgen;
  const central = h.central;
  for (let i = sweepCursor(h); i < central.length; i++) {
    const c = central[i]!;
    if (c.partialUnswept(sg).length > 0 || c.fullUnswept(sg).length > 0) return false;
    h.sweepCursor = i + 1;
  }
  return true;
}

/**
 * bgsweep's share: sweep spans for up to budget emulated ns; returns the ns spent (0 when
 * nothing was left to sweep).
 */
export function bgsweep(h: MHeap, budget: number): number {
  let ns = 0;
  while (ns < budget) {
    const s = nextSpanForSweep(h);
    if (s === null) break;
    ns += sweepCost(s);
    claimAndSweep(h, s);
  }
  return ns;
}

/**
 * deductSweepCredit: an allocation of spanBytes is about to take a span; sweep first so that
 * sweeping keeps ahead of allocation (sweepPagesPerByte, set at the start of each sweep phase).
 */
export function deductSweepCredit(h: MHeap, spanBytes: number): void {
  if (h.sweepPagesPerByte === 0) return;
  const newHeapLive = h.stats.heapLive - h.sweepHeapLiveBasis + spanBytes;
  const pagesTarget = Math.floor(h.sweepPagesPerByte * newHeapLive) + h.pagesSweptBasis;
  while (h.pagesSwept < pagesTarget) {
    const s = nextSpanForSweep(h);
    if (s === null) {
      h.sweepPagesPerByte = 0;
      return;
    }
    claimAndSweep(h, s);
  }
}

/**
 * Start a sweep phase's pacing (gcPaceSweeper): spread the unswept pages over the allocation
 * left before the next trigger.
 */
export function gcPaceSweeper(h: MHeap, trigger: number): void {
  let heapDistance = trigger - h.stats.heapLive;
  if (heapDistance < _PageSize) heapDistance = _PageSize;
  let pagesInUse = 0;
  for (const s of h.allspans) if (s.state === MSpanState.InUse) pagesInUse += s.npages;
  const sweepDistancePages = pagesInUse - h.pagesSwept;
  h.sweepPagesPerByte = sweepDistancePages <= 0 || heapDistance === Infinity ? 0 : sweepDistancePages / heapDistance;
  h.pagesSweptBasis = h.pagesSwept;
  h.sweepHeapLiveBasis = h.stats.heapLive;
}
