// Binary floating-point arithmetic on bigints: the machinery under untyped float constants.
//
// Design
//   A `BigFloat` is `mant × 2^exp` with `mant` a signed bigint of at most `floatPrec` (512) bits,
//   the mantissa precision go/constant uses once a value is too large to be kept as a fraction.
//   Every operation computes the exact result (or, for division, enough quotient bits plus a
//   sticky bit) and rounds it once, to nearest with ties to even, so each result is correctly
//   rounded. Zero is `{mant: 0n, exp: 0}`; mantissas carry no trailing zero bits, so equal
//   values have equal representations.
//
//   The same rounding routine (`roundRat`) rounds an exact fraction to IEEE binary32 or
//   binary64, subnormals and overflow included; that is how representability in float32 and
//   float64 is decided and how a constant becomes a JS number. `formatG` renders a float64 the
//   way Go's `%.Ng` verb does, from the exact decimal expansion of the double, rounding half to
//   even like strconv (JS's `toPrecision` rounds ties away from zero, so it cannot be used).
//
// Differences from Go: go/constant uses math/big's Float, whose exponent is an int32; here the
// exponent is a JS number and `expLimit` plays the role of big.Float's MinExp/MaxExp: a result
// beyond it is an overflow (an infinity, which go/constant turns into an unknown value) or an
// underflow to zero.

/** A binary floating-point number `mant × 2^exp`; `mant` has no trailing zero bits. */
export interface BigFloat {
  readonly mant: bigint;
  readonly exp: number;
}

/** Mantissa precision of large float constants (go/constant's `prec`). */
export const floatPrec = 512;

/** Largest |binary exponent| of a BigFloat (big.Float's MaxExp, an int32). */
export const expLimit = 2 ** 31 - 1;

export const zeroFloat: BigFloat = { mant: 0n, exp: 0 };

export type RoundingMode = 'even' | 'zero' | 'away';

/** Number of bits of |x| (0 for 0). */
export function bitLen(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  // toString(16) is linear; correct the top digit.
  const s = x.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0]!, 16)));
}

function trailingZeros(x: bigint): number {
  if (x === 0n) return 0;
  let n = 0;
  while ((x & 0xffffffffn) === 0n) {
    x >>= 32n;
    n += 32;
  }
  while ((x & 1n) === 0n) {
    x >>= 1n;
    n++;
  }
  return n;
}

/** Canonical form: no trailing zero bits in the mantissa. */
export function normFloat(mant: bigint, exp: number): BigFloat {
  if (mant === 0n) return zeroFloat;
  const tz = trailingZeros(mant);
  return tz === 0 ? { mant, exp } : { mant: mant >> BigInt(tz), exp: exp + tz };
}

/**
 * Rounds `mant × 2^exp` to `prec` bits. `sticky` says that the true value lies strictly beyond
 * |mant| (some nonzero bits below were already dropped), which breaks ties upward.
 */
export function roundFloat(mant: bigint, exp: number, prec: number, mode: RoundingMode = 'even', sticky = false): BigFloat {
  const neg = mant < 0n;
  let m = neg ? -mant : mant;
  const n = bitLen(m);
  if (n > prec) {
    const shift = n - prec;
    const bs = BigInt(shift);
    const rest = m & ((1n << bs) - 1n);
    m >>= bs;
    exp += shift;
    const inexact = rest !== 0n || sticky;
    if (mode === 'away') {
      if (inexact) m += 1n;
    } else if (mode === 'even') {
      const half = 1n << (bs - 1n);
      if (rest > half || (rest === half && (sticky || (m & 1n) === 1n))) m += 1n;
    }
  } else if (sticky && mode === 'away') {
    // The dropped bits lie below the last kept bit: add one unit at the precision's last place.
    const shift = prec - n;
    m = (m << BigInt(shift)) + 1n;
    exp -= shift;
  }
  return normFloat(neg ? -m : m, exp);
}

/** `num / den` (den > 0) rounded to `prec` bits. */
export function quoToFloat(num: bigint, den: bigint, prec: number, mode: RoundingMode = 'even'): BigFloat {
  if (num === 0n) return zeroFloat;
  const neg = num < 0n;
  const n = neg ? -num : num;
  // Scale so that the integer quotient has at least prec + 2 bits.
  const k = prec + 2 + bitLen(den) - bitLen(n);
  let q: bigint;
  let r: bigint;
  if (k >= 0) {
    const a = n << BigInt(k);
    q = a / den;
    r = a % den;
  } else {
    const b = den << BigInt(-k);
    q = n / b;
    r = n % b;
  }
  return roundFloat(neg ? -q : q, -k, prec, mode, r !== 0n);
}

