// Maps: Go's hmap (runtime/map.go), in the simulated address space.
//
// Design (Go's, step for step):
//   hmap (48 bytes):  0 count  8 flags  9 B  10 noverflow  12 hash0  16 buckets  24 oldbuckets
//                     32 nevacuate  40 extra (unused)
//   bucket (bmap):    tophash [8]uint8, keys [8]K, elems [8]V, overflow *bmap (at the end,
//                     rounded to pointer alignment) — bucketsize = 8 + 8*size(K) + 8*size(V) + 8
//                     (padded to 8), gc's layout for keys and values up to 128 bytes.
//   A key hashes (typehash, seeded by hash0) to h; the low B bits pick the bucket, the top 8
//   bits are the tophash stored per slot (values below minTopHash mark empty/evacuated slots).
//   A lookup walks the bucket and its overflow chain comparing tophash, then keys.
//   Growth: when count > 6.5 * 2^B (overLoadFactor) or there are too many overflow buckets,
//   hashGrow allocates a new bucket array (twice as large, or the same size to compact) and
//   keeps the old one; each assign or delete then evacuates the bucket it touches plus one more
//   (growWork), splitting entries to the x (same index) and y (index + 2^oldB) halves.
//   Iteration (mapiterinit/mapiternext) starts at a random bucket and a random offset within
//   buckets, walks the buckets in order, and during growth reads old buckets that are not yet
//   evacuated, filtering the keys that belong to the bucket being visited — so a program that
//   relies on iteration order sees Go's randomness.
//   The iterator state is Go's hiter, 96 bytes in the frame memory of the ranging function:
//     0 key ptr  8 elem ptr  16 t (type index)  24 h  32 buckets  40 bptr  48 startBucket
//     56 offset  57 wrapped  58 B  59 i  64 bucket  72 checkBucket
//
// Hashing: a 32-bit mix of the key's bytes (strings by content, floats with +0 == -0 and NaN
// random, interfaces by dynamic type and value, structs and arrays by field), seeded per map.
// Go uses aeshash on 64 bits; only the distribution and the randomness are observable, and both
// are kept. Keys and values larger than 128 bytes are stored inline (Go stores pointers).
//
// Concurrent use: a write sets hashWriting in the hmap's flags while it runs, and a read, write
// or iteration that finds it set is `fatal error: concurrent map ...`, as in Go. A map write is
// one VM instruction, so on its own it can never overlap another; what makes it overlap is the
// emulated parallelism of several Ms: when the write is the last instruction of its M's turn,
// the flag stays set (endMapWrite) until that M runs again, and another M's goroutine touching
// the map meanwhile is caught, as it would be by a write in flight on another CPU. A program
// that locks around its map operations never sees that, because the lock spans the whole turn.
//
// Keys and elements are copied with typedmemmove and cleared with memclrHasPointers, and bucket
// pointers stored with writePointer, so that the collector's write barrier sees every pointer a
// map moves: evacuation copies into buckets allocated black during a mark, and the old buckets
// may not be scanned yet (mbarrier.ts).
//
// How it differs from Go: no indirect keys/values.
import type { AddressSpace } from '../runtime/mem.js';
import { mallocgc } from '../runtime/malloc.js';
import { writePointer, typedmemmove, memclrHasPointers } from '../runtime/mbarrier.js';
import type { MCache } from '../runtime/mcache.js';
import { FatalError, PlainPanic } from '../runtime/error.js';
import { Kind } from './kind.js';
import type { VMType } from './program.js';
import { RuntimePanic } from './errors.js';
import { valueEq, type IfaceRuntime } from './iface.js';

const bucketCntBits = 3;
const bucketCnt = 1 << bucketCntBits;
const loadFactorNum = 13;
const loadFactorDen = 2;
const emptyRest = 0;
const emptyOne = 1;
const evacuatedX = 2;
const evacuatedY = 3;
const evacuatedEmpty = 4;
const minTopHash = 5;
const hashWriting = 4;
const sameSizeGrowFlag = 8;
const iteratorFlag = 1;
const oldIteratorFlag = 2;
const noCheck = 2 ** 53;

