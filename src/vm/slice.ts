// Slices at run time: makeslice, growslice, slicecopy (Go's runtime/slice.go).
//
// A slice value is three registers (ptr, len, cap); its backing array is heap memory from
// mallocgc. growslice is Go 1.19's, step by step, because cap() after append is observable:
//   1. newcap = old.cap; if the needed cap exceeds twice that, take the needed cap;
//      else below 256 double it; else grow by (newcap + 3*256)/4 until it suffices.
//   2. Round the byte size up to the allocator's size class (roundupsize) and recompute newcap
//      from the rounded size (so []byte grows 8, 16, 32, 48, 64, 80, 96, 112, 128, ...).
//   3. Allocate (pointer-free arrays without zeroing the part about to be copied over), copy
//      the old elements.
//
// How it differs from Go: the element type arrives as a VMType; no race/msan/asan hooks.
import { mallocgc, maxAlloc } from '../runtime/malloc.js';
import type { MCache } from '../runtime/mcache.js';
import { roundupsize } from '../runtime/sizeclasses.js';
import { PlainPanic } from '../runtime/error.js';
import type { VMType } from './program.js';

export interface SliceHeader {
  ptr: number;
  len: number;
  cap: number;
}

/** makeslice: panics `makeslice: len out of range` / `cap out of range` as Go. */
export function makeslice(c: MCache, et: VMType, len: number, cap: number): number {
  const mem = et.size * cap;
  if (!(len >= 0) || !(cap >= len) || !Number.isSafeInteger(mem) || mem > maxAlloc) {
    const memLen = et.size * len;
    if (!(len >= 0) || !Number.isSafeInteger(memLen) || memLen > maxAlloc) throw new PlainPanic('runtime error: makeslice: len out of range', true);
    throw new PlainPanic('runtime error: makeslice: cap out of range', true);
  }
  return mallocgc(c, mem, et, true);
}

/** growslice: a slice with room for `cap` elements holding the old ones (Go 1.19). */
export function growslice(c: MCache, et: VMType, oldPtr: number, oldLen: number, oldCap: number, cap: number): SliceHeader {
  if (cap < oldCap) throw new PlainPanic('growslice: cap out of range');
  if (et.size === 0) return { ptr: c.h.zerobase, len: oldLen, cap };
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (cap > doublecap) {
    newcap = cap;
  } else {
    const threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < cap) newcap += Math.trunc((newcap + 3 * threshold) / 4);
      if (newcap <= 0) newcap = cap;
    }
  }
  const size = et.size;
  const lenmem = oldLen * size;
  const newlenmem = cap * size;
  let capmem = newcap * size;
  if (capmem > maxAlloc) throw new PlainPanic('growslice: cap out of range');
  capmem = roundupsize(capmem);
  newcap = Math.trunc(capmem / size);
  capmem = newcap * size;
  const mem = c.h.mem;
  let p: number;
  if (et.ptrdata === 0) {
    p = mallocgc(c, capmem, null, false);
    mem.memclr(p + newlenmem, capmem - newlenmem);
  } else {
    p = mallocgc(c, capmem, et, true);
  }
  if (lenmem > 0) mem.memmove(p, oldPtr, lenmem);
  return { ptr: p, len: oldLen, cap: newcap };
}
