// The Gamma function and its logarithm: Gamma, Lgamma (Go's gamma.go, lgamma.go).
//
// Gamma is Cephes': for |x| > 33 Stirling's formula (with Pow split in two halves above 143 to
// avoid overflow) and the reflection formula for negative x; otherwise the argument is moved
// into [2, 3) by recurrence and a rational function of degree 6/7 is used, with a series near 0.
// Lgamma is msun's e_lgamma_r.c: polynomial and rational approximations on [0, 2), [2, 8) by
// recurrence, an asymptotic series up to 2^58, x(log x - 1) beyond, and for negative x the
// reflection log(π/|x sin πx|) with sinPi's exact reduction.
//
// How it differs from Go: nothing observable.

import { goNaN, signbit } from './bits.js';
import { exp } from './exp.js';
import { mod, modf } from './floor.js';
import { log } from './log.js';
import { pow } from './pow.js';
import { cos, sin } from './trig.js';

const Pi = Math.PI;

const gamP = [
  1.60119522476751861407e-4, 1.19135147006586384913e-3, 1.04213797561761569935e-2, 4.76367800457137231464e-2,
  2.07448227648435975150e-1, 4.94214826801497100753e-1, 9.99999999999999996796e-1,
];
const gamQ = [
  -2.31581873324120129819e-5, 5.39605580493303397842e-4, -4.45641913851797240494e-3, 1.18139785222060435552e-2,
  3.58236398605498653373e-2, -2.34591795718243348568e-1, 7.14304917030273074085e-2, 1.00000000000000000320,
];
const gamS = [
  7.87311395793093628397e-4, -2.29549961613378126380e-4, -2.68132617805781232825e-3, 3.47222221605458667310e-3,
  8.33333333333482257126e-2,
];

/** Stirling's formula as two factors whose product is Γ(x), for 33 < x. */
function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  const SqrtTwoPi = 2.506628274631000502417;
  const MaxStirling = 143.01608;
  let w = 1 / x;
  w = 1 + w * ((((gamS[0]! * w + gamS[1]!) * w + gamS[2]!) * w + gamS[3]!) * w + gamS[4]!);
  let y1 = exp(x);
  let y2 = 1.0;
  if (x > MaxStirling) {
    const v = pow(x, 0.5 * x - 0.25);
    [y1, y2] = [v, v / y1];
  } else {
    y1 = pow(x, x - 0.5) / y1;
  }
  return [y1, SqrtTwoPi * w * y2];
}

function isNegInt(x: number): boolean {
  if (x < 0) return modf(x).frac === 0;
  return false;
}

/** math.Gamma. */
export function gamma(x: number): number {
  const Euler = 0.5772156649015329;
  if (isNegInt(x) || x === -Infinity || x !== x) return goNaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return signbit(x) ? -Infinity : Infinity;
  let q = Math.abs(x);
  let p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    // int64(p) & 1 for p < 2^63 (beyond 2^53 every double is even)
    let signgam = 1;
    if (!(p < 9007199254740992 && p % 2 === 1)) signgam = -1;
    let z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(Pi * z);
    if (z === 0) return signgam >= 0 ? Infinity : -Infinity;
    const [sq1, sq2] = stirling(q);
    const absz = Math.abs(z);
    const d = absz * sq1 * sq2;
    if (d === Infinity || d === -Infinity) z = Pi / absz / sq1 / sq2;
    else z = Pi / d;
    return signgam * z;
  }
  let z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  const small = (): number => {
    if (x === 0) return Infinity;
    return z / ((1 + Euler * x) * x);
  };
  while (x < 0) {
    if (x > -1e-9) return small();
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-9) return small();
    z = z / x;
    x = x + 1;
  }
  if (x === 2) return z;
  x = x - 2;
  p = (((((x * gamP[0]! + gamP[1]!) * x + gamP[2]!) * x + gamP[3]!) * x + gamP[4]!) * x + gamP[5]!) * x + gamP[6]!;
  q =
    ((((((x * gamQ[0]! + gamQ[1]!) * x + gamQ[2]!) * x + gamQ[3]!) * x + gamQ[4]!) * x + gamQ[5]!) * x + gamQ[6]!) *
      x +
    gamQ[7]!;
  return (z * p) / q;
}

