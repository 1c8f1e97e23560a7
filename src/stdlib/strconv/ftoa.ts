// strconv.FormatFloat / AppendFloat (Go's ftoa.go), for every format Go knows:
// 'e' 'E' 'f' 'g' 'G' (decimal), 'b' (binary exponent), 'x' 'X' (hexadecimal mantissa), with any
// precision, including -1 (the shortest string that parses back to the same float), for float32
// and float64 values. fmt's %e %f %g %b %x %v on floats are built on formatFloat too (fmtFloat
// below adds fmt's flags, as fmt/format.go does on top of strconv).
//
// The algorithm:
//   1. Split the float (rounded to float32 first for bitSize 32) into sign, biased exponent and
//      mantissa. NaN and ±Inf print as "NaN", "+Inf", "-Inf" whatever the format.
//   2. 'b' and 'x' work on the binary mantissa directly (fmtB, fmtX; 'x' rounds the mantissa to
//      4×prec bits half to even).
//   3. Otherwise the float's exact decimal expansion is computed (decimal.ts) and:
//      - for a precision >= 0, rounded half to even to the requested number of digits;
//      - for precision -1, shortened by Go's roundShortest: the exact expansions of the halfway
//        points to the neighbouring floats bound an interval (closed when the mantissa is even,
//        since round-to-even parsing then maps the bounds back to this float); the first digit
//        position at which the value can be truncated or rounded up while staying inside the
//        interval gives the shortest digits, rounded to nearest when both ways stay inside.
//   4. formatDigits lays the digits out as %e, %f or %g (with Go's %g rule: exponent < -4 or
//      >= precision selects %e, where shortest output uses precision 6 for that test; exponent
//      with at least two digits).
//
// How it differs from Go: Go takes Ryū fast paths (ryuFtoaShortest, ryuFtoaFixed32/64) before
// falling back to the exact big-decimal algorithm above; both give the same digits (Go's own
// tests check them against each other). minigo uses the exact algorithm on BigInt, with two host
// fast paths that give the same digits: float64 shortest output from the host's shortest-digits
// conversion (same definition, see shortestDigits64), and fixed precisions up to 100 from
// toFixed/toExponential when the value cannot be a rounding tie (see fixedDigits). Outputs are JS strings with one char per byte: ASCII, except for the
// "%" + fmt result of an unknown format byte >= 0x80.

import { PlainPanic } from '../../runtime/error.js';
import { Decimal, exactDecimal } from './decimal.js';

interface FloatInfo {
  readonly mantbits: number;
  readonly expbits: number;
  readonly bias: number;
}

const float32info: FloatInfo = { mantbits: 23, expbits: 8, bias: -127 };
const float64info: FloatInfo = { mantbits: 52, expbits: 11, bias: -1023 };

const f64 = new Float64Array(1);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f64.buffer);
const u32of32 = new Uint32Array(f32.buffer);

/** A format byte given as a char code or a one-char string. */
export type FormatByte = number | string;

function fmtCode(fmt: FormatByte): number {
  return typeof fmt === 'number' ? fmt & 0xff : fmt.charCodeAt(0);
}

/** strconv.FormatFloat(f, fmt, prec, bitSize). bitSize other than 32 or 64 panics, as in Go. */
export function formatFloat(f: number, fmt: FormatByte, prec: number, bitSize: number): string {
  const c = fmtCode(fmt);
  let neg: boolean;
  let exp: number;
  let mant: number; // at most 2^53: exact as a double
  let flt: FloatInfo;
  if (bitSize === 32) {
    f32[0] = f;
    const bits = u32of32[0]!;
    flt = float32info;
    neg = bits >>> 31 !== 0;
    exp = (bits >>> 23) & 0xff;
    mant = bits & 0x7fffff;
  } else if (bitSize === 64) {
    f64[0] = f;
    const lo = u32[0]!;
    const hi = u32[1]!;
    flt = float64info;
    neg = hi >>> 31 !== 0;
    exp = (hi >>> 20) & 0x7ff;
    mant = (hi & 0xfffff) * 4294967296 + lo;
  } else {
    throw new PlainPanic('strconv: illegal AppendFloat/FormatFloat bitSize');
  }
  const expMask = (1 << flt.expbits) - 1;
  if (exp === expMask) {
    if (mant !== 0) return 'NaN';
    return neg ? '-Inf' : '+Inf';
  }
  if (exp === 0) exp++;
  else mant += 2 ** flt.mantbits;
  exp += flt.bias;

  if (c === 0x62) return fmtB(neg, mant, exp, flt);
  if (c === 0x78 || c === 0x58) return fmtX(prec, c, neg, BigInt(mant), exp, flt);
  return bigFtoa(prec, c, neg, mant, exp, flt, f);
}