// hmap field offsets
const H_COUNT = 0;
const H_FLAGS = 8;
const H_B = 9;
const H_NOVERFLOW = 10;
const H_HASH0 = 12;
const H_BUCKETS = 16;
const H_OLDBUCKETS = 24;
const H_NEVACUATE = 32;
export const hmapSize = 48;
export const hiterSize = 96;

export interface MapRuntime extends IfaceRuntime {
  readonly mcache: MCache;
  /** A write to h finished: clear hashWriting, now or when this M runs again (see the header). */
  endMapWrite(h: number): void;
  /** A fresh pseudo-random 32-bit value (fastrand; seeded for reproducible runs). */
  fastrand(): number;
  /** Address of at least n zero bytes (mapaccess1's zeroVal for missing keys). */
  zeroVal(n: number): number;
}

/** The layout of a map type's buckets. */
interface MapLayout {
  key: VMType;
  elem: VMType;
  keyOff: number;
  elemOff: number;
  ovfOff: number;
  bucketsize: number;
  /** An RType for the bucket array allocation (pointer mask of one bucket). */
  bucketType: { size: number; ptrdata: number; gcdata: Uint8Array };
}

const layouts = new WeakMap<VMType, MapLayout>();

function layoutOf(rt: MapRuntime, mt: VMType): MapLayout {
  let l = layouts.get(mt);
  if (l !== undefined) return l;
  const key = rt.types[mt.keyType!]!;
  const elem = rt.types[mt.elemType!]!;
  const keyOff = 8;
  const elemOff = keyOff + bucketCnt * key.size;
  let ovfOff = elemOff + bucketCnt * elem.size;
  ovfOff = Math.ceil(ovfOff / 8) * 8;
  const bucketsize = ovfOff + 8;
  // Pointer mask: keys' and elems' pointer words, and the overflow pointer.
  const words = bucketsize / 8;
  const gcdata = new Uint8Array(Math.ceil(words / 8));
  const mark = (byteOff: number) => {
    const w = byteOff / 8;
    gcdata[w >> 3]! |= 1 << (w & 7);
  };
  const markType = (t: VMType, base: number) => {
    for (let w = 0; w < t.ptrdata / 8; w++) if ((t.gcdata[w >> 3]! >> (w & 7)) & 1) mark(base + 8 * w);
  };
  for (let i = 0; i < bucketCnt; i++) {
    if (key.ptrdata > 0 && key.size % 8 === 0) markType(key, keyOff + i * key.size);
    if (elem.ptrdata > 0 && elem.size % 8 === 0) markType(elem, elemOff + i * elem.size);
  }
  mark(ovfOff);
  l = { key, elem, keyOff, elemOff, ovfOff, bucketsize, bucketType: { size: bucketsize, ptrdata: bucketsize, gcdata } };
  layouts.set(mt, l);
  return l;
}

// ---- hashing -----------------------------------------------------------------------------------

function mix(h: number, x: number): number {
  h ^= x;
  h = Math.imul(h, 0x01000193);
  h ^= h >>> 15;
  return h >>> 0;
}

function hashBytes(mem: AddressSpace, p: number, n: number, h: number): number {
  for (let i = 0; i < n; i++) h = mix(h, mem.load8(p + i));
  return h;
}

