// Inverse circular functions: Asin, Acos, Atan, Atan2 (Go's asin.go, atan.go, atan2.go).
//
// Cephes' atan: the argument is reduced to [0, 0.66] with tan(π/4) and tan(3π/8) identities
// (adding back the low bits of π/2 as `Morebits`), then a rational function of degree 4/5 in x².
// Asin and Acos are computed through it: asin(x) = atan(x/√(1-x²)), switching to
// π/2 - atan(√(1-x²)/x) above 0.7; acos(x) = π/2 - asin(x). Atan2 applies the C99 special cases,
// then Atan(y/x) corrected by ±π in the left half-plane.
//
// How it differs from Go: nothing observable.

import { copysign, goNaN, signbit } from './bits.js';

const Pi = Math.PI;
const PiOver2 = Math.PI / 2;
const PiOver4 = Math.PI / 4;
const ThreePiOver4 = 2.356194490192345; // 3*Pi/4 rounded once (0x4002D97C7F3321D2)

function xatan(x: number): number {
  const P0 = -8.750608600031904122785e-1;
  const P1 = -1.615753718733365076637e1;
  const P2 = -7.500855792314704667340e1;
  const P3 = -1.228866684490136173410e2;
  const P4 = -6.485021904942025371773e1;
  const Q0 = 2.485846490142306297962e1;
  const Q1 = 1.650270098316988542046e2;
  const Q2 = 4.328810604912902668951e2;
  const Q3 = 4.853903996359136964868e2;
  const Q4 = 1.945506571482613964425e2;
  let z = x * x;
  z = (z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4)) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

function satan(x: number): number {
  const Morebits = 6.123233995736765886130e-17;
  const Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return PiOver2 - xatan(1 / x) + Morebits;
  return PiOver4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

/** math.Atan. */
export function atan(x: number): number {
  if (x === 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

/** math.Asin. */
export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return goNaN;
  let temp = Math.sqrt(1 - x * x);
  if (x > 0.7) temp = PiOver2 - satan(temp / x);
  else temp = satan(x / temp);
  return sign ? -temp : temp;
}

/** math.Acos. */
export function acos(x: number): number {
  return PiOver2 - asin(x);
}

/** math.Atan2. */
export function atan2(y: number, x: number): number {
  if (y !== y || x !== x) return goNaN;
  if (y === 0) {
    if (x >= 0 && !signbit(x)) return copysign(0, y);
    return copysign(Pi, y);
  }
  if (x === 0) return copysign(PiOver2, y);
  if (x === Infinity || x === -Infinity) {
    if (x === Infinity) return y === Infinity || y === -Infinity ? copysign(PiOver4, y) : copysign(0, y);
    return y === Infinity || y === -Infinity ? copysign(ThreePiOver4, y) : copysign(Pi, y);
  }
  if (y === Infinity || y === -Infinity) return copysign(PiOver2, y);
  const q = atan(y / x);
  if (x < 0) {
    if (q <= 0) return q + Pi;
    return q - Pi;
  }
  return q;
}
