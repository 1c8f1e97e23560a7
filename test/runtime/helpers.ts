// Shared fixtures for the runtime tests.
import { MHeap, MCache, type RType } from '../../src/runtime/export_test.js';

/** A fresh heap with one P's mcache. */
export function newHeap(): { h: MHeap; c: MCache } {
  const h = new MHeap();
  return { h, c: new MCache(h) };
}

/** A pointer-free type of n bytes. */
export function noscan(size: number): RType {
  return { size, ptrdata: 0, gcdata: new Uint8Array(0) };
}

/** A type of `words` 8-byte words; ptrWords lists which hold pointers. */
export function scan(words: number, ptrWords: number[]): RType {
  const gcdata = new Uint8Array(Math.ceil(words / 8));
  let last = -1;
  for (const w of ptrWords) {
    gcdata[w >> 3]! |= 1 << (w & 7);
    last = Math.max(last, w);
  }
  return { size: words * 8, ptrdata: (last + 1) * 8, gcdata };
}

/** A deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