/** typehash: the hash of the value of type t at p, with seed h. */
export function typehash(rt: MapRuntime, t: VMType, p: number, h: number): number {
  const mem = rt.mem;
  switch (t.kind) {
    case Kind.Float32: {
      const f = mem.loadF32(p);
      if (f !== f) return mix(h, rt.fastrand());
      if (f === 0) return mix(h, 0);
      return hashBytes(mem, p, 4, h);
    }
    case Kind.Float64: {
      const f = mem.loadF64(p);
      if (f !== f) return mix(h, rt.fastrand());
      if (f === 0) return mix(h, 0);
      return hashBytes(mem, p, 8, h);
    }
    case Kind.Complex64:
      return typehash(rt, rt.types[rt.types.findIndex((x) => x.kind === Kind.Float32)] ?? t, p + 4, typehashF32(rt, p, h));
    case Kind.Complex128: {
      const a = mem.loadF64(p);
      const b = mem.loadF64(p + 8);
      let x = a !== a ? mix(h, rt.fastrand()) : a === 0 ? mix(h, 0) : hashBytes(mem, p, 8, h);
      x = b !== b ? mix(x, rt.fastrand()) : b === 0 ? mix(x, 0) : hashBytes(mem, p + 8, 8, x);
      return x;
    }
    case Kind.String:
      return mix(hashBytes(mem, mem.loadPtr(p), mem.load64(p + 8), h), mem.load64(p + 8));
    case Kind.Interface: {
      const tab = mem.loadPtr(p);
      if (tab === 0) return mix(h, 0);
      const nonEmpty = (t.imethods?.length ?? 0) > 0;
      const dyn = nonEmpty ? mem.loadPtr(tab + 8) : tab;
      const dt = rt.typeAt(dyn)!;
      const data = mem.loadPtr(p + 8);
      const hh = mix(h, mem.load32(dyn + 16));
      if (dt.kind === Kind.Pointer || dt.kind === Kind.Chan || dt.kind === Kind.UnsafePointer) return mix(hh, data % 0x100000000) ^ Math.floor(data / 0x100000000);
      if (dt.kind === Kind.Slice || dt.kind === Kind.Map || dt.kind === Kind.Func) throw new RuntimePanic(`hash of unhashable type ${dt.name}`);
      return typehash(rt, dt, data, hh);
    }
    case Kind.Struct: {
      // Blank fields are not compared, so they are not hashed either.
      const fs = t.fields ?? [];
      for (let i = 0; i < fs.length; i++) if (t.fieldNames?.[i] !== '_') h = typehash(rt, rt.types[fs[i]!.type]!, p + fs[i]!.off, h);
      return h;
    }
    case Kind.Array: {
      const et = rt.types[t.elemType!]!;
      for (let i = 0; i < t.len!; i++) h = typehash(rt, et, p + i * et.size, h);
      return h;
    }
    case Kind.Slice:
    case Kind.Map:
    case Kind.Func:
      throw new RuntimePanic(`hash of unhashable type ${t.name}`);
    default:
      return hashBytes(mem, p, t.size, h);
  }
}

function typehashF32(rt: MapRuntime, p: number, h: number): number {
  const f = rt.mem.loadF32(p);
  if (f !== f) return mix(h, rt.fastrand());
  if (f === 0) return mix(h, 0);
  return hashBytes(rt.mem, p, 4, h);
}

function keyEqual(rt: MapRuntime, t: VMType, p: number, q: number): boolean {
  switch (t.kind) {
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: case Kind.Pointer: case Kind.Chan: case Kind.UnsafePointer:
      return rt.mem.load32(p) === rt.mem.load32(q) && rt.mem.load32(p + 4) === rt.mem.load32(q + 4);
    case Kind.Int32: case Kind.Uint32:
      return rt.mem.load32(p) === rt.mem.load32(q);
    case Kind.Int8: case Kind.Uint8: case Kind.Bool:
      return rt.mem.load8(p) === rt.mem.load8(q);
    default:
      return valueEq(rt, t, p, q);
  }
}

// ---- hmap ----------------------------------------------------------------------------------------

function tophash(hash: number): number {
  let top = hash >>> 24;
  if (top < minTopHash) top += minTopHash;
  return top;
}

const bucketMask = (b: number) => 2 ** b - 1;

function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > (loadFactorNum * 2 ** B) / loadFactorDen;
}

function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  if (B > 15) B = 15;
  return noverflow >= 2 ** B;
}

function isEmpty(x: number): boolean {
  return x <= emptyOne;
}

function evacuated(mem: AddressSpace, b: number): boolean {
  const h = mem.load8(b);
  return h > emptyOne && h < minTopHash;
}

function newarrayBuckets(rt: MapRuntime, l: MapLayout, n: number): number {
  return mallocgc(rt.mcache, l.bucketsize * n, l.bucketType, true);
}

/** makemap(t, hint): a new hmap (buckets allocated now if the hint needs B > 0). */
export function makemap(rt: MapRuntime, mt: VMType, hint: number): number {
  if (hint < 0 || !Number.isSafeInteger(hint)) throw new RuntimePanic('makemap: size out of range');
  const mem = rt.mem;
  const h = mallocgc(rt.mcache, hmapSize, { size: hmapSize, ptrdata: 32, gcdata: new Uint8Array([0b1100]) }, true);
  mem.store32(h + H_HASH0, rt.fastrand());
  let B = 0;
  while (overLoadFactor(hint, B)) B++;
  mem.store8(h + H_B, B);
  if (B !== 0) writePointer(mem, h + H_BUCKETS, newarrayBuckets(rt, layoutOf(rt, mt), 2 ** B));
  return h;
}

