// Memory statistics: the counters the allocator keeps, and runtime.ReadMemStats.
//
// Go 1.19 keeps two kinds of statistics (mstats.go):
//   - "consistent" heap stats (heapStatsDelta): per-size-class malloc and free counts, large
//     object bytes and counts, tiny allocation counts, bytes in stacks. They are updated when an
//     mcache hands a span back (refill, releaseAll), not at every malloc, so the per-object fast
//     path touches no counter.
//   - gcController's running totals: heapInUse, heapFree, heapReleased, totalAlloc, totalFree,
//     heapLive (the pacer's view, which counts a cached span as fully allocated).
// minigo keeps both in one HeapStats record on the heap; there is one thread, so no deltas per P.
//
// ReadMemStats (readmemstats_m), step by step:
//   1. Flush every mcache (releaseAll): cached spans go back to their mcentral, the objects
//      allocated from them since they were cached are counted, the tiny block is dropped, the
//      per-P stack caches are emptied. This is observable: after ReadMemStats the next tiny
//      allocation starts a new 16-byte block, and the next small allocation may come from a
//      different span.
//   2. Mallocs = large allocations + small allocations by class + tiny allocations;
//      Frees = large frees + small frees by class + tiny allocations. Go counts every tiny
//      allocation as a malloc and a free, and the 16-byte block it lives in as a class-2 malloc
//      (verified against Go 1.19: 1000 `new(int64)` add Mallocs 1000, Frees 500, HeapObjects 500).
//   3. TotalAlloc = bytes of large allocations (whole pages) + class size * small allocations;
//      HeapAlloc = Alloc = TotalAlloc - bytes freed; HeapObjects = Mallocs - Frees.
//   4. HeapSys = heapInUse + heapFree + heapReleased; HeapIdle = heapFree + heapReleased;
//      StackInuse = StackSys = bytes in stack spans; Sys = everything mapped or charged.
//   5. BySize[i] for classes 0..60 (Go's MemStats has 61 entries, fewer than the 68 classes).
//
// How it differs from Go: the runtime's own memory (MSpan and MCache records, arena metadata) is
// charged with Go's sizes but not allocated; BuckHashSys and OtherSys stay 0 (no profiling
// buckets, no other persistent allocations). The numbers are those of the interpreted program's
// heap: a real Go binary has also allocated ~100 objects for itself before main starts.

import type { MHeap } from './mheap.js';
import type { AddressSpace } from './mem.js';
import { class_to_size, _NumSizeClasses } from './sizeclasses.js';
import { stackcache_clear } from './stack.js';
import { throw_ } from './error.js';

/** The heap minimum, and so the first heap goal (mgcpacer.go defaultHeapMinimum, GOGC=100). */
export const heapMinimum = 4 << 20;

/** The allocator's counters; see the essay. All byte counts are plain numbers (< 2^53). */
export class HeapStats {
  // gcController totals.
  heapInUse = 0;
  heapFree = 0;
  heapReleased = 0;
  totalAlloc = 0;
  totalFree = 0;
  /** The pacer's estimate of live heap bytes (counts cached spans as full). */
  heapLive = 0;
  /** Bytes of scannable memory allocated (the pacer's heapScan). */
  heapScan = 0;
  /** The heap goal, reported as NextGC; the pacer (collector stage) moves it. */
  heapGoal = heapMinimum;

  // Consistent stats.
  inStacks = 0;
  inWorkBufs = 0;
  inPtrScalarBits = 0;
  largeAlloc = 0;
  largeAllocCount = 0;
  largeFree = 0;
  largeFreeCount = 0;
  smallAllocCount = new Float64Array(_NumSizeClasses);
  smallFreeCount = new Float64Array(_NumSizeClasses);
  tinyAllocCount = 0;

  // memstats fields (sys counters and GC history; the collector fills the GC ones).
  stacksSys = 0;
  gcMiscSys = 0;
  buckhashSys = 0;
  otherSys = 0;
  numgc = 0;
  numforcedgc = 0;
  lastGCUnix = 0;
  pauseTotalNs = 0;
  pauseNs = new Float64Array(256);
  pauseEnd = new Float64Array(256);
  gcCPUFraction = 0;
}

export interface MemStatsBySize {
  Size: number;
  Mallocs: number;
  Frees: number;
}

/** runtime.MemStats (Go 1.19 field names and meanings). */
export interface MemStats {
  Alloc: number;
  TotalAlloc: number;
  Sys: number;
  Lookups: number;
  Mallocs: number;
  Frees: number;
  HeapAlloc: number;
  HeapSys: number;
  HeapIdle: number;
  HeapInuse: number;
  HeapReleased: number;
  HeapObjects: number;
  StackInuse: number;
  StackSys: number;
  MSpanInuse: number;
  MSpanSys: number;
  MCacheInuse: number;
  MCacheSys: number;
  BuckHashSys: number;
  GCSys: number;
  OtherSys: number;
  NextGC: number;
  LastGC: number;
  PauseTotalNs: number;
  PauseNs: number[];
  PauseEnd: number[];
  NumGC: number;
  NumForcedGC: number;
  GCCPUFraction: number;
  EnableGC: boolean;
  DebugGC: boolean;
  BySize: MemStatsBySize[];
}

/** Flush every P's mcache (flushallmcaches): spans back to mcentral, stack caches emptied. */
export function flushallmcaches(h: MHeap): void {
  for (const c of h.mcaches) {
    c.releaseAll();
    stackcache_clear(c);
  }
}

