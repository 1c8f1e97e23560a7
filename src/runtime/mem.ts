// The simulated address space: the memory every Go value lives in.
//
// Go's runtime asks the OS for address space (mem_linux.go: sysReserve, sysMap, sysUsed) and lays
// a program out the way the linker and mallocinit decide: text and read-only data from 0x400000,
// data and bss after them, and the heap in 64 MiB arenas from 0xc000000000 upward. minigo keeps
// that picture, because `%p`, `println(&x)` and panics print addresses and a reader comparing
// minigo with Go should see the same shapes:
//
//   0x0        .. 0x1000        never mapped: address 0 is nil, and any access below 0x1000 faults
//                               the way a nil dereference faults in Go (a MemoryFault with
//                               isNilDeref, which the VM turns into the `invalid memory address or
//                               nil pointer dereference` panic).
//   0x400000   .. dataEnd       the data segment: read-only data first (type descriptors, string
//                               literal bytes, up to roEnd; a store there faults with SEGV_ACCERR),
//                               then package variables. Laid out by the code generator through
//                               `dataAlloc`, as a linker would.
//   0xc000000000 .. heapEnd     the heap, mapped in 4 MiB steps by mheap.grow (`sysMap`). Goroutine
//                               stacks live here too: Go allocates them from heap spans (stack.ts).
//   anything else               unmapped: a MemoryFault (SEGV_MAPERR).
//
// Data structure. One ArrayBuffer holds both mapped regions back to back:
//
//   buffer offset 0         .. dataCap           data segment (address - 0x400000)
//   buffer offset dataCap   .. byteLength        heap region  (address - 0xc000000000 + dataCap)
//
// so translating an address is one subtraction, one compare against the region size and one add,
// and every accessor then indexes a typed array over the whole buffer (Uint8Array, Int32Array,
// Float64Array, ...), falling back to a DataView only for unaligned accesses (which Go code makes
// only through unsafe). All values are little-endian, as on amd64; the constructor refuses a
// big-endian host.
//
// Growth. When the heap region outgrows the buffer, a buffer twice as large is allocated and the
// old contents copied (an amortised O(1) per byte). The typed-array fields are replaced, so:
// INVARIANT: a view returned by `bytes()` is valid only until the next allocation (anything that
// may call sysMap or dataAlloc). The VM must not cache the typed arrays; it calls the methods.
//
// Integers. Decision 3 demands exact int64/uint64. The 64-bit loads come in three shapes:
//   - `load64` / `loadInt64` return a JS number: the exact value when it lies in [-2^53, 2^53),
//     else NaN, the marker decision 3 reserves for "the exact value lives elsewhere". A VM that
//     keeps integers in doubles takes this fast path and, on NaN, reloads exactly.
//   - `load64Big` / `loadInt64Big` return an exact bigint.
//   - `load64Lo` / `load64Hi` return the two unsigned 32-bit halves, for a VM that keeps
//     int64 as hi/lo pairs.
// `store64(a, v)` takes any integral double and stores it modulo 2^64 (so -1 stores all ones);
// `store64Big` takes a bigint; `store64Parts` takes halves. Pointers (`loadPtr`/`storePtr`) are
// plain numbers: every mapped address is below 2^53 by construction.
//
// Rejected alternatives, measured on Node 20 (1e8 random aligned loads): a resizable ArrayBuffer
// (ES2024) avoids the copy on growth but makes typed-array loads 15-30% slower and DataView loads
// 2-3x slower; a list of 4 MiB chunks indexed by (addr - base) / 2^22 costs 20-40% more per load
// and splits objects larger than a chunk, so memmove, strings and big arrays need per-chunk loops.
// The one-buffer layout caps the address space at 4 GiB (V8's largest typed array), which is the
// limit `fatal error: out of memory` reports against.
//
// How it differs from Go: no page protection beyond the read-only prefix of the data segment and
// the unmapped holes; memory freed by the allocator stays mapped (Go's scavenger would return it
// to the OS with madvise, which changes HeapReleased but not what a program can read).

