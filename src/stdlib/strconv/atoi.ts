// strconv.ParseUint, ParseInt and Atoi (Go's atoi.go), with Go's exact error rules.
//
// The digits are read left to right as Go reads them, so the first failure wins exactly as in Go:
// a bad digit is a syntax error, but once the value has overflowed the function returns the range
// error at once, without looking at the rest (ParseUint("99999999999999999999x", 10, 64) is a
// range error). Underscores are allowed only with base 0 and are checked by underscoreOK after
// the digits, as Go does.
//
// Values: 64-bit results are exact. A result is a JS number when it is a safe integer
// (|v| <= 2^53 - 1) and a bigint otherwise, so callers that keep integers in doubles (DESIGN.md
// decision 3) take the fast path for the common case. The accumulator is a double while the value
// stays below 2^53 and a bigint after.
//
// How it differs from Go: only in representation (two result types instead of uint64/int64).

import {
  ErrRange,
  ErrSyntax,
  NumError,
  baseError,
  bitSizeError,
  rangeError,
  syntaxError,
} from './errors.js';
import { type StrInput, toBytes } from './utf8.js';

/** An exact 64-bit integer: a number when safe, else a bigint. */
export type Int64 = number | bigint;

export const IntSize = 64;

const maxUint64 = (1n << 64n) - 1n;

/** A bigint as an Int64: a number when it is a safe integer. */
export function int64Value(v: bigint): Int64 {
  return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v;
}

function lower(c: number): number {
  return c | 0x20;
}

/** Go's underscoreOK: underscores only between digits (a base prefix counts as a digit). */
export function underscoreOK(s: Uint8Array, end = s.length): boolean {
  let saw = 0x5e; // '^'
  let i = 0;
  if (end >= 1 && (s[0] === 0x2d || s[0] === 0x2b)) i = 1;
  let hex = false;
  if (
    end - i >= 2 &&
    s[i] === 0x30 &&
    (lower(s[i + 1]!) === 0x62 || lower(s[i + 1]!) === 0x6f || lower(s[i + 1]!) === 0x78)
  ) {
    hex = lower(s[i + 1]!) === 0x78;
    i += 2;
    saw = 0x30;
  }
  for (; i < end; i++) {
    const c = s[i]!;
    if ((0x30 <= c && c <= 0x39) || (hex && 0x61 <= lower(c) && lower(c) <= 0x66)) {
      saw = 0x30;
      continue;
    }
    if (c === 0x5f) {
      if (saw !== 0x30) return false;
      saw = 0x5f;
      continue;
    }
    if (saw === 0x5f) return false;
    saw = 0x21;
  }
  return saw !== 0x5f;
}

/** ParseUint over s[start:], reporting errors against s0 (the whole input). Result as bigint. */
function parseUintBig(
  fn: string,
  s0: Uint8Array,
  start: number,
  base: number,
  bitSize: number,
): [bigint, NumError | null] {
  if (start >= s0.length) return [0n, syntaxError(fn, s0)];
  const base0 = base === 0;
  let i = start;
  if (2 <= base && base <= 36) {
    // ok
  } else if (base === 0) {
    base = 10;
    if (s0[i] === 0x30) {
      const n = s0.length - i;
      const c1 = n >= 2 ? lower(s0[i + 1]!) : 0;
      if (n >= 3 && c1 === 0x62) {
        base = 2;
        i += 2;
      } else if (n >= 3 && c1 === 0x6f) {
        base = 8;
        i += 2;
      } else if (n >= 3 && c1 === 0x78) {
        base = 16;
        i += 2;
      } else {
        base = 8;
        i += 1;
      }
    }
  } else {
    return [0n, baseError(fn, s0, base)];
  }
  if (bitSize === 0) bitSize = IntSize;
  else if (bitSize < 0 || bitSize > 64) return [0n, bitSizeError(fn, s0, bitSize)];

  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const maxValNum = bitSize >= 53 ? Number.MAX_SAFE_INTEGER : Number(maxVal);
  const cutoff = maxUint64 / BigInt(base) + 1n;
  const bigBase = BigInt(base);
  let underscores = false;
  let n = 0; // exact while below 2^53
  let nb = -1n; // the value once it no longer fits n
  for (; i < s0.length; i++) {
    const c = s0[i]!;
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (0x30 <= c && c <= 0x39) d = c - 0x30;
    else if (0x61 <= lower(c) && lower(c) <= 0x7a) d = lower(c) - 0x61 + 10;
    else return [0n, syntaxError(fn, s0)];
    if (d >= base) return [0n, syntaxError(fn, s0)];
    if (nb < 0n) {
      const n1 = n * base + d;
      if (n1 <= maxValNum) {
        n = n1;
        continue;
      }
      nb = BigInt(n);
    }
    if (nb >= cutoff) return [maxVal, rangeError(fn, s0)];
    const n1 = nb * bigBase + BigInt(d);
    if (n1 > maxVal) return [maxVal, rangeError(fn, s0)];
    nb = n1;
  }
  if (underscores && !underscoreOK(s0)) return [0n, syntaxError(fn, s0)];
  return [nb < 0n ? BigInt(n) : nb, null];
}