/**
 * The shortest decimal digits of a finite nonzero float64, from the host: ECMAScript's
 * Number::toString algorithm picks the fewest digits that read back as x, and among those the
 * one closest to x (even on a tie), with the same inclusive-bound rule as Go's roundShortest
 * (bounds inclusive exactly when the mantissa is even). V8 implements it exactly (Grisu3 with a
 * bignum fallback). The fixtures check the two against each other on tens of thousands of values.
 */
function shortestDigits64(x: number): Decimal {
  const s = (x < 0 ? -x : x).toExponential();
  const d = new Decimal();
  const e = s.indexOf('e');
  d.d = e > 1 ? s[0]! + s.slice(2, e) : s[0]!;
  d.dp = Number(s.slice(e + 1)) + 1;
  return d;
}

/** The digits of a host toFixed/toExponential string, trailing zeros trimmed, as a Decimal. */
function decimalFromHost(str: string): Decimal {
  const d = new Decimal();
  let e = str.indexOf('e');
  let exp10 = 0;
  if (e >= 0) exp10 = Number(str.slice(e + 1));
  else e = str.length;
  let dot = str.indexOf('.');
  if (dot < 0 || dot > e) dot = e;
  // All digits without the point; the point sits after the integer part's digits.
  let digits = str.slice(0, dot) + str.slice(dot + 1, e);
  let dp = dot + exp10;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 0x30) lead++;
  digits = digits.slice(lead);
  dp -= lead;
  d.d = digits;
  d.dp = dp;
  d.trim();
  return d;
}

/**
 * The correctly rounded digits for a fixed precision, from the host's toFixed/toExponential,
 * which round the exact value correctly but break ties away from zero where Go breaks them to
 * even. A tie needs the exact expansion to end with a 5 exactly one place after the last digit
 * kept; for x = m·2^e with m odd and e < 0 the expansion ends at the 10^e place (with a 5), so a
 * tie is recognised from e alone. Those cases, integers (whose last digit the binary exponent
 * does not give) and precisions the host does not support return null, for the exact path.
 * Precondition: ax = |x| > 0, ax = mant × 2^e2.
 */
function fixedDigits(ax: number, mant: number, e2: number, prec: number, fmt: number): Decimal | null {
  // Strip trailing zero bits: ax = m × 2^e with m odd.
  let e = e2;
  let m = mant;
  while (m % 2 === 0) {
    m /= 2;
    e++;
  }
  if (e >= 0) return null;
  if (fmt === 0x66) {
    if (prec > 100 || ax >= 1e21) return null;
    if (e === -(prec + 1)) return null;
    return decimalFromHost(ax.toFixed(prec));
  }
  let digits: number;
  if (fmt === 0x65 || fmt === 0x45) digits = prec + 1;
  else if (fmt === 0x67 || fmt === 0x47) digits = prec === 0 ? 1 : prec;
  else return null;
  if (digits > 101) return null;
  const s = ax.toExponential(digits - 1);
  const E = Number(s.slice(s.indexOf('e') + 1));
  // First significant digit at 10^exp10, last at 10^e: exp10 - e + 1 significant digits. A tie
  // has digits+1 of them; exp10 is E, or E-1 if rounding carried into a new digit.
  if (E - e + 1 === digits + 1 || E - 1 - e + 1 === digits + 1) return null;
  return decimalFromHost(s);
}