import { MemoryFault, SegvCode, throw_ } from './error.js';
import type { WriteBarrier } from './mbarrier.js';

/** Lowest valid address; accesses below fault as nil dereferences. */
export const minLegalPointer = 0x1000;
/** Start of the data segment, as the text/rodata base of a linux/amd64 Go binary. */
export const DATA_BASE = 0x400000;
/** Start of the heap, the first arena hint on linux/amd64 (malloc.go mallocinit: 0x00c0<<32). */
export const HEAP_BASE = 0xc000000000;
/** Largest buffer V8 gives a typed array: 4 GiB. */
export const MAX_BUFFER_BYTES = 2 ** 32;

const TWO32 = 4294967296;

export interface AddressSpaceOptions {
  /** Upper bound on mapped heap bytes (heap + stacks); default: what fits in a 4 GiB buffer. */
  maxHeapBytes?: number;
  /** Initial data segment capacity in bytes (power of two); grows on demand. */
  dataCapacity?: number;
}

export class AddressSpace {
  private buf!: ArrayBuffer;
  // The views are public for one reader: translated code (vm/jit/memory.ts) inlines the heap
  // fast path of the accessors below and reads them afresh at every access (never cached).
  u8!: Uint8Array;
  i8!: Int8Array;
  u16!: Uint16Array;
  i16!: Int16Array;
  u32!: Uint32Array;
  i32!: Int32Array;
  f32!: Float32Array;
  f64!: Float64Array;
  private dv!: DataView;

  /** Buffer offset of HEAP_BASE (= data segment capacity). */
  heapOff: number;
  /**
   * The heap fast path as translated code inlines it: the n bytes at address a are mapped heap
   * bytes when o = a - heapDelta satisfies heapOff <= o and o + n <= heapLimit (o is then their
   * buffer offset). Kept in step with heapOff and heapSize.
   */
  heapDelta = 0;
  heapLimit = 0;
  /** Mapped heap bytes: [HEAP_BASE, HEAP_BASE + heapSize) is accessible. */
  private heapSize = 0;
  /** Used data segment bytes: [DATA_BASE, DATA_BASE + dataSize) is accessible. */
  private dataSize = 0;
  /** Read-only prefix of the data segment, in bytes from DATA_BASE. */
  private roSize = 0;
  readonly maxHeapBytes: number;
  /**
   * The write barrier while the collector marks, else null (mbarrier.ts): every pointer store
   * tests it. It lives here because every store path already holds the address space.
   */
  wb: WriteBarrier | null = null;

  constructor(opts: AddressSpaceOptions = {}) {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw_('minigo needs a little-endian host');
    this.heapOff = opts.dataCapacity ?? 1 << 16;
    if ((this.heapOff & (this.heapOff - 1)) !== 0) throw_('dataCapacity must be a power of two');
    this.maxHeapBytes = Math.min(opts.maxHeapBytes ?? MAX_BUFFER_BYTES, MAX_BUFFER_BYTES - this.heapOff);
    this.attach(new ArrayBuffer(this.heapOff + (1 << 22)));
  }

  private attach(buf: ArrayBuffer): void {
    this.buf = buf;
    this.u8 = new Uint8Array(buf);
    this.i8 = new Int8Array(buf);
    this.u16 = new Uint16Array(buf);
    this.i16 = new Int16Array(buf);
    this.u32 = new Uint32Array(buf);
    this.i32 = new Int32Array(buf);
    this.f32 = new Float32Array(buf);
    this.f64 = new Float64Array(buf);
    this.dv = new DataView(buf);
    this.setHeapLimits();
  }

  private setHeapLimits(): void {
    this.heapDelta = HEAP_BASE - this.heapOff;
    this.heapLimit = this.heapOff + this.heapSize;
  }

  // ---- mapping -------------------------------------------------------------------------------

  /** End of the mapped heap (exclusive). */
  get heapEnd(): number {
    return HEAP_BASE + this.heapSize;
  }

