// Exponentials: Exp, Exp2, Expm1 (Go's exp_amd64.s, exp.go and expm1.go).
//
// Exp on amd64 is Go's assembly, not exp.go: Shibata's method as in SLEEF.
//   1. Special cases: NaN and +Inf return x, -Inf returns 0, x > 7.09782712893384e+02 is +Inf.
//   2. k = x·log2(e) converted to int32 with round-to-nearest-even (CVTSD2SL); out-of-range
//      values become the "integer indefinite" -2^31, which later underflows to 0.
//   3. r = (x - k·ln2_hi - k·ln2_lo) / 16, evaluated with fused multiply-adds when the CPU has
//      FMA (Go tests this at start-up; minigo models an amd64 CPU with FMA, as every x86-64 CPU
//      since 2013 has: `useFMA` below selects the other path).
//   4. e^r - 1 by its Taylor polynomial to degree 8 (Horner, fused when FMA is used), then four
//      squarings of (1 + y) as y·(y + 2) steps, and + 1.
//   5. Scale by 2^k through the exponent bits; results below the normal range are scaled in two
//      steps so that they round once, into a subnormal.
// Exp2 and Expm1 are the pure-Go (FreeBSD msun) algorithms: Exp2 reduces to expmulti, the
// polynomial of exp.go on (hi, lo) with a final Ldexp; Expm1 is msun's e^x-1 with the k = ±1
// and k = 0 cases and the bit-level 2^k scaling.
//
// How it differs from Go: nothing observable (on an amd64 CPU with FMA).

import { fromWords, hiWord, ldexp, loWord } from './bits.js';
import { fma } from './fma.js';

/** Whether minigo models Go's FMA path of Exp (amd64 CPUs with AVX and FMA). */
export const useFMA = true;

const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const LOG2E = 1.442695040888963407359924681001892;
const ExpOverflow = 7.09782712893384e2;
const T2 = 1.6666666666666666667e-1;
const T3 = 4.1666666666666666667e-2;
const T4 = 8.3333333333333333333e-3;
const T5 = 1.3888888888888888889e-3;
const T6 = 1.984126984126984127e-4;
const T7 = 2.4801587301587301587e-5;

/** CVTSD2SL: double to int32, rounding to nearest even; NaN or out of range gives -2^31. */
function cvtsd2sl(x: number): number {
  if (!(x >= -2147483648.5 && x < 2147483647.5)) return -2147483648;
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1; // Math.round rounds .5 up; CVTSD2SL to even
  return r;
}

/** math.Exp (amd64 assembly algorithm). */
export function exp(x: number): number {
  const hi = hiWord(x);
  if ((hi & 0x7ff00000) === 0x7ff00000) {
    if (x === -Infinity) return 0;
    return x; // NaN or +Inf
  }
  if (x > ExpOverflow) return Infinity;
  let k = cvtsd2sl(LOG2E * x);
  const kf = k;
  let r: number;
  let y: number;
  if (useFMA) {
    r = fma(-kf, LN2U, x);
    r = fma(-kf, LN2L, r);
    r *= 0.0625;
    let p = fma(T7, r, T6);
    p = fma(p, r, T5);
    p = fma(p, r, T4);
    p = fma(p, r, T3);
    p = fma(p, r, T2);
    p = fma(p, r, 0.5);
    p = fma(p, r, 1.0);
    y = r * p;
    y = y * (y + 2);
    y = y * (y + 2);
    y = y * (y + 2);
    y = fma(y, y + 2, 1.0);
  } else {
    r = x - kf * LN2U;
    r = r - kf * LN2L;
    r *= 0.0625;
    let p = T7 * r + T6;
    p = p * r + T5;
    p = p * r + T4;
    p = p * r + T3;
    p = p * r + T2;
    p = p * r + 0.5;
    p = p * r + 1.0;
    y = r * p;
    y = y * (y + 2);
    y = y * (y + 2);
    y = y * (y + 2);
    y = y * (y + 2);
    y = y + 1.0;
  }
  k += 0x3ff;
  if (k <= 0) {
    if (k < -52) return 0;
    y *= fromWords((k + 0x3fe) << 20, 0);
    k = 1;
  } else if (k >= 0x7ff) return Infinity;
  return y * fromWords(k << 20, 0);
}

const Ln2Hi = 6.9314718036912381649e-1;
const Ln2Lo = 1.90821492927058770002e-10;

/** Go's expmulti: e^(hi-lo) × 2^k. */
function expmulti(hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-1;
  const P2 = -2.77777777770155933842e-3;
  const P3 = 6.61375632143793436117e-5;
  const P4 = -1.6533902205465251539e-6;
  const P5 = 4.13813679705723846039e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}

/** math.Exp2 (pure Go on amd64). */
export function exp2(x: number): number {
  const Overflow = 1.0239999999999999e3;
  const Underflow = -1.074e3;
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > Overflow) return Infinity;
  if (x < Underflow) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  const hi = t * Ln2Hi;
  const lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

/** The float64 whose bits are those of y plus k in the exponent field (Go's bits + k<<52). */
function addExponent(y: number, k: number): number {
  const hi = hiWord(y);
  return fromWords((hi + k * 0x100000) >>> 0, loWord(y));
}

/** math.Expm1: e^x - 1, accurate near 0. */
export function expm1(x: number): number {
  const Othreshold = 7.09782712893383973096e2;
  const Ln2X56 = 3.88162421113569373274e1;
  const Ln2HalfX3 = 1.03972077083991796413;
  const Ln2Half = 3.46573590279972654709e-1;
  const InvLn2 = 1.442695040888963387;
  const Tiny = 5.551115123125783e-17; // 2^-54
  const Q1 = -3.33333333333331316428e-2;
  const Q2 = 1.58730158725481460165e-3;
  const Q3 = -7.93650757867487942473e-5;
  const Q4 = 4.00821782732936239552e-6;
  const Q5 = -2.01099218183624371326e-7;
  if (x === Infinity || x !== x) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return Infinity;
  }
  let c = 0;
  let k = 0;
  if (absx > Ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = sign ? Math.trunc(InvLn2 * x - 0.5) : Math.trunc(InvLn2 * x + 0.5);
      const t = k;
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (absx < Tiny) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    y = addExponent(y, k);
    return y - 1;
  }
  if (k < 20) {
    const t1 = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
    let y = t1 - (e - x);
    y = addExponent(y, k);
    return y;
  }
  const t2 = fromWords((0x3ff - k) << 20, 0); // 2^-k
  let y = x - (e + t2);
  y++;
  y = addExponent(y, k);
  return y;
}