const A = [
  7.72156649015328655494e-2, 3.22467033424113591611e-1, 6.73523010531292681824e-2, 2.05808084325167332806e-2,
  7.38555086081402883957e-3, 2.89051383673415629091e-3, 1.19270763183362067845e-3, 5.10069792153511336608e-4,
  2.20862790713908385557e-4, 1.08011567247583939954e-4, 2.52144565451257326939e-5, 4.48640949618915160150e-5,
];
const R = [
  1.0, 1.39200533467621045958, 7.21935547567138069525e-1, 1.71933865632803078993e-1, 1.86459191715652901344e-2,
  7.77942496381893596434e-4, 7.32668430744625636189e-6,
];
const S = [
  -7.72156649015328655494e-2, 2.14982415960608852501e-1, 3.25778796408930981787e-1, 1.46350472652464452805e-1,
  2.66422703033638609560e-2, 1.84028451407337715652e-3, 3.19475326584100867617e-5,
];
const T = [
  4.83836122723810047042e-1, -1.47587722994593911752e-1, 6.46249402391333854778e-2, -3.27885410759859649565e-2,
  1.79706750811820387126e-2, -1.03142241298341437450e-2, 6.10053870246291332635e-3, -3.68452016781138256760e-3,
  2.25964780900612472250e-3, -1.40346469989232843813e-3, 8.81081882437654011382e-4, -5.38595305356740546715e-4,
  3.15632070903625950361e-4, -3.12754168375120860518e-4, 3.35529192635519073543e-4,
];
const U = [
  -7.72156649015328655494e-2, 6.32827064025093366517e-1, 1.45492250137234768737, 9.77717527963372745603e-1,
  2.28963728064692451092e-1, 1.33810918536787660377e-2,
];
const V = [
  1.0, 2.45597793713041134822, 2.12848976379893395361, 7.69285150456672783825e-1, 1.04222645593369134254e-1,
  3.21709242282423911810e-3,
];
const W = [
  4.18938533204672725052e-1, 8.33333333333329678849e-2, -2.77777777728775536470e-3, 7.93650558643019558500e-4,
  -5.95187557450339963135e-4, 8.36339918996282139126e-4, -1.63092934096575273989e-3,
];

/** sin(πx) for x >= 0.25 without losing the integer part (Go's sinPi, negated as Go returns). */
function sinPi(x: number): number {
  const Two52 = 4503599627370496;
  const Two53 = 9007199254740992;
  if (x < 0.25) return -sin(Pi * x);
  let z = Math.floor(x);
  let n: number;
  if (z !== x) {
    x = mod(x, 2);
    n = Math.trunc(x * 4);
  } else if (x >= Two53) {
    x = 0;
    n = 0;
  } else {
    if (x < Two52) z = x + Two52;
    n = z % 2; // the low bit of z's mantissa
    x = n;
    n <<= 2;
  }
  switch (n) {
    case 0: x = sin(Pi * x); break;
    case 1: case 2: x = cos(Pi * (0.5 - x)); break;
    case 3: case 4: x = sin(Pi * (1 - x)); break;
    case 5: case 6: x = -cos(Pi * (x - 1.5)); break;
    default: x = sin(Pi * (x - 2)); break;
  }
  return -x;
}

/** math.Lgamma: [log|Γ(x)|, sign of Γ(x)]. */
export function lgamma(x: number): { lgamma: number; sign: number } {
  if (x !== x) return { lgamma: x, sign: 1 };
  const [lg, sign] = lgammaTuple(x);
  return { lgamma: lg, sign };
}

