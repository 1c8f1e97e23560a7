// mheap: the page heap. Every byte of heap and stack memory is handed out here, in spans.
//
// Data structures (mheap.go, mpagealloc.go):
//
//   pages     the page allocator: one bit per 8 KiB page of the mapped heap, 1 = in use. It finds
//             runs of free pages address-ordered first-fit, like Go's pageAlloc, whose radix tree
//             of summaries answers the same question ("lowest address with npages free") faster.
//             searchPage is Go's searchAddr: every page below it is in use.
//   spans     the span table (Go's heapArena.spans): for every page of a live span, that span;
//             undefined for free pages. spanOf(p) is one division and one index.
//   central   one mcentral per span class (136).
//   bits      the heap bitmap (mbitmap.ts): which words hold pointers.
//   globals   the data segment's pointer words (package variables), the collector's data roots.
//   zeroedBase  every heap byte at or above it has never been handed out, so it is still zero
//             (Go's heapArena.zeroedBase, one per arena; minigo's arenas are contiguous and grow in
//             order, so one watermark serves them all). A span allocated below it needs zeroing.
//   spanalloc, cachealloc  fixalloc accounting for the MSpan and MCache records (MSpanInuse,
//             MSpanSys, MCacheInuse, MCacheSys), with Go's record sizes (144 and 1200 bytes) and
//             16 KiB chunks.
//
// allocSpan(npages, typ, spanclass), step by step:
//   1. Find npages free pages, lowest address first. If none, grow the heap by at least 4 MiB
//      (pallocChunkPages = 512 pages): sysMap the next stretch of the address space, account it as
//      released (mapped but never used), and free its pages into the page allocator. If the
//      address space is exhausted: `fatal error: out of memory`.
//   2. Mark the pages in use; account the bytes that were released (never touched) and free.
//   3. Decide needzero from zeroedBase and raise the watermark.
//   4. Take an MSpan record and lay it out: a heap span gets its class's object size, count and
//      fresh alloc/mark bitmaps; a manual (stack) span gets none.
//   5. Point the span table at it.
// freeSpan is the reverse. Coalescing is free: adjoining free runs are adjoining zero bits.
//
// Accounting (Go's gcController and consistent heapStats; read by mstats.ts):
//   heapInUse     bytes in InUse spans          heapFree   bytes in free pages once used
//   heapReleased  bytes in free pages never used (Go: returned to the OS; minigo has no
//                 scavenger, so only never-touched memory counts as released)
//   inStacks      bytes in stack spans          totalAlloc/totalFree  bytes, cumulative
//   HeapSys = heapInUse + heapFree + heapReleased;  Sys adds stacks and the runtime's metadata.
//
// How it differs from Go: no per-P page cache (pageCache, 64 pages per P): with one host thread
// there is no lock to avoid, and address-ordered first fit from one allocator places spans where
// Go's would whenever a single P allocates. No scavenger. Arena metadata (Go's heapArena, 2 MiB of
// bitmap per 64 MiB arena) is not allocated, only charged to GCSys so that Sys moves like Go's.

import type { MemProfiler } from './mprof.js';
import { AddressSpace, HEAP_BASE } from './mem.js';
import { MSpan, MSpanList, MSpanState, SpanHome, SpanAllocType, GCPhase } from './mspan.js';

export { SpanAllocType, GCPhase };
import { MCentral } from './mcentral.js';
import { HeapBits, GlobalBits } from './mbitmap.js';
import { HeapStats } from './mstats.js';
import { numSpanClasses, _PageShift, _PageSize } from './sizeclasses.js';
import { fatal, throw_ } from './error.js';
import { sweep as sweepSpan } from './mgcsweep.js';
import type { MCache } from './mcache.js';
import type { Finalizers } from './mfinal.js';

/** Pages per growth step of the heap (mpagealloc.go pallocChunkPages): 4 MiB. */
export const pallocChunkPages = 512;
/** Bytes per heap arena on linux/amd64 (malloc.go heapArenaBytes). */
export const heapArenaBytes = 64 << 20;
/** sizeof(heapArena) on linux/amd64 in Go 1.19: bitmap 2 MiB, spans 64 KiB, page bitmaps, etc. */
export const heapArenaMetadataBytes = 2097152 + 65536 + 3 * 1024 + 16;
/** sizeof(mspan) on linux/amd64 in Go 1.19 (from DWARF), for MSpanInuse. */
export const mspanSize = 144;
/** sizeof(mcache) on linux/amd64 in Go 1.19 (from DWARF), for MCacheInuse. */
export const mcacheSize = 1200;
/** Go's _FixAllocChunk. */
export const _FixAllocChunk = 16 << 10;

