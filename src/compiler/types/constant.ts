// Exact constant values and arithmetic: the model of go/constant.
//
// Design
//   Go's constants are exact (The Go Programming Language Specification, "Constants",
//   "Constant expressions"): `1<<100 >> 98` is 4 and `0.1 + 0.2 == 0.3` holds for untyped
//   constants. A `Value` is an immutable tagged object:
//     Unknown                      the result of an invalid operation or an overflow to infinity
//     Bool, String                 a boolean; the bytes of a Go string (a byte string, see quote.ts)
//     Int                          a bigint, unbounded
//     Float, repr 'rat'            an exact fraction num/den (den > 0, lowest terms)
//     Float, repr 'float'          a 512-bit binary float (bigfloat.ts), for values whose fraction
//                                  would be too large
//     Complex                      a pair of Int or Float values
//   The Float representation follows go/constant: a fraction is kept while numerator and
//   denominator stay below 2^4096 (`maxExp` bits); past that the value is rounded to 512 bits and
//   stays a binary float (no attempt is made to go back, which would fake exactness). Literals
//   whose binary exponent is within ±4096 are parsed as exact fractions.
//
//   Operators take Go's operator spelling. `/` is exact division (Int / Int gives a Float
//   fraction), and `div` is truncated integer division: the checker picks `div` when the operands
//   have integer type (go/constant spells it token.QUO_ASSIGN). Division by zero is the checker's
//   error to report; here it yields Unknown.
//
//   Literals are parsed by literal.ts (`fromLiteral`); whether a value fits a basic type, and the
//   value it rounds to, is representable.ts.
//
//   `valueString` is go/constant's String, which gc uses for constants in messages: floats as
//   `%.6g` of the nearest float64 (`0.1`, `1e+100`), beyond float64's range an approximate
//   mantissa and decimal exponent (`1e+1000`), complex as `(re + imi)`, strings quoted and cut
//   to 72 characters with `...`.
//
// Differences from go/constant: integers are always bigints (no int64 fast path: JS has no cheap
// int64, and constant folding is not hot); strings are byte strings rather than lazily built
// concatenation trees; the Float/Int/Complex accessors return bigints where Go returns int64.
import {
  addFloat, bitLen, cmpFloat, floatInRange, floatMantExp, floatPrec, floatToNumber, floatToRat, formatG, mulFloat,
  negFloat, quoFloat, quoToFloat, roundBigFloat, roundFloat, signFloat, subFloat, binary32, binary64,
  zeroFloat, type BigFloat, type IEEEFormat, numberToFloat, roundRat,
} from './bigfloat.js';
import { bytesToText, quoteBytes, runeCount, utf8Encode } from './quote.js';

export enum Kind {
  Unknown,
  Bool,
  String,
  Int,
  Float,
  Complex,
}

export interface UnknownValue { readonly kind: Kind.Unknown }
export interface BoolValue { readonly kind: Kind.Bool; readonly value: boolean }
/** `bytes` is a byte string: one code unit (0-255) per byte of the Go string. */
export interface StringValue { readonly kind: Kind.String; readonly bytes: string }
export interface IntValue { readonly kind: Kind.Int; readonly value: bigint }
export interface RatValue { readonly kind: Kind.Float; readonly repr: 'rat'; readonly num: bigint; readonly den: bigint }
export interface FloatValue { readonly kind: Kind.Float; readonly repr: 'float'; readonly f: BigFloat }
export interface ComplexValue { readonly kind: Kind.Complex; readonly re: RealValue; readonly im: RealValue }

export type RealValue = IntValue | RatValue | FloatValue;
export type Value = UnknownValue | BoolValue | StringValue | RealValue | ComplexValue;

/** Fractions keep components below 2^maxExp; beyond, values become 512-bit floats. */
export const maxExp = 4096;

export type BinaryOperator = '+' | '-' | '*' | '/' | 'div' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';
export type UnaryOperator = '+' | '-' | '^' | '!';
export type ShiftOperator = '<<' | '>>';
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

// ---------------------------------------------------------------------------------------------
// Factories