function lgammaTuple(x: number): [number, number] {
  const Ymin = 1.461632144968362245;
  const Two52 = 4503599627370496;
  const Two58 = 288230376151711744;
  const Tiny = 8.470329472543003e-22; // 2^-70
  const Tc = 1.46163214496836224576;
  const Tf = -1.21486290535849611461e-1;
  const Tt = -3.63867699703950536541e-18;
  let sign = 1;
  if (x !== x) return [x, sign];
  if (x === Infinity || x === -Infinity) return [x, sign];
  if (x === 0) return [Infinity, sign];
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < Tiny) {
    if (neg) sign = -1;
    return [-log(x), sign];
  }
  let nadj = 0;
  if (neg) {
    if (x >= Two52) return [Infinity, sign];
    const t = sinPi(x);
    if (t === 0) return [Infinity, sign];
    nadj = log(Pi / Math.abs(t * x));
    if (t < 0) sign = -1;
  }
  let lg: number;
  if (x === 1 || x === 2) return [0, sign];
  if (x < 2) {
    let y: number;
    let i: number;
    if (x <= 0.9) {
      lg = -log(x);
      if (x >= Ymin - 1 + 0.27) {
        y = 1 - x;
        i = 0;
      } else if (x >= 0.19163214496836226 /* Ymin-1-0.27, rounded once */) {
        y = x - (Tc - 1);
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      lg = 0;
      if (x >= Ymin + 0.27) {
        y = 2 - x;
        i = 0;
      } else if (x >= Ymin - 0.27) {
        y = x - Tc;
        i = 1;
      } else {
        y = x - 1;
        i = 2;
      }
    }
    if (i === 0) {
      const z = y * y;
      const p1 = A[0]! + z * (A[2]! + z * (A[4]! + z * (A[6]! + z * (A[8]! + z * A[10]!))));
      const p2 = z * (A[1]! + z * (A[3]! + z * (A[5]! + z * (A[7]! + z * (A[9]! + z * A[11]!)))));
      const p = y * p1 + p2;
      lg += p - 0.5 * y;
    } else if (i === 1) {
      const z = y * y;
      const w = z * y;
      const p1 = T[0]! + w * (T[3]! + w * (T[6]! + w * (T[9]! + w * T[12]!)));
      const p2 = T[1]! + w * (T[4]! + w * (T[7]! + w * (T[10]! + w * T[13]!)));
      const p3 = T[2]! + w * (T[5]! + w * (T[8]! + w * (T[11]! + w * T[14]!)));
      const p = z * p1 - (Tt - w * (p2 + y * p3));
      lg += Tf + p;
    } else {
      const p1 = y * (U[0]! + y * (U[1]! + y * (U[2]! + y * (U[3]! + y * (U[4]! + y * U[5]!)))));
      const p2 = 1 + y * (V[1]! + y * (V[2]! + y * (V[3]! + y * (V[4]! + y * V[5]!))));
      lg += -0.5 * y + p1 / p2;
    }
  } else if (x < 8) {
    const i = Math.trunc(x);
    const y = x - i;
    const p = y * (S[0]! + y * (S[1]! + y * (S[2]! + y * (S[3]! + y * (S[4]! + y * (S[5]! + y * S[6]!))))));
    const q = 1 + y * (R[1]! + y * (R[2]! + y * (R[3]! + y * (R[4]! + y * (R[5]! + y * R[6]!)))));
    lg = 0.5 * y + p / q;
    let z = 1.0;
    if (i >= 3) {
      if (i >= 7) z *= y + 6;
      if (i >= 6) z *= y + 5;
      if (i >= 5) z *= y + 4;
      if (i >= 4) z *= y + 3;
      z *= y + 2;
      lg += log(z);
    }
  } else if (x < Two58) {
    const t = log(x);
    const z = 1 / x;
    const y = z * z;
    const w = W[0]! + z * (W[1]! + y * (W[2]! + y * (W[3]! + y * (W[4]! + y * (W[5]! + y * W[6]!)))));
    lg = (x - 0.5) * (t - 1) + w;
  } else {
    lg = x * (log(x) - 1);
  }
  if (neg) lg = nadj - lg;
  return [lg, sign];
}
