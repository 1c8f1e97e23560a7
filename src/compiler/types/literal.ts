// Go literals to constant values (spec "Integer literals", "Floating-point literals",
// "Imaginary literals", "Rune literals", "String literals"): go/constant's MakeFromLiteral.
//
// Design
//   `fromLiteral(image, kind)` takes a token image exactly as the lexer produced it and returns
//   its exact value, or Unknown if the image is malformed or out of range (gc then reports
//   "malformed constant: 1e1000000000"; a valid lexer never produces the other cases).
//     int     decimal, 0x/0o/0b, legacy octal 0777, `_` between digits
//     float   decimal (1.5e10, .5, 1.) and hexadecimal (0x1.8p-3, exponent required)
//     imag    any int or float form followed by `i`; a leading 0 is decimal (0777i == 777i)
//     rune    one character or escape; the value is the code point (or byte for \x, octal)
//     string  interpreted (escapes, \x and octal give raw bytes) or raw (carriage returns dropped)
//   Floats whose binary exponent lies within ±4096 become exact fractions, larger or smaller
//   ones 512-bit floats (go/constant's rule). Decimal exponents up to 20000 are scaled with exact
//   powers of ten; beyond, 10^e is computed by repeated squaring with 64 guard bits and rounded
//   once (go/constant's big.Float parse does likewise, so both are within an ulp of the truth).
//
// Differences from go/constant: go/constant first parses every float into a big.Float to decide
// between fraction and float; here the exponent is estimated from the digits, which agrees except
// within a bit of the ±4096 boundary.
import {
  Kind, makeComplex, makeFloatFrom, makeInt, makeRat, maxExp, unknown, type Value,
} from './constant.js';
import { bitLen, floatPrec, mulFloat, quoFloat, quoToFloat, roundFloat, type BigFloat } from './bigfloat.js';
import { unquoteRune, unquoteString } from './quote.js';

export type LiteralKind = 'int' | 'float' | 'imag' | 'rune' | 'string';


/** The value of a literal token's image; Unknown if the image is malformed. */
export function fromLiteral(image: string, kind: LiteralKind): Value {
  switch (kind) {
    case 'int': {
      const n = parseIntLiteral(image);
      return n === null ? unknown : makeInt(n);
    }
    case 'float':
      return parseFloatLiteral(image) ?? unknown;
    case 'imag': {
      if (!image.endsWith('i')) return unknown;
      const im = parseFloatLiteral(image.slice(0, -1));
      return im === null ? unknown : makeComplex(makeInt(0), im);
    }
    case 'rune': {
      const r = unquoteRune(image);
      return r === null ? unknown : makeInt(r);
    }
    case 'string': {
      const s = unquoteString(image);
      return s === null ? unknown : { kind: Kind.String, bytes: s };
    }
  }
}

const digitClass: Record<number, RegExp> = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-f]+$/ };

/** Splits a base prefix; legacy octal (`0777`) only where `legacyOctal` applies. */
function splitPrefix(lit: string, legacyOctal: boolean): { base: number; body: string } {
  const p = lit.slice(0, 2).toLowerCase();
  if (p === '0x') return { base: 16, body: lit.slice(2) };
  if (p === '0b') return { base: 2, body: lit.slice(2) };
  if (p === '0o') return { base: 8, body: lit.slice(2) };
  if (legacyOctal && lit.length > 1 && lit[0] === '0') return { base: 8, body: lit.slice(1) };
  return { base: 10, body: lit };
}

/** Underscores may only separate digits (or follow a base prefix). */
function stripUnderscores(body: string, prefixed: boolean): string | null {
  if (!body.includes('_')) return body;
  if (/__|_$/.test(body) || (!prefixed && body.startsWith('_'))) return null;
  return body.replace(/_/g, '');
}

function parseIntLiteral(lit: string): bigint | null {
  const { base, body } = splitPrefix(lit, true);
  const digits = stripUnderscores(body.toLowerCase(), base !== 10);
  if (digits === null || !digitClass[base]!.test(digits)) return null;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return BigInt(prefix + digits);
}

/** Parses a float literal (also the body of an imaginary literal, which may be any number form). */
function parseFloatLiteral(lit: string): Value | null {
  const { base, body } = splitPrefix(lit, false);
  const text = stripUnderscores(body.toLowerCase(), base !== 10);
  if (text === null) return null;
  if (base === 2 || base === 8) {
    return digitClass[base]!.test(text) ? makeRat(BigInt((base === 2 ? '0b' : '0o') + text), 1n) : null;
  }
  if (base === 16) {
    const m = /^([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/.exec(text);
    if (!m || (m[1] === '' && !m[2]) || (m[2] !== undefined && m[3] === undefined)) return null;
    const frac = m[2] ?? '';
    const mant = BigInt('0x' + (m[1]! + frac || '0'));
    return scaleBinary(mant, Number(m[3] ?? '0') - 4 * frac.length);
  }
  const m = /^([0-9]*)(?:\.([0-9]*))?(?:e([+-]?[0-9]+))?$/.exec(text);
  if (!m || (m[1] === '' && !m[2])) return null;
  const frac = m[2] ?? '';
  const mant = BigInt((m[1]! + frac).replace(/^0+(?=.)/, '') || '0');
  return scaleDecimal(mant, Number(m[3] ?? '0') - frac.length);
}

/** mant × 2^e as a fraction if its exponent is within ±maxExp, else as a 512-bit float. */
function scaleBinary(mant: bigint, e: number): Value {
  if (mant === 0n) return makeRat(0n, 1n);
  const top = e + bitLen(mant);
  if (-maxExp < top && top < maxExp) return e >= 0 ? makeRat(mant << BigInt(e), 1n) : makeRat(mant, 1n << BigInt(-e));
  return makeFloatFrom(roundFloat(mant, e, floatPrec));
}

/** Decimal exponents up to this size are scaled with exact bigint powers of ten. */
const exactPow10Limit = 20000;

/** mant × 10^e, exact where go/constant keeps a fraction. */
function scaleDecimal(mant: bigint, e: number): Value {
  if (mant === 0n) return makeRat(0n, 1n);
  // Binary exponent estimate: log2(10) ≈ 3.3219.
  const top = bitLen(mant) + e * 3.321928094887362;
  if (Math.abs(e) <= exactPow10Limit) {
    const p = 10n ** BigInt(Math.abs(e));
    if (-maxExp < top && top < maxExp) return e >= 0 ? makeRat(mant * p, 1n) : makeRat(mant, p);
    return makeFloatFrom(e >= 0 ? roundFloat(mant * p, 0, floatPrec) : quoToFloat(mant, p, floatPrec));
  }
  if (Math.abs(top) > 2 ** 31) return e > 0 ? unknown : makeRat(0n, 1n);
  // Huge exponents: 10^|e| by repeated squaring with guard bits, then one final rounding.
  const guard = floatPrec + 64;
  let pow: BigFloat = { mant: 1n, exp: 0 };
  let sq: BigFloat = { mant: 10n, exp: 0 };
  for (let k = Math.abs(e); k > 0; k = Math.floor(k / 2)) {
    if (k & 1) pow = mulFloat(pow, sq, guard);
    sq = mulFloat(sq, sq, guard);
  }
  const m: BigFloat = { mant, exp: 0 };
  const r = e > 0 ? mulFloat(m, pow, guard) : quoFloat(m, pow, guard);
  return makeFloatFrom(roundFloat(r.mant, r.exp, floatPrec));
}