export const unknown: UnknownValue = { kind: Kind.Unknown };

export function makeUnknown(): Value {
  return unknown;
}

export function makeBool(b: boolean): BoolValue {
  return { kind: Kind.Bool, value: b };
}

/** A string constant from JS text (stored as its UTF-8 bytes). */
export function makeString(text: string): StringValue {
  return { kind: Kind.String, bytes: utf8Encode(text) };
}

/** A string constant from a byte string or a byte array. */
export function makeStringBytes(bytes: string | Uint8Array): StringValue {
  if (typeof bytes === 'string') return { kind: Kind.String, bytes };
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return { kind: Kind.String, bytes: s };
}

export function makeInt(x: bigint | number): IntValue {
  return { kind: Kind.Int, value: BigInt(x) };
}

/** A Float value for a finite double (−0 becomes 0); Unknown for NaN and infinities. */
export function makeFloat64(x: number): Value {
  if (!Number.isFinite(x)) return unknown;
  const [num, den] = floatToRat(numberToFloat(x));
  return makeRat(num, den);
}

/** num/den in lowest terms; a 512-bit float if the fraction is too large. */
export function makeRat(num: bigint, den: bigint): Value {
  if (den === 0n) return unknown;
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num < 0n ? -num : num, den);
  if (g > 1n) {
    num /= g;
    den /= g;
  }
  if (bitLen(num) < maxExp && bitLen(den) < maxExp) return { kind: Kind.Float, repr: 'rat', num, den };
  return makeFloatFrom(quoToFloat(num, den, floatPrec));
}

/** A 512-bit float value; Unknown if it overflowed big.Float's exponent range. */
export function makeFloatFrom(f: BigFloat): Value {
  if (!floatInRange(f)) return floatMantExp(f) > 0 ? unknown : { kind: Kind.Float, repr: 'float', f: zeroFloat };
  return { kind: Kind.Float, repr: 'float', f };
}

export function makeComplex(re: Value, im: Value): Value {
  if (!isReal(re) || !isReal(im)) return unknown;
  return { kind: Kind.Complex, re, im };
}

/** The imaginary value x·i. */
export function makeImag(x: Value): Value {
  return isReal(x) ? makeComplex(makeInt(0), x) : unknown;
}