export function maplen(mem: AddressSpace, h: number): number {
  return h === 0 ? 0 : mem.load64(h + H_COUNT);
}

/** Clear hashWriting (endMapWrite's deferred half). */
export function clearMapWriting(mem: AddressSpace, h: number): void {
  mem.store8(h + H_FLAGS, mem.load8(h + H_FLAGS) & ~hashWriting);
}

function checkNotWriting(mem: AddressSpace, h: number, what: string): void {
  if ((mem.load8(h + H_FLAGS) & hashWriting) !== 0) throw new FatalError(what);
}

/** mapaccess: address of the element for key at keyp, or 0 if absent. */
export function mapaccess(rt: MapRuntime, mt: VMType, h: number, keyp: number): number {
  const mem = rt.mem;
  if (h !== 0) checkNotWriting(mem, h, 'concurrent map read and map write');
  const l = layoutOf(rt, mt);
  if (h === 0 || mem.load64(h + H_COUNT) === 0) {
    // Go hashes the key even then, so an unhashable key panics.
    if (l.key.kind === Kind.Interface) typehash(rt, l.key, keyp, 0);
    return 0;
  }
  const hash = typehash(rt, l.key, keyp, mem.load32(h + H_HASH0));
  const B = mem.load8(h + H_B);
  const m = bucketMask(B);
  let b = mem.loadPtr(h + H_BUCKETS) + (hash & m) * l.bucketsize;
  const c = mem.loadPtr(h + H_OLDBUCKETS);
  if (c !== 0) {
    let mm = m;
    if ((mem.load8(h + H_FLAGS) & sameSizeGrowFlag) === 0) mm = Math.floor(mm / 2);
    const oldb = c + (hash & mm) * l.bucketsize;
    if (!evacuated(mem, oldb)) b = oldb;
  }
  const top = tophash(hash);
  for (; b !== 0; b = mem.loadPtr(b + l.ovfOff)) {
    for (let i = 0; i < bucketCnt; i++) {
      const th = mem.load8(b + i);
      if (th !== top) {
        if (th === emptyRest) return 0;
        continue;
      }
      const k = b + l.keyOff + i * l.key.size;
      if (keyEqual(rt, l.key, keyp, k)) return b + l.elemOff + i * l.elem.size;
    }
  }
  return 0;
}

/** mapassign: address of the (possibly new) element slot for key at keyp. */
export function mapassign(rt: MapRuntime, mt: VMType, h: number, keyp: number): number {
  if (h === 0) throw new PlainPanic('assignment to entry in nil map');
  const mem = rt.mem;
  checkNotWriting(mem, h, 'concurrent map writes');
  mem.store8(h + H_FLAGS, mem.load8(h + H_FLAGS) | hashWriting);
  const p = mapassign1(rt, mt, h, keyp);
  rt.endMapWrite(h);
  return p;
}

