// The write barrier: what every pointer store does while the collector marks (Go's mbarrier.go).
//
// Design
//   Concurrent marking is only correct if the mutator never makes a white object reachable
//   solely from a black one. Go 1.19 uses the hybrid barrier of its proposal 17503
//   ("Eliminate STW stack re-scanning"):
//
//     writePointer(slot, ptr):
//         shade(*slot)                  the Yuasa deletion barrier: the old target stays
//         if current stack is grey:     reachable for this cycle even if slot was its last path
//             shade(ptr)                the Dijkstra insertion barrier, until the stack is black
//         *slot = ptr
//
//   and, like Go's implementation (whose buffered barrier records both pointers and cannot
//   cheaply ask about the stack), minigo shades both unconditionally. Stack writes have no
//   barrier: a goroutine's own stack is scanned once, and the deletion half keeps everything it
//   could later load from the heap alive. Objects allocated during mark are black (malloc.ts).
//
//   The barrier is on only while the collector marks: gcStart sets `mem.wb`, mark termination
//   clears it, so outside a cycle a pointer store costs one field test. Every store of a pointer
//   into memory goes through one of:
//     writePointer(mem, slot, ptr)           one pointer word (the VM's STORE_PTR, natives; the
//                                            translated STORE_PTR tests mem.wb itself and stores
//                                            inline when it is null, jit/memory.ts)
//     typedmemmove(mem, t, dst, src)         a value of type t: its pointer words by t's mask,
//     typedslicecopy(mem, t, dst, src, n)    which works wherever dst is: heap, globals, or
//                                            another goroutine's stack (a channel's direct send)
//     bulkBarrierPreWrite(mem, dst, src, n)  n bytes whose pointer words are known only from
//                                            dst's own bitmap: the heap's, or the globals' (copy)
//     memclrHasPointers(mem, dst, n)         clearing memory that holds pointers
//
// How it differs from Go: no per-P write barrier buffer (the shading is done at once, there
// being one thread); the barrier is a field on the address space instead of a global flag
// tested by compiled code.

import type { AddressSpace } from './mem.js';
import type { RType } from './mbitmap.js';
import type { MHeap } from './mheap.js';
import type { Marker } from './mgcmark.js';
import { HEAP_BASE, DATA_BASE } from './mem.js';

/** The barrier the collector installs on the address space while it marks. */
export class WriteBarrier {
  constructor(
    readonly h: MHeap,
    readonly marker: Marker,
  ) {}

  /** The pointer word at slot is about to become ptr. */
  pointer(mem: AddressSpace, slot: number, ptr: number): void {
    const m = this.marker;
    m.shade(mem.loadPtr(slot));
    m.shade(ptr);
  }

  /** n values of type t are about to be copied from src (0: cleared) to dst. */
  typeBits(mem: AddressSpace, t: RType, dst: number, src: number, n: number): void {
    const m = this.marker;
    const mask = t.gcdata;
    const words = t.ptrdata / 8;
    for (let e = 0; e < n; e++) {
      const off = e * t.size;
      for (let i = 0; i < words; i++) {
        if ((mask[i >>> 3]! & (1 << (i & 7))) === 0) continue;
        m.shade(mem.loadPtr(dst + off + i * 8));
        if (src !== 0) m.shade(mem.loadPtr(src + off + i * 8));
      }
    }
  }

  /** size bytes are about to be copied from src (0: cleared) to dst; dst's bitmap says where pointers are. */
  bulk(mem: AddressSpace, dst: number, src: number, size: number): void {
    const m = this.marker;
    const h = this.h;
    const start = dst - (dst % 8);
    const end = dst + size;
    if (dst >= HEAP_BASE) {
      for (let a = start; a < end; a += 8) {
        if (!h.bits.isPointer(a)) continue;
        m.shade(mem.loadPtr(a));
        if (src !== 0) m.shade(mem.loadPtr(src + (a - dst)));
      }
    } else if (dst >= DATA_BASE) {
      const g = h.globals;
      for (let a = start; a < end; a += 8) {
        if (!g.isPointer(a)) continue;
        m.shade(mem.loadPtr(a));
        if (src !== 0) m.shade(mem.loadPtr(src + (a - dst)));
      }
    }
  }
}

/** The one store of a single pointer word (Go's compiler-emitted barriered store). */
export function writePointer(mem: AddressSpace, slot: number, ptr: number): void {
  const wb = mem.wb;
  if (wb !== null) wb.pointer(mem, slot, ptr);
  mem.storePtr(slot, ptr);
}

/** typedmemmove: copy a value of type t from src to dst. */
export function typedmemmove(mem: AddressSpace, t: RType, dst: number, src: number): void {
  if (dst === src || t.size === 0) return;
  const wb = mem.wb;
  if (wb !== null && t.ptrdata !== 0) wb.typeBits(mem, t, dst, src, 1);
  mem.memmove(dst, src, t.size);
}

/** typedslicecopy: copy n elements of type t from src to dst. */
export function typedslicecopy(mem: AddressSpace, t: RType, dst: number, src: number, n: number): void {
  if (dst === src || n === 0 || t.size === 0) return;
  const wb = mem.wb;
  if (wb !== null && t.ptrdata !== 0) wb.typeBits(mem, t, dst, src, n);
  mem.memmove(dst, src, n * t.size);
}

/** bulkBarrierPreWrite then memmove: a copy whose pointer words only dst's bitmap knows. */
export function bulkmemmove(mem: AddressSpace, dst: number, src: number, size: number): void {
  const wb = mem.wb;
  if (wb !== null) wb.bulk(mem, dst, src, size);
  mem.memmove(dst, src, size);
}

/** memclrHasPointers: zero n bytes of memory of type t at dst. */
export function memclrHasPointers(mem: AddressSpace, t: RType, dst: number): void {
  const wb = mem.wb;
  if (wb !== null && t.ptrdata !== 0) wb.typeBits(mem, t, dst, 0, 1);
  mem.memclr(dst, t.size);
}
