// Scanning one operand: what each kind of pointee accepts under each verb, and storing it.
//
// `scanOperand(state, verb, arg)`:
//   1. an operand with a Scan method scans itself (io.EOF from it means the input ended inside
//      the value: io.ErrUnexpectedEOF);
//   2. otherwise it must be a non-nil pointer ("type not a pointer: T", "can't scan type: T"),
//      and the pointee's kind decides:
//
//   pointee          verbs             accepts
//   bool             %t %v             1 0 t T true f F false (any case after the first letter)
//   ints             %b %o %d %x %X    an optional sign and digits of the verb's base
//                    %v                the same in base 10, or with a 0b 0o 0x 0 prefix and '_'
//                    %c                one rune (no space skipping; none is io.EOF), which must
//                                      fit the size
//                    %U                U+ and hex digits
//   uints            as ints, without a sign
//   floats           %b %e %E %f %F %g %G %x %X %v (any verb for a named float type, which
//                    Go 1.19 scans without checking the verb): one token: nan, [sign] inf, or digits with
//                    '.', '_', an exponent (e or p; p only after 0x), all in any case; a decimal
//                    mantissa with a p exponent is scaled by 2^exp here
//   complex          the same verbs: [(] float sign float i [)]
//   string, []byte   %s %v: a run of non-space; %q: a "..." or `...` literal; %x %X: hex pairs
//
// Numbers are gathered into a token and converted by strconv; a value too wide for a smaller
// type is "integer overflow on token T" (or "unsigned ..."); a rune too wide is "overflow on
// character value". Before reading a value (except for %c) spaces are skipped and the end of
// input is io.EOF; a verb the kind does not take is "bad verb '%v' for <kind>".
//
// How it differs from Go's fmt: values are stored through the GoValue setters; the pointee is
// only asked for after its input was read (the binding may allocate it lazily), and its kind
// comes from the pointer (`elemKind`).

import { atoi, int64Value, parseInt, parseUint } from '../strconv/atoi.js';
import { parseFloat } from '../strconv/atof.js';
import { NumError } from '../strconv/errors.js';
import { unquote } from '../strconv/quote.js';
import { ScanError, eofErr, fail, unexpectedEOFErr } from './scanerr.js';
import { EOF, type ScanState, isSpace } from './scanstate.js';
import { type GoValue, Kind, isIntKind, isUintKind, kindBits } from './value.js';

const decimal = '0123456789';
const hexDigits = '0123456789aAbBcCdDeEfF';
const floatVerbs = 'beEfFgGvxX';

function verbText(verb: number): string {
  return verb < 0 ? '' : String.fromCodePoint(verb);
}

/** Fails unless verb is one of `verbs`. */
function checkVerb(verb: number, verbs: string, what: string): void {
  if (verb < 0 || !verbs.includes(String.fromCodePoint(verb))) fail(`bad verb '%${verbText(verb)}' for ${what}`);
}

function numFail(e: NumError): never {
  throw new ScanError({ kind: 'NumError', error: e });
}

/** Scans one operand under verb and stores it. */
export function scanOperand(s: ScanState, verb: number, arg: GoValue): void {
  const scan = arg.methods()?.scan;
  if (scan !== undefined) {
    const res = scan(s, verb);
    if (res !== null) throw new ScanError(res.isEOF ? unexpectedEOFErr : { kind: 'value', value: res.error });
    return;
  }
  if (arg.kind !== Kind.Pointer) fail('type not a pointer: ' + arg.typeString());
  if (arg.isNil()) fail("can't scan type: " + arg.typeString());
  const k = arg.elemKind();
  if (k === Kind.Bool) {
    const b = scanBool(s, verb);
    arg.elem()!.setBool!(b);
  } else if (isIntKind(k)) {
    const v = scanInteger(s, verb, kindBits(k), true);
    arg.elem()!.setInt!(int64Value(v));
  } else if (isUintKind(k)) {
    const v = scanInteger(s, verb, kindBits(k), false);
    arg.elem()!.setUint!(int64Value(v));
  } else if (k === Kind.Float32 || k === Kind.Float64) {
    const bits = kindBits(k);
    if (arg.typeString() === '*float32' || arg.typeString() === '*float64') {
      checkVerb(verb, floatVerbs, bits === 32 ? 'float32' : 'float64');
    }
    s.skipSpace();
    s.notEOF();
    let f = toFloat(floatToken(s), bits);
    if (bits === 32) f = Math.fround(f);
    arg.elem()!.setFloat!(f);
  } else if (k === Kind.Complex64 || k === Kind.Complex128) {
    const [re, im] = scanComplex(s, verb, kindBits(k) / 2);
    arg.elem()!.setComplex!(re, im);
  } else if (k === Kind.String) {
    arg.elem()!.setString!(scanText(s, verb));
  } else if (k === Kind.Slice) {
    const elem = arg.elem()!;
    if (elem.elemKind() !== Kind.Uint8) fail("can't scan type: " + arg.typeString());
    elem.setBytes!(scanText(s, verb));
  } else {
    fail("can't scan type: " + arg.typeString());
  }
}