/** runtime.ReadMemStats (readmemstats_m). The world must be stopped. */
export function readMemStats(h: MHeap): MemStats {
  flushallmcaches(h);
  const st = h.stats;

  let totalAlloc = st.largeAlloc;
  let nMalloc = st.largeAllocCount;
  let totalFree = st.largeFree;
  let nFree = st.largeFreeCount;
  const bySize: MemStatsBySize[] = [];
  for (let i = 0; i < _NumSizeClasses; i++) {
    const a = st.smallAllocCount[i]!;
    const f = st.smallFreeCount[i]!;
    totalAlloc += a * class_to_size[i]!;
    nMalloc += a;
    totalFree += f * class_to_size[i]!;
    nFree += f;
    if (i < 61) bySize.push({ Size: class_to_size[i]!, Mallocs: a, Frees: f });
  }
  nFree += st.tinyAllocCount;
  nMalloc += st.tinyAllocCount;

  if (totalAlloc !== st.totalAlloc) throw_(`totalAlloc and consistent stats are not equal: ${st.totalAlloc} vs ${totalAlloc}`);
  if (totalFree !== st.totalFree) throw_(`totalFree and consistent stats are not equal: ${st.totalFree} vs ${totalFree}`);

  const stackInUse = st.inStacks;
  const totalMapped =
    st.heapInUse + st.heapFree + st.heapReleased + st.stacksSys + h.spanalloc.sys + h.cachealloc.sys + st.buckhashSys +
    st.gcMiscSys + st.otherSys + stackInUse + st.inWorkBufs + st.inPtrScalarBits;

  return {
    Alloc: totalAlloc - totalFree,
    TotalAlloc: totalAlloc,
    Sys: totalMapped,
    Lookups: 0,
    Mallocs: nMalloc,
    Frees: nFree,
    HeapAlloc: totalAlloc - totalFree,
    HeapSys: st.heapInUse + st.heapFree + st.heapReleased,
    HeapIdle: st.heapFree + st.heapReleased,
    HeapInuse: st.heapInUse,
    HeapReleased: st.heapReleased,
    HeapObjects: nMalloc - nFree,
    StackInuse: stackInUse,
    StackSys: stackInUse + st.stacksSys,
    MSpanInuse: h.spanalloc.inuse,
    MSpanSys: h.spanalloc.sys,
    MCacheInuse: h.cachealloc.inuse,
    MCacheSys: h.cachealloc.sys,
    BuckHashSys: st.buckhashSys,
    GCSys: st.gcMiscSys + st.inWorkBufs + st.inPtrScalarBits,
    OtherSys: st.otherSys,
    NextGC: st.heapGoal,
    LastGC: st.lastGCUnix,
    PauseTotalNs: st.pauseTotalNs,
    PauseNs: Array.from(st.pauseNs),
    PauseEnd: Array.from(st.pauseEnd),
    NumGC: st.numgc,
    NumForcedGC: st.numforcedgc,
    GCCPUFraction: st.gcCPUFraction,
    EnableGC: true,
    DebugGC: false,
    BySize: bySize,
  };
}

/** Byte offsets of runtime.MemStats fields on amd64 (checked with unsafe.Offsetof in Go 1.19). */
export const MemStatsLayout = {
  size: 5776,
  /** The 24 uint64 fields Alloc..PauseTotalNs, in declaration order, 8 bytes apart from 0. */
  uint64Fields: [
    'Alloc', 'TotalAlloc', 'Sys', 'Lookups', 'Mallocs', 'Frees', 'HeapAlloc', 'HeapSys', 'HeapIdle', 'HeapInuse',
    'HeapReleased', 'HeapObjects', 'StackInuse', 'StackSys', 'MSpanInuse', 'MSpanSys', 'MCacheInuse', 'MCacheSys',
    'BuckHashSys', 'GCSys', 'OtherSys', 'NextGC', 'LastGC', 'PauseTotalNs',
  ] as const,
  PauseNs: 192,
  PauseEnd: 2240,
  NumGC: 4288,
  NumForcedGC: 4292,
  GCCPUFraction: 4296,
  EnableGC: 4304,
  DebugGC: 4305,
  BySize: 4312,
  /** struct { Size uint32; Mallocs, Frees uint64 }: Size at 0, Mallocs at 8, Frees at 16. */
  bySizeEntry: 24,
  bySizeLen: 61,
} as const;

/** Write ms into a runtime.MemStats variable at addr (what ReadMemStats(&m) stores). */
export function writeMemStats(mem: AddressSpace, addr: number, ms: MemStats): void {
  const L = MemStatsLayout;
  L.uint64Fields.forEach((f, i) => mem.store64(addr + 8 * i, ms[f]));
  for (let i = 0; i < 256; i++) {
    mem.store64(addr + L.PauseNs + 8 * i, ms.PauseNs[i]!);
    mem.store64(addr + L.PauseEnd + 8 * i, ms.PauseEnd[i]!);
  }
  mem.store32(addr + L.NumGC, ms.NumGC);
  mem.store32(addr + L.NumForcedGC, ms.NumForcedGC);
  mem.storeF64(addr + L.GCCPUFraction, ms.GCCPUFraction);
  mem.store8(addr + L.EnableGC, ms.EnableGC ? 1 : 0);
  mem.store8(addr + L.DebugGC, ms.DebugGC ? 1 : 0);
  for (let i = 0; i < L.bySizeLen; i++) {
    const e = addr + L.BySize + i * L.bySizeEntry;
    const b = ms.BySize[i]!;
    mem.store32(e, b.Size);
    mem.store64(e + 8, b.Mallocs);
    mem.store64(e + 16, b.Frees);
  }
}
