// checkHeap: verify every invariant of the allocator's data structures at once.
//
// Lua has lua_checkmemory, Go has the checks scattered through mheap.go and mgcsweep.go that
// throw when a count goes wrong. minigo gathers them in one walk that tests run after every step
// and a debug mode can run after every GC. It checks, and reports every violation it finds:
//
//   1. Spans and pages: every live span lies inside the mapped heap, the span table points every
//      one of its pages at it, no two live spans share a page, and the page allocator marks a page
//      in use exactly when a live span covers it. Dead spans are in no table.
//   2. Homes: every live span is in exactly one place, and the place fits its state and
//      sweepgen: an mcache slot (sweepgen sg+3 or sg+1, the slot of its span class), an mcentral
//      set (its class; the swept sets hold sweepgen sg, the unswept sg-2; partial sets hold spans
//      with free objects, full sets spans without, as of when they were filed), a stack pool list
//      (with a free stack), the large-stack cache, or in use as a stack (on no list).
//   3. Objects: allocCount == freeindex + popcount(allocBits[freeindex:]) for every small heap
//      span; allocCount <= nelems; nelems and elemsize match the size class.
//   4. Stack spans: the free list has nelems - allocCount entries, all inside the span and on
//      stack boundaries.
//   5. Statistics: heapInUse equals the bytes of InUse spans, inStacks the bytes of stack spans,
//      heapFree + heapReleased the bytes of free pages, and heapReleased the free bytes above the
//      zeroedBase watermark.
//   6. Tiny blocks: a cache's tiny block is an allocated object of its cached tiny span.
//   7. Bitmaps: a heap span's alloc and mark bits are two arrays (sweep swaps them, so one shared
//      array would lose every mark), and outside a mark phase a swept span has no mark bit set
//      (sweep cleared the array that became its mark bits).