/**
 * fixalloc accounting: Go carves fixed-size runtime records out of 16 KiB chunks. minigo keeps
 * the records as JS objects and only counts: inuse bytes, and sys bytes (whole chunks).
 */
export class FixAlloc {
  inuse = 0;
  sys = 0;
  private nchunk = 0;
  private readonly nalloc: number;
  constructor(readonly size: number) {
    this.nalloc = Math.floor(_FixAllocChunk / size) * size;
  }
  alloc(reused: boolean): void {
    if (!reused) {
      if (this.nchunk < this.size) {
        this.sys += this.nalloc;
        this.nchunk = this.nalloc;
      }
      this.nchunk -= this.size;
    }
    this.inuse += this.size;
  }
  free(): void {
    this.inuse -= this.size;
  }
}

/** The page allocator: one bit per page, address-ordered first fit. */
export class PageAlloc {
  /** Bit per page, 1 = in use. */
  bits = new Uint32Array(0);
  /** Pages under management (the mapped heap). */
  npages = 0;
  /** Every page below searchPage is in use. */
  searchPage = 0;
  /** Pages in use. */
  inUse = 0;

  /** Add n free pages at the end (the heap grew). */
  grow(n: number): void {
    const npages = this.npages + n;
    const words = Math.ceil(npages / 32);
    if (words > this.bits.length) {
      const nb = new Uint32Array(Math.max(words, this.bits.length * 2));
      nb.set(this.bits);
      this.bits = nb;
    }
    this.npages = npages;
  }

  isFree(p: number): boolean {
    return (this.bits[p >>> 5]! & (1 << (p & 31))) === 0;
  }

  /** Allocate n contiguous pages, lowest address first; the first page index, or -1. */
  alloc(n: number): number {
    const bits = this.bits;
    const limit = this.npages;
    let p = this.searchPage;
    let firstFree = -1;
    let start = 0;
    let run = 0;
    while (p < limit) {
      if ((p & 31) === 0 && p + 32 <= limit) {
        const w = bits[p >>> 5]!;
        if (w === 0xffffffff) {
          run = 0;
          p += 32;
          continue;
        }
        if (w === 0) {
          if (firstFree < 0) firstFree = p;
          if (run === 0) start = p;
          run += 32;
          if (run >= n) break;
          p += 32;
          continue;
        }
      }
      if ((bits[p >>> 5]! & (1 << (p & 31))) === 0) {
        if (firstFree < 0) firstFree = p;
        if (run === 0) start = p;
        run++;
        if (run >= n) break;
      } else {
        run = 0;
      }
      p++;
    }
    if (run < n) {
      if (firstFree >= 0) this.searchPage = firstFree;
      else this.searchPage = limit;
      return -1;
    }
    this.setRange(start, n, true);
    this.searchPage = firstFree === start ? start + n : firstFree;
    return start;
  }

  /** Free n pages starting at page p. */
  free(p: number, n: number): void {
    this.setRange(p, n, false);
    if (p < this.searchPage) this.searchPage = p;
  }

  private setRange(p: number, n: number, inUse: boolean): void {
    const bits = this.bits;
    for (let i = p; i < p + n; i++) {
      const m = 1 << (i & 31);
      const w = bits[i >>> 5]!;
      if (((w & m) !== 0) === inUse) throw_(inUse ? 'page allocator: page already in use' : 'page allocator: page already free');
      bits[i >>> 5] = inUse ? w | m : w & ~m;
    }
    this.inUse += inUse ? n : -n;
  }
}

export interface MHeapOptions {
  mem?: AddressSpace;
  /** Address of runtime.zerobase, the address of every zero-size object; default: laid out in
   * the data segment when the heap is created. */
  zerobase?: number;
}

export class MHeap {
  readonly mem: AddressSpace;
  readonly pages = new PageAlloc();
  /** Page index -> span, for every page of a live span. */
  spans: (MSpan | undefined)[] = [];
  /** Every live span (InUse or Manual). */
  readonly allspans = new Set<MSpan>();
  readonly central: MCentral[] = [];
  readonly bits = new HeapBits();
  /** The data segment's pointer words (package variables), a root of every collection. */
  readonly globals = new GlobalBits();
  readonly stats = new HeapStats();
  readonly spanalloc = new FixAlloc(mspanSize);
  readonly cachealloc = new FixAlloc(mcacheSize);
  /** Free MSpan records for reuse (Go's spanalloc free list). */
  private freeSpans: MSpan[] = [];

