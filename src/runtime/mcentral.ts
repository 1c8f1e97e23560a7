// mcentral: the central free lists, one per span class.
//
// An mcache that runs out of objects of a span class asks that class's mcentral for a span with
// free space (cacheSpan), and gives back the one it has used up (uncacheSpan). The mcentral keeps
// the spans no mcache holds in four sets (mcentral.go):
//
//   partial[sweepgen/2 % 2]      swept spans with free objects
//   partial[1 - sweepgen/2 % 2]  unswept spans with free objects (as of before the GC)
//   full[sweepgen/2 % 2]         swept spans with no free object
//   full[1 - sweepgen/2 % 2]     unswept spans with no free object
//
// The index trick is what lets the collector start a sweep in O(1): bumping h.sweepgen by 2 swaps
// the roles, so every swept set becomes an unswept one. The sweeper (mgcsweep.ts) and cacheSpan
// then drain the unswept sets, sweeping each span and pushing it onto the swept set it now
// belongs to, or freeing it to the heap if it has no object left.
//
// cacheSpan, step by step (Go 1.19):
//   1. Pop a partial swept span; if there is one, use it.
//   2. Else pop partial unswept spans, sweep one and use it.
//   3. Else pop full unswept spans and sweep them; use the first with free space, push the others
//      onto the full swept set. (Steps 2-3 give up after 100 spans, spanBudget.)
//   4. Else grow: take a fresh span from mheap (class_to_allocnpages pages).
//   5. Prime the span's allocCache at freeindex.
//
// Large-object spans (class 0) live here too, in full swept/unswept, so that the sweeper finds
// them; nothing ever caches them.
//
// How it differs from Go: Go's spanSet is a lock-free segmented FIFO; this is a JS array used as
// a FIFO (push at the tail, pop at the head) with the same order, so spans are reused in Go's
// order. One thread, so no sweepLocker/tryAcquire races: a popped unswept span is ours.

import { class_to_allocnpages, spanClassSizeclass } from './sizeclasses.js';
import { MSpan, SpanHome } from './mspan.js';
import { throw_ } from './error.js';
import type { MHeap } from './mheap.js';

/** A FIFO set of spans (Go's spanSet). */
export class SpanSet {
  private items: (MSpan | undefined)[] = [];
  private head = 0;

  push(s: MSpan): void {
    s.home = SpanHome.Central;
    this.items.push(s);
  }

  pop(): MSpan | null {
    if (this.head === this.items.length) return null;
    const s = this.items[this.head]!;
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    s.home = SpanHome.None;
    return s;
  }

  get length(): number {
    return this.items.length - this.head;
  }

  *[Symbol.iterator](): IterableIterator<MSpan> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }
}

/** Spans to try sweeping in cacheSpan before growing the heap (mcentral.go spanBudget). */
const spanBudget = 100;

export class MCentral {
  readonly partial: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];
  readonly full: [SpanSet, SpanSet] = [new SpanSet(), new SpanSet()];

  constructor(
    readonly h: MHeap,
    readonly spanclass: number,
  ) {}

  partialUnswept(sweepgen: number): SpanSet {
    return this.partial[1 - ((sweepgen >>> 1) & 1)]!;
  }
  partialSwept(sweepgen: number): SpanSet {
    return this.partial[(sweepgen >>> 1) & 1]!;
  }
  fullUnswept(sweepgen: number): SpanSet {
    return this.full[1 - ((sweepgen >>> 1) & 1)]!;
  }
  fullSwept(sweepgen: number): SpanSet {
    return this.full[(sweepgen >>> 1) & 1]!;
  }

  /** Allocate a span with free space for an mcache (see the essay). Null when out of memory. */
  cacheSpan(): MSpan | null {
    const h = this.h;
    const sg = h.sweepgen;
    let budget = spanBudget;
    let s = this.partialSwept(sg).pop();
    if (s === null) {
      for (; budget >= 0; budget--) {
        s = this.partialUnswept(sg).pop();
        if (s === null) break;
        s.sweepgen = sg - 1;
        h.sweep(s, true);
        break;
      }
    }
    if (s === null) {
      for (; budget >= 0; budget--) {
        const t = this.fullUnswept(sg).pop();
        if (t === null) break;
        t.sweepgen = sg - 1;
        h.sweep(t, true);
        const freeIndex = t.nextFreeIndex();
        if (freeIndex !== t.nelems) {
          t.freeindex = freeIndex;
          s = t;
          break;
        }
        this.fullSwept(sg).push(t);
      }
    }
    if (s === null) {
      s = this.grow();
      if (s === null) return null;
    }
    if (s.nelems - s.allocCount === 0 || s.freeindex === s.nelems) throw_('span has no free objects');
    const freeByteBase = s.freeindex & ~31;
    s.refillAllocCache(freeByteBase >>> 3);
    s.allocCache = (s.freeindex & 31) === 0 ? s.allocCache : s.allocCache >>> (s.freeindex & 31);
    return s;
  }

  /** Take back a span from an mcache. s must be of this class and not empty. */
  uncacheSpan(s: MSpan): void {
    if (s.allocCount === 0) throw_('uncaching span but s.allocCount == 0');
    const h = this.h;
    const sg = h.sweepgen;
    const stale = s.sweepgen === sg + 1;
    if (stale) {
      // Cached before the sweep began: it is ours to sweep, and sweeping files it.
      s.sweepgen = sg - 1;
      s.home = SpanHome.None;
      h.sweep(s, false);
    } else {
      s.sweepgen = sg;
      if (s.nelems - s.allocCount > 0) this.partialSwept(sg).push(s);
      else this.fullSwept(sg).push(s);
    }
  }

  /** A fresh span of this class from the heap (mcentral.grow). */
  grow(): MSpan | null {
    const npages = class_to_allocnpages[spanClassSizeclass(this.spanclass)]!;
    return this.h.alloc(npages, this.spanclass);
  }
}
