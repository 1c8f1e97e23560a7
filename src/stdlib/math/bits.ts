// The float64 and float32 representation functions of Go's math package (unsafe.go, bits.go,
// signbit.go, copysign.go, abs.go, frexp.go, ldexp.go, logb.go, nextafter.go), and the word
// access every other file here uses.
//
// A float64 is read and written through one shared 8-byte buffer viewed as a Float64Array and as
// two little-endian Uint32 words (hi = sign, exponent and top 20 mantissa bits; lo = the low 32
// mantissa bits). The algorithms from FreeBSD's msun think in exactly those words, so the
// implementations below use them instead of 64-bit integers; only the public Float64bits and
// Float64frombits use BigInt.
//
// Float64bits returns the uint64 as a bigint, always (most bit patterns exceed 2^53, and a result
// type that changes with the value would only push the test to every caller). Float64frombits
// takes a bigint or a number (a safe non-negative integer).
//
// NaN payloads: Go's math.NaN() is the quiet NaN 0x7FF8000000000001, and V8 keeps NaN bits
// through moves and arithmetic, so functions that return Go's NaN() return that exact value
// (`goNaN`), and Float64bits(NaN()) prints as in Go. Signalling NaNs (made by Float64frombits)
// also survive JS numbers, Float64Array and DataView, and are quieted by arithmetic exactly as
// SSE quiets them in Go. What does not keep NaN bits is a plain JS array of doubles: V8 quiets
// and sometimes canonicalises NaNs stored in one. Nothing here stores results that way (see the
// object results of Frexp, Modf, Sincos, Lgamma); the VM's registers and memory must not either.
//
// How it differs from Go: Frexp and Ldexp are written on the words, with the same results as
// Go's pure-Go versions (amd64 has no assembly for them).

const buf = new ArrayBuffer(8);
const f64 = new Float64Array(buf);
const u32 = new Uint32Array(buf);
const u64 = new BigUint64Array(buf);
const f32 = new Float32Array(buf, 0, 1);

/** The high word of x: sign, 11 exponent bits, top 20 mantissa bits. */
export function hiWord(x: number): number {
  f64[0] = x;
  return u32[1]!;
}

/** The low 32 mantissa bits of x. */
export function loWord(x: number): number {
  f64[0] = x;
  return u32[0]!;
}

/** The float64 with the given high and low words. */
export function fromWords(hi: number, lo: number): number {
  u32[1] = hi;
  u32[0] = lo;
  return f64[0]!;
}

/** math.Float64bits: the IEEE 754 bits of f, as a bigint in [0, 2^64). */
export function float64bits(f: number): bigint {
  f64[0] = f;
  return u64[0]!;
}

/** math.Float64frombits. */
export function float64frombits(b: bigint | number): number {
  u64[0] = BigInt.asUintN(64, BigInt(b));
  return f64[0]!;
}

/** math.Float32bits: the bits of the float32 nearest f (f is expected to be a float32 value). */
export function float32bits(f: number): number {
  f32[0] = f;
  return u32[0]!;
}

/** math.Float32frombits: the float32 with bits b, as a double. */
export function float32frombits(b: number): number {
  u32[0] = b >>> 0;
  return f32[0]!;
}

/** Go's NaN(): the quiet NaN with bits 0x7FF8000000000001. */
export const goNaN = fromWords(0x7ff80000, 1);

/** math.NaN. */
export function nan(): number {
  return goNaN;
}

/** math.Inf(sign): +Inf for sign >= 0, -Inf for sign < 0. */
export function inf(sign: number): number {
  return sign >= 0 ? Infinity : -Infinity;
}

/** math.IsNaN. */
export function isNaN(f: number): boolean {
  return f !== f;
}

/** math.IsInf(f, sign): sign > 0 asks for +Inf, sign < 0 for -Inf, 0 for either. */
export function isInf(f: number, sign: number): boolean {
  return (sign >= 0 && f === Infinity) || (sign <= 0 && f === -Infinity);
}

