// Sizes, alignments and field offsets as gc computes them for linux/amd64 (what
// unsafe.Sizeof, unsafe.Alignof and unsafe.Offsetof report, and how the code generator lays out
// frames, heap objects and type descriptors; DESIGN.md decision 2).
//
// Design
//   Word size 8. Basic sizes: bool, int8, uint8 1; int16, uint16 2; int32, uint32, float32 4;
//   int64, uint64, float64, complex64 8; complex128 16; int, uint, uintptr, unsafe.Pointer 8;
//   string 16 (pointer, length). Pointers, maps, channels and funcs are one word; slices three
//   (pointer, length, capacity); interfaces two (type or itab, data).
//   Alignment: a type's size capped at 8, except that complex types align like their halves,
//   strings, slices and interfaces align to 8, arrays like their element, structs like their
//   most-aligned field, and nothing less than 1.
//   Structs: each field at the next multiple of its alignment; a zero-size final field of a
//   struct that is not itself empty gets one byte, so that a pointer to it cannot point past the
//   object (gc's rule); the size is rounded up to the struct's alignment. Empty structs and
//   arrays with zero elements have size 0. An embedded `sync/atomic.align64` forces 8-byte
//   alignment, as in gc.
//
//   Results are memoised per type object (sizes are asked for repeatedly by the code generator).
//
// Differences from gc: none intended; there is no 32-bit configuration (minigo is amd64 only).
import {
  ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, under, type Type,
} from './types.js';

export const ptrSize = 8;
export const regSize = 8;

const basicSizes: Partial<Record<BasicKind, number>> = {
  [BasicKind.Invalid]: 1,
  [BasicKind.Bool]: 1,
  [BasicKind.Int8]: 1,
  [BasicKind.Int16]: 2,
  [BasicKind.Int32]: 4,
  [BasicKind.Int64]: 8,
  [BasicKind.Uint8]: 1,
  [BasicKind.Uint16]: 2,
  [BasicKind.Uint32]: 4,
  [BasicKind.Uint64]: 8,
  [BasicKind.Float32]: 4,
  [BasicKind.Float64]: 8,
  [BasicKind.Complex64]: 8,
  [BasicKind.Complex128]: 16,
  [BasicKind.String]: 2 * ptrSize,
  [BasicKind.Int]: ptrSize,
  [BasicKind.Uint]: ptrSize,
  [BasicKind.Uintptr]: ptrSize,
  [BasicKind.UnsafePointer]: ptrSize,
};

const sizeCache = new WeakMap<object, number>();
const alignCache = new WeakMap<object, number>();

/** Rounds o up to a multiple of a (a power of two). */
export function align(o: number, a: number): number {
  return Math.ceil(o / a) * a;
}

/** unsafe.Sizeof for a value of type t. */
export function sizeof(t: Type): number {
  const u = under(t);
  let s = sizeCache.get(u);
  if (s === undefined) {
    s = computeSize(u, t);
    sizeCache.set(u, s);
  }
  return s;
}

function computeSize(u: Type, t: Type): number {
  if (u instanceof Basic) {
    const s = basicSizes[u.kind];
    if (s === undefined) throw new Error(`sizeof untyped type ${u.name}`);
    return s;
  }
  if (u instanceof ArrayType) return u.len <= 0 ? 0 : sizeof(u.elem) * u.len;
  if (u instanceof Slice) return 3 * ptrSize;
  if (u instanceof Struct) {
    const n = u.fields.length;
    if (n === 0) return 0;
    const offsets = offsetsof(u);
    let last = sizeof(u.fields[n - 1]!.type);
    if (last === 0 && offsets[n - 1]! > 0) last = 1;
    return align(offsets[n - 1]! + last, alignof(t));
  }
  if (u instanceof Interface) return 2 * ptrSize;
  if (u instanceof Chan || u instanceof MapType || u instanceof Pointer || u instanceof Signature) return ptrSize;
  throw new Error('sizeof of a type without size');
}

/** unsafe.Alignof for a variable of type t. */
export function alignof(t: Type): number {
  const u = under(t);
  let a = alignCache.get(t);
  if (a === undefined) {
    a = computeAlign(u, t);
    alignCache.set(t, a);
  }
  return a;
}

function computeAlign(u: Type, t: Type): number {
  if (u instanceof ArrayType) return alignof(u.elem);
  if (u instanceof Struct) {
    if (u.fields.length === 0 && isSyncAtomicAlign64(t)) return 8;
    let max = 1;
    for (const f of u.fields) max = Math.max(max, alignof(f.type));
    return max;
  }
  if (u instanceof Slice || u instanceof Interface) return ptrSize;
  if (u instanceof Basic && u.kind === BasicKind.String) return ptrSize;
  let a = sizeof(t);
  if (a < 1) return 1;
  if (u instanceof Basic && (u.kind === BasicKind.Complex64 || u.kind === BasicKind.Complex128)) a /= 2;
  return Math.min(a, regSize);
}

function isSyncAtomicAlign64(t: Type): boolean {
  return t instanceof Named && t.obj.name === 'align64' && t.obj.pkg?.path === 'sync/atomic';
}

/** unsafe.Offsetof for each field of struct type s, in field order. */
export function offsetsof(s: Struct): number[] {
  const offsets: number[] = [];
  let o = 0;
  for (const f of s.fields) {
    o = align(o, alignof(f.type));
    offsets.push(o);
    o += sizeof(f.type);
  }
  return offsets;
}