function mapassign1(rt: MapRuntime, mt: VMType, h: number, keyp: number): number {
  const mem = rt.mem;
  const l = layoutOf(rt, mt);
  const hash = typehash(rt, l.key, keyp, mem.load32(h + H_HASH0));
  if (mem.loadPtr(h + H_BUCKETS) === 0) writePointer(mem, h + H_BUCKETS, newarrayBuckets(rt, l, 1));
  for (;;) {
    const B = mem.load8(h + H_B);
    const bucket = hash & bucketMask(B);
    if (mem.loadPtr(h + H_OLDBUCKETS) !== 0) growWork(rt, l, h, bucket);
    let b = mem.loadPtr(h + H_BUCKETS) + bucket * l.bucketsize;
    const top = tophash(hash);
    let inserti = -1;
    let insertb = 0;
    let found = 0;
    bucketloop: for (;;) {
      for (let i = 0; i < bucketCnt; i++) {
        const th = mem.load8(b + i);
        if (th !== top) {
          if (isEmpty(th) && insertb === 0) {
            insertb = b;
            inserti = i;
          }
          if (th === emptyRest) break bucketloop;
          continue;
        }
        const k = b + l.keyOff + i * l.key.size;
        if (!keyEqual(rt, l.key, keyp, k)) continue;
        // Update the key (Go does, for +0/-0 and NaN-free equal keys with different bits).
        typedmemmove(mem, l.key, k, keyp);
        found = b + l.elemOff + i * l.elem.size;
        break bucketloop;
      }
      const ovf = mem.loadPtr(b + l.ovfOff);
      if (ovf === 0) break;
      b = ovf;
    }
    if (found !== 0) return found;
    const count = mem.load64(h + H_COUNT);
    if (mem.loadPtr(h + H_OLDBUCKETS) === 0 && (overLoadFactor(count + 1, B) || tooManyOverflowBuckets(mem.load16(h + H_NOVERFLOW), B))) {
      hashGrow(rt, l, h);
      continue; // again
    }
    if (insertb === 0) {
      insertb = newoverflow(rt, l, h, b);
      inserti = 0;
    }
    mem.store8(insertb + inserti, top);
    typedmemmove(mem, l.key, insertb + l.keyOff + inserti * l.key.size, keyp);
    mem.store64(h + H_COUNT, count + 1);
    return insertb + l.elemOff + inserti * l.elem.size;
  }
}

function newoverflow(rt: MapRuntime, l: MapLayout, h: number, b: number): number {
  const mem = rt.mem;
  const ovf = newarrayBuckets(rt, l, 1);
  const n = mem.load16(h + H_NOVERFLOW);
  if (n < 0xffff) mem.store16(h + H_NOVERFLOW, n + 1);
  writePointer(mem, b + l.ovfOff, ovf);
  return ovf;
}

function hashGrow(rt: MapRuntime, l: MapLayout, h: number): void {
  const mem = rt.mem;
  const B = mem.load8(h + H_B);
  let bigger = 1;
  if (!overLoadFactor(mem.load64(h + H_COUNT) + 1, B)) {
    bigger = 0;
    mem.store8(h + H_FLAGS, mem.load8(h + H_FLAGS) | sameSizeGrowFlag);
  } else mem.store8(h + H_FLAGS, mem.load8(h + H_FLAGS) & ~sameSizeGrowFlag);
  const oldbuckets = mem.loadPtr(h + H_BUCKETS);
  const newbuckets = newarrayBuckets(rt, l, 2 ** (B + bigger));
  let flags = mem.load8(h + H_FLAGS) & ~(iteratorFlag | oldIteratorFlag);
  if ((mem.load8(h + H_FLAGS) & iteratorFlag) !== 0) flags |= oldIteratorFlag;
  mem.store8(h + H_FLAGS, flags);
  mem.store8(h + H_B, B + bigger);
  writePointer(mem, h + H_OLDBUCKETS, oldbuckets);
  writePointer(mem, h + H_BUCKETS, newbuckets);
  mem.store64(h + H_NEVACUATE, 0);
  mem.store16(h + H_NOVERFLOW, 0);
}

function noldbuckets(mem: AddressSpace, h: number): number {
  let oldB = mem.load8(h + H_B);
  if ((mem.load8(h + H_FLAGS) & sameSizeGrowFlag) === 0) oldB--;
  return 2 ** oldB;
}

function growWork(rt: MapRuntime, l: MapLayout, h: number, bucket: number): void {
  const mem = rt.mem;
  evacuate(rt, l, h, bucket & (noldbuckets(mem, h) - 1));
  if (mem.loadPtr(h + H_OLDBUCKETS) !== 0) evacuate(rt, l, h, mem.load64(h + H_NEVACUATE));
}

