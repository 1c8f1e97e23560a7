// Rounding and remainders: Floor, Ceil, Trunc, Round, RoundToEven, Modf, Mod, Remainder, Dim,
// Max, Min (Go's floor.go, modf.go, mod.go, remainder.go, dim.go and dim_amd64.s).
//
// Floor, Ceil and Trunc are exact operations (amd64 uses ROUNDSD), so Math.floor/ceil/trunc give
// the same bits, -0 included. Round and RoundToEven are Go's bit manipulations on the words:
// adding half an integer's worth of mantissa and clearing the fraction bits. Mod is Go's
// shift-and-subtract loop (its result is exact, so it equals C's fmod, but it is kept as Go
// writes it). Max and Min follow the amd64 assembly: +Inf (Max) or -Inf (Min) wins over NaN,
// any other NaN gives Go's NaN, and ±0 are ordered so that Max(-0, +0) = +0, Min(-0, +0) = -0.
//
// How it differs from Go: nothing observable.

import { frexp, fromWords, goNaN, hiWord, ldexp, loWord } from './bits.js';

/** math.Floor. */
export function floor(x: number): number {
  return Math.floor(x);
}

/** math.Ceil. */
export function ceil(x: number): number {
  return Math.ceil(x);
}

/** math.Trunc. */
export function trunc(x: number): number {
  return Math.trunc(x);
}

/** math.Modf: integer and fractional parts with the sign of f (Modf(-0) = (-0, -0)). */
export function modf(f: number): { int: number; frac: number } {
  if (f < 1) {
    if (f < 0) {
      const r = modf(-f);
      return { int: -r.int, frac: -r.frac };
    }
    if (f === 0) return { int: f, frac: f };
    return { int: 0, frac: f };
  }
  // f >= 1 (or NaN, which falls through with a huge exponent and stays NaN).
  let hi = hiWord(f);
  let lo = loWord(f);
  const e = ((hi >>> 20) & 0x7ff) - 1023;
  if (e < 52) {
    // Clear the 52-e fraction bits.
    const n = 52 - e;
    if (n >= 32) {
      lo = 0;
      hi = (hi & ~((1 << (n - 32)) - 1)) >>> 0;
    } else {
      lo = (lo & ~((1 << n) - 1)) >>> 0;
    }
  }
  const int = fromWords(hi, lo);
  return { int, frac: f - int };
}

/** math.Round: half away from zero. */
export function round(x: number): number {
  let hi = hiWord(x);
  let lo = loWord(x);
  const e = (hi >>> 20) & 0x7ff;
  if (e < 1023) {
    hi &= 0x80000000;
    lo = 0;
    if (e === 1022) hi |= 0x3ff00000;
  } else if (e < 1023 + 52) {
    // Add half (bit 51-k of the mantissa) and clear the fraction bits below 52-k.
    const k = e - 1023;
    const shift = 51 - k; // position of the half bit
    if (shift >= 32) hi += 1 << (shift - 32);
    else {
      const s = lo + 2 ** shift;
      if (s >= 2 ** 32) hi += 1;
      lo = s >>> 0;
    }
    const clear = 52 - k;
    if (clear >= 32) {
      lo = 0;
      hi = hi & ~((1 << (clear - 32)) - 1);
    } else lo = (lo & ~((1 << clear) - 1)) >>> 0;
  }
  return fromWords(hi >>> 0, lo);
}

/** math.RoundToEven: half to even. */
export function roundToEven(x: number): number {
  let hi = hiWord(x);
  let lo = loWord(x);
  const e = (hi >>> 20) & 0x7ff;
  if (e >= 1023) {
    if (e < 1023 + 52) {
      // bits += (half - 1 + (the bit worth 1)) >> k; then clear the 52-k fraction bits.
      const k = e - 1023;
      const oneBit = 52 - k;
      const odd = oneBit >= 32 ? (hi >>> (oneBit - 32)) & 1 : (lo >>> oneBit) & 1;
      let bits = (BigInt(hi) << 32n) | BigInt(lo);
      bits += ((1n << 51n) - 1n + BigInt(odd)) >> BigInt(k);
      bits &= ~((1n << BigInt(oneBit)) - 1n);
      hi = Number(bits >> 32n);
      lo = Number(bits & 0xffffffffn);
    }
  } else if (e === 1022 && ((hi & 0xfffff) !== 0 || lo !== 0)) {
    hi = (hi & 0x80000000) | 0x3ff00000;
    lo = 0;
  } else {
    hi &= 0x80000000;
    lo = 0;
  }
  return fromWords(hi >>> 0, lo >>> 0);
}

/** math.Mod: x - y×trunc(x/y), exactly, with the sign of x. */
export function mod(x: number, y: number): number {
  if (y === 0 || x === Infinity || x === -Infinity || x !== x || y !== y) return goNaN;
  y = Math.abs(y);
  const { frac: yfr, exp: yexp } = frexp(y);
  let r = x < 0 ? -x : x;
  while (r >= y) {
    const { frac: rfr, exp } = frexp(r);
    let rexp = exp;
    if (rfr < yfr) rexp = rexp - 1;
    r = r - ldexp(y, rexp - yexp);
  }
  if (x < 0) r = -r;
  return r;
}

/** math.Remainder: IEEE 754 remainder, x - n×y with n the integer nearest x/y (ties to even). */
export function remainder(x: number, y: number): number {
  const Tiny = 4.45014771701440276618e-308; // 2^-1021
  const HalfMax = 8.988465674311579e307; // MaxFloat64 / 2
  if (x !== x || y !== y || x === Infinity || x === -Infinity || y === 0) return goNaN;
  if (y === Infinity || y === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x === y) return sign ? -0 : 0;
  if (y <= HalfMax) x = mod(x, y + y);
  if (y < Tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return sign ? -x : x;
}

/** math.Dim: max(x-y, 0), with Go's special cases. */
export function dim(x: number, y: number): number {
  const v = x - y;
  if (v <= 0) return 0;
  return v;
}

/** math.Max (amd64 assembly semantics). */
export function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return goNaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}

/** math.Min (amd64 assembly semantics). */
export function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (x !== x || y !== y) return goNaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}