  /** End of the data segment (exclusive). */
  get dataEnd(): number {
    return DATA_BASE + this.dataSize;
  }

  /** End of the read-only prefix of the data segment. */
  get roEnd(): number {
    return DATA_BASE + this.roSize;
  }

  /**
   * Go's sysMap for the heap: make the next `nbytes` after heapEnd accessible (zero-filled).
   * Returns false, mapping nothing, when the heap would exceed maxHeapBytes.
   */
  sysMap(nbytes: number): boolean {
    const size = this.heapSize + nbytes;
    if (size > this.maxHeapBytes) return false;
    const need = this.heapOff + size;
    if (need > this.buf.byteLength) {
      const cap = Math.min(Math.max(need, this.buf.byteLength * 2), this.heapOff + this.maxHeapBytes);
      const nb = new ArrayBuffer(cap);
      new Uint8Array(nb).set(this.u8.subarray(0, this.heapOff + this.heapSize));
      this.attach(nb);
    }
    this.heapSize = size;
    this.setHeapLimits();
    return true;
  }

  /**
   * Lay out `size` bytes in the data segment at the next `align`-aligned address and return the
   * address (the code generator's linker step). Read-only data must be laid out before any
   * writable data; `sealReadOnly` then marks everything laid out so far read-only.
   */
  dataAlloc(size: number, align = 8): number {
    const off = Math.ceil(this.dataSize / align) * align;
    const end = off + size;
    if (end > this.heapOff) {
      let cap = this.heapOff;
      while (cap < end) cap *= 2;
      if (cap + this.heapSize > MAX_BUFFER_BYTES) throw_('data segment too large');
      const nb = new ArrayBuffer(Math.max(cap + this.heapSize, this.buf.byteLength - this.heapOff + cap));
      const nu = new Uint8Array(nb);
      nu.set(this.u8.subarray(0, this.dataSize));
      nu.set(this.u8.subarray(this.heapOff, this.heapOff + this.heapSize), cap);
      this.heapOff = cap;
      this.attach(nb);
    }
    this.dataSize = end;
    return DATA_BASE + off;
  }

  /**
   * Give back the buffer's room beyond what is mapped (the unmapped heap region the constructor
   * reserves): for an address space kept in the start-up snapshot before any heap is mapped
   * (codegen/image.ts), whose zero bytes would otherwise be written into the snapshot. The
   * next sysMap grows the buffer again.
   */
  trim(): void {
    const size = this.heapOff + this.heapSize;
    if (size === this.buf.byteLength) return;
    const nb = new ArrayBuffer(size);
    new Uint8Array(nb).set(this.u8.subarray(0, size));
    this.attach(nb);
  }

  /** Mark the data segment laid out so far as read-only (rodata); later stores there fault. */
  sealReadOnly(): void {
    this.roSize = this.dataSize;
  }

  // ---- address translation -------------------------------------------------------------------

  /** Buffer offset of [a, a+n) for a load; faults if any byte is unmapped. */
  private off(a: number, n: number): number {
    const h = a - HEAP_BASE;
    if (h >= 0) {
      if (h + n <= this.heapSize) return h + this.heapOff;
    } else {
      const d = a - DATA_BASE;
      if (d >= 0 && d + n <= this.dataSize) return d;
    }
    return this.fault(a, SegvCode.MapErr);
  }

  /** Buffer offset of [a, a+n) for a store; also faults on read-only data. */
  private woff(a: number, n: number): number {
    const h = a - HEAP_BASE;
    if (h >= 0) {
      if (h + n <= this.heapSize) return h + this.heapOff;
    } else {
      const d = a - DATA_BASE;
      if (d >= this.roSize && d + n <= this.dataSize) return d;
      if (d >= 0 && d < this.roSize) return this.fault(a, SegvCode.AccErr);
    }
    return this.fault(a, SegvCode.MapErr);
  }

  private fault(a: number, code: number): never {
    throw new MemoryFault(a, code);
  }