  /** The sweep generation; bumped by 2 each GC (see mspan.ts). */
  sweepgen = 0;
  /** The collector's phase; stacks and newly allocated objects depend on it. */
  gcphase: GCPhase = GCPhase.Off;
  /** See the essay: heap bytes at or above this address were never handed out. */
  zeroedBase = HEAP_BASE;
  /** Address of runtime.zerobase. */
  readonly zerobase: number;
  /** Allocation counts for GODEBUG=inittrace=1 while a package initialises (inittrace.ts), or null. */
  inittrace: { allocs: number; bytes: number } | null = null;
  /** The mcaches of all Ps, which readMemStats and checkHeap flush and inspect. */
  readonly mcaches: MCache[] = [];
  /** stack.ts: spans of small stacks with free stacks, per order (Go's stackpool). */
  readonly stackpool: MSpanList[] = Array.from({ length: 4 }, () => new MSpanList());
  /** stack.ts: free large stack spans by log2(npages), kept during GC (Go's stackLarge). */
  readonly stackLarge: MSpanList[] = Array.from({ length: 48 - _PageShift }, () => new MSpanList());
  /** Number of 64 MiB arenas touched by the mapped heap. */
  arenas = 0;

  /** Called when an allocation may have crossed the GC trigger (mallocgc's shouldhelpgc). */
  onHeapGrowth: (() => void) | null = null;
  /** Called for every allocation while the collector marks: size bytes to charge (assists). */
  onMarkAlloc: ((size: number) => void) | null = null;
  /** The finalizers (mfinal.ts), from the first SetFinalizer on; null before. */
  fin: Finalizers | null = null;
  /** The heap profile (mprof.ts), from package runtime's initialization on; null before. */
  memprof: MemProfiler | null = null;
  /**
   * Roots outside the address space held by the standard packages' natives (timers' channels,
   * scratch objects): each scanner greys what it holds. The collector calls them every cycle.
   */
  readonly rootScanners: ((shade: (p: number) => void) => void)[] = [];

  // Sweep pacing (mgcsweep.ts): pages swept this cycle, and the proportional sweeper's basis.
  pagesSwept = 0;
  pagesSweptBasis = 0;
  sweepHeapLiveBasis = 0;
  // -0 (equal to 0) makes V8 store the field as a double from the start: were it an integer until
  // the first fraction, that change would give MHeap a new hidden class in the middle of the run
  // and throw away the optimized code of everything that reads the heap (mallocgc among them).
  sweepPagesPerByte = -0;
  /** Sweep's cursor over the mcentrals (mgcsweep.ts), valid in sweep generation sweepCursorGen. */
  sweepCursor = 0;
  sweepCursorGen = 0;

  constructor(opts: MHeapOptions = {}) {
    this.mem = opts.mem ?? new AddressSpace();
    this.zerobase = opts.zerobase ?? this.mem.dataAlloc(8, 8);
    for (let spc = 0; spc < numSpanClasses; spc++) this.central.push(new MCentral(this, spc));
  }

  /** The live span containing address p, or null (spanOf). */
  spanOf(p: number): MSpan | null {
    const off = p - HEAP_BASE;
    if (off < 0 || off >= this.pages.npages * _PageSize) return null;
    return this.spans[(off / _PageSize) | 0] ?? null;
  }

  /**
   * findObject: the base address of the heap object containing p, or 0 when p points into no
   * allocated-or-allocatable object of an InUse span.
   */
  findObject(p: number): number {
    const s = this.spanOf(p);
    if (s === null || s.state !== MSpanState.InUse || p >= s.limit) return 0;
    return s.startAddr + s.objIndex(p) * s.elemsize;
  }

  /** Allocate a heap span of npages for span class spc (mheap.alloc). */
  alloc(npages: number, spc: number): MSpan | null {
    return this.allocSpan(npages, SpanAllocType.Heap, spc);
  }

  /** Allocate a manually managed span (stacks, work buffers) of npages (mheap.allocManual). */
  allocManual(npages: number, typ: SpanAllocType): MSpan | null {
    if (typ === SpanAllocType.Heap) throw_('allocManual called with non-manually-managed type');
    return this.allocSpan(npages, typ, 0);
  }