/** strconv.ParseUint. On a range error the value is the largest of bitSize bits, as in Go. */
export function parseUint(s: StrInput, base: number, bitSize: number): [Int64, NumError | null] {
  const b = toBytes(s);
  const [v, err] = parseUintBig('ParseUint', b, 0, base, bitSize);
  return [int64Value(v), err];
}

function parseIntBig(fn: string, s0: Uint8Array, base: number, bitSize: number): [bigint, NumError | null] {
  if (s0.length === 0) return [0n, syntaxError(fn, s0)];
  let start = 0;
  let neg = false;
  if (s0[0] === 0x2b) start = 1;
  else if (s0[0] === 0x2d) {
    neg = true;
    start = 1;
  }
  // ParseUint sees s0[start:] but Go rewrites Func and Num of any non-range error to the
  // caller's; an empty remainder is a syntax error on s0.
  const [un, err] = parseUintBig(fn, s0, start, base, bitSize);
  if (err && err.err !== ErrRange) return [0n, err];
  if (bitSize === 0) bitSize = IntSize;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) return [cutoff - 1n, rangeError(fn, s0)];
  if (neg && un > cutoff) return [-cutoff, rangeError(fn, s0)];
  return [neg ? -un : un, null];
}

/** strconv.ParseInt. On a range error the value is the bound of bitSize bits, as in Go. */
export function parseInt(s: StrInput, base: number, bitSize: number): [Int64, NumError | null] {
  const [v, err] = parseIntBig('ParseInt', toBytes(s), base, bitSize);
  return [int64Value(v), err];
}

/** strconv.Atoi (int is 64 bits). */
export function atoi(s: StrInput): [Int64, NumError | null] {
  const b = toBytes(s);
  if (0 < b.length && b.length < 19) {
    let i = 0;
    if (b[0] === 0x2d || b[0] === 0x2b) {
      i = 1;
      if (b.length < 2) return [0, new NumError('Atoi', b, ErrSyntax)];
    }
    let n = 0;
    for (let j = i; j < b.length; j++) {
      const ch = b[j]! - 0x30;
      if (ch < 0 || ch > 9) return [0, new NumError('Atoi', b, ErrSyntax)];
      n = n * 10 + ch;
    }
    // Up to 15 digits the double is exact; 16 to 18 digits are recomputed exactly.
    if (b.length - i > 15) {
      let nb = 0n;
      for (let j = i; j < b.length; j++) nb = nb * 10n + BigInt(b[j]! - 0x30);
      return [int64Value(b[0] === 0x2d ? -nb : nb), null];
    }
    return [b[0] === 0x2d ? 0 - n : n, null];
  }
  const [v, err] = parseIntBig('Atoi', b, 10, 0);
  return [int64Value(v), err];
}
