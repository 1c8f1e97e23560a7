// Exact 64-bit integers in a double register file (DESIGN decision 3).
//
// Representation. A register of type int, int64, uint, uint64 or uintptr holds a plain double
// when the value v satisfies |v| <= 2^53 - 1 (Number.isSafeInteger), and otherwise NaN, with the
// exact value as a bigint in the goroutine's side store `big` under the register's absolute
// index. The representation is canonical: a value that fits is never in the side store, so two
// plain registers are equal exactly when their doubles are, and a NaN register always means
// "look beside". (Float registers may hold NaN too, as a float; only integer opcodes look
// beside, so that is harmless.) The bigint beside a uint64 register is the unsigned value
// (0 .. 2^64-1), beside an int64 register the signed value: a register holds the value, not a bit
// pattern, so comparisons need no signedness.
//
// Fast paths (in vm.ts, inline): both operands plain and the double result r satisfies
// |r| < 2^53. For + - this is exact because the true result of two safe integers is at most
// 2^54 and doubles are exact up to 2^53; for * the rounded product is below 2^53 only if the
// true product is (rounding is monotonic). Division takes the fast path when |x| + |y| < 2^53,
// where the truncated double quotient is the exact integer quotient. Everything else lands here:
// BigInt arithmetic, then `BigInt.asIntN(64)`/`asUintN(64)` (Go's wrapping), then demotion to a
// double if the result fits.
//
// Alternatives rejected: 32-bit halves in two registers (every int op pays two operations and
// a carry, and Go code is mostly `int`), and all-BigInt (30-100x slower on fib).
//
// How it differs from gc: gc has 64-bit registers. The results are the same bit for bit.

export const MAX_SAFE = 9007199254740991;
const BMAX_SAFE = 9007199254740991n;
const BMIN_SAFE = -9007199254740991n;

/**
 * The side store of exact values, by absolute register index: a holey array, whose element
 * loads and stores V8 compiles inline (a Map<number, bigint> hashes on every access; the array
 * made test/divmod.go's slow-path-heavy run about 4% faster).
 */
export type BigStore = (bigint | undefined)[];

/** The exact value of integer register i. */
export function getBig(regs: Float64Array, big: BigStore, i: number): bigint {
  const v = regs[i]!;
  if (v === v) return BigInt(v);
  const b = big[i];
  if (b === undefined) throw new Error(`integer register ${i} is NaN without an exact value`);
  return b;
}

/** Set integer register i to v (already in range), canonically. */
export function setBig(regs: Float64Array, big: BigStore, i: number, v: bigint): void {
  if (v <= BMAX_SAFE && v >= BMIN_SAFE) {
    regs[i] = Number(v);
  } else {
    regs[i] = NaN;
    big[i] = v;
  }
}

export function setI64(regs: Float64Array, big: BigStore, i: number, v: bigint): void {
  setBig(regs, big, i, BigInt.asIntN(64, v));
}

export function setU64(regs: Float64Array, big: BigStore, i: number, v: bigint): void {
  setBig(regs, big, i, BigInt.asUintN(64, v));
}

/** The slow paths of the binary 64-bit operations, by opcode family. */
export enum Arith {
  Add,
  Sub,
  Mul,
  Div,
  Rem,
  And,
  Or,
  Xor,
  AndNot,
  Shl,
  Shr,
}

/** a = b op c exactly, wrapped to int64 (signed) or uint64. Division by zero is checked by the caller. */
export function slowArith(regs: Float64Array, big: BigStore, a: number, b: number, c: number, op: Arith, signed: boolean): void {
  const x = getBig(regs, big, b);
  const y = getBig(regs, big, c);
  let r: bigint;
  switch (op) {
    case Arith.Add: r = x + y; break;
    case Arith.Sub: r = x - y; break;
    case Arith.Mul: r = x * y; break;
    case Arith.Div: r = x / y; break; // BigInt division truncates toward zero, as Go's
    case Arith.Rem: r = x % y; break; // remainder has the dividend's sign, as Go's
    case Arith.And: r = x & y; break;
    case Arith.Or: r = x | y; break;
    case Arith.Xor: r = x ^ y; break;
    case Arith.AndNot: r = x & ~y; break;
    case Arith.Shl: r = y >= 64n ? 0n : x << y; break;
    case Arith.Shr:
      if (y >= 64n) r = signed && x < 0n ? -1n : 0n;
      else r = x >> y; // arithmetic on the value; for uint64 the value is non-negative
      break;
  }
  if (signed) setI64(regs, big, a, r);
  else setU64(regs, big, a, r);
}

/** Exact value of any integer register interpreted as a count (shift counts are unsigned). */
export function regToCount(regs: Float64Array, big: BigStore, i: number): number {
  const v = regs[i]!;
  if (v === v) return v;
  return 1e300; // an exact value that is not plain is >= 2^53: more than any shift
}

/** Truncate integer register b to `bits` bits, signed or not (the WRAP_* opcodes' slow path). */
export function wrapBig(regs: Float64Array, big: BigStore, b: number, bits: number, signed: boolean): number {
  const x = getBig(regs, big, b);
  return Number(signed ? BigInt.asIntN(bits, x) : BigInt.asUintN(bits, x));
}

/** float64 → int64 as gc on amd64 (CVTTSD2SQ): NaN and out-of-range give MinInt64. */
export function f2i64(regs: Float64Array, big: BigStore, a: number, f: number): void {
  if (f !== f || f >= 9223372036854775808 || f < -9223372036854775808) {
    setBig(regs, big, a, -9223372036854775808n);
    return;
  }
  const t = Math.trunc(f);
  if (t <= MAX_SAFE && t >= -MAX_SAFE) regs[a] = t + 0;
  else setBig(regs, big, a, BigInt(t));
}

/**
 * float64 → uint64 as gc on amd64: values below 2^63 convert as int64 (negative ones wrap);
 * values from 2^63 subtract 2^63, convert, and set the top bit; NaN and beyond give 2^63.
 */
export function f2u64(regs: Float64Array, big: BigStore, a: number, f: number): void {
  if (f !== f) {
    setBig(regs, big, a, 1n << 63n);
    return;
  }
  if (f < 9223372036854775808) {
    if (f < -9223372036854775808) {
      setBig(regs, big, a, 1n << 63n);
      return;
    }
    const t = Math.trunc(f);
    if (t >= 0 && t <= MAX_SAFE) regs[a] = t + 0;
    else setBig(regs, big, a, BigInt.asUintN(64, BigInt(t)));
    return;
  }
  if (f >= 18446744073709551616) {
    setBig(regs, big, a, 1n << 63n);
    return;
  }
  setBig(regs, big, a, BigInt(Math.trunc(f)));
}
