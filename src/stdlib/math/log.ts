// Logarithms: Log, Log10, Log2, Log1p (Go's log_amd64.s, log10.go, log1p.go).
//
// Log on amd64 is Go's assembly version of FreeBSD's e_log.c:
//   1. Special cases on the bits: ±0 gives -Inf, any negative (including -Inf and negative NaNs)
//      gives Go's NaN, +Inf and positive NaNs return x.
//   2. Split x = f1 × 2^k with f1 in [0.5, 1) by replacing the exponent field; unlike Frexp this
//      does not normalise subnormals (as in the assembly), so a subnormal x is read with
//      k = -1022 and f1 = 0.5 + its raw fraction.
//   3. If f1 <= sqrt(2)/2 (the assembly's CMPSD "not less than"), k -= 1 and f1 *= 2.
//   4. f = f1 - 1, s = f/(2+f); log(1+f) = f - s(f - R) with R a degree-14 polynomial in s split
//      into odd and even parts; result k·ln2_hi - ((hfsq - (s(hfsq+R) + k·ln2_lo)) - f).
// Log10 is Log(x)·(1/ln 10) and Log2 is Frexp-based (exact for powers of two), as in log10.go;
// Log1p is msun's s_log1p.c as written in log1p.go.
//
// How it differs from Go: nothing observable.

import { fromWords, frexp, goNaN, hiWord, loWord } from './bits.js';

const HSqrt2 = 7.07106781186547524401e-1;
const Ln2Hi = 6.9314718036912381649e-1;
const Ln2Lo = 1.90821492927058770002e-10;
const L1 = 6.66666666666673513e-1;
const L2 = 3.999999999940941908e-1;
const L3 = 2.857142874366239149e-1;
const L4 = 2.222219843214978396e-1;
const L5 = 1.818357216161805012e-1;
const L6 = 1.531383769920937332e-1;
const L7 = 1.479819860511658591e-1;

/** math.Log (amd64 assembly algorithm). */
export function log(x: number): number {
  const hi = hiWord(x);
  const lo = loWord(x);
  if ((hi & 0x7fffffff) === 0 && lo === 0) return -Infinity;
  if (hi >>> 31) return goNaN;
  if (hi >= 0x7ff00000) return x;
  let f1 = fromWords((hi & 0x000fffff) | 0x3fe00000, lo);
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  if (!(HSqrt2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * Ln2Hi - (hfsq - (s * (hfsq + R) + k * Ln2Lo) - f);
}

const invLn10 = fromWords(0x3fdbcb7b, 0x1526e50e); // 1/Ln10 rounded once from the exact constant
const invLn2 = 1.4426950408889634; // 1/Ln2 (0x3FF71547652B82FE)

/** math.Log10. */
export function log10(x: number): number {
  return log(x) * invLn10;
}

/** math.Log2. */
export function log2(x: number): number {
  const { frac, exp } = frexp(x);
  if (frac === 0.5) return exp - 1;
  return log(frac) * invLn2 + exp;
}

/** math.Log1p: log(1+x), accurate near 0. */
export function log1p(x: number): number {
  const Sqrt2M1 = 4.142135623730950488017e-1;
  const Sqrt2HalfM1 = -2.928932188134524755992e-1;
  const Small = 1.862645149230957e-9; // 2^-29
  const Tiny = 5.551115123125783e-17; // 2^-54
  const Two53 = 9007199254740992;
  const Lp1 = 6.666666666666735130e-1;
  const Lp2 = 3.999999999940941908e-1;
  const Lp3 = 2.857142874366239149e-1;
  const Lp4 = 2.222219843214978396e-1;
  const Lp5 = 1.818357216161805012e-1;
  const Lp6 = 1.531383769920937332e-1;
  const Lp7 = 1.479819860511658591e-1;
  if (x < -1 || x !== x) return goNaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iuZero = false; // Go's iu == 0
  let k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      // Go sets iu = 1 here: not zero.
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < Two53) {
      u = 1.0 + x;
      k = ((hiWord(u) >>> 20) & 0x7ff) - 1023;
      if (k > 0) c = 1.0 - (u - x);
      else c = x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      k = ((hiWord(u) >>> 20) & 0x7ff) - 1023;
      c = 0;
    }
    const uhi = hiWord(u) & 0x000fffff;
    const ulo = loWord(u);
    // iu < 0x0006a09e667f3bcd (the mantissa of sqrt(2))
    if (uhi < 0x6a09e || (uhi === 0x6a09e && ulo < 0x667f3bcd)) {
      u = fromWords(uhi | 0x3ff00000, ulo);
      iuZero = uhi === 0 && ulo === 0;
    } else {
      k++;
      u = fromWords(uhi | 0x3fe00000, ulo);
      // iu = (0x0010000000000000 - iu) >> 2, which is zero only if iu was 2^52 (impossible here).
      iuZero = false;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (iuZero) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * Ln2Lo;
      return k * Ln2Hi + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * Ln2Hi - (R - (k * Ln2Lo + c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * Ln2Hi - (hfsq - (s * (hfsq + R) + (k * Ln2Lo + c)) - f);
}
