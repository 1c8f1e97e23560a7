// strconv.ParseFloat (Go's atof.go) for bitSize 32 and 64.
//
// Syntax is Go's, read by the same steps as Go's readFloat so that every input is accepted or
// rejected exactly as Go does it:
//   - optional sign; "inf", "infinity", "nan" in any case ("nan" without a sign);
//   - decimal digits with an optional '.', then an optional e/E exponent; or "0x" hex digits
//     with an optional '.', then a mandatory p/P binary exponent;
//   - underscores anywhere in the digits, accepted only if Go's underscoreOK holds for the text
//     read (they are allowed between digits and after a base prefix, as in Go literals);
//   - the exponent's digits stop accumulating once it reaches 10000 (Go's cap), which bounds
//     work on absurd exponents without changing any representable result.
// A valid prefix followed by anything else is a syntax error for the whole string.
//
// Values are correctly rounded (nearest, ties to even) from the exact decimal or hex value, as
// Go's Eisel-Lemire + big-decimal fallback chain guarantees:
//   - decimal, 64-bit: the host's Number() on a normalised "0.<digits>e<dp>" string. ECMAScript
//     requires the correctly rounded double for decimal literals, which is Go's answer.
//   - decimal, 32-bit: Go rounds straight from decimal to float32. Math.fround(Number(s)) is
//     the same except when Number(s) lands exactly on a midpoint between two float32 values
//     (double rounding); that case is recomputed exactly with BigInt.
//   - hex: Go's atofHex on the (up to 64-bit) mantissa with a sticky bit.
// Overflow gives ±Inf and ErrRange; underflow gives ±0 and no error (as in Go).
//
// One Go 1.19 bug is reproduced on purpose: Go's last-resort decimal algorithm stores at most 800
// digits and derives the decimal point from the stored count, so a number with more than 800
// significant digits before its point comes out scaled down by 10^(excess), but only when Go's
// fast paths (exact small cases, Eisel-Lemire with the 19-digit mantissa and mantissa+1) do not
// settle it first. Those paths are modelled for that decision alone (exactOK, eiselLemire, with
// Go's 128-bit powers of ten computed by BigInt), and only for such inputs.
//
// How it differs from Go: Go's fast paths are replaced by the host's correctly rounded parser
// (they give the same value whenever they succeed); the bug above is reproduced.

import { ErrSyntax, type NumError, rangeError, syntaxError } from './errors.js';
import { underscoreOK } from './atoi.js';
import { type StrInput, toBytes } from './utf8.js';

function lower(c: number): number {
  return c | 0x20;
}

function commonPrefixLenIgnoreCase(s: Uint8Array, start: number, prefix: string): number {
  const n = Math.min(prefix.length, s.length - start);
  for (let i = 0; i < n; i++) {
    let c = s[start + i]!;
    if (0x41 <= c && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(i)) return i;
  }
  return n;
}

/** Go's math.NaN(): the quiet NaN with bits 0x7FF8000000000001 (V8 keeps NaN payloads). */
const goNaN = new Float64Array(new BigUint64Array([0x7ff8000000000001n]).buffer)[0]!;

/** Go's special: ±inf, ±infinity, nan as a prefix of s. Returns [value, length] or null. */
function special(s: Uint8Array): [number, number] | null {
  if (s.length === 0) return null;
  let sign = 1;
  let nsign = 0;
  const c = s[0]!;
  if (c === 0x2b || c === 0x2d || c === 0x69 || c === 0x49) {
    if (c === 0x2b || c === 0x2d) {
      if (c === 0x2d) sign = -1;
      nsign = 1;
    }
    let n = commonPrefixLenIgnoreCase(s, nsign, 'infinity');
    // Anything longer than "inf" is ok, but if we don't have "infinity", only consume "inf".
    if (3 < n && n < 8) n = 3;
    if (n === 3 || n === 8) return [sign * Infinity, nsign + n];
  } else if (c === 0x6e || c === 0x4e) {
    if (commonPrefixLenIgnoreCase(s, 0, 'nan') === 3) return [goNaN, 3];
  }
  return null;
}

