// Sweeping: turning the mark bits of the last GC into free objects (the core of mgcsweep.go).
//
// This stage provides only what the allocator needs to reuse memory: sweeping one span, and a
// sweeper loop that drains the mcentrals' unswept sets. The collector stage adds the phases
// around it (sweep termination, background sweeper goroutine, proportional sweep credit) and the
// specials (finalizers).
//
// Sweeping one span s (sweepLocked.sweep), given s.sweepgen == h.sweepgen - 1 ("being swept"):
//   1. nalloc = number of marked objects; nfreed = allocCount - nalloc. (Every allocated object
//      was either marked by the collector or allocated black during mark, so nalloc <= allocCount.)
//   2. The mark bits become the alloc bits; fresh zero mark bits; freeindex = 0; allocCache primed.
//   3. s.sweepgen = h.sweepgen ("swept").
//   4. Small span: if objects were freed, the span now needs zeroing before reuse, and the frees
//      are counted (smallFreeCount, totalFree). Unless preserve: an empty span goes back to the
//      heap, a full one onto its mcentral's full swept set, any other onto the partial swept set.
//      Large span: if its object was freed (and not preserve), the span goes back to the heap and
//      the free is counted; else it goes back onto the full swept set.
// preserve is set by callers that keep the span themselves (cacheSpan).
//
// Starting a GC cycle's sweep (the collector's job, shown in the test helpers): after mark,
// h.sweepgen += 2 flips every mcentral set from swept to unswept (mcentral.ts), every mcache flushes
// its now-stale spans (mcache.prepareForSweep), and sweepone()/cacheSpan sweep the rest lazily.
//
// How it differs from Go: no sweepLocker (one host thread), no zombie reports (a marked but free
// object means a collector bug; it is an InternalError here).

import { MSpanState } from './mspan.js';
import type { MSpan } from './mspan.js';
import type { MHeap } from './mheap.js';
import { spanClassSizeclass } from './sizeclasses.js';
import { throw_ } from './error.js';

/** Sweep s; true if the span was freed to the heap. */
export function sweep(h: MHeap, s: MSpan, preserve: boolean): boolean {
  const sweepgen = h.sweepgen;
  if (s.state !== MSpanState.InUse || s.sweepgen !== sweepgen - 1) {
    throw_(`mspan.sweep: bad span state: state=${s.state} sweepgen=${s.sweepgen} mheap.sweepgen=${sweepgen}`);
  }
  const spc = s.spanclass;
  const sizeclass = spanClassSizeclass(spc);
  const size = s.elemsize;

  // Zombies: objects marked but free (not allocated), which means the collector followed a
  // dangling pointer.
  for (let i = s.freeindex; i < s.nelems; i++) {
    if (s.isMarked(i) && (s.allocBits[i >>> 3]! & (1 << (i & 7))) === 0) {
      throw_(`found pointer to free object 0x${(s.startAddr + i * size).toString(16)}`);
    }
  }

  const nalloc = s.countAlloc();
  const nfreed = s.allocCount - nalloc;
  if (nalloc > s.allocCount) throw_(`sweep increased allocation count: nalloc=${nalloc} allocCount=${s.allocCount}`);
  s.allocCount = nalloc;
  s.freeindex = 0;
  s.freeIndexForScan = 0;
  s.allocBits = s.gcmarkBits;
  s.gcmarkBits = s.newMarkBits();
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

/** The next span waiting to be swept, claimed for sweeping (mheap.nextSpanForSweep). */
export function nextSpanForSweep(h: MHeap): MSpan | null {
  const sg = h.sweepgen;
  for (const c of h.central) {
    const s = c.partialUnswept(sg).pop() ?? c.fullUnswept(sg).pop();
    if (s !== null) return s;
  }
  return null;
}

/** Sweep one span; the number of pages returned to the heap, or -1 if nothing was left to sweep. */
export function sweepone(h: MHeap): number {
  const s = nextSpanForSweep(h);
  if (s === null) return -1;
  if (s.sweepgen !== h.sweepgen - 2) throw_('sweepone: span not waiting for sweep');
  s.sweepgen = h.sweepgen - 1;
  const npages = s.npages;
  return sweep(h, s, false) ? npages : 0;
}

/** Sweep every unswept span (finishsweep_m). */
export function finishsweep(h: MHeap): void {
  while (sweepone(h) >= 0) {
    /* keep sweeping */
  }
}
