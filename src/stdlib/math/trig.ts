// Circular functions: Sin, Cos, Tan, Sincos (Go's sin.go, tan.go, sincos.go, trig_reduce.go).
//
// Go's trigonometry is the Cephes library's, not the C library's:
//   1. |x| < 2^29: octant j = trunc(|x| × 4/π); odd octants are moved to the next even one, so
//      the reduced argument z = ((|x| - y·PI4A) - y·PI4B) - y·PI4C (π/4 split into three parts
//      whose products with y are exact) lies in [-π/4, π/4].
//   2. |x| >= 2^29: Payne-Hanek reduction (trigReduce): the mantissa of x times the bits of 4/π
//      (mPi4, 1216 bits) taken from the right offset, in 64-bit integer arithmetic; the octant
//      is the top 3 bits of the product and the fraction becomes z. Go uses this instead of
//      Cody-Waite because the latter loses all precision there.
//   3. The octant picks the sine or cosine polynomial (degree 13 and 14, Cephes coefficients)
//      and the sign; Tan uses a rational function and -1/y in odd quadrants.
// The 64-bit integer steps of trigReduce use BigInt; that path runs only for huge arguments.
//
// How it differs from Go: nothing observable.

import { goNaN, hiWord, loWord, fromWords } from './bits.js';

const PI4A = 7.85398125648498535156e-1; // 0x3fe921fb40000000
const PI4B = 3.77489470793079817668e-8; // 0x3e64442d00000000
const PI4C = 2.69515142907905952645e-15; // 0x3ce8469898cc5170
const FourOverPi = 1.2732395447351628; // 4/Pi rounded once (0x3FF45F306DC9C883)
const Pi4 = 0.7853981633974483; // Pi/4

const S0 = 1.58962301576546568060e-10;
const S1 = -2.50507477628578072866e-8;
const S2 = 2.75573136213857245213e-6;
const S3 = -1.98412698295895385996e-4;
const S4 = 8.33333333332211858878e-3;
const S5 = -1.66666666666666307295e-1;
const C0 = -1.13585365213876817300e-11;
const C1 = 2.08757008419747316778e-9;
const C2 = -2.75573141792967388112e-7;
const C3 = 2.48015872888517045348e-5;
const C4 = -1.38888888888730564116e-3;
const C5 = 4.16666666666665929218e-2;

/** The argument below which Cody-Waite reduction (step 1) is used. */
export const reduceThreshold = 1 << 29;