function evacuate(rt: MapRuntime, l: MapLayout, h: number, oldbucket: number): void {
  const mem = rt.mem;
  const oldbuckets = mem.loadPtr(h + H_OLDBUCKETS);
  const b = oldbuckets + oldbucket * l.bucketsize;
  const newbit = noldbuckets(mem, h);
  if (!evacuated(mem, b)) {
    const buckets = mem.loadPtr(h + H_BUCKETS);
    const dst = [
      { b: buckets + oldbucket * l.bucketsize, i: 0 },
      { b: buckets + (oldbucket + newbit) * l.bucketsize, i: 0 },
    ];
    const sameSize = (mem.load8(h + H_FLAGS) & sameSizeGrowFlag) !== 0;
    for (let bb = b; bb !== 0; bb = mem.loadPtr(bb + l.ovfOff)) {
      for (let i = 0; i < bucketCnt; i++) {
        const top = mem.load8(bb + i);
        if (isEmpty(top)) {
          mem.store8(bb + i, evacuatedEmpty);
          continue;
        }
        const k = bb + l.keyOff + i * l.key.size;
        let useY = 0;
        if (!sameSize) {
          const hash = typehash(rt, l.key, k, mem.load32(h + H_HASH0));
          if (l.key.kind !== Kind.Interface || keyEqual(rt, l.key, k, k)) {
            if ((hash & newbit) !== 0) useY = 1;
          } else useY = top & 1; // NaN keys: use the low bit of tophash, as Go does
        }
        mem.store8(bb + i, evacuatedX + useY);
        const d = dst[useY]!;
        if (d.i === bucketCnt) {
          d.b = newoverflow(rt, l, h, d.b);
          d.i = 0;
        }
        mem.store8(d.b + d.i, top);
        typedmemmove(mem, l.key, d.b + l.keyOff + d.i * l.key.size, k);
        typedmemmove(mem, l.elem, d.b + l.elemOff + d.i * l.elem.size, bb + l.elemOff + i * l.elem.size);
        d.i++;
      }
    }
  }
  if (oldbucket === mem.load64(h + H_NEVACUATE)) advanceEvacuationMark(rt, l, h, newbit);
}

function advanceEvacuationMark(rt: MapRuntime, l: MapLayout, h: number, newbit: number): void {
  const mem = rt.mem;
  let n = mem.load64(h + H_NEVACUATE) + 1;
  const stop = Math.min(n + 1024, newbit);
  const old = mem.loadPtr(h + H_OLDBUCKETS);
  while (n !== stop && evacuated(mem, old + n * l.bucketsize)) n++;
  mem.store64(h + H_NEVACUATE, n);
  if (n === newbit) {
    writePointer(mem, h + H_OLDBUCKETS, 0);
    mem.store8(h + H_FLAGS, mem.load8(h + H_FLAGS) & ~sameSizeGrowFlag);
  }
}

/** mapdelete. */
export function mapdelete(rt: MapRuntime, mt: VMType, h: number, keyp: number): void {
  const mem = rt.mem;
  const l = layoutOf(rt, mt);
  if (h === 0 || mem.load64(h + H_COUNT) === 0) {
    if (l.key.kind === Kind.Interface) typehash(rt, l.key, keyp, 0);
    return;
  }
  checkNotWriting(mem, h, 'concurrent map writes');
  mem.store8(h + H_FLAGS, mem.load8(h + H_FLAGS) | hashWriting);
  mapdelete1(rt, l, h, keyp);
  rt.endMapWrite(h);
}

function mapdelete1(rt: MapRuntime, l: MapLayout, h: number, keyp: number): void {
  const mem = rt.mem;
  const hash = typehash(rt, l.key, keyp, mem.load32(h + H_HASH0));
  const B = mem.load8(h + H_B);
  const bucket = hash & bucketMask(B);
  if (mem.loadPtr(h + H_OLDBUCKETS) !== 0) growWork(rt, l, h, bucket);
  const bOrig = mem.loadPtr(h + H_BUCKETS) + bucket * l.bucketsize;
  const top = tophash(hash);
  let b = bOrig;
  search: for (; b !== 0; b = mem.loadPtr(b + l.ovfOff)) {
    for (let i = 0; i < bucketCnt; i++) {
      const th = mem.load8(b + i);
      if (th !== top) {
        if (th === emptyRest) break search;
        continue;
      }
      const k = b + l.keyOff + i * l.key.size;
      if (!keyEqual(rt, l.key, keyp, k)) continue;
      memclrHasPointers(mem, l.key, k);
      memclrHasPointers(mem, l.elem, b + l.elemOff + i * l.elem.size);
      mem.store8(b + i, emptyOne);
      // Turn trailing emptyOne states into emptyRest.
      let bi = b;
      let ii = i;
      const isLast = ii === bucketCnt - 1;
      if (isLast ? mem.loadPtr(bi + l.ovfOff) === 0 || mem.load8(mem.loadPtr(bi + l.ovfOff)) === emptyRest : mem.load8(bi + ii + 1) === emptyRest) {
        for (;;) {
          mem.store8(bi + ii, emptyRest);
          if (ii === 0) {
            if (bi === bOrig) break;
            let c = bi;
            for (bi = bOrig; mem.loadPtr(bi + l.ovfOff) !== c; bi = mem.loadPtr(bi + l.ovfOff));
            ii = bucketCnt - 1;
          } else ii--;
          if (mem.load8(bi + ii) !== emptyOne) break;
        }
      }
      const count = mem.load64(h + H_COUNT) - 1;
      mem.store64(h + H_COUNT, count);
      if (count === 0) mem.store32(h + H_HASH0, rt.fastrand());
      break search;
    }
  }
}