import { MSpan, MSpanState, SpanHome, GCPhase, emptymspan } from './mspan.js';
import type { MHeap } from './mheap.js';
import { HEAP_BASE } from './mem.js';
import { _PageSize, spanClassSizeclass, class_to_size, class_to_nelems, tinySpanClass } from './sizeclasses.js';
import { InternalError } from './error.js';
import { _StackCacheSize } from './stack.js';

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** All invariant violations in h, as messages; empty when the heap is consistent. */
export function heapProblems(h: MHeap): string[] {
  const bad: string[] = [];
  const sg = h.sweepgen;
  const npages = h.pages.npages;
  const owner: (MSpan | undefined)[] = new Array(npages);
  const where = new Map<MSpan, string[]>();
  const note = (s: MSpan, place: string) => {
    const l = where.get(s);
    if (l) l.push(place);
    else where.set(s, [place]);
  };

  // 1. Spans and pages.
  let inUseBytes = 0;
  let stackBytes = 0;
  for (const s of h.allspans) {
    const name = `span ${hex(s.startAddr)}+${s.npages}p`;
    if (s.state === MSpanState.Dead) {
      bad.push(`${name}: dead span in allspans`);
      continue;
    }
    const p0 = (s.startAddr - HEAP_BASE) / _PageSize;
    if (!Number.isInteger(p0) || p0 < 0 || p0 + s.npages > npages) {
      bad.push(`${name}: outside the mapped heap`);
      continue;
    }
    for (let p = p0; p < p0 + s.npages; p++) {
      if (owner[p] !== undefined) bad.push(`${name}: overlaps span ${hex(owner[p]!.startAddr)} at page ${p}`);
      owner[p] = s;
      if (h.spans[p] !== s) bad.push(`${name}: span table at page ${p} does not point to it`);
    }
    if (s.state === MSpanState.InUse) inUseBytes += s.npages * _PageSize;
    else stackBytes += s.npages * _PageSize;
  }
  let freePages = 0;
  let releasedBytes = 0;
  for (let p = 0; p < npages; p++) {
    const used = !h.pages.isFree(p);
    if (used !== (owner[p] !== undefined)) bad.push(`page ${p} (${hex(HEAP_BASE + p * _PageSize)}): page allocator says ${used ? 'in use' : 'free'}`);
    if (owner[p] === undefined) {
      if (h.spans[p] !== undefined) bad.push(`page ${p}: free page in the span table`);
      freePages++;
      if (HEAP_BASE + p * _PageSize >= h.zeroedBase) releasedBytes += _PageSize;
    }
  }
  if (h.pages.inUse !== npages - freePages) bad.push(`page allocator counts ${h.pages.inUse} pages in use, spans cover ${npages - freePages}`);
  for (let p = 0; p < h.pages.searchPage && p < npages; p++) {
    if (h.pages.isFree(p)) {
      bad.push(`page ${p} is free below searchPage ${h.pages.searchPage}`);
      break;
    }
  }

  // 2. Homes.
  for (const c of h.mcaches) {
    c.alloc.forEach((s, spc) => {
      if (s === emptymspan) return;
      note(s, 'mcache');
      if (s.spanclass !== spc) bad.push(`span ${hex(s.startAddr)} of class ${s.spanclass} cached as class ${spc}`);
      if (s.sweepgen !== sg + 3 && s.sweepgen !== sg + 1) bad.push(`cached span ${hex(s.startAddr)} has sweepgen ${s.sweepgen} (sg ${sg})`);
      if (s.home !== SpanHome.MCache) bad.push(`cached span ${hex(s.startAddr)} has home ${s.home}`);
    });
  }
  h.central.forEach((mc, spc) => {
    const sets: [string, Iterable<MSpan>, number, boolean][] = [
      ['partialSwept', mc.partialSwept(sg), sg, true],
      ['partialUnswept', mc.partialUnswept(sg), sg - 2, true],
      ['fullSwept', mc.fullSwept(sg), sg, false],
      ['fullUnswept', mc.fullUnswept(sg), sg - 2, false],
    ];
    for (const [setName, set, want, partial] of sets) {
      for (const s of set) {
        note(s, `central[${spc}].${setName}`);
        if (s.spanclass !== spc) bad.push(`span ${hex(s.startAddr)} of class ${s.spanclass} in central[${spc}]`);
        if (s.sweepgen !== want) bad.push(`span ${hex(s.startAddr)} in ${setName} has sweepgen ${s.sweepgen}, want ${want}`);
        if (s.home !== SpanHome.Central) bad.push(`span ${hex(s.startAddr)} in ${setName} has home ${s.home}`);
        if (want === sg && spanClassSizeclass(spc) !== 0) {
          const full = s.allocCount === s.nelems;
          if (partial === full) bad.push(`span ${hex(s.startAddr)} in ${setName} has ${s.allocCount}/${s.nelems} objects`);
        }
      }
    }
  });
  h.stackpool.forEach((list, order) => {
    for (const s of list) {
      note(s, `stackpool[${order}]`);
      if (s.manualFreeList === 0) bad.push(`stack span ${hex(s.startAddr)} in stackpool[${order}] has no free stack`);
      if (s.home !== SpanHome.StackPool) bad.push(`stack span ${hex(s.startAddr)} in stackpool has home ${s.home}`);
    }
  });
  h.stackLarge.forEach((list, i) => {
    for (const s of list) {
      note(s, `stackLarge[${i}]`);
      if (s.home !== SpanHome.StackLarge) bad.push(`stack span ${hex(s.startAddr)} in stackLarge has home ${s.home}`);
    }
  });
  for (const s of h.allspans) {
    const places = where.get(s) ?? [];
    const name = `span ${hex(s.startAddr)}`;
    if (s.state === MSpanState.InUse) {
      if (places.length !== 1) bad.push(`${name} (class ${s.spanclass >> 1}) is on ${places.length} lists: ${places.join(', ')}`);
      if (s.sweepgen !== sg && s.sweepgen !== sg - 2 && s.sweepgen !== sg + 1 && s.sweepgen !== sg + 3) {
        bad.push(`${name} has sweepgen ${s.sweepgen} (sg ${sg})`);
      }
    } else if (s.state === MSpanState.Manual) {
      if (places.length > 1) bad.push(`stack ${name} is on ${places.length} lists: ${places.join(', ')}`);
      if (places.length === 0 && s.home !== SpanHome.StackInUse) bad.push(`stack ${name} is on no list but has home ${s.home}`);
    }
  }
  for (const s of where.keys()) {
    if (!h.allspans.has(s)) bad.push(`span ${hex(s.startAddr)} is on a list but not live (state ${s.state})`);
  }

  // 3 and 4. Objects.
  for (const s of h.allspans) {
    const name = `span ${hex(s.startAddr)}`;
    if (s.state === MSpanState.InUse) {
      const sizeclass = spanClassSizeclass(s.spanclass);
      if (s.allocBits === s.gcmarkBits) bad.push(`${name}: alloc and mark bits are one array`);
      const swept = s.sweepgen === sg || s.sweepgen === sg + 3;
      if (swept && h.gcphase === GCPhase.Off && s.gcmarkBits.some((b) => b !== 0)) bad.push(`${name}: swept, with mark bits set`);
      if (sizeclass === 0) {
        if (s.nelems !== 1 || s.elemsize !== s.npages * _PageSize) bad.push(`large ${name}: nelems ${s.nelems} elemsize ${s.elemsize}`);
        if (s.allocCount > 1) bad.push(`large ${name}: allocCount ${s.allocCount}`);
        continue;
      }
      if (s.elemsize !== class_to_size[sizeclass] || s.nelems !== class_to_nelems[sizeclass]) {
        bad.push(`${name}: elemsize ${s.elemsize} nelems ${s.nelems} do not match class ${sizeclass}`);
      }
      if (s.allocCount > s.nelems) bad.push(`${name}: allocCount ${s.allocCount} > nelems ${s.nelems}`);
      let n = s.freeindex;
      for (let i = s.freeindex; i < s.nelems; i++) if ((s.allocBits[i >>> 3]! & (1 << (i & 7))) !== 0) n++;
      if (n !== s.allocCount) bad.push(`${name} (class ${sizeclass}): allocCount ${s.allocCount} but freeindex + alloc bits = ${n}`);
    } else if (s.state === MSpanState.Manual && s.elemsize > 0 && s.elemsize < _StackCacheSize) {
      const nstacks = (s.npages * _PageSize) / s.elemsize;
      let n = 0;
      for (let x = s.manualFreeList; x !== 0; x = h.mem.loadPtr(x)) {
        if (x < s.startAddr || x >= s.end() || (x - s.startAddr) % s.elemsize !== 0) {
          bad.push(`stack ${name}: free list entry ${hex(x)} outside the span or misaligned`);
          break;
        }
        if (++n > nstacks) {
          bad.push(`stack ${name}: free list longer than the span`);
          break;
        }
      }
      if (n + s.allocCount !== nstacks) bad.push(`stack ${name}: ${n} free + ${s.allocCount} allocated != ${nstacks}`);
    }
  }

  // 5. Statistics.
  const st = h.stats;
  if (st.heapInUse !== inUseBytes) bad.push(`heapInUse ${st.heapInUse} != bytes in in-use spans ${inUseBytes}`);
  if (st.inStacks !== stackBytes) bad.push(`inStacks ${st.inStacks} != bytes in stack spans ${stackBytes}`);
  if (st.heapFree + st.heapReleased !== freePages * _PageSize) {
    bad.push(`heapFree ${st.heapFree} + heapReleased ${st.heapReleased} != free bytes ${freePages * _PageSize}`);
  }
  if (st.heapReleased !== releasedBytes) bad.push(`heapReleased ${st.heapReleased} != never-used free bytes ${releasedBytes}`);
  if (h.spanalloc.inuse !== h.allspans.size * h.spanalloc.size) bad.push(`spanalloc.inuse ${h.spanalloc.inuse} for ${h.allspans.size} spans`);

  // 6. Tiny blocks.
  for (const c of h.mcaches) {
    if (c.tiny === 0) continue;
    const s = h.spanOf(c.tiny);
    if (s === null || s.spanclass !== tinySpanClass || s.state !== MSpanState.InUse || (c.tiny - s.startAddr) % 16 !== 0) {
      bad.push(`tiny block ${hex(c.tiny)} is not an object of a tiny span`);
    } else {
      const i = s.objIndex(c.tiny);
      if (i >= s.freeindex && (s.allocBits[i >>> 3]! & (1 << (i & 7))) === 0) bad.push(`tiny block ${hex(c.tiny)} is free`);
    }
    if (c.tinyoffset > 16) bad.push(`tinyoffset ${c.tinyoffset}`);
  }
  return bad;
}

/** Throw an InternalError listing every violated invariant (see heapProblems). */
export function checkHeap(h: MHeap): void {
  const bad = heapProblems(h);
  if (bad.length > 0) throw new InternalError(`checkHeap: ${bad.length} problem(s):\n  ${bad.slice(0, 20).join('\n  ')}`);
}