/** What Go's readFloat finds in a prefix of s. */
interface FloatText {
  /** Index after the last byte read. */
  n: number;
  neg: boolean;
  hex: boolean;
  /** Decimal: the significant digits (no leading zeros), as ASCII. Hex: unused. */
  digits: string;
  /** Decimal: the value is 0.<digits> × 10^dp. */
  dp: number;
  /** Hex: first 16 significant hex digits; value is mantissa × 2^exp (trunc: more nonzero).
   * Decimal: filled in by goMantissa only when Go's slow path matters. */
  mantissa: bigint;
  exp: number;
  trunc: boolean;
  /** Decimal: Go's decimal.set view: dp as computed from at most 800 stored digits. */
  setDp: number;
}

/** The number of digits Go's decimal type stores (decimal.d is [800]byte). */
const maxDecimalDigits = 800;

/** Go's readFloat. Returns null where Go returns ok = false. */
function readFloat(s: Uint8Array): FloatText | null {
  let i = 0;
  let underscores = false;
  let neg = false;
  if (i >= s.length) return null;
  if (s[i] === 0x2b) i++;
  else if (s[i] === 0x2d) {
    neg = true;
    i++;
  }
  let base = 10;
  let maxMantDigits = 19;
  let expChar = 0x65;
  let hex = false;
  if (i + 2 < s.length && s[i] === 0x30 && lower(s[i + 1]!) === 0x78) {
    base = 16;
    maxMantDigits = 16;
    i += 2;
    expChar = 0x70;
    hex = true;
  }
  let sawdot = false;
  let sawdigits = false;
  let nd = 0;
  let ndMant = 0;
  let dp = 0;
  let digits = '';
  let mantissa = 0n;
  let trunc = false;
  let setDp = 0; // decimal.set's dp, which counts only the 800 digits it stores
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === 0x5f) {
      underscores = true;
      continue;
    }
    if (c === 0x2e) {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      setDp = Math.min(nd, maxDecimalDigits);
      continue;
    }
    let v: number;
    if (0x30 <= c && c <= 0x39) v = c - 0x30;
    else if (base === 16 && 0x61 <= lower(c) && lower(c) <= 0x66) v = lower(c) - 0x61 + 10;
    else break;
    sawdigits = true;
    if (v === 0 && nd === 0 && c === 0x30) {
      dp--;
      setDp--;
      continue;
    }
    nd++;
    if (hex) {
      if (ndMant < maxMantDigits) {
        mantissa = mantissa * 16n + BigInt(v);
        ndMant++;
      } else if (v !== 0 || c !== 0x30) trunc = true;
    } else {
      digits += String.fromCharCode(c);
    }
  }
  if (!sawdigits) return null;
  if (!sawdot) {
    dp = nd;
    setDp = Math.min(nd, maxDecimalDigits);
  }
  if (base === 16) {
    dp *= 4;
    ndMant *= 4;
  }
  if (i < s.length && lower(s[i]!) === expChar) {
    i++;
    if (i >= s.length) return null;
    let esign = 1;
    if (s[i] === 0x2b) i++;
    else if (s[i] === 0x2d) {
      i++;
      esign = -1;
    }
    if (i >= s.length || s[i]! < 0x30 || s[i]! > 0x39) return null;
    let e = 0;
    for (; i < s.length && ((0x30 <= s[i]! && s[i]! <= 0x39) || s[i] === 0x5f); i++) {
      if (s[i] === 0x5f) {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + s[i]! - 0x30;
    }
    dp += e * esign;
    setDp += e * esign;
  } else if (base === 16) {
    return null;
  }
  let exp = 0;
  if (hex && mantissa !== 0n) exp = dp - ndMant;
  if (underscores && !underscoreOK(s, i)) return null;
  return { n: i, neg, hex, digits, dp, mantissa, exp, trunc, setDp };
}

interface FloatInfo {
  mantbits: number;
  expbits: number;
  bias: number;
}
const float32info: FloatInfo = { mantbits: 23, expbits: 8, bias: -127 };
const float64info: FloatInfo = { mantbits: 52, expbits: 11, bias: -1023 };