/** math.Signbit: whether the sign bit is set (true for -0 and negative NaNs). */
export function signbit(x: number): boolean {
  return hiWord(x) >>> 31 !== 0;
}

/** math.Copysign: |f| with the sign of sign (bit operation, NaN included). */
export function copysign(f: number, sign: number): number {
  const s = hiWord(sign) & 0x80000000;
  f64[0] = f;
  u32[1] = (u32[1]! & 0x7fffffff) | s;
  return f64[0]!;
}

/** math.Abs: clears the sign bit. */
export function abs(x: number): number {
  f64[0] = x;
  u32[1] = u32[1]! & 0x7fffffff;
  return f64[0]!;
}

const smallestNormal = 2.2250738585072014e-308; // 2^-1022

/** Go's normalize: a subnormal x scaled by 2^52, with the exponent correction. */
export function normalize(x: number): [number, number] {
  if (Math.abs(x) < smallestNormal) return [x * 4503599627370496, -52];
  return [x, 0];
}

/**
 * math.Frexp: frac in [0.5, 1) and exp with f = frac × 2^exp; ±0, ±Inf, NaN give (f, 0).
 * Multiple float results are returned as objects named after Go's results, not as arrays:
 * V8's optimised code canonicalises NaN payloads stored in double arrays, objects keep them.
 */
export function frexp(f: number): { frac: number; exp: number } {
  if (f === 0 || f !== f || f === Infinity || f === -Infinity) return { frac: f, exp: 0 };
  const [g, e] = normalize(f);
  const hi = hiWord(g);
  const exp = e + ((hi >>> 20) & 0x7ff) - 1023 + 1;
  const frac = fromWords((hi & 0x800fffff) | (1022 << 20), loWord(g));
  return { frac, exp };
}

/** math.Ldexp: frac × 2^exp, with Go's underflow to ±0 and overflow to ±Inf. */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || frac !== frac || frac === Infinity || frac === -Infinity) return frac;
  const [g, e] = normalize(frac);
  exp += e;
  const hi = hiWord(g);
  const lo = loWord(g);
  exp += ((hi >>> 20) & 0x7ff) - 1023;
  if (exp < -1075) return copysign(0, g);
  if (exp > 1023) return g < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1.1102230246251565e-16; // 2^-53
  }
  return m * fromWords((hi & 0x800fffff) | ((exp + 1023) << 20), lo);
}

/** Go's ilogb on a finite nonzero x. */
function ilogbFinite(x: number): number {
  const [g, e] = normalize(x);
  return ((hiWord(g) >>> 20) & 0x7ff) - 1023 + e;
}

/** math.Logb: the binary exponent of x. */
export function logb(x: number): number {
  if (x === 0) return -Infinity;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x !== x) return x;
  return ilogbFinite(x);
}

/** math.Ilogb: the binary exponent as an int; MinInt32 for 0, MaxInt32 for NaN and ±Inf. */
export function ilogb(x: number): number {
  if (x === 0) return -2147483648;
  if (x !== x || x === Infinity || x === -Infinity) return 2147483647;
  return ilogbFinite(x);
}

/** The float64 whose bits are those of x plus d (d = ±1), as Go's bit arithmetic does. */
function stepBits(x: number, d: number): number {
  f64[0] = x;
  u64[0] = BigInt.asUintN(64, u64[0]! + BigInt(d));
  return f64[0]!;
}

/** math.Nextafter: the next float64 after x towards y. */
export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return goNaN;
  if (x === y) return x;
  if (x === 0) return copysign(5e-324, y);
  return stepBits(x, y > x === x > 0 ? 1 : -1);
}

/** math.Nextafter32: the next float32 after x towards y (x, y float32 values). */
export function nextafter32(x: number, y: number): number {
  if (x !== x || y !== y) return Math.fround(goNaN);
  if (x === y) return x;
  if (x === 0) return copysign(1.401298464324817e-45, y);
  return float32frombits(float32bits(x) + (y > x === x > 0 ? 1 : -1));
}