// ---- iteration -----------------------------------------------------------------------------------

const I_KEY = 0;
const I_ELEM = 8;
const I_T = 16;
const I_H = 24;
const I_BUCKETS = 32;
const I_BPTR = 40;
const I_START = 48;
const I_OFFSET = 56;
const I_WRAPPED = 57;
const I_B = 58;
const I_I = 59;
const I_BUCKET = 64;
const I_CHECK = 72;

/** mapiterinit: set up hiter at it and advance to the first entry. */
export function mapiterinit(rt: MapRuntime, mt: VMType, mtIndex: number, h: number, it: number): void {
  const mem = rt.mem;
  mem.memclr(it, hiterSize);
  mem.store64(it + I_T, mtIndex);
  if (h === 0 || mem.load64(h + H_COUNT) === 0) return;
  writePointer(mem, it + I_H, h);
  const B = mem.load8(h + H_B);
  mem.store8(it + I_B, B);
  writePointer(mem, it + I_BUCKETS, mem.loadPtr(h + H_BUCKETS));
  const r = rt.fastrand();
  mem.store64(it + I_START, r & bucketMask(B));
  mem.store8(it + I_OFFSET, (r >>> B) & (bucketCnt - 1));
  mem.store64(it + I_BUCKET, mem.load64(it + I_START));
  const flags = mem.load8(h + H_FLAGS);
  if ((flags & (iteratorFlag | oldIteratorFlag)) !== (iteratorFlag | oldIteratorFlag)) mem.store8(h + H_FLAGS, flags | iteratorFlag | oldIteratorFlag);
  mapiternext(rt, mt, it);
}