function isReal(x: Value): x is RealValue {
  return x.kind === Kind.Int || x.kind === Kind.Float;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

// ---------------------------------------------------------------------------------------------
// Conversions between kinds (go/constant ToInt, ToFloat, ToComplex)

/** Float fraction as a BigFloat (rounded to 512 bits). */
function ratToBigFloat(x: RatValue): BigFloat {
  return quoToFloat(x.num, x.den, floatPrec);
}

function intToFloatValue(n: bigint): Value {
  return bitLen(n) < maxExp ? { kind: Kind.Float, repr: 'rat', num: n, den: 1n } : makeFloatFrom(roundFloat(n, 0, floatPrec));
}

/** x as an Int if it is integral (a float off by a few bits of rounding counts); else Unknown. */
export function toInt(x: Value): Value {
  switch (x.kind) {
    case Kind.Int:
      return x;
    case Kind.Float:
      if (x.repr === 'rat') return x.den === 1n ? makeInt(x.num) : unknown;
      return floatToInt(x.f);
    case Kind.Complex: {
      const re = toFloat(x);
      return re.kind === Kind.Float ? toInt(re) : unknown;
    }
    default:
      return unknown;
  }
}

function floatToInt(f: BigFloat): Value {
  const e = floatMantExp(f);
  if (f.mant === 0n) return makeInt(0);
  if (!(-maxExp < e && e < maxExp)) return unknown;
  const exact = (g: BigFloat): bigint | null => (g.exp >= 0 ? g.mant << BigInt(g.exp) : null);
  // mantissas carry no trailing zeros, so a negative exponent means a fraction.
  const direct = exact(f);
  if (direct !== null) return makeInt(direct);
  // Values within a few bits of rounding of an integer are taken as that integer.
  const delta = 4;
  for (const mode of ['zero', 'away'] as const) {
    const v = exact(roundFloat(f.mant, f.exp, floatPrec - delta, mode));
    if (v !== null) return makeInt(v);
  }
  return unknown;
}

/** x as a Float; a complex with zero imaginary part gives its real part. */
export function toFloat(x: Value): Value {
  switch (x.kind) {
    case Kind.Int:
      return intToFloatValue(x.value);
    case Kind.Float:
      return x;
    case Kind.Complex:
      return sign(x.im) === 0 ? toFloat(x.re) : unknown;
    default:
      return unknown;
  }
}

export function toComplex(x: Value): Value {
  switch (x.kind) {
    case Kind.Int:
    case Kind.Float:
      return makeComplex(x, makeInt(0));
    case Kind.Complex:
      return x;
    default:
      return unknown;
  }
}

export function real(x: Value): Value {
  if (x.kind === Kind.Complex) return x.re;
  return isReal(x) ? x : unknown;
}

export function imag(x: Value): Value {
  if (x.kind === Kind.Complex) return x.im;
  return isReal(x) ? makeInt(0) : unknown;
}

// ---------------------------------------------------------------------------------------------
// Accessors

export function boolVal(x: Value): boolean {
  return x.kind === Kind.Bool ? x.value : false;
}

/** The string's bytes decoded as UTF-8 (invalid bytes as U+FFFD): for display and the host. */
export function stringVal(x: Value): string {
  return x.kind === Kind.String ? bytesToText(x.bytes) : '';
}

/** The string's bytes. */
export function stringBytes(x: Value): Uint8Array {
  if (x.kind !== Kind.String) return new Uint8Array(0);
  const out = new Uint8Array(x.bytes.length);
  for (let i = 0; i < out.length; i++) out[i] = x.bytes.charCodeAt(i);
  return out;
}

/** [value wrapped to int64, whether x is an Int that fits int64 exactly]. */
export function int64Val(x: Value): [bigint, boolean] {
  if (x.kind !== Kind.Int) return [0n, false];
  const v = BigInt.asIntN(64, x.value);
  return [v, v === x.value];
}

/** [value wrapped to uint64, whether x is an Int that fits uint64 exactly]. */
export function uint64Val(x: Value): [bigint, boolean] {
  if (x.kind !== Kind.Int) return [0n, false];
  const v = BigInt.asUintN(64, x.value);
  return [v, v === x.value];
}

/** The exact fraction of a real value, or null if it is a float too large to expand. */
function realToRat(x: RealValue): [bigint, bigint] | null {
  if (x.kind === Kind.Int) return [x.value, 1n];
  if (x.repr === 'rat') return [x.num, x.den];
  if (Math.abs(floatMantExp(x.f)) > 1 << 20) return null;
  return floatToRat(x.f);
}

/** Rounds a real value to an IEEE format: the rounded value, or null if it overflows. */
function roundReal(x: RealValue, fmt: IEEEFormat): BigFloat | null {
  if (x.kind === Kind.Float && x.repr === 'float') return roundBigFloat(x.f, fmt);
  const [num, den] = realToRat(x)!;
  return roundRat(num, den, fmt);
}

function floatValOf(x: Value, fmt: IEEEFormat): [number, boolean] {
  if (x.kind !== Kind.Int && x.kind !== Kind.Float) return [0, false];
  const r = roundReal(x, fmt);
  if (r === null) return [sign(x) < 0 ? -Infinity : Infinity, false];
  const exact = x.kind === Kind.Float && x.repr === 'float' ? cmpFloat(r, x.f) === 0 : compareReal(fromBig(r), x) === 0;
  return [floatToNumber(r), exact];
}

/** [nearest float64 (±Infinity on overflow), whether it is exact]. */
export function float64Val(x: Value): [number, boolean] {
  return floatValOf(x, binary64);
}

/** [nearest float32 as a JS number, whether it is exact]. */
export function float32Val(x: Value): [number, boolean] {
  return floatValOf(x, binary32);
}

/**
 * x rounded to float64 (or float32) as a constant; null if it overflows to infinity. This is the
 * rounding a typed float constant undergoes (spec "Representability").
 */
export function roundToFloat(x: Value, bits: 32 | 64): Value | null {
  if (!isReal(x)) return null;
  const r = roundReal(x, bits === 32 ? binary32 : binary64);
  return r === null ? null : fromBig(r);
}

function fromBig(f: BigFloat): RealValue {
  const [num, den] = floatToRat(f);
  return makeRat(num, den) as RealValue;
}

/** -1, 0 or 1; for complex values 0 iff both parts are 0; 1 for Unknown. */
export function sign(x: Value): number {
  switch (x.kind) {
    case Kind.Int:
      return x.value < 0n ? -1 : x.value > 0n ? 1 : 0;
    case Kind.Float:
      return x.repr === 'rat' ? (x.num < 0n ? -1 : x.num > 0n ? 1 : 0) : signFloat(x.f);
    case Kind.Complex:
      return sign(x.re) | sign(x.im);
    case Kind.Unknown:
      return 1;
    default:
      throw new Error(`sign of ${x.kind}`);
  }
}

/** Number of bits of |x| for an Int (0 for Unknown). */
export function bitLenOf(x: Value): number {
  if (x.kind === Kind.Int) return bitLen(x.value);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Operations

/** The representation order go/constant's `match` promotes along. */
function ord(x: Value): number {
  switch (x.kind) {
    case Kind.Unknown: return 0;
    case Kind.Bool: case Kind.String: return 1;
    case Kind.Int: return 2;
    case Kind.Float: return x.repr === 'rat' ? 3 : 4;
    case Kind.Complex: return 5;
  }
}

function promote(x: Value, to: number): Value {
  switch (to) {
    case 3:
      return x.kind === Kind.Int ? { kind: Kind.Float, repr: 'rat', num: x.value, den: 1n } : x;
    case 4:
      if (x.kind === Kind.Int) return makeFloatFrom(roundFloat(x.value, 0, floatPrec));
      if (x.kind === Kind.Float && x.repr === 'rat') return makeFloatFrom(ratToBigFloat(x));
      return x;
    case 5:
      return x.kind === Kind.Complex ? x : makeComplex(x, makeInt(0));
  }
  return x;
}

function match(x: Value, y: Value): [Value, Value] {
  const ox = ord(x);
  const oy = ord(y);
  if (ox < oy) return [promote(x, oy), y];
  if (ox > oy) return [x, promote(y, ox)];
  return [x, y];
}

/** x op y for operands of matching kinds (after untyped conversion by the checker). */
export function binaryOp(x: Value, op: BinaryOperator, y: Value): Value {
  [x, y] = match(x, y);
  if (x.kind === Kind.Unknown || y.kind === Kind.Unknown) return unknown;
  switch (x.kind) {
    case Kind.Bool:
      if (y.kind !== Kind.Bool) break;
      if (op === '&&') return makeBool(x.value && y.value);
      if (op === '||') return makeBool(x.value || y.value);
      break;
    case Kind.String:
      if (y.kind === Kind.String && op === '+') return { kind: Kind.String, bytes: x.bytes + y.bytes };
      break;
    case Kind.Int:
      if (y.kind === Kind.Int) return intOp(x.value, op, y.value);
      break;
    case Kind.Float:
      if (y.kind !== Kind.Float) break;
      if (x.repr === 'rat' && y.repr === 'rat') return ratOp(x, op, y);
      if (x.repr === 'float' && y.repr === 'float') return floatOp(x.f, op, y.f);
      break;
    case Kind.Complex:
      if (y.kind === Kind.Complex) return complexOp(x, op, y);
      break;
  }
  throw new Error(`invalid binary operation ${valueString(x)} ${op} ${valueString(y)}`);
}

function intOp(a: bigint, op: BinaryOperator, b: bigint): Value {
  switch (op) {
    case '+': return makeInt(a + b);
    case '-': return makeInt(a - b);
    case '*': return makeInt(a * b);
    case '/': return b === 0n ? unknown : makeRat(a, b);
    case 'div': return b === 0n ? unknown : makeInt(a / b);
    case '%': return b === 0n ? unknown : makeInt(a % b);
    case '&': return makeInt(a & b);
    case '|': return makeInt(a | b);
    case '^': return makeInt(a ^ b);
    case '&^': return makeInt(a & ~b);
  }
  throw new Error(`invalid integer operation ${op}`);
}

function ratOp(x: RatValue, op: BinaryOperator, y: RatValue): Value {
  switch (op) {
    case '+': return makeRat(x.num * y.den + y.num * x.den, x.den * y.den);
    case '-': return makeRat(x.num * y.den - y.num * x.den, x.den * y.den);
    case '*': return makeRat(x.num * y.num, x.den * y.den);
    case '/': return y.num === 0n ? unknown : makeRat(x.num * y.den, x.den * y.num);
  }
  throw new Error(`invalid float operation ${op}`);
}

function floatOp(a: BigFloat, op: BinaryOperator, b: BigFloat): Value {
  switch (op) {
    case '+': return makeFloatFrom(addFloat(a, b));
    case '-': return makeFloatFrom(subFloat(a, b));
    case '*': return makeFloatFrom(mulFloat(a, b));
    case '/': return b.mant === 0n ? unknown : makeFloatFrom(quoFloat(a, b));
  }
  throw new Error(`invalid float operation ${op}`);
}

function complexOp(x: ComplexValue, op: BinaryOperator, y: ComplexValue): Value {
  const { re: a, im: b } = x;
  const { re: c, im: d } = y;
  const add = (p: Value, q: Value) => binaryOp(p, '+', q);
  const sub = (p: Value, q: Value) => binaryOp(p, '-', q);
  const mul = (p: Value, q: Value) => binaryOp(p, '*', q);
  const quo = (p: Value, q: Value) => binaryOp(p, '/', q);
  switch (op) {
    case '+': return makeComplex(add(a, c), add(b, d));
    case '-': return makeComplex(sub(a, c), sub(b, d));
    case '*': return makeComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
    case '/': {
      const s = add(mul(c, c), mul(d, d));
      if (sign(s) === 0) return unknown;
      return makeComplex(quo(add(mul(a, c), mul(b, d)), s), quo(sub(mul(b, c), mul(a, d)), s));
    }
  }
  throw new Error(`invalid complex operation ${op}`);
}

/**
 * op y. For `^` on an unsigned type of `prec` bits the result is masked to those bits
 * (the complement of a value of that type); prec 0 means a signed or untyped operand.
 */
export function unaryOp(op: UnaryOperator, y: Value, prec = 0): Value {
  if (y.kind === Kind.Unknown) return unknown;
  switch (op) {
    case '+':
      if (isReal(y) || y.kind === Kind.Complex) return y;
      break;
    case '-':
      switch (y.kind) {
        case Kind.Int: return makeInt(-y.value);
        case Kind.Float:
          return y.repr === 'rat' ? { kind: Kind.Float, repr: 'rat', num: -y.num, den: y.den } : makeFloatFrom(negFloat(y.f));
        case Kind.Complex: return makeComplex(unaryOp('-', y.re), unaryOp('-', y.im));
      }
      break;
    case '^':
      if (y.kind === Kind.Int) {
        let z = ~y.value;
        if (prec > 0) z &= (1n << BigInt(prec)) - 1n;
        return makeInt(z);
      }
      break;
    case '!':
      if (y.kind === Kind.Bool) return makeBool(!y.value);
      break;
  }
  throw new Error(`invalid unary operation ${op}${valueString(y)}`);
}

/** x << s or x >> s for an Int x (the checker bounds s). */
export function shift(x: Value, op: ShiftOperator, s: number): Value {
  if (x.kind === Kind.Unknown) return unknown;
  if (x.kind !== Kind.Int) throw new Error(`invalid shift of ${valueString(x)}`);
  return makeInt(op === '<<' ? x.value << BigInt(s) : x.value >> BigInt(s));
}

function cmpResult(c: number, op: ComparisonOperator): boolean {
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

function compareReal(x: RealValue, y: RealValue): number {
  const [a, b] = match(x, y) as [RealValue, RealValue];
  if (a.kind === Kind.Int && b.kind === Kind.Int) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (a.kind === Kind.Float && b.kind === Kind.Float) {
    if (a.repr === 'rat' && b.repr === 'rat') {
      const l = a.num * b.den;
      const r = b.num * a.den;
      return l < r ? -1 : l > r ? 1 : 0;
    }
    if (a.repr === 'float' && b.repr === 'float') return cmpFloat(a.f, b.f);
  }
  throw new Error('unreachable comparison');
}

/** x op y; comparing Unknown values yields false. */
export function compare(x: Value, op: ComparisonOperator, y: Value): boolean {
  [x, y] = match(x, y);
  if (x.kind === Kind.Unknown || y.kind === Kind.Unknown) return false;
  switch (x.kind) {
    case Kind.Bool:
      if (y.kind === Kind.Bool && (op === '==' || op === '!=')) return (x.value === y.value) === (op === '==');
      break;
    case Kind.String:
      if (y.kind === Kind.String) return cmpResult(x.bytes < y.bytes ? -1 : x.bytes > y.bytes ? 1 : 0, op);
      break;
    case Kind.Int:
    case Kind.Float:
      if (isReal(y)) return cmpResult(compareReal(x, y), op);
      break;
    case Kind.Complex:
      if (y.kind === Kind.Complex && (op === '==' || op === '!=')) {
        const eq = compareReal(x.re, y.re) === 0 && compareReal(x.im, y.im) === 0;
        return eq === (op === '==');
      }
      break;
  }
  throw new Error(`invalid comparison ${valueString(x)} ${op} ${valueString(y)}`);
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Longest string constant text (in runes, quotes included) before gc shortens it with "...". */
const maxStringLen = 72;

/** The constant as gc prints it in messages (go/constant's String). */
export function valueString(x: Value): string {
  switch (x.kind) {
    case Kind.Unknown:
      return 'unknown';
    case Kind.Bool:
      return String(x.value);
    case Kind.String: {
      const q = quoteBytes(x.bytes);
      const runes = [...q];
      return runes.length > maxStringLen ? runes.slice(0, maxStringLen - 3).join('') + '...' : q;
    }
    case Kind.Int:
      return x.value.toString();
    case Kind.Float:
      return floatString(x.repr === 'rat' ? ratToBigFloat(x) : x.f);
    case Kind.Complex:
      return `(${valueString(x.re)} + ${valueString(x.im)}i)`;
  }
}

/** The exact value: fractions as `num/den`, floats as mantissa`p`exponent (ExactString). */
export function exactString(x: Value): string {
  switch (x.kind) {
    case Kind.String:
      return quoteBytes(x.bytes);
    case Kind.Float:
      if (x.repr === 'rat') return x.den === 1n ? x.num.toString() : `${x.num}/${x.den}`;
      return `${x.f.mant}p${x.f.exp}`;
    case Kind.Complex:
      return `(${exactString(x.re)} + ${exactString(x.im)}i)`;
    default:
      return valueString(x);
  }
}

function floatString(f: BigFloat): string {
  const r = roundBigFloat(f, binary64);
  if (r !== null && (r.mant === 0n) === (f.mant === 0n)) return formatG(floatToNumber(r));
  // Beyond float64: f ≈ m × 10^e from a 64-bit mantissa and the binary exponent.
  const n = bitLen(f.mant);
  const top = n > 64 ? f.mant >> BigInt(n - 64) : f.mant << BigInt(64 - n);
  let m = Number(top) / 2 ** 64;
  const d = floatMantExp(f) * (Math.LN2 / Math.LN10);
  let e = Math.trunc(d);
  m *= 10 ** (d - e);
  const am = Math.abs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return `${formatG(m)}e${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** The number of runes in a string constant (for `len` of constant strings, use bytes.length). */
export function stringRuneCount(x: StringValue): number {
  return runeCount(x.bytes);
}