/** Decimal formats; `f` is the value itself (used for float64 shortest output). */
function bigFtoa(
  prec: number,
  fmt: number,
  neg: boolean,
  mant: number,
  exp: number,
  flt: FloatInfo,
  f: number,
): string {
  const shortest = prec < 0;
  if (shortest && flt === float64info && mant !== 0) {
    const d = shortestDigits64(f);
    switch (fmt) {
      case 0x65: case 0x45: prec = d.nd - 1; break;
      case 0x66: prec = Math.max(d.nd - d.dp, 0); break;
      case 0x67: case 0x47: prec = d.nd; break;
    }
    return formatDigits(true, neg, d, prec, fmt);
  }
  if (!shortest && mant !== 0) {
    const d = fixedDigits(f < 0 ? -f : f, mant, exp - flt.mantbits, prec, fmt);
    if (d !== null) {
      if ((fmt === 0x67 || fmt === 0x47) && prec === 0) prec = 1;
      return formatDigits(false, neg, d, prec, fmt);
    }
  }
  const d = exactDecimal(BigInt(mant), exp - flt.mantbits);
  if (shortest) {
    roundShortest(d, BigInt(mant), exp, flt);
    switch (fmt) {
      case 0x65: case 0x45: prec = d.nd - 1; break; // e E
      case 0x66: prec = Math.max(d.nd - d.dp, 0); break; // f
      case 0x67: case 0x47: prec = d.nd; break; // g G
    }
  } else {
    switch (fmt) {
      case 0x65: case 0x45: d.round(prec + 1); break;
      case 0x66: d.round(d.dp + prec); break;
      case 0x67: case 0x47:
        if (prec === 0) prec = 1;
        d.round(prec);
        break;
    }
  }
  return formatDigits(shortest, neg, d, prec, fmt);
}

function formatDigits(shortest: boolean, neg: boolean, d: Decimal, prec: number, fmt: number): string {
  switch (fmt) {
    case 0x65: case 0x45:
      return fmtE(neg, d, prec, fmt);
    case 0x66:
      return fmtF(neg, d, prec);
    case 0x67: case 0x47: {
      let eprec = prec;
      if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision; shortest output uses 6 for that test, as %g always has.
      if (shortest) eprec = 6;
      const exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd) prec = d.nd;
        return fmtE(neg, d, prec - 1, fmt + 0x65 - 0x67);
      }
      if (prec > d.dp) prec = d.nd;
      return fmtF(neg, d, Math.max(prec - d.dp, 0));
    }
  }
  return '%' + String.fromCharCode(fmt);
}

/** Go's roundShortest: shorten d to the fewest digits that still identify the float. */
function roundShortest(d: Decimal, mant: bigint, exp: number, flt: FloatInfo): void {
  if (mant === 0n) {
    d.d = '';
    d.dp = 0;
    return;
  }
  // If the expansion is an integer with at least as many trailing zeros (in the exponent) as
  // 2^(exp-mantbits) has significant bits, it is already shortest (log2(10) > 3.32).
  const minexp = flt.bias + 1;
  if (exp > minexp && 332 * (d.dp - d.nd) >= 100 * (exp - flt.mantbits)) return;

  const upper = exactDecimal(mant * 2n + 1n, exp - flt.mantbits - 1);
  let mantlo: bigint;
  let explo: number;
  if (mant > 1n << BigInt(flt.mantbits) || exp === minexp) {
    mantlo = mant - 1n;
    explo = exp;
  } else {
    // The float below is half as far away: its exponent is one less.
    mantlo = mant * 2n - 1n;
    explo = exp - 1;
  }
  const lower = exactDecimal(mantlo * 2n + 1n, explo - flt.mantbits - 1);
  const inclusive = mant % 2n === 0n;

  // upperdelta: 0 while the digits of d and upper agree, 1 when they differ by one in the last
  // place seen (upper may still be exactly one unit above), 2 once upper is surely larger.
  let upperdelta = 0;
  for (let ui = 0; ; ui++) {
    const mi = ui - upper.dp + d.dp;
    if (mi >= d.nd) break;
    const li = ui - upper.dp + lower.dp;
    const l = li >= 0 ? lower.digit(li) : 0;
    const m = mi >= 0 ? d.digit(mi) : 0;
    const u = upper.digit(ui);

    const okdown = l !== m || (inclusive && li + 1 === lower.nd);
    if (upperdelta === 0 && m + 1 < u) upperdelta = 2;
    else if (upperdelta === 0 && m !== u) upperdelta = 1;
    else if (upperdelta === 1 && (m !== 9 || u !== 0)) upperdelta = 2;
    const okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);

    if (okdown && okup) {
      d.round(mi + 1);
      return;
    }
    if (okdown) {
      d.roundDown(mi + 1);
      return;
    }
    if (okup) {
      d.roundUp(mi + 1);
      return;
    }
  }
}