  /** Whether [a, a+n) is mapped (readable). */
  isMapped(a: number, n = 1): boolean {
    const h = a - HEAP_BASE;
    if (h >= 0) return h + n <= this.heapSize;
    const d = a - DATA_BASE;
    return d >= 0 && d + n <= this.dataSize;
  }

  // ---- loads ---------------------------------------------------------------------------------

  load8(a: number): number {
    return this.u8[this.off(a, 1)]!;
  }

  loadInt8(a: number): number {
    return this.i8[this.off(a, 1)]!;
  }

  load16(a: number): number {
    const o = this.off(a, 2);
    return (o & 1) === 0 ? this.u16[o >>> 1]! : this.dv.getUint16(o, true);
  }

  loadInt16(a: number): number {
    const o = this.off(a, 2);
    return (o & 1) === 0 ? this.i16[o >>> 1]! : this.dv.getInt16(o, true);
  }

  load32(a: number): number {
    const o = this.off(a, 4);
    return (o & 3) === 0 ? this.u32[o >>> 2]! : this.dv.getUint32(o, true);
  }

  loadInt32(a: number): number {
    const o = this.off(a, 4);
    return (o & 3) === 0 ? this.i32[o >>> 2]! : this.dv.getInt32(o, true);
  }

  /** uint64 as a number: exact when < 2^53, else NaN (use load64Big). */
  load64(a: number): number {
    const o = this.off(a, 8);
    let lo: number, hi: number;
    if ((o & 3) === 0) {
      lo = this.u32[o >>> 2]!;
      hi = this.u32[(o >>> 2) + 1]!;
    } else {
      lo = this.dv.getUint32(o, true);
      hi = this.dv.getUint32(o + 4, true);
    }
    return hi < 0x200000 ? hi * TWO32 + lo : NaN;
  }

  /** int64 as a number: exact when in [-2^53, 2^53), else NaN (use loadInt64Big). */
  loadInt64(a: number): number {
    const o = this.off(a, 8);
    let lo: number, hi: number;
    if ((o & 3) === 0) {
      lo = this.u32[o >>> 2]!;
      hi = this.i32[(o >>> 2) + 1]!;
    } else {
      lo = this.dv.getUint32(o, true);
      hi = this.dv.getInt32(o + 4, true);
    }
    return hi >= -0x200000 && hi < 0x200000 ? hi * TWO32 + lo : NaN;
  }

  load64Big(a: number): bigint {
    return this.dv.getBigUint64(this.off(a, 8), true);
  }

  loadInt64Big(a: number): bigint {
    return this.dv.getBigInt64(this.off(a, 8), true);
  }

  /** Low 32 bits of the 64-bit word at a, unsigned. */
  load64Lo(a: number): number {
    const o = this.off(a, 8);
    return (o & 3) === 0 ? this.u32[o >>> 2]! : this.dv.getUint32(o, true);
  }

  /** High 32 bits of the 64-bit word at a, unsigned (`| 0` gives the signed half). */
  load64Hi(a: number): number {
    const o = this.off(a, 8);
    return (o & 3) === 0 ? this.u32[(o >>> 2) + 1]! : this.dv.getUint32(o + 4, true);
  }

  /** A pointer (or uintptr known to be an address): mapped addresses are below 2^53. */
  loadPtr(a: number): number {
    return this.load64(a);
  }

  loadF32(a: number): number {
    const o = this.off(a, 4);
    return (o & 3) === 0 ? this.f32[o >>> 2]! : this.dv.getFloat32(o, true);
  }

  loadF64(a: number): number {
    const o = this.off(a, 8);
    return (o & 7) === 0 ? this.f64[o >>> 3]! : this.dv.getFloat64(o, true);
  }

  // ---- stores --------------------------------------------------------------------------------

  /** Stores the low 8 bits of v (signed or unsigned). */
  store8(a: number, v: number): void {
    this.u8[this.woff(a, 1)] = v;
  }

  store16(a: number, v: number): void {
    const o = this.woff(a, 2);
    if ((o & 1) === 0) this.u16[o >>> 1] = v;
    else this.dv.setUint16(o, v, true);
  }