  /** The core of alloc and allocManual; see the essay for the steps. */
  allocSpan(npages: number, typ: SpanAllocType, spc: number): MSpan | null {
    let p = this.pages.alloc(npages);
    if (p < 0) {
      this.grow(npages);
      p = this.pages.alloc(npages);
      if (p < 0) throw_('mheap.grow did not make room');
    }
    const base = HEAP_BASE + p * _PageSize;
    const nbytes = npages * _PageSize;
    const end = base + nbytes;

    const zeroedFrom = Math.max(base, this.zeroedBase);
    const scav = end > zeroedFrom ? end - zeroedFrom : 0;
    const needzero = base < this.zeroedBase;
    if (end > this.zeroedBase) this.zeroedBase = end;

    const st = this.stats;
    st.heapReleased -= scav;
    st.heapFree -= nbytes - scav;
    switch (typ) {
      case SpanAllocType.Heap:
        st.heapInUse += nbytes;
        break;
      case SpanAllocType.Stack:
        st.inStacks += nbytes;
        break;
      case SpanAllocType.PtrScalarBits:
        st.inPtrScalarBits += nbytes;
        break;
      case SpanAllocType.WorkBuf:
        st.inWorkBufs += nbytes;
        break;
    }

    const reused = this.freeSpans.length > 0;
    const s = reused ? this.freeSpans.pop()! : new MSpan();
    this.spanalloc.alloc(reused);
    s.init(base, npages);
    if (typ === SpanAllocType.Heap) {
      s.initHeap(spc, this.sweepgen);
    } else {
      s.state = MSpanState.Manual;
      s.limit = end;
    }
    s.needzero = needzero;
    for (let i = 0; i < npages; i++) this.spans[p + i] = s;
    this.allspans.add(s);
    return s;
  }

  /** Return a heap span to the page allocator (mheap.freeSpan). The span must be empty and swept. */
  freeSpan(s: MSpan): void {
    if (s.state !== MSpanState.InUse || s.allocCount !== 0 || s.sweepgen !== this.sweepgen) {
      throw_(`mheap.freeSpanLocked - invalid free: allocCount ${s.allocCount} sweepgen ${s.sweepgen}/${this.sweepgen}`);
    }
    this.freeSpanLocked(s, SpanAllocType.Heap);
  }

  /** Free a manually managed span (mheap.freeManual). */
  freeManual(s: MSpan, typ: SpanAllocType): void {
    if (s.state !== MSpanState.Manual || s.allocCount !== 0) throw_('mheap.freeSpanLocked - invalid stack free');
    s.needzero = true;
    this.freeSpanLocked(s, typ);
  }

  private freeSpanLocked(s: MSpan, typ: SpanAllocType): void {
    const nbytes = s.npages * _PageSize;
    const st = this.stats;
    st.heapFree += nbytes;
    switch (typ) {
      case SpanAllocType.Heap:
        st.heapInUse -= nbytes;
        break;
      case SpanAllocType.Stack:
        st.inStacks -= nbytes;
        break;
      case SpanAllocType.PtrScalarBits:
        st.inPtrScalarBits -= nbytes;
        break;
      case SpanAllocType.WorkBuf:
        st.inWorkBufs -= nbytes;
        break;
    }
    const p = (s.startAddr - HEAP_BASE) / _PageSize;
    this.pages.free(p, s.npages);
    for (let i = 0; i < s.npages; i++) this.spans[p + i] = undefined;
    this.allspans.delete(s);
    s.state = MSpanState.Dead;
    s.home = SpanHome.Free;
    s.next = s.prev = null;
    this.spanalloc.free();
    this.freeSpans.push(s);
  }

  /**
   * Grow the heap by at least npage pages, in 4 MiB steps (mheap.grow). Out of address space is
   * Go's `fatal error: out of memory`, preceded by the line mheap.grow prints.
   */
  grow(npage: number): void {
    const ask = Math.ceil(npage / pallocChunkPages) * pallocChunkPages * _PageSize;
    const before = this.mem.heapEnd;
    if (!this.mem.sysMap(ask)) {
      const st = this.stats;
      const inUse = st.heapFree + st.heapReleased + st.heapInUse;
      fatal('out of memory', [`runtime: out of memory: cannot allocate ${ask}-byte block (${inUse} in use)`]);
    }
    const arenasNow = Math.ceil((this.mem.heapEnd - HEAP_BASE) / heapArenaBytes);
    if (arenasNow > this.arenas) {
      this.stats.gcMiscSys += (arenasNow - this.arenas) * heapArenaMetadataBytes;
      this.arenas = arenasNow;
    }
    this.stats.heapReleased += ask;
    this.pages.grow(ask >> _PageShift);
    this.bits.grow(this.mem.heapEnd - HEAP_BASE);
    if (this.mem.heapEnd - before !== ask) throw_('sysMap mapped the wrong amount');
  }

  /** Sweep span s (its sweepgen must say "being swept"); see mgcsweep.ts. */
  sweep(s: MSpan, preserve: boolean): boolean {
    return sweepSpan(this, s, preserve);
  }
}