/** %e: -d.ddddde±dd */
function fmtE(neg: boolean, d: Decimal, prec: number, fmt: number): string {
  let s = neg ? '-' : '';
  s += d.nd !== 0 ? d.d[0]! : '0';
  if (prec > 0) {
    s += '.';
    const m = Math.min(d.nd, prec + 1);
    if (m > 1) s += d.d.slice(1, m);
    if (prec + 1 > Math.max(m, 1)) s += '0'.repeat(prec + 1 - Math.max(m, 1));
  }
  s += String.fromCharCode(fmt);
  let exp = d.dp - 1;
  if (d.nd === 0) exp = 0; // 0 has exponent 0
  if (exp < 0) {
    s += '-';
    exp = -exp;
  } else s += '+';
  return s + (exp < 10 ? '0' + exp : String(exp));
}

/** %f: -ddddddd.ddddd */
function fmtF(neg: boolean, d: Decimal, prec: number): string {
  let s = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.nd, d.dp);
    s += d.d.slice(0, m);
    if (d.dp > m) s += '0'.repeat(d.dp - m);
  } else s += '0';
  if (prec > 0) {
    s += '.';
    // Digits d.dp .. d.dp+prec-1 of the expansion; positions outside d are zeros.
    const lead = Math.min(Math.max(-d.dp, 0), prec);
    if (lead > 0) s += '0'.repeat(lead);
    const from = d.dp + lead;
    const to = Math.min(d.nd, d.dp + prec);
    if (to > from) s += d.d.slice(from, to);
    const done = lead + Math.max(to - from, 0);
    if (prec > done) s += '0'.repeat(prec - done);
  }
  return s;
}

/** %b: -ddddp±ddd, the mantissa and binary exponent in decimal. */
function fmtB(neg: boolean, mant: number, exp: number, flt: FloatInfo): string {
  exp -= flt.mantbits;
  return (neg ? '-' : '') + mant.toString() + 'p' + (exp >= 0 ? '+' : '') + String(exp);
}

/** %x: -0x1.yyyyyyp±ddd, mantissa rounded half to even to prec hex digits when 0 <= prec < 15. */
function fmtX(prec: number, fmt: number, neg: boolean, mant: bigint, exp: number, flt: FloatInfo): string {
  if (mant === 0n) exp = 0;
  const M64 = (1n << 64n) - 1n;
  const bit60 = 1n << 60n;
  // Shift the mantissa so the leading 1 is at bit 60 (0 stays 0).
  mant <<= BigInt(60 - flt.mantbits);
  while (mant !== 0n && (mant & bit60) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (bit60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 0x58 ? '0123456789ABCDEF' : '0123456789abcdef';
  let s = (neg ? '-' : '') + '0' + String.fromCharCode(fmt) + String(Number((mant >> 60n) & 1n));
  mant = (mant << 4n) & M64;
  if (prec < 0 && mant !== 0n) {
    s += '.';
    while (mant !== 0n) {
      s += hex[Number((mant >> 60n) & 15n)]!;
      mant = (mant << 4n) & M64;
    }
  } else if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      s += hex[Number((mant >> 60n) & 15n)]!;
      mant = (mant << 4n) & M64;
    }
  }
  s += fmt === 0x58 ? 'P' : 'p';
  if (exp < 0) {
    s += '-';
    exp = -exp;
  } else s += '+';
  return s + (exp < 10 ? '0' + exp : String(exp));
}

/** fmt's flags and width/precision for one verb (fmt's `fmtFlags` plus wid/prec). */
export interface FmtFlags {
  plus?: boolean;
  space?: boolean;
  sharp?: boolean;
  /** Zero padding. fmt clears it when minus is set ("only pad with zeros to the left"). */
  zero?: boolean;
  minus?: boolean;
  /** The width, when present. */
  wid?: number;
  /** The precision, when present. */
  prec?: number;
}

