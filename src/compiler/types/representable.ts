// Representability of constants (spec "Representability"): can constant x be a value of basic
// type T, and what value does it become?
//
// Design
//   Integer targets accept any value that is integral (a float within rounding noise of an
//   integer counts, go/constant ToInt) and within the type's range; the value becomes that Int.
//   Float targets accept any value whose rounding to float32/float64 (nearest, ties to even,
//   subnormals included) does not overflow; the value becomes the rounded one, so
//   `float32(0.1)` is the float32 nearest to 0.1 from then on. Complex targets round both parts.
//   Untyped targets accept any value of their class. Unknown values (earlier errors) are
//   accepted to avoid follow-on errors.
//
//   `representationCause` gives the word gc appends when a numeric constant does not fit:
//   "truncated" for a non-integer constant to an integer type, "overflows" otherwise (types2's
//   _TruncatedFloat and _NumericOverflow); non-numeric mismatches are "cannot convert".
//
// Differences from types2: sizes are fixed to amd64 (int, uint, uintptr are 64 bits).
import {
  Kind, binaryOp, imag, makeImag, real, roundToFloat, sign, toComplex, toFloat, toInt, unknown, type Value,
} from './constant.js';
import { bitLenOf } from './constant.js';
import { isInteger, isNumeric } from './predicates.js';
import { Basic, BasicInfo, BasicKind, under, type Type } from './types.js';

export interface Representation {
  readonly ok: boolean;
  /** The value as a T (rounded for floats, an Int for integers); Unknown if !ok. */
  readonly value: Value;
}

const no: Representation = { ok: false, value: unknown };

/** Integer ranges as [min, max] by kind. */
const intRanges: Partial<Record<BasicKind, readonly [bigint, bigint]>> = {
  [BasicKind.Int8]: [-(1n << 7n), (1n << 7n) - 1n],
  [BasicKind.Int16]: [-(1n << 15n), (1n << 15n) - 1n],
  [BasicKind.Int32]: [-(1n << 31n), (1n << 31n) - 1n],
  [BasicKind.Int64]: [-(1n << 63n), (1n << 63n) - 1n],
  [BasicKind.Int]: [-(1n << 63n), (1n << 63n) - 1n],
  [BasicKind.Uint8]: [0n, (1n << 8n) - 1n],
  [BasicKind.Uint16]: [0n, (1n << 16n) - 1n],
  [BasicKind.Uint32]: [0n, (1n << 32n) - 1n],
  [BasicKind.Uint64]: [0n, (1n << 64n) - 1n],
  [BasicKind.Uint]: [0n, (1n << 64n) - 1n],
  [BasicKind.Uintptr]: [0n, (1n << 64n) - 1n],
};

/** The [min, max] of a sized integer kind (undefined for untyped integers). */
export function intRange(kind: BasicKind): readonly [bigint, bigint] | undefined {
  return intRanges[kind];
}

/** Whether constant x is representable by basic type `t` (or kind), and the value it becomes. */
export function representable(x: Value, t: Basic | BasicKind): Representation {
  const kind = t instanceof Basic ? t.kind : t;
  const info = t instanceof Basic ? t.info : infoOfKind(kind);
  if (x.kind === Kind.Unknown) return { ok: true, value: x };

  if (info & BasicInfo.IsInteger) {
    const v = toInt(x);
    if (v.kind !== Kind.Int) return no;
    const range = intRanges[kind];
    if (range === undefined) return { ok: true, value: v };
    return v.value >= range[0] && v.value <= range[1] ? { ok: true, value: v } : no;
  }
  if (info & BasicInfo.IsFloat) {
    const v = toFloat(x);
    if (v.kind !== Kind.Float) return no;
    if (kind === BasicKind.UntypedFloat) return { ok: true, value: v };
    const r = roundToFloat(v, kind === BasicKind.Float32 ? 32 : 64);
    return r === null ? no : { ok: true, value: r };
  }
  if (info & BasicInfo.IsComplex) {
    const v = toComplex(x);
    if (v.kind !== Kind.Complex) return no;
    if (kind === BasicKind.UntypedComplex) return { ok: true, value: v };
    const bits = kind === BasicKind.Complex64 ? 32 : 64;
    const re = roundToFloat(real(v), bits);
    const im = roundToFloat(imag(v), bits);
    if (re === null || im === null) return no;
    return { ok: true, value: binaryOp(re, '+', makeImag(im)) };
  }
  if (info & BasicInfo.IsString) return x.kind === Kind.String ? { ok: true, value: x } : no;
  if (info & BasicInfo.IsBoolean) return x.kind === Kind.Bool ? { ok: true, value: x } : no;
  return no;
}

function infoOfKind(kind: BasicKind): number {
  switch (kind) {
    case BasicKind.Bool: case BasicKind.UntypedBool: return BasicInfo.IsBoolean;
    case BasicKind.Float32: case BasicKind.Float64: case BasicKind.UntypedFloat: return BasicInfo.IsFloat;
    case BasicKind.Complex64: case BasicKind.Complex128: case BasicKind.UntypedComplex: return BasicInfo.IsComplex;
    case BasicKind.String: case BasicKind.UntypedString: return BasicInfo.IsString;
    case BasicKind.Invalid: case BasicKind.UnsafePointer: case BasicKind.UntypedNil: return 0;
    default: return BasicInfo.IsInteger;
  }
}

export type RepresentationCause = 'truncated' | 'overflows' | 'cannot convert';

/** Why a constant of type `from` failed to be represented as `to` (see the header). */
export function representationCause(from: Type, to: Type): RepresentationCause {
  if (isNumeric(from) && isNumeric(to)) return !isInteger(from) && isInteger(to) ? 'truncated' : 'overflows';
  return 'cannot convert';
}

/** Whether an Int constant fits `bits` bits as unsigned (0 <= x < 2^bits). */
export function fitsUnsigned(x: Value, bits: number): boolean {
  return x.kind === Kind.Int && sign(x) >= 0 && bitLenOf(x) <= bits;
}

/** The target's basic type, if its underlying type is basic. */
export function basicOf(t: Type): Basic | undefined {
  const u = under(t);
  return u instanceof Basic ? u : undefined;
}