  store32(a: number, v: number): void {
    const o = this.woff(a, 4);
    if ((o & 3) === 0) this.i32[o >>> 2] = v;
    else this.dv.setInt32(o, v, true);
  }

  /** Stores an integral double modulo 2^64 (two's complement for negative values). */
  store64(a: number, v: number): void {
    const o = this.woff(a, 8);
    const lo = v >>> 0;
    const hi = Math.floor(v / TWO32);
    if ((o & 3) === 0) {
      this.u32[o >>> 2] = lo;
      this.i32[(o >>> 2) + 1] = hi;
    } else {
      this.dv.setUint32(o, lo, true);
      this.dv.setInt32(o + 4, hi, true);
    }
  }

  /** Stores a bigint modulo 2^64. */
  store64Big(a: number, v: bigint): void {
    this.dv.setBigUint64(this.woff(a, 8), BigInt.asUintN(64, v), true);
  }

  /** Stores a 64-bit word from its 32-bit halves (each taken modulo 2^32). */
  store64Parts(a: number, lo: number, hi: number): void {
    const o = this.woff(a, 8);
    this.dv.setUint32(o, lo >>> 0, true);
    this.dv.setUint32(o + 4, hi >>> 0, true);
  }

  /** store64 of a pointer, with the heap case (aligned, mapped) inline: writePointer's store. */
  storePtr(a: number, p: number): void {
    const o = a - this.heapDelta;
    if (o >= this.heapOff && o + 8 <= this.heapLimit && (o & 7) === 0) {
      const w = o >>> 2;
      this.u32[w] = p >>> 0;
      this.i32[w + 1] = Math.floor(p / TWO32);
    } else this.store64(a, p);
  }

  storeF32(a: number, v: number): void {
    const o = this.woff(a, 4);
    if ((o & 3) === 0) this.f32[o >>> 2] = v;
    else this.dv.setFloat32(o, v, true);
  }

  storeF64(a: number, v: number): void {
    const o = this.woff(a, 8);
    if ((o & 7) === 0) this.f64[o >>> 3] = v;
    else this.dv.setFloat64(o, v, true);
  }

  // ---- blocks --------------------------------------------------------------------------------

  /** memmove: copy n bytes from src to dst; the ranges may overlap. n = 0 touches nothing. */
  memmove(dst: number, src: number, n: number): void {
    if (n <= 0) return;
    const os = this.off(src, n);
    const od = this.woff(dst, n);
    this.u8.copyWithin(od, os, os + n);
  }

  /** memclrNoHeapPointers: zero n bytes at a. */
  memclr(a: number, n: number): void {
    if (n <= 0) return;
    const o = this.woff(a, n);
    this.u8.fill(0, o, o + n);
  }

  /** memequal: whether the n bytes at a and b are equal. */
  memequal(a: number, b: number, n: number): boolean {
    if (n <= 0 || a === b) return true;
    let oa = this.off(a, n);
    let ob = this.off(b, n);
    const u8 = this.u8;
    let i = 0;
    if (((oa | ob) & 3) === 0) {
      const u32 = this.u32;
      const wa = oa >>> 2;
      const wb = ob >>> 2;
      const nw = n >>> 2;
      for (; i < nw; i++) if (u32[wa + i] !== u32[wb + i]) return false;
      i <<= 2;
    }
    for (; i < n; i++) if (u8[oa + i] !== u8[ob + i]) return false;
    return true;
  }

  /** The n bytes at a as a view. Valid only until the next allocation (see the essay). */
  bytes(a: number, n: number): Uint8Array {
    if (n <= 0) return new Uint8Array(0);
    const o = this.off(a, n);
    return this.u8.subarray(o, o + n);
  }

  /** A copy of the n bytes at a. */
  readBytes(a: number, n: number): Uint8Array {
    return this.bytes(a, n).slice();
  }

  /** Copy src into memory at a. */
  writeBytes(a: number, src: Uint8Array): void {
    if (src.length === 0) return;
    this.u8.set(src, this.woff(a, src.length));
  }
}