// ---- Booleans -------------------------------------------------------------------------------

function scanBool(s: ScanState, verb: number): boolean {
  s.skipSpace();
  s.notEOF();
  checkVerb(verb, 'tv', 'boolean');
  s.startToken();
  switch (s.getRune()) {
    case 0x30: return false;
    case 0x31: return true;
    case 0x74: case 0x54:
      if (s.accept('rR') && (!s.accept('uU') || !s.accept('eE'))) fail('syntax error scanning boolean');
      return true;
    case 0x66: case 0x46:
      if (s.accept('aA') && (!s.accept('lL') || !s.accept('sS') || !s.accept('eE'))) fail('syntax error scanning boolean');
      return false;
  }
  return false;
}

// ---- Integers -------------------------------------------------------------------------------

/** The digits of a verb's base; null for %v (the prefix decides). */
function digitsOf(verb: number): { base: number; digits: string } | null {
  switch (verb) {
    case 0x62: return { base: 2, digits: '01' };
    case 0x6f: return { base: 8, digits: '01234567' };
    case 0x78: case 0x58: return { base: 16, digits: hexDigits };
    case 0x64: return { base: 10, digits: decimal };
    case 0x76: return null;
  }
  return fail(`bad verb '%${verbText(verb)}' for integer`);
}

/** Reads digits into the token; unless some were already read, at least one is required. */
function readDigits(s: ScanState, digits: string, haveDigits: boolean): void {
  if (!haveDigits) {
    s.notEOF();
    if (!s.accept(digits)) fail('expected integer');
  }
  while (s.accept(digits));
}

function fitsSigned(v: bigint, bits: number): boolean {
  const half = 1n << BigInt(bits - 1);
  return v >= -half && v < half;
}

/** An integer of `bits` bits (signed or not) under verb. */
function scanInteger(s: ScanState, verb: number, bits: number, signed: boolean): bigint {
  if (verb === 0x63) return scanRuneValue(s, bits);
  s.skipSpace();
  s.notEOF();
  s.startToken();
  if (verb === 0x55) {
    if (!s.accept('U') || !s.accept('+')) fail('bad unicode format ');
    s.startToken();
    readDigits(s, hexDigits, false);
    return convertInteger(s.tokenText(), 16, bits, signed);
  }
  const spec = digitsOf(verb);
  if (signed) s.accept('+-');
  let base: number;
  let digits: string;
  let haveDigits = false;
  if (spec !== null) {
    ({ base, digits } = spec);
  } else {
    base = 0;
    digits = decimal + '_';
    if (s.peekIs(0x30)) {
      s.accept('0');
      haveDigits = true;
      if (s.accept('bB')) digits = '01_';
      else if (s.accept('oO')) digits = '01234567_';
      else if (s.accept('xX')) digits = hexDigits + '_';
      else digits = '01234567_';
    }
  }
  readDigits(s, digits, haveDigits);
  return convertInteger(s.tokenText(), base, bits, signed);
}

function convertInteger(tok: string, base: number, bits: number, signed: boolean): bigint {
  const [v, err] = signed ? parseInt(tok, base, 64) : parseUint(tok, base, 64);
  if (err !== null) numFail(err);
  const b = BigInt(v);
  if (signed ? !fitsSigned(b, bits) : b >= 1n << BigInt(bits)) {
    fail(`${signed ? '' : 'unsigned '}integer overflow on token ${tok}`);
  }
  return b;
}

/** %c: one rune, as an integer that must fit `bits` signed bits. */
function scanRuneValue(s: ScanState, bits: number): bigint {
  const r = s.getRune();
  if (r === EOF) throw new ScanError(eofErr);
  const v = BigInt(r);
  if (!fitsSigned(v, bits)) fail('overflow on character value ' + String.fromCodePoint(r));
  return v;
}