/**
 * fmt's (*fmt).fmtFloat: formats v as strconv.AppendFloat(v, verb, prec, size) would, then
 * applies fmt's sign flags, '#' (keep a decimal point and trailing zeros), width and zero
 * padding, in fmt/format.go's order. `prec` is the verb's default precision (-1 for %v %g %G %b
 * %x %X, 6 for %e %E %f), overridden by flags.prec when present. `verb` must already be mapped
 * as (*pp).fmtFloat maps it: %v -> 'g', %F -> 'f' (see printFloat).
 */
export function fmtFloat(v: number, size: number, verb: FormatByte, prec: number, flags: FmtFlags = {}): string {
  const vb = fmtCode(verb);
  if (flags.prec !== undefined) prec = flags.prec;
  let num = formatFloat(v, vb, prec, size);
  if (num[0] === '-' || num[0] === '+') {
    // keep the sign
  } else num = '+' + num;
  if (flags.space && num[0] === '+' && !flags.plus) num = ' ' + num.slice(1);

  const wid = flags.wid ?? 0;
  const widPresent = flags.wid !== undefined;
  const pad = (b: string, zero: boolean): string => {
    if (!widPresent || wid === 0) return b;
    const n = wid - b.length;
    if (n <= 0) return b;
    const padding = (zero ? '0' : ' ').repeat(n);
    return flags.minus ? b + padding : padding + b;
  };

  // Infinities and NaN are never zero-padded; NaN loses its sign unless a sign flag asks for one.
  if (num[1] === 'I' || num[1] === 'N') {
    if (num[1] === 'N' && !flags.space && !flags.plus) num = num.slice(1);
    return pad(num, false);
  }

  if (flags.sharp && vb !== 0x62) {
    let digits = 0;
    switch (vb) {
      case 0x76: case 0x67: case 0x47: case 0x78: // v g G x
        digits = prec;
        // With %e-style shortest output, '#' still means 6 significant digits.
        if (digits === -1) digits = 6;
    }
    let tail = '';
    let hasDecimalPoint = false;
    let sawNonzeroDigit = false;
    for (let i = 1; i < num.length; i++) {
      const ch = num[i]!;
      if (ch === '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (ch === 'p' || ch === 'P') {
        tail += num.slice(i);
        num = num.slice(0, i);
        break;
      }
      if ((ch === 'e' || ch === 'E') && vb !== 0x78 && vb !== 0x58) {
        tail += num.slice(i);
        num = num.slice(0, i);
        break;
      }
      if (ch !== '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      // The leading digit 0 counts as a significant digit when it is the only one.
      if (num.length === 2 && num[1] === '0') digits--;
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }

  if (flags.plus || num[0] !== '+') {
    // Sign printed; zero padding goes between the sign and the digits.
    if (flags.zero && widPresent && wid > num.length) {
      return num[0]! + '0'.repeat(wid - num.length) + num.slice(1);
    }
    return pad(num, !!flags.zero);
  }
  return pad(num.slice(1), !!flags.zero);
}

/**
 * fmt's (*pp).fmtFloat: the verb letter of a Printf directive applied to a float of `size` bits
 * (32 or 64). Returns null for a verb that is not a float verb (fmt then prints %!verb(...)).
 */
export function printFloat(v: number, size: number, verb: FormatByte, flags: FmtFlags = {}): string | null {
  switch (fmtCode(verb)) {
    case 0x76: return fmtFloat(v, size, 0x67, -1, flags); // v
    case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: // b g G x X
      return fmtFloat(v, size, verb, -1, flags);
    case 0x66: case 0x65: case 0x45: // f e E
      return fmtFloat(v, size, verb, 6, flags);
    case 0x46: return fmtFloat(v, size, 0x66, 6, flags); // F
  }
  return null;
}

/**
 * fmt's (*pp).fmtComplex: "(" + real part + imaginary part with a forced sign + "i)", each part
 * formatted by printFloat at half the complex size with the same flags (so a width applies to
 * each part). Returns null for a verb that is not a float verb.
 */
export function printComplex(
  re: number,
  im: number,
  size: number,
  verb: FormatByte,
  flags: FmtFlags = {},
): string | null {
  const r = printFloat(re, size / 2, verb, flags);
  if (r === null) return null;
  return '(' + r + printFloat(im, size / 2, verb, { ...flags, plus: true })! + 'i)';
}