/** mapiternext: advance hiter at it; key pointer 0 means the iteration is over. */
export function mapiternext(rt: MapRuntime, mt: VMType, it: number): void {
  const mem = rt.mem;
  const l = layoutOf(rt, mt);
  const h = mem.loadPtr(it + I_H);
  checkNotWriting(mem, h, 'concurrent map iteration and map write');
  let bucket = mem.load64(it + I_BUCKET);
  let b = mem.loadPtr(it + I_BPTR);
  let i = mem.load8(it + I_I);
  const cb = mem.load64(it + I_CHECK);
  let checkBucket = cb === 0 ? noCheck : cb - 1;
  const B = mem.load8(it + I_B);
  const startBucket = mem.load64(it + I_START);
  const offset = mem.load8(it + I_OFFSET);
  let wrapped = mem.load8(it + I_WRAPPED) !== 0;
  for (;;) {
    if (b === 0) {
      if (bucket === startBucket && wrapped) {
        writePointer(mem, it + I_KEY, 0);
        writePointer(mem, it + I_ELEM, 0);
        return;
      }
      const oldbuckets = mem.loadPtr(h + H_OLDBUCKETS);
      if (oldbuckets !== 0 && B === mem.load8(h + H_B) && mem.loadPtr(it + I_BUCKETS) === mem.loadPtr(h + H_BUCKETS)) {
        // Iterating a growing map: read the old bucket if it is not evacuated yet.
        const oldbucket = bucket & (noldbuckets(mem, h) - 1);
        b = oldbuckets + oldbucket * l.bucketsize;
        if (!evacuated(mem, b)) checkBucket = bucket;
        else {
          b = mem.loadPtr(it + I_BUCKETS) + bucket * l.bucketsize;
          checkBucket = noCheck;
        }
      } else {
        b = mem.loadPtr(it + I_BUCKETS) + bucket * l.bucketsize;
        checkBucket = noCheck;
      }
      bucket++;
      if (bucket === 2 ** B) {
        bucket = 0;
        wrapped = true;
      }
      i = 0;
    }
    for (; i < bucketCnt; i++) {
      const offi = (i + offset) & (bucketCnt - 1);
      const th = mem.load8(b + offi);
      if (isEmpty(th) || th === evacuatedEmpty) continue;
      const k = b + l.keyOff + offi * l.key.size;
      if (checkBucket !== noCheck && (mem.load8(h + H_FLAGS) & sameSizeGrowFlag) === 0) {
        const hash = typehash(rt, l.key, k, mem.load32(h + H_HASH0));
        if ((hash & bucketMask(B)) !== checkBucket) continue;
      }
      let ek = k;
      let ev = b + l.elemOff + offi * l.elem.size;
      if (th === evacuatedX || th === evacuatedY) {
        // The entry moved: look it up in the new buckets (it may have been deleted or updated).
        const e = mapaccess(rt, mt, h, k);
        if (e === 0) continue;
        ev = e;
        ek = k;
      }
      writePointer(mem, it + I_KEY, ek);
      writePointer(mem, it + I_ELEM, ev);
      mem.store64(it + I_BUCKET, bucket);
      if (mem.loadPtr(it + I_BPTR) !== b) writePointer(mem, it + I_BPTR, b);
      mem.store8(it + I_I, i + 1);
      mem.store64(it + I_CHECK, checkBucket === noCheck ? 0 : checkBucket + 1);
      mem.store8(it + I_WRAPPED, wrapped ? 1 : 0);
      return;
    }
    b = mem.loadPtr(b + l.ovfOff);
    i = 0;
    writePointer(mem, it + I_BPTR, b);
  }
}

void evacuatedY;

import type { NativeFn } from './program.js';

/** The map entry points the code generator calls (arguments and results in registers at base). */
export const mapNatives: Record<string, NativeFn> = {
  /** [map type, hint] → [h] */
  'runtime.makemap': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    vm.regs[base] = makemap(rt, rt.types[vm.regs[base]!]!, vm.regs[base + 1]!);
  },
  /** [map type, h, &key] → [&elem] (zero value when absent) */
  'runtime.mapaccess1': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    const mt = rt.types[vm.regs[base]!]!;
    const e = mapaccess(rt, mt, vm.regs[base + 1]!, vm.regs[base + 2]!);
    vm.regs[base] = e !== 0 ? e : rt.zeroVal(rt.types[mt.elemType!]!.size);
  },
  /** [map type, h, &key] → [&elem, ok] */
  'runtime.mapaccess2': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    const mt = rt.types[vm.regs[base]!]!;
    const e = mapaccess(rt, mt, vm.regs[base + 1]!, vm.regs[base + 2]!);
    vm.regs[base] = e !== 0 ? e : rt.zeroVal(rt.types[mt.elemType!]!.size);
    vm.regs[base + 1] = e !== 0 ? 1 : 0;
  },
  /** [map type, h, &key] → [&elem] */
  'runtime.mapassign': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    vm.regs[base] = mapassign(rt, rt.types[vm.regs[base]!]!, vm.regs[base + 1]!, vm.regs[base + 2]!);
  },
  /** [map type, h, &key] */
  'runtime.mapdelete': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    mapdelete(rt, rt.types[vm.regs[base]!]!, vm.regs[base + 1]!, vm.regs[base + 2]!);
  },
  /** [h] → [len] */
  'runtime.maplen': (vm, base) => {
    vm.regs[base] = maplen(vm.mem, vm.regs[base]!);
  },
  /** [map type, h, &hiter] */
  'runtime.mapiterinit': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    const ti = vm.regs[base]!;
    mapiterinit(rt, rt.types[ti]!, ti, vm.regs[base + 1]!, vm.regs[base + 2]!);
  },
  /** [map type, &hiter] */
  'runtime.mapiternext': (vm, base) => {
    const rt = vm as unknown as MapRuntime;
    mapiternext(rt, rt.types[vm.regs[base]!]!, vm.regs[base + 1]!);
  },
};
