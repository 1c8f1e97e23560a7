// The order in which fmt prints a map's entries: sorted by key.
//
// fmt documents the order (Go 1.12 and later) as a total order over the comparable kinds:
//   - integers (signed and unsigned), floats and strings by `<`, strings byte by byte;
//   - a NaN sorts before every other float, and NaNs are equal to each other;
//   - false before true;
//   - complex numbers by real part, then imaginary part;
//   - pointers, unsafe pointers and channels by address (so nil first);
//   - structs field by field, arrays element by element, in order;
//   - interface values: nil first; then by the identity of the dynamic type (the address of its
//     descriptor: `GoValue.typeId`), and values of the same dynamic type by the rules above.
// `compare` implements that order; `sortMap` applies it to a map's entries with a stable sort
// (Array.prototype.sort is stable), so keys that compare equal (several NaNs) keep the map's
// iteration order, which is what any stable sort gives.
//
// How it differs from Go's fmt: Go sorts parallel key and value slices in place with its own
// swap; here the entries are sorted as pairs.

import { throw_ } from '../../runtime/error.js';
import { type GoValue, Kind } from './value.js';

/** A map's entries in print order. */
export type SortedMap = Array<readonly [GoValue, GoValue]>;

/** The entries of the map `m` sorted by key. */
export function sortMap(m: GoValue): SortedMap {
  return m.mapEntries().sort((x, y) => compare(x[0], y[0]));
}

function order<T extends number | bigint>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function floatOrder(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  return an && bn ? 0 : an ? -1 : 1;
}

function bytesOrder(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return order(a.length, b.length);
}

/**
 * -1, 0 or 1 as a sorts before, with, or after b. Precondition: a and b have the same type, of
 * a kind that Go allows as a map key.
 */
export function compare(a: GoValue, b: GoValue): number {
  switch (a.kind) {
    case Kind.Bool:
      return order(Number(a.bool()), Number(b.bool()));
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
      return order(BigInt(a.int()), BigInt(b.int()));
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return order(BigInt(a.uint()), BigInt(b.uint()));
    case Kind.Float32: case Kind.Float64:
      return floatOrder(a.float(), b.float());
    case Kind.Complex64: case Kind.Complex128: {
      const [ar, ai] = a.complex();
      const [br, bi] = b.complex();
      return floatOrder(ar, br) || floatOrder(ai, bi);
    }
    case Kind.String:
      return bytesOrder(a.str(), b.str());
    case Kind.Pointer: case Kind.UnsafePointer: case Kind.Chan:
      return order(a.pointer(), b.pointer());
    case Kind.Struct:
      for (let i = 0; i < a.numField(); i++) {
        const c = compare(a.field(i), b.field(i));
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Array:
      for (let i = 0; i < a.len(); i++) {
        const c = compare(a.index(i), b.index(i));
        if (c !== 0) return c;
      }
      return 0;
    case Kind.Interface: {
      const ae = a.elem();
      const be = b.elem();
      if (ae === null || be === null) return ae === null ? (be === null ? 0 : -1) : 1;
      return order(ae.typeId(), be.typeId()) || compare(ae, be);
    }
  }
  return throw_(`fmt: map key of kind ${Kind[a.kind]} is not comparable`);
}
