// The heap bitmap: which words of the heap hold pointers.
//
// The collector must find the pointers inside every reachable object. Go 1.19 keeps, beside each
// 64 MiB arena, a bitmap with two bits per heap word: "this word may hold a pointer" and "there
// are more pointers in this object after this word" (mbitmap.go). mallocgc writes the bits of a
// new object from its type's pointer mask (heapBitsSetType); the collector reads them in
// scanobject, word by word, and stops at the first word whose "more" bit is clear.
//
// minigo keeps one bit per heap word: 1 = the word holds a pointer. The "more" bit is replaced by
// the object's size from its span (scanobject scans [base, base + elemsize), skipping zero bytes of
// the bitmap eight words at a time) - the same information, found another way. Noscan spans have
// no bits at all: the collector never looks inside them. The bitmap covers the whole mapped heap,
// indexed by (addr - HEAP_BASE) / 8, and grows with it.
//
// Type information. mallocgc receives the object's type as an `RType`, the runtime's view of a
// type descriptor (Go's `_type`): size, ptrdata (the prefix of the object that can hold pointers)
// and gcdata, the pointer mask (bit i of byte i/8 set = word i is a pointer). The code generator
// builds one RType per type that reaches the allocator and may also record where the descriptor
// lives in the data segment (`addr`), which `%T`, interfaces and reflection use.
//
// The data segment has a pointer map too (GlobalBits): the code generator records the pointer
// words of each package variable as it lays it out, as Go's linker emits gcdata and gcbss for
// the data and bss sections. The collector scans those words as roots.
//
// How it differs from Go: one bit per word instead of two; no GC programs (gcdata is always a
// mask: for a large array the code generator allocates with newarray and the element type, so the
// mask stays the element's).

import { HEAP_BASE } from './mem.js';

/** The runtime's view of a type descriptor (Go's `_type`), as far as the allocator needs it. */
export interface RType {
  /** Size in bytes. */
  readonly size: number;
  /** Bytes of prefix that can contain pointers; 0 = the type has no pointers (noscan). */
  readonly ptrdata: number;
  /** Pointer mask: bit i (byte i>>3, bit i&7) = word i holds a pointer. Covers ptrdata/8 words. */
  readonly gcdata: Uint8Array;
  /** Address of the type descriptor in the data segment, if it has one. */
  readonly addr?: number;
}

export class HeapBits {
  /** Bit per heap word; byte i covers words 8i..8i+7. */
  bits = new Uint8Array(0);

  /** Cover `nbytes` of mapped heap. */
  grow(nbytes: number): void {
    const need = Math.ceil(nbytes / 64);
    if (need <= this.bits.length) return;
    const nb = new Uint8Array(Math.max(need, this.bits.length * 2));
    nb.set(this.bits);
    this.bits = nb;
  }

  /** Whether the heap word at addr (8-aligned) holds a pointer. */
  isPointer(addr: number): boolean {
    const w = (addr - HEAP_BASE) / 8;
    return (this.bits[w >>> 3]! & (1 << (w & 7))) !== 0;
  }

  /** The bitmap byte covering the 8 words starting at addr (a multiple of 64); 0 = no pointers. */
  byteAt(addr: number): number {
    return this.bits[(addr - HEAP_BASE) / 64]!;
  }

  /** Clear the bits of [addr, addr+size). addr and size are multiples of 8. */
  clear(addr: number, size: number): void {
    let w = (addr - HEAP_BASE) / 8;
    const end = w + size / 8;
    const bits = this.bits;
    while (w < end && (w & 7) !== 0) {
      bits[w >>> 3]! &= ~(1 << (w & 7));
      w++;
    }
    const fullEnd = end & ~7;
    if (w < fullEnd) {
      bits.fill(0, w >>> 3, fullEnd >>> 3);
      w = fullEnd;
    }
    while (w < end) {
      bits[w >>> 3]! &= ~(1 << (w & 7));
      w++;
    }
  }

  /**
   * heapBitsSetType: describe the object at heap offset off (x - HEAP_BASE) of `size` bytes (its
   * size class size) holding dataSize bytes of values of a type of tsize bytes, ptrdata and
   * pointer mask `mask` (dataSize > tsize for arrays from newarray). An object of one value and
   * at most 64 words (every small struct) is written word by word, each bit once; others are
   * cleared and then set element by element.
   */
  setType(off: number, size: number, dataSize: number, tsize: number, ptrdata: number, mask: Uint8Array): void {
    const bits = this.bits;
    const nptrWords = ptrdata / 8;
    const base = off / 8;
    if (dataSize <= tsize && size <= 512) {
      const nw = size / 8;
      for (let i = 0; i < nw; i++) {
        const w = base + i;
        const b = 1 << (w & 7);
        if (i < nptrWords && (mask[i >>> 3]! & (1 << (i & 7))) !== 0) bits[w >>> 3]! |= b;
        else bits[w >>> 3]! &= ~b;
      }
      return;
    }
    this.clear(HEAP_BASE + off, size);
    const elemWords = tsize / 8;
    const n = tsize === 0 ? 0 : Math.floor(dataSize / tsize);
    for (let e = 0; e < n; e++) {
      const ew = base + e * elemWords;
      for (let i = 0; i < nptrWords; i++) {
        if ((mask[i >>> 3]! & (1 << (i & 7))) !== 0) {
          const w = ew + i;
          bits[w >>> 3]! |= 1 << (w & 7);
        }
      }
    }
  }
}

/** The pointer words of the package variables in the data segment (Go's moduledata gcdata/gcbss). */
export class GlobalBits {
  /** Addresses of the data segment's pointer words, in the order they were laid out. */
  readonly addrs: number[] = [];
  private readonly set = new Set<number>();

  /** The variable at addr holds pointers at these word offsets. */
  add(addr: number, ptrWords: readonly number[]): void {
    for (const w of ptrWords) {
      this.addrs.push(addr + w * 8);
      this.set.add(addr + w * 8);
    }
  }

  /** Whether the data segment word at addr (8-aligned) holds a pointer. */
  isPointer(addr: number): boolean {
    return this.set.has(addr);
  }
}