/** The exponent e with 2^(e-1) <= |f| < 2^e (big.Float's MantExp); 0 for zero. */
export function floatMantExp(f: BigFloat): number {
  return f.mant === 0n ? 0 : f.exp + bitLen(f.mant);
}

/** Whether f is within big.Float's exponent range (else it is an infinity). */
export function floatInRange(f: BigFloat): boolean {
  return f.mant === 0n || Math.abs(floatMantExp(f)) <= expLimit;
}

export function negFloat(f: BigFloat): BigFloat {
  return { mant: -f.mant, exp: f.exp };
}

export function signFloat(f: BigFloat): number {
  return f.mant < 0n ? -1 : f.mant > 0n ? 1 : 0;
}

export function addFloat(a: BigFloat, b: BigFloat, prec = floatPrec): BigFloat {
  if (a.mant === 0n) return roundFloat(b.mant, b.exp, prec);
  if (b.mant === 0n) return roundFloat(a.mant, a.exp, prec);
  // If one operand lies wholly below half an ulp of the other, it only acts as a sticky bit.
  const ea = floatMantExp(a);
  const eb = floatMantExp(b);
  if (ea - eb > prec + 2) return nudge(a, b, prec);
  if (eb - ea > prec + 2) return nudge(b, a, prec);
  const e = Math.min(a.exp, b.exp);
  const m = (a.mant << BigInt(a.exp - e)) + (b.mant << BigInt(b.exp - e));
  return roundFloat(m, e, prec);
}

function nudge(big: BigFloat, tiny: BigFloat, prec: number): BigFloat {
  // Extend big by two guard bits and push it toward tiny by less than a quarter ulp.
  const extra = Math.max(prec + 4 - bitLen(big.mant), 0);
  const m = big.mant << BigInt(extra);
  const dir = (tiny.mant < 0n) === (big.mant < 0n) ? 1n : -1n;
  const sgn = big.mant < 0n ? -1n : 1n;
  return roundFloat(m + dir * sgn, big.exp - extra, prec);
}

export function subFloat(a: BigFloat, b: BigFloat, prec = floatPrec): BigFloat {
  return addFloat(a, negFloat(b), prec);
}

export function mulFloat(a: BigFloat, b: BigFloat, prec = floatPrec): BigFloat {
  return roundFloat(a.mant * b.mant, a.exp + b.exp, prec);
}

/** a / b; b must not be zero. */
export function quoFloat(a: BigFloat, b: BigFloat, prec = floatPrec): BigFloat {
  const neg = (a.mant < 0n) !== (b.mant < 0n);
  const q = quoToFloat(a.mant < 0n ? -a.mant : a.mant, b.mant < 0n ? -b.mant : b.mant, prec);
  return { mant: neg ? -q.mant : q.mant, exp: q.exp + a.exp - b.exp };
}

