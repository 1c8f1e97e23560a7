// Powers and roots: Pow, Pow10, Sqrt, Cbrt, Hypot (Go's pow.go, pow10.go, sqrt.go, cbrt.go,
// hypot_amd64.s).
//
// Pow is Go's own algorithm, not the C library's: after the special cases of the IEEE/C99
// table, y is split into integer and fractional parts; the fraction (moved into (-0.5, 0.5]) is
// done as Exp(yf·Log(x)) with the amd64 Exp and Log, and the integer part by repeated squaring
// of Frexp(x)'s mantissa with the binary exponent tracked separately, then one Ldexp. Its
// results are therefore Go's, not correctly rounded, and differ from JS's `**`.
// Sqrt is SQRTSD (correctly rounded, as Math.sqrt). Cbrt is msun's s_cbrt.c with its bit-level
// first approximation. Hypot is the amd64 assembly: max × sqrt(1 + (min/max)²), which is not
// Go's pure-Go hypot.go and not JS's Math.hypot.
//
// How it differs from Go: nothing observable.

import { fromWords, frexp, goNaN, hiWord, ldexp, loWord } from './bits.js';
import { exp } from './exp.js';
import { modf } from './floor.js';
import { log } from './log.js';

/** math.Sqrt. */
export function sqrt(x: number): number {
  return Math.sqrt(x);
}

function isOddInt(x: number): boolean {
  const { int: xi, frac: xf } = modf(x);
  // int64(xi)&1: values beyond 2^53 are even, and beyond 2^63 convert to MinInt64 (even).
  return xf === 0 && Math.abs(xi) < 9007199254740992 && xi % 2 !== 0;
}

/** math.Pow. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x !== x || y !== y) return goNaN;
  if (x === 0) {
    if (y < 0) {
      if (isOddInt(y)) return x < 0 || Object.is(x, -0) ? -Infinity : Infinity;
      return Infinity;
    }
    if (y > 0) {
      if (isOddInt(y)) return x;
      return 0;
    }
  }
  if (y === Infinity || y === -Infinity) {
    if (x === -1) return 1;
    if (Math.abs(x) < 1 === (y === Infinity)) return 0;
    return Infinity;
  }
  if (x === Infinity || x === -Infinity) {
    if (x === -Infinity) return pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);

  let { int: yi, frac: yf } = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return goNaN;
  if (yi >= 9223372036854775808) {
    // yi is a large even integer: the result is 0, 1 or +Inf.
    if (x === -1) return 1;
    if (Math.abs(x) < 1 === y > 0) return 0;
    return Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let { frac: x1, exp: xe } = frexp(x);
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -4096 || 4096 < xe) {
      // Catastrophic overflow or underflow; Ldexp below sorts it out.
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

const pow10tab = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
  1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
];
const pow10postab32 = [1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288];
const pow10negtab32 = [1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320];

/** math.Pow10(n): 10^n from two table entries (one product or quotient, as Go computes it). */
export function pow10(n: number): number {
  if (0 <= n && n <= 308) return pow10postab32[n >>> 5]! * pow10tab[n & 31]!;
  if (-323 <= n && n <= 0) return pow10negtab32[-n >>> 5]! / pow10tab[-n & 31]!;
  if (n > 0) return Infinity;
  return 0;
}

/** math.Cbrt. */
export function cbrt(x: number): number {
  const B1 = 715094163; // (682-0.03306235651)*2^20
  const B2 = 696219795; // (664-0.03306235651)*2^20
  const C = 5.42857142857142815906e-1; // 19/35
  const D = -7.05306122448979611050e-1; // -864/1225
  const E = 1.41428571428571436819; // 99/70
  const F = 1.60714285714285720630; // 45/28
  const G = 3.57142857142857150787e-1; // 5/14
  const SmallestNormal = 2.22507385850720138309e-308;
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  // First approximation: the bits of x divided by 3, plus a bias (one third of the exponent).
  const third = (v: number, bias: number): number => {
    const hi = hiWord(v);
    const lo = loWord(v);
    const qhi = Math.floor(hi / 3);
    const qlo = Math.floor(((hi % 3) * 4294967296 + lo) / 3);
    return fromWords(qhi + bias, qlo);
  };
  let t = third(x, B1);
  if (x < SmallestNormal) {
    t = 18014398509481984; // 2^54
    t *= x;
    t = third(t, B2);
  }
  // Polynomial refinement to about 23 bits.
  let r = (t * t) / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  // Round t away from zero to 22 bits (so t*t is exact), then one Newton step.
  {
    const hi = hiWord(t);
    const lo = (loWord(t) & 0xc0000000) >>> 0;
    const sum = lo + 0x40000000;
    t = sum >= 4294967296 ? fromWords(hi + 1, sum - 4294967296) : fromWords(hi, sum);
  }
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

/** math.Hypot (amd64 assembly). */
export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (!(p < Infinity) || !(q < Infinity)) {
    if (p === Infinity || q === Infinity) return Infinity;
    return goNaN;
  }
  if (p === 0 && q === 0) return 0;
  const big = p > q ? p : q; // MAXSD
  let small = q < p ? q : p; // MINSD
  small = small / big;
  small = small * small;
  small = small + 1.0;
  return big * Math.sqrt(small);
}