function sinPoly(z: number, zz: number): number {
  return z + z * zz * (((((S0 * zz + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5);
}

function cosPoly(zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * (((((C0 * zz + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5);
}

const mPi4 = [
  0x0000000000000001n, 0x45f306dc9c882a53n, 0xf84eafa3ea69bb81n, 0xb6c52b3278872083n,
  0xfca2c757bd778ac3n, 0x6e48dc74849ba5c0n, 0x0c925dd413a32439n, 0xfc3bd63962534e7dn,
  0xd1046bea5d768909n, 0xd338e04d68befc82n, 0x7323ac7306a673e9n, 0x3908bf177bf25076n,
  0x3ff12fffbc0b301fn, 0xde5e2316b414da3en, 0xda6cfd9e4f96136en, 0x9e8c7ecd3cbfd45an,
  0xea4f758fd7cbe2f6n, 0x7a0e73ef14a525d4n, 0xd7f6bf623f1aba10n, 0xac06608df8f6d757n,
];

const M64 = (1n << 64n) - 1n;

/** Payne-Hanek: the octant j and the reduced argument z of x >= reduceThreshold. */
export function trigReduce(x: number): [number, number] {
  if (x < Pi4) return [0, x];
  const hi = hiWord(x);
  const exp = ((hi >>> 20) & 0x7ff) - 1023 - 52;
  const ix = (BigInt(hi & 0xfffff | 0x100000) << 32n) | BigInt(loWord(x));
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = BigInt((exp + 61) % 64);
  const take = (i: number): bigint =>
    ((mPi4[i]! << bitshift) & M64) | (bitshift === 0n ? 0n : mPi4[i + 1]! >> (64n - bitshift));
  const z0 = take(digit);
  const z1 = take(digit + 1);
  const z2 = take(digit + 2);
  // The 192-bit product z0:z1:z2 × ix, keeping its top 128 bits (mod 2^128 for z0).
  const z2hi = (z2 * ix) >> 64n;
  const p1 = z1 * ix;
  const z1hi = p1 >> 64n;
  const z1lo = p1 & M64;
  const z0lo = (z0 * ix) & M64;
  const loSum = z1lo + z2hi;
  const lo = loSum & M64;
  const hiv = (z0lo + z1hi + (loSum >> 64n)) & M64;
  let j = Number(hiv >> 61n);
  // The remaining 125 bits are the fraction; normalise them into a float64 in [0, 1).
  let h = ((hiv << 3n) & M64) | (lo >> 61n);
  const lz = 64 - h.toString(2).length; // leading zeros of h (h = 0 gives 63, as irrelevant)
  const e = BigInt(1023 - (lz + 1));
  h = ((h << BigInt(lz + 1)) & M64) | (lo >> BigInt(64 - (lz + 1)));
  h >>= 64n - 52n;
  h |= e << 52n;
  let z = fromWords(Number(h >> 32n), Number(h & 0xffffffffn));
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  return [j, z * Pi4];
}

/** Octant and reduced argument of |x| (x >= 0, finite). */
function reduce(x: number): [number, number] {
  if (x >= reduceThreshold) return trigReduce(x);
  let j = Math.trunc(x * FourOverPi);
  let y = j;
  if (j & 1) {
    j++;
    y++;
  }
  j &= 7;
  return [j, x - y * PI4A - y * PI4B - y * PI4C];
}

/** math.Cos. */
export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return goNaN;
  let sign = false;
  x = Math.abs(x);
  let [j, z] = reduce(x);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

/** math.Sin. */
export function sin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return goNaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let [j, z] = reduce(x);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

/** math.Sincos: Sin(x) and Cos(x) computed together (same results as Go's Sincos). */
export function sincos(x: number): { sin: number; cos: number } {
  if (x === 0) return { sin: x, cos: 1 };
  if (x !== x || x === Infinity || x === -Infinity) return { sin: goNaN, cos: goNaN };
  let sinSign = false;
  let cosSign = false;
  if (x < 0) {
    x = -x;
    sinSign = true;
  }
  let [j, z] = reduce(x);
  if (j > 3) {
    j -= 4;
    sinSign = !sinSign;
    cosSign = !cosSign;
  }
  if (j > 1) cosSign = !cosSign;
  const zz = z * z;
  let c = cosPoly(zz);
  let s = sinPoly(z, zz);
  if (j === 1 || j === 2) [s, c] = [c, s];
  if (cosSign) c = -c;
  if (sinSign) s = -s;
  return { sin: s, cos: c };
}

const TP0 = -1.30936939181383777646e4;
const TP1 = 1.15351664838587416140e6;
const TP2 = -1.79565251976484877988e7;
const TQ1 = 1.36812963470692954678e4;
const TQ2 = -1.32089234440210967447e6;
const TQ3 = 2.50083801823357915839e7;
const TQ4 = -5.38695755929454629881e7;

/** math.Tan. */
export function tan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return goNaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let j: number;
  let z: number;
  if (x >= reduceThreshold) [j, z] = trigReduce(x);
  else {
    j = Math.trunc(x * FourOverPi);
    let y = j;
    if (j & 1) {
      j++;
      y++;
    }
    z = x - y * PI4A - y * PI4B - y * PI4C;
  }
  const zz = z * z;
  let y: number;
  if (zz > 1e-14) {
    y = z + z * ((zz * ((TP0 * zz + TP1) * zz + TP2)) / ((((zz + TQ1) * zz + TQ2) * zz + TQ3) * zz + TQ4));
  } else y = z;
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}