export function cmpFloat(a: BigFloat, b: BigFloat): number {
  const sa = signFloat(a);
  const sb = signFloat(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  const ea = floatMantExp(a);
  const eb = floatMantExp(b);
  if (ea !== eb) return (ea < eb ? -1 : 1) * sa;
  const e = Math.min(a.exp, b.exp);
  const ma = a.mant << BigInt(a.exp - e);
  const mb = b.mant << BigInt(b.exp - e);
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/** The exact fraction of f as [num, den]; the caller bounds the exponent first. */
export function floatToRat(f: BigFloat): [bigint, bigint] {
  if (f.exp >= 0) return [f.mant << BigInt(f.exp), 1n];
  return [f.mant, 1n << BigInt(-f.exp)];
}

// ---------------------------------------------------------------------------------------------
// IEEE 754 binary formats

export interface IEEEFormat {
  /** Significand bits including the hidden bit. */
  readonly mantBits: number;
  /** Exponent of the smallest subnormal's unit. */
  readonly minUlpExp: number;
  /** Values >= 2^maxExp overflow. */
  readonly maxExp: number;
}

export const binary64: IEEEFormat = { mantBits: 53, minUlpExp: -1074, maxExp: 1024 };
export const binary32: IEEEFormat = { mantBits: 24, minUlpExp: -149, maxExp: 128 };

/**
 * Rounds num/den (den > 0) to the nearest value of the format, ties to even, subnormals
 * included. Returns the exact result as `mant × 2^exp`, or null if it overflows to infinity.
 */
export function roundRat(num: bigint, den: bigint, fmt: IEEEFormat): BigFloat | null {
  if (num === 0n) return zeroFloat;
  const neg = num < 0n;
  const n = neg ? -num : num;
  // e such that 2^(e-1) <= n/den < 2^e
  let e = bitLen(n) - bitLen(den);
  if (e >= 0 ? n >= den << BigInt(e) : n << BigInt(-e) >= den) e++;
  if (e > fmt.maxExp + 1) return null;
  const ulpExp = Math.max(e - fmt.mantBits, fmt.minUlpExp);
  let a = n;
  let b = den;
  if (ulpExp >= 0) b <<= BigInt(ulpExp);
  else a <<= BigInt(-ulpExp);
  let q = a / b;
  const r2 = (a % b) * 2n;
  if (r2 > b || (r2 === b && (q & 1n) === 1n)) q += 1n;
  if (bitLen(q) + ulpExp > fmt.maxExp) return null;
  return normFloat(neg ? -q : q, ulpExp);
}

/** Rounds a BigFloat to the format (null on overflow). */
export function roundBigFloat(f: BigFloat, fmt: IEEEFormat): BigFloat | null {
  if (f.mant === 0n) return zeroFloat;
  const e = floatMantExp(f);
  if (e > fmt.maxExp + 1) return null;
  if (e < fmt.minUlpExp - 2) return zeroFloat;
  const [num, den] = floatToRat(f);
  return roundRat(num, den, fmt);
}

/** The JS number of a value already rounded to binary64 (or binary32). */
export function floatToNumber(f: BigFloat): number {
  if (f.mant === 0n) return 0;
  // mant < 2^53 and mant × 2^exp is a double, so the split product below is exact.
  const m = Number(f.mant);
  if (f.exp < -1000) return m * 2 ** (f.exp + 100) * 2 ** -100;
  return m * 2 ** f.exp;
}

/** The exact value of a finite double as `mant × 2^exp`. */
export function numberToFloat(x: number): BigFloat {
  if (x === 0) return zeroFloat;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) {
    exp = -1074;
  } else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  return normFloat(x < 0 ? -mant : mant, exp);
}

// ---------------------------------------------------------------------------------------------
// Decimal formatting

/** Exact decimal digits of a finite nonzero |double|: value = 0.d1d2d3... × 10^dp. */
function exactDecimal(x: number): { digits: string; dp: number } {
  const f = numberToFloat(Math.abs(x));
  if (f.exp >= 0) {
    const digits = (f.mant << BigInt(f.exp)).toString();
    return { digits, dp: digits.length };
  }
  const digits = (f.mant * 5n ** BigInt(-f.exp)).toString();
  return { digits, dp: digits.length + f.exp };
}

/** Rounds a digit string to n significant digits, half to even; trims trailing zeros. */
function roundDigits(digits: string, dp: number, n: number): { digits: string; dp: number } {
  if (digits.length > n) {
    const head = digits.slice(0, n);
    const rest = digits.slice(n);
    let up = false;
    if (rest[0]! > '5') up = true;
    else if (rest[0] === '5') up = /[1-9]/.test(rest.slice(1)) || (Number(head[n - 1]) & 1) === 1;
    digits = head;
    if (up) {
      const bumped = (BigInt(head) + 1n).toString();
      if (bumped.length > head.length) {
        digits = bumped.slice(0, n);
        dp++;
      } else {
        digits = bumped;
      }
    }
  }
  digits = digits.replace(/0+$/, '');
  return { digits: digits === '' ? '0' : digits, dp };
}

/** Go's `%.<prec>g` for a finite double (strconv.FormatFloat(x, 'g', prec, 64)). */
export function formatG(x: number, prec = 6): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const exact = exactDecimal(x);
  const { digits, dp } = roundDigits(exact.digits, exact.dp, prec);
  const exp10 = dp - 1;
  let eprec = prec;
  if (eprec > digits.length && digits.length >= dp) eprec = digits.length;
  let s: string;
  if (exp10 < -4 || exp10 >= eprec) {
    s = digits[0]! + (digits.length > 1 ? '.' + digits.slice(1) : '');
    const ae = Math.abs(exp10);
    s += 'e' + (exp10 < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  } else if (dp <= 0) {
    s = '0.' + '0'.repeat(-dp) + digits;
  } else if (dp >= digits.length) {
    s = digits + '0'.repeat(dp - digits.length);
  } else {
    s = digits.slice(0, dp) + '.' + digits.slice(dp);
  }
  return neg ? '-' + s : s;
}
