// Go 1.19's math package for minigo: the pure algorithmic cores behind the natives declared in
// math.go, one export per Go function (lower-camel-case of the Go name), bit-exact with Go on
// linux/amd64.
//
// Where Go's result is decided by the hardware or by assembly on amd64, that is what is modelled:
// Sqrt, Floor, Ceil, Trunc are exact hardware operations (the JS Math versions are the same);
// Exp, Log, Hypot, Max, Min follow Go's *_amd64.s (Exp with the FMA path, as Go takes it on every
// x86-64 CPU with AVX and FMA); FMA is the correctly rounded fused operation. Every other
// function is Go's pure-Go algorithm (Cephes and FreeBSD msun), re-implemented operation by
// operation in the same floating-point order, because any reordering changes the last bit.
// The model is Go's default GOAMD64=v1 build, where the compiler never fuses x*y+z in that
// pure-Go code (with GOAMD64=v3 it would, and many last bits would differ).
// JavaScript's Math.sin, Math.exp, Math.pow, Math.hypot, Math.cbrt, ... give different bits
// and are never used for those.
//
// Representation: float64 is a JS number; float32 arguments and results are JS numbers holding
// float32 values; int results are numbers; Float64bits gives a bigint (see bits.ts). Functions
// with several results (Frexp, Modf, Sincos, Lgamma) return objects named after Go's results
// ({frac, exp}, {int, frac}, {sin, cos}, {lgamma, sign}), not arrays, because V8's optimised
// code canonicalises NaN payloads stored in arrays of doubles.
// Go's NaN() is the NaN with bits 0x7FF8000000000001 and is returned wherever Go returns NaN();
// NaNs produced by arithmetic carry the x86 default NaN bits, as in Go, because V8 computes with
// the same SSE instructions. (A VM that stores floats through a Float64Array or DataView keeps
// those bits; one that puts them into plain JS arrays of numbers may not.)
//
// The files follow Go's: bits.ts (representation, Frexp, Ldexp, Logb, Nextafter), floor.ts,
// fma.ts, exp.ts, log.ts, pow.ts, trig.ts, atan.ts, hyperbolic.ts, gamma.ts, erf.ts, bessel.ts.

export {
  abs,
  copysign,
  float32bits,
  float32frombits,
  float64bits,
  float64frombits,
  frexp,
  goNaN,
  ilogb,
  inf,
  isInf,
  isNaN,
  ldexp,
  logb,
  nan,
  nextafter,
  nextafter32,
  signbit,
} from './bits.js';
export { ceil, dim, floor, max, min, mod, modf, remainder, round, roundToEven, trunc } from './floor.js';
export { fma } from './fma.js';
export { exp, exp2, expm1, useFMA } from './exp.js';
export { log, log10, log1p, log2 } from './log.js';
export { cbrt, hypot, pow, pow10, sqrt } from './pow.js';
export { cos, sin, sincos, tan } from './trig.js';
export { acos, asin, atan, atan2 } from './atan.js';
export { acosh, asinh, atanh, cosh, sinh, tanh } from './hyperbolic.js';
export { gamma, lgamma } from './gamma.js';
export { erf, erfc, erfcinv, erfinv } from './erf.js';
export { j0, j1, jn, y0, y1, yn } from './bessel.js';
