// math.FMA: x×y+z with a single rounding (Go's fma.go; on amd64 the compiler emits VFMADD231SD
// when the CPU has FMA, which gives the same correctly rounded result).
//
// JavaScript has no fused multiply-add, so it is emulated:
//   1. Special operands (a zero, an infinity, a NaN) follow Go: x*y+z evaluated as written, or z
//      when z alone is infinite or NaN.
//   2. Fast path, for operands well inside the exponent range: Dekker's exact product
//      x×y = ph + pl (Veltkamp splitting), Knuth's exact sum ph+z = sh + sl, and the candidate
//      r = sh + (sl + pl). The residual x×y+z - r is evaluated from exact pieces with a bound on
//      its own rounding error; if r plus either end of the residual's interval rounds back to r,
//      r is the correctly rounded result (this also covers the smaller ulp below a power of 2).
//   3. Otherwise (near-ties, huge or tiny magnitudes) the exact sum is formed with BigInt
//      integers (mantissa × 2^exponent) and rounded to nearest-even once, subnormals included.
// An exact zero sum of nonzero terms is +0, as IEEE 754 specifies for round-to-nearest and as
// the hardware instruction gives (Go's software fallback would keep the product's sign; amd64
// with FMA never runs it).

import { hiWord, loWord } from './bits.js';

const SPLIT = 134217729; // 2^27 + 1

function decompose(x: number): [bigint, number] {
  const hi = hiWord(x);
  const lo = loWord(x);
  const E = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (E === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = E - 1075;
  }
  return [hi >>> 31 ? -m : m, e];
}

/** The double nearest n × 2^e (ties to even). */
export function roundBigToFloat64(n: bigint, e: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  const a = neg ? -n : n;
  const L = a.toString(2).length;
  const top = e + L - 1;
  let shift: number;
  if (top > 1023) return neg ? -Infinity : Infinity;
  if (top >= -1022) shift = L - 53;
  else shift = -1074 - e;
  let v: number;
  if (shift <= 0) v = Number(a) * 2 ** e;
  else {
    const s = BigInt(shift);
    let q = a >> s;
    const rem = a & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
    v = Number(q) * 2 ** (e + shift);
  }
  return neg ? -v : v;
}

function fmaExact(x: number, y: number, z: number): number {
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const p = mx * my;
  const pe = ex + ey;
  const e0 = Math.min(pe, ez);
  const n = (p << BigInt(pe - e0)) + (mz << BigInt(ez - e0));
  return roundBigToFloat64(n, e0);
}

const TWO_M49 = 1.7763568394002505e-15; // 2^-49, bound on the rounding error of the residual sum

/** math.FMA. */
export function fma(x: number, y: number, z: number): number {
  if (x === 0 || y === 0 || z === 0 || !(x - x === 0) || !(y - y === 0)) return x * y + z;
  if (!(z - z === 0)) return z;
  const ph = x * y;
  const ax = x < 0 ? -x : x;
  const ay = y < 0 ? -y : y;
  const az = z < 0 ? -z : z;
  const ap = ph < 0 ? -ph : ph;
  if (ax < 1e290 && ay < 1e290 && ax > 1e-270 && ay > 1e-270 && ap < 1e290 && ap > 1e-270 && az < 1e290) {
    // Exact product ph + pl (Dekker, Veltkamp splitting).
    let c = SPLIT * x;
    const xh = c - (c - x);
    const xl = x - xh;
    c = SPLIT * y;
    const yh = c - (c - y);
    const yl = y - yh;
    const pl = xh * yh - ph + xh * yl + xl * yh + xl * yl;
    // Exact sum ph + z = sh + sl (Knuth).
    const sh = ph + z;
    const bb = sh - ph;
    const sl = ph - (sh - bb) + (z - bb);
    const r = sh + (sl + pl);
    const ar = r < 0 ? -r : r;
    if (ar > 1e-270 && ar < 1e300) {
      // sh - r = a + ae exactly; the residual x*y+z-r is a + ae + sl + pl, which `delta`
      // approximates to within `bound`. If both ends of that interval, added to r, round back
      // to r, so does every value between them (rounding is monotonic), the exact one included.
      const a = sh - r;
      const ab = a - sh;
      const ae = sh - (a - ab) + (-r - ab);
      const delta = a + ae + sl + pl;
      const bound =
        ((a < 0 ? -a : a) + (ae < 0 ? -ae : ae) + (sl < 0 ? -sl : sl) + (pl < 0 ? -pl : pl)) * TWO_M49;
      if (r + (delta + bound) === r && r + (delta - bound) === r) return r;
    }
  }
  return fmaExact(x, y, z);
}