// ---- Floats and complex numbers -------------------------------------------------------------

/** The text of a floating-point number at the input (possibly empty or malformed). */
function floatToken(s: ScanState): string {
  s.startToken();
  if (s.accept('nN') && s.accept('aA') && s.accept('nN')) return s.tokenText();
  s.accept('+-');
  if (s.accept('iI') && s.accept('nN') && s.accept('fF')) return s.tokenText();
  let digits = decimal + '_';
  let exp = 'eEpP';
  if (s.accept('0') && s.accept('xX')) {
    digits = hexDigits + '_';
    exp = 'pP';
  }
  while (s.accept(digits));
  if (s.accept('.')) while (s.accept(digits));
  if (s.accept(exp)) {
    s.accept('+-');
    while (s.accept(decimal + '_'));
  }
  return s.tokenText();
}

/** x * 2^e, exactly as far as the result is representable. */
function scaleByPowerOf2(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** A float token as a value of `bits` bits; a decimal mantissa may carry a p (power of 2) exponent. */
function toFloat(tok: string, bits: number): number {
  const p = tok.search(/[pP]/);
  if (p >= 0 && !/[xX]/.test(tok)) {
    const whole = new TextEncoder().encode(tok);
    const [m, err] = parseFloat(tok.slice(0, p), bits);
    if (err !== null) numFail(new NumError(err.func, whole, err.err));
    const [e, err2] = atoi(tok.slice(p + 1));
    if (err2 !== null) numFail(new NumError(err2.func, whole, err2.err));
    return scaleByPowerOf2(m, Number(e));
  }
  const [f, err] = parseFloat(tok, bits);
  if (err !== null) numFail(err);
  return f;
}

function scanComplex(s: ScanState, verb: number, partBits: number): [number, number] {
  checkVerb(verb, floatVerbs, 'complex');
  s.skipSpace();
  s.notEOF();
  s.startToken();
  const parens = s.accept('(');
  const re = floatToken(s);
  s.startToken();
  if (!s.accept('+-')) fail('syntax error scanning complex number');
  const sign = s.tokenText();
  const im = floatToken(s);
  s.startToken();
  if (!s.accept('i')) fail('syntax error scanning complex number');
  if (parens && !s.accept(')')) fail('syntax error scanning complex number');
  let r = toFloat(re, partBits);
  let i = toFloat(sign + im, partBits);
  if (partBits === 32) {
    r = Math.fround(r);
    i = Math.fround(i);
  }
  return [r, i];
}

// ---- Strings and byte slices ----------------------------------------------------------------

function scanText(s: ScanState, verb: number): Uint8Array {
  checkVerb(verb, 'svqxX', 'string');
  s.skipSpace();
  s.notEOF();
  switch (verb) {
    case 0x71: return quotedText(s);
    case 0x78: case 0x58: return hexText(s);
  }
  return s.token(true, (r) => !isSpace(r));
}

function quotedText(s: ScanState): Uint8Array {
  s.notEOF();
  const q = s.getRune();
  s.startToken();
  if (q === 0x60) {
    for (;;) {
      const r = s.mustGetRune();
      if (r === q) break;
      s.pushRune(r);
    }
    return Uint8Array.from(s.tok);
  }
  if (q !== 0x22) fail('expected quoted string');
  s.pushRune(q);
  for (;;) {
    const r = s.mustGetRune();
    s.pushRune(r);
    if (r === 0x5c) s.pushRune(s.mustGetRune());
    else if (r === q) break;
  }
  const [v, err] = unquote(Uint8Array.from(s.tok));
  if (err !== null) throw new ScanError({ kind: 'strconv', error: err });
  return v;
}

function hexValue(r: number): number {
  if (r >= 0x30 && r <= 0x39) return r - 0x30;
  if (r >= 0x61 && r <= 0x66) return r - 0x61 + 10;
  if (r >= 0x41 && r <= 0x46) return r - 0x41 + 10;
  return -1;
}

function hexText(s: ScanState): Uint8Array {
  s.notEOF();
  const out: number[] = [];
  for (;;) {
    const r = s.getRune();
    if (r === EOF) break;
    const hi = hexValue(r);
    if (hi < 0) {
      s.unreadRune();
      break;
    }
    const lo = hexValue(s.mustGetRune());
    if (lo < 0) fail('illegal hex digit');
    out.push((hi << 4) | lo);
  }
  if (out.length === 0) fail('no hex data for %x string');
  return Uint8Array.from(out);
}
