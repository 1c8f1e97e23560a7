// Hyperbolic functions and their inverses: Sinh, Cosh, Tanh, Asinh, Acosh, Atanh (Go's sinh.go,
// tanh.go, asinh.go, acosh.go, atanh.go).
//
// Sinh uses a Cephes rational function for |x| <= 0.5 and (e^x - e^-x)/2 above, with e^x/2 beyond
// 21; Cosh is (e^x + e^-x)/2 throughout; Tanh is a Cephes rational function below 0.625 and
// 1 - 2/(e^2x + 1) above, saturating at ±1 beyond log(2^127)/2. The inverses are msun's
// formulas through Log and Log1p. All of them call the amd64 Exp and Log, so they inherit those
// results bit for bit.
//
// How it differs from Go: nothing observable.

import { goNaN } from './bits.js';
import { exp } from './exp.js';
import { log, log1p } from './log.js';

/** math.Sinh. */
export function sinh(x: number): number {
  const P0 = -0.6307673640497716991184787251e6;
  const P1 = -0.8991272022039509355398013511e5;
  const P2 = -0.2894211355989563807284660366e4;
  const P3 = -0.2630563213397497062819489e2;
  const Q0 = -0.6307673640497716991212077277e6;
  const Q1 = 0.1521517378790019070696485176e5;
  const Q2 = -0.173678953558233699533450911e3;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > 21) temp = exp(x) * 0.5;
  else if (x > 0.5) {
    const ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    const sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

/** math.Cosh. */
export function cosh(x: number): number {
  x = Math.abs(x);
  if (x > 21) return exp(x) * 0.5;
  const ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

/** math.Tanh. */
export function tanh(x: number): number {
  const MAXLOG = 8.8029691931113054295988e1; // log(2^127)
  const P0 = -9.64399179425052238628e-1;
  const P1 = -9.92877231001918586564e1;
  const P2 = -1.61468768441708447952e3;
  const Q0 = 1.12811678491632931402e2;
  const Q1 = 2.23548839060100448583e3;
  const Q2 = 4.84406305325125486048e3;
  let z = Math.abs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    const s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    if (x < 0) z = -z;
    return z;
  }
  if (x === 0) return x;
  const s = x * x;
  return x + (x * s * ((P0 * s + P1) * s + P2)) / (((s + Q0) * s + Q1) * s + Q2);
}

const Ln2 = Math.LN2;

/** math.Asinh. */
export function asinh(x: number): number {
  const NearZero = 3.725290298461914e-9; // 2^-28
  const Large = 268435456; // 2^28
  if (x !== x || x === Infinity || x === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x > Large) temp = log(x) + Ln2;
  else if (x > 2) temp = log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (x < NearZero) temp = x;
  else temp = log1p(x + (x * x) / (1 + Math.sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

/** math.Acosh. */
export function acosh(x: number): number {
  const Large = 268435456; // 2^28
  if (x < 1 || x !== x) return goNaN;
  if (x === 1) return 0;
  if (x >= Large) return log(x) + Ln2;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

/** math.Atanh. */
export function atanh(x: number): number {
  const NearZero = 3.725290298461914e-9; // 2^-28
  if (x < -1 || x > 1 || x !== x) return goNaN;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let temp: number;
  if (x < NearZero) temp = x;
  else if (x < 0.5) {
    temp = x + x;
    temp = 0.5 * log1p(temp + (temp * x) / (1 - x));
  } else temp = 0.5 * log1p((x + x) / (1 - x));
  return sign ? -temp : temp;
}