/** Go's atofHex: round mantissa × 2^exp (plus a sticky bit) to the float format. */
function atofHex(t: FloatText, flt: FloatInfo): [number, boolean] {
  const mb = BigInt(flt.mantbits);
  const maxExp = (1 << flt.expbits) + flt.bias - 2;
  const minExp = flt.bias + 1;
  let mantissa = t.mantissa;
  let exp = t.exp + flt.mantbits;
  // Shift so the mantissa has mantbits+2 bits below the leading one (two rounding bits).
  while (mantissa !== 0n && mantissa >> (mb + 2n) === 0n) {
    mantissa <<= 1n;
    exp--;
  }
  if (t.trunc) mantissa |= 1n;
  while (mantissa >> (1n + mb + 2n) !== 0n) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  // Denormalise, keeping the sticky bit.
  while (mantissa > 1n && exp < minExp - 2) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  let round = mantissa & 3n;
  mantissa >>= 2n;
  round |= mantissa & 1n; // ties to even
  exp += 2;
  if (round === 3n) {
    mantissa++;
    if (mantissa === 1n << (1n + mb)) {
      mantissa >>= 1n;
      exp++;
    }
  }
  if (mantissa >> mb === 0n) exp = flt.bias; // denormal or zero
  let overflow = false;
  if (exp > maxExp) {
    mantissa = 1n << mb;
    exp = maxExp + 1;
    overflow = true;
  }
  let v: number;
  if (exp === maxExp + 1) v = Infinity;
  else {
    // mantissa × 2^(exp - mantbits), with exp = bias meaning the denormal scale minExp.
    const e = (exp === flt.bias ? minExp : exp) - flt.mantbits;
    v = Number(mantissa) * 2 ** e;
  }
  return [t.neg ? -v : v, overflow];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Whether the double x (finite, nonzero) lies exactly halfway between two float32 values. */
function isFloat32Midpoint(x: number): boolean {
  f64[0] = x;
  const e = ((u32[1]! >>> 20) & 0x7ff) - 1023; // x is a normal double in float32's range here
  const ulpExp = Math.max(e, -126) - 23;
  const r = Math.abs(x) / 2 ** ulpExp;
  return r - Math.floor(r) === 0.5;
}

/**
 * Correct rounding of digits × 10^(dp - len(digits)) to a float with `mantbits` fraction bits
 * (ties to even), on BigInt. Returns the magnitude; Infinity on overflow.
 */
function roundDecimalExact(digits: string, dp: number, flt: FloatInfo): number {
  if (digits.length === 0) return 0;
  if (dp > 310) return Infinity;
  if (dp < -330) return 0;
  const M = BigInt(digits);
  const E = dp - digits.length;
  const num = E >= 0 ? M * 10n ** BigInt(E) : M;
  const den = E >= 0 ? 1n : 10n ** BigInt(-E);
  const mantbits = flt.mantbits;
  const minK = flt.bias + 1 - mantbits; // scale of the smallest denormal
  // k such that num/den / 2^k has mantbits+1 integer bits.
  let k = num.toString(2).length - den.toString(2).length - mantbits - 1;
  const scaled = (kk: number): [bigint, bigint] =>
    kk >= 0 ? [num, den << BigInt(kk)] : [num << BigInt(-kk), den];
  let [a, b] = scaled(k);
  if (a / b >= 1n << BigInt(mantbits + 1)) k++;
  else if (a / b < 1n << BigInt(mantbits)) k--;
  if (k < minK) k = minK;
  [a, b] = scaled(k);
  let q = a / b;
  const r2 = (a - q * b) * 2n;
  if (r2 > b || (r2 === b && (q & 1n) === 1n)) q++;
  if (q === 1n << BigInt(mantbits + 1)) {
    q >>= 1n;
    k++;
  }
  const maxK = (1 << flt.expbits) + flt.bias - 2 - mantbits;
  if (k > maxK) return Infinity;
  return Number(q) * 2 ** k;
}

/** The correctly rounded magnitude of 0.<digits> × 10^dp for the format. */
function decimalValue(digits: string, dp: number, bitSize: number, flt: FloatInfo): number {
  if (digits.length === 0 || /^0*$/.test(digits)) return 0;
  if (dp > 310) return Infinity;
  if (dp < -330) return 0;
  const v = Number('0.' + digits + 'e' + dp);
  if (bitSize !== 32) return v;
  if (v === 0 || !Number.isFinite(v)) return Math.fround(v);
  const g = Math.fround(v);
  return g === v || !isFloat32Midpoint(v) ? g : roundDecimalExact(digits, dp, flt);
}

// Go's fast paths, modelled only to know whether Go falls back to its decimal algorithm (they
// are exact whenever they succeed, so their values are the correctly rounded ones).

const float64pow10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Whether Go's atof64exact / atof32exact succeeds. */
function exactOK(mantissa: bigint, exp: number, bitSize: number): boolean {
  const mantbits = bitSize === 32 ? 23n : 52n;
  if (mantissa >> mantbits !== 0n) return false;
  let f = Number(mantissa);
  if (bitSize === 32) {
    if (exp === 0) return true;
    if (exp > 0 && exp <= 7 + 10) {
      if (exp > 10) f = Math.fround(f * float64pow10[exp - 10]!);
      return !(f > 1e7);
    }
    return exp < 0 && exp >= -10;
  }
  if (exp === 0) return true;
  if (exp > 0 && exp <= 15 + 22) {
    if (exp > 22) f *= float64pow10[exp - 22]!;
    return !(f > 1e15);
  }
  return exp < 0 && exp >= -22;
}

const detailedPowersOfTenMinExp10 = -348;
const detailedPowersOfTenMaxExp10 = 347;
const powCache = new Map<number, bigint>();
const M64 = (1n << 64n) - 1n;

/** The 128-bit mantissa of 10^k rounded down (Go's detailedPowersOfTen, computed). */
function detailedPowerOfTen(k: number): bigint {
  let v = powCache.get(k);
  if (v !== undefined) return v;
  if (k >= 0) {
    const p = 10n ** BigInt(k);
    const L = p.toString(2).length;
    v = L >= 128 ? p >> BigInt(L - 128) : p << BigInt(128 - L);
  } else {
    const d = 10n ** BigInt(-k);
    const L = d.toString(2).length;
    v = (1n << BigInt(127 + L)) / d;
    if (v >> 128n !== 0n) v = (1n << BigInt(126 + L)) / d;
    else if (v >> 127n === 0n) v = (1n << BigInt(128 + L)) / d;
  }
  powCache.set(k, v);
  return v;
}

/** Go's eiselLemire64/32: the float's bits, or null where Go gives up. */
function eiselLemire(man: bigint, exp10: number, bitSize: number): bigint | null {
  if (man === 0n) return 0n;
  if (exp10 < detailedPowersOfTenMinExp10 || detailedPowersOfTenMaxExp10 < exp10) return null;
  const is32 = bitSize === 32;
  const lowMask = is32 ? 0x3fffffffffn : 0x1ffn;
  const lowBits = is32 ? 38n : 9n;
  const mantbits = is32 ? 23n : 52n;
  const bias = is32 ? 127 : 1023;
  const clz = 64 - man.toString(2).length;
  man = (man << BigInt(clz)) & M64;
  let retExp2 = BigInt.asUintN(64, BigInt(Math.floor((217706 * exp10) / 65536) + 64 + bias - clz));
  const pw = detailedPowerOfTen(exp10);
  const x = man * (pw >> 64n);
  let xHi = x >> 64n;
  let xLo = x & M64;
  if ((xHi & lowMask) === lowMask && xLo + man > M64) {
    const y = man * (pw & M64);
    const yHi = y >> 64n;
    const yLo = y & M64;
    let mergedHi = xHi;
    const mergedLo = (xLo + yHi) & M64;
    if (mergedLo < xLo) mergedHi++;
    if ((mergedHi & lowMask) === lowMask && mergedLo === M64 && yLo + man > M64) return null;
    xHi = mergedHi;
    xLo = mergedLo;
  }
  const msb = xHi >> 63n;
  let retMantissa = xHi >> (msb + lowBits);
  retExp2 = BigInt.asUintN(64, retExp2 - (1n ^ msb));
  if (xLo === 0n && (xHi & lowMask) === 0n && (retMantissa & 3n) === 1n) return null;
  retMantissa += retMantissa & 1n;
  retMantissa >>= 1n;
  if (retMantissa >> (mantbits + 1n) > 0n) {
    retMantissa >>= 1n;
    retExp2 += 1n;
  }
  const expMax = is32 ? 0xffn : 0x7ffn;
  if (BigInt.asUintN(64, retExp2 - 1n) >= expMax - 1n) return null;
  return (retExp2 << mantbits) | (retMantissa & ((1n << mantbits) - 1n));
}

/** Go's readFloat results for a decimal: the first 19 significant digits, exponent, trunc. */
function goMantissa(t: FloatText): void {
  const ndMant = Math.min(t.digits.length, 19);
  t.mantissa = BigInt(t.digits.slice(0, ndMant) || '0');
  t.trunc = /[1-9]/.test(t.digits.slice(19));
  t.exp = t.mantissa !== 0n ? t.dp - ndMant : 0;
}

/** Whether Go's atof32/atof64 ends in its decimal fallback for this input. */
function reachesDecimalFallback(t: FloatText, bitSize: number): boolean {
  goMantissa(t);
  if (!t.trunc && exactOK(t.mantissa, t.exp, bitSize)) return false;
  const f = eiselLemire(t.mantissa, t.exp, bitSize);
  if (f !== null) {
    if (!t.trunc) return false;
    const fUp = eiselLemire(t.mantissa + 1n, t.exp, bitSize);
    if (fUp !== null && f === fUp) return false;
  }
  return true;
}

const fnParseFloat = 'ParseFloat';

/** Go's atof32/atof64: [value, bytes consumed, error]. */
function atof(s: Uint8Array, bitSize: number): [number, number, NumError | null] {
  const sp = special(s);
  // float32(NaN()) keeps only the quiet bit of Go's payload: 0x7FC00000, read back as 0x7FF8000000000000.
  if (sp) return [bitSize === 32 ? Math.fround(sp[0]) : sp[0], sp[1], null];
  const t = readFloat(s);
  if (!t) return [0, 0, syntaxError(fnParseFloat, s)];
  const flt = bitSize === 32 ? float32info : float64info;
  if (t.hex) {
    const [v, overflow] = atofHex(t, flt);
    return [v, t.n, overflow ? rangeError(fnParseFloat, s.slice(0, t.n)) : null];
  }
  let v: number;
  if (t.setDp !== t.dp && reachesDecimalFallback(t, bitSize)) {
    // Go 1.19's last-resort path reads at most 800 digits and then takes the decimal point
    // position from the digits it kept, so a number with more than 800 significant digits
    // before its point is scaled down by the excess. Reproduced as Go computes it.
    const kept = t.digits.slice(0, maxDecimalDigits);
    const sticky = /[1-9]/.test(t.digits.slice(maxDecimalDigits)) ? '1' : '';
    v = decimalValue(kept + sticky, t.setDp, bitSize, flt);
  } else {
    v = decimalValue(t.digits, t.dp, bitSize, flt);
  }
  if (t.neg) v = -v;
  return [v, t.n, Number.isFinite(v) ? null : rangeError(fnParseFloat, s)];
}

/**
 * strconv.ParseFloat(s, bitSize). bitSize 32 rounds to float32 (the result is that float32's
 * value as a double); any other bitSize means 64, as in Go.
 */
export function parseFloat(str: StrInput, bitSize: number): [number, NumError | null] {
  const s = toBytes(str);
  const [f, n, err] = atof(s, bitSize === 32 ? 32 : 64);
  if (n !== s.length && (err === null || err.err !== ErrSyntax)) {
    return [0, syntaxError(fnParseFloat, s)];
  }
  return [err && err.err === ErrSyntax ? 0 : f, err];
}

/** Go's parseFloatPrefix: [value, bytes consumed, error] for the longest valid prefix. */
export function parseFloatPrefix(str: StrInput, bitSize: number): [number, number, NumError | null] {
  return atof(toBytes(str), bitSize === 32 ? 32 : 64);
}
