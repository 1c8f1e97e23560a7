// Strings at run time (Go's runtime/string.go and utf8.go; DESIGN decision 4).
//
// A string is (ptr, len) over UTF-8 bytes in the address space: literals in read-only data,
// results of concatenation and conversion on the heap (pointer-free, so mallocgc's tiny
// allocator packs short ones exactly as Go's does). Nothing here makes a JS string except
// `goString`, used only at the edge (printing, natives).
//
// decoderune/encoderune follow Go's utf8 rules exactly: an invalid or truncated sequence, a
// surrogate or an overlong form decodes as U+FFFD with width 1; encoding a rune that is
// negative, above U+10FFFF or a surrogate yields U+FFFD.
//
// How it differs from Go: concatstrings does not reuse a lone non-empty operand's memory (Go
// returns it without copying when the result does not escape... and in general when only one
// operand is non-empty); minigo does the same for that case.
import { mallocgc } from '../runtime/malloc.js';
import type { MCache } from '../runtime/mcache.js';
import type { AddressSpace } from '../runtime/mem.js';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function goString(mem: AddressSpace, ptr: number, len: number): string {
  if (len === 0) return '';
  return decoder.decode(mem.bytes(ptr, len));
}

/** rawstring + copy: a heap string holding the given bytes. */
export function newStringBytes(c: MCache, b: Uint8Array): number {
  if (b.length === 0) return 0;
  const p = mallocgc(c, b.length, null, false);
  c.h.mem.bytes(p, b.length).set(b);
  return p;
}

export function newStringJS(c: MCache, s: string): [number, number] {
  const b = encoder.encode(s);
  return [newStringBytes(c, b), b.length];
}

/** concatstrings for two operands. Returns the pointer; the length is l1 + l2. */
export function concat2(c: MCache, p1: number, l1: number, p2: number, l2: number): number {
  if (l1 === 0) return p2;
  if (l2 === 0) return p1;
  const mem = c.h.mem;
  const p = mallocgc(c, l1 + l2, null, false);
  mem.memmove(p, p1, l1);
  mem.memmove(p + l1, p2, l2);
  return p;
}

/** -1, 0, +1 comparing two strings bytewise (cmpstring). */
export function cmpstring(mem: AddressSpace, p1: number, l1: number, p2: number, l2: number): number {
  const n = l1 < l2 ? l1 : l2;
  if (n > 0 && p1 !== p2) {
    const a = mem.bytes(p1, n);
    const b = mem.bytes(p2, n);
    for (let i = 0; i < n; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x !== y) return x < y ? -1 : 1;
    }
  }
  return l1 < l2 ? -1 : l1 > l2 ? 1 : 0;
}

export function eqstring(mem: AddressSpace, p1: number, l1: number, p2: number, l2: number): boolean {
  if (l1 !== l2) return false;
  if (p1 === p2 || l1 === 0) return true;
  return mem.memequal(p1, p2, l1);
}

export const runeError = 0xfffd;

/**
 * decoderune: the rune at byte k of the string (ptr, len) and its width, packed as
 * rune * 8 + width (width 1..4).
 */
export function decoderune(mem: AddressSpace, ptr: number, len: number, k: number): number {
  const c0 = mem.load8(ptr + k);
  if (c0 < 0x80) return c0 * 8 + 1;
  const n = len - k;
  const bad = runeError * 8 + 1;
  if (c0 < 0xc2 || c0 > 0xf4) return bad;
  if (c0 < 0xe0) {
    if (n < 2) return bad;
    const c1 = mem.load8(ptr + k + 1);
    if ((c1 & 0xc0) !== 0x80) return bad;
    return (((c0 & 0x1f) << 6) | (c1 & 0x3f)) * 8 + 2;
  }
  if (c0 < 0xf0) {
    if (n < 3) return bad;
    const c1 = mem.load8(ptr + k + 1);
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    if (c1 < lo || c1 > hi) return bad;
    const c2 = mem.load8(ptr + k + 2);
    if ((c2 & 0xc0) !== 0x80) return bad;
    return (((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f)) * 8 + 3;
  }
  if (n < 4) return bad;
  const c1 = mem.load8(ptr + k + 1);
  const lo = c0 === 0xf0 ? 0x90 : 0x80;
  const hi = c0 === 0xf4 ? 0x8f : 0xbf;
  if (c1 < lo || c1 > hi) return bad;
  const c2 = mem.load8(ptr + k + 2);
  const c3 = mem.load8(ptr + k + 3);
  if ((c2 & 0xc0) !== 0x80 || (c3 & 0xc0) !== 0x80) return bad;
  return (((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f)) * 8 + 4;
}

/** encoderune into out at offset; returns the number of bytes (1..4). */
export function encoderune(out: Uint8Array, off: number, r: number): number {
  if (r >= 0 && r < 0x80) {
    out[off] = r;
    return 1;
  }
  if (r >= 0 && r < 0x800) {
    out[off] = 0xc0 | (r >> 6);
    out[off + 1] = 0x80 | (r & 0x3f);
    return 2;
  }
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = runeError;
  if (r < 0x10000) {
    out[off] = 0xe0 | (r >> 12);
    out[off + 1] = 0x80 | ((r >> 6) & 0x3f);
    out[off + 2] = 0x80 | (r & 0x3f);
    return 3;
  }
  out[off] = 0xf0 | (r >> 18);
  out[off + 1] = 0x80 | ((r >> 12) & 0x3f);
  out[off + 2] = 0x80 | ((r >> 6) & 0x3f);
  out[off + 3] = 0x80 | (r & 0x3f);
  return 4;
}

/** Bytes of the UTF-8 encoding of rune r. */
export function runeLen(r: number): number {
  if (r >= 0 && r < 0x80) return 1;
  if (r >= 0 && r < 0x800) return 2;
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return 3;
  return r < 0x10000 ? 3 : 4;
}
