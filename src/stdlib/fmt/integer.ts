// Integers under Printf's integer verbs, and integers read as runes (%c %q %U).
//
// An integer is handled as a sign and a magnitude (a bigint, so int64 and uint64 extremes need no
// special cases). `formatInteger` builds the text in four steps:
//   1. digits: the magnitude in the verb's base (upper case for %X);
//   2. minimum digit count: the precision when one is given; else, under the zero flag with a
//      width, the width less one column for a sign; leading zeros fill up to it. A precision of
//      0 with the value 0 prints no digits at all (only the width's spaces).
//   3. prefixes: '#' adds 0b, 0x, 0X, or a 0 before octal digits that do not already start with
//      one; %O always adds 0o (after the '#' zero, so `%#O` of 1 is 0o01); then the sign: '-',
//      or '+' under the plus flag, or ' ' under the space flag.
//   4. padding to the width, always with spaces (the zero flag was spent in step 2).
// The zeros of step 2 do not count the prefix, so `%#08x` of 42 is 0x0000002a: Go 1.19 prints
// that, and so does this.
//
// Runes: %c writes the rune, %q quotes it (ASCII-only under '+'), %U writes U+ and at least four
// upper-case hex digits (more when the precision says so), then under '#' the rune itself in
// quotes if it is printable. A value that is negative or above U+10FFFF is U+FFFD for %c and %q;
// %U shows any value, a negative one as its 64-bit two's complement.
//
// How it differs from Go's fmt: Go writes digits backwards into a fixed array; here the digits
// come from bigint's toString and the parts are concatenated.

import { isPrint, quoteRune, quoteRuneToASCII } from '../strconv/quote.js';
import { type OutBuf, utf8 } from './buffer.js';
import type { Spec } from './spec.js';

const two64 = 1n << 64n;

/** The integer verbs that print digits, with their base. */
const bases: Readonly<Record<number, number>> = {
  0x62: 2, // b
  0x6f: 8, // o
  0x4f: 8, // O
  0x64: 10, // d
  0x76: 10, // v
  0x78: 16, // x
  0x58: 16, // X
};

/** Whether `verb` is one that formatInteger prints (a digit verb or a rune verb). */
export function isIntegerVerb(verb: number): boolean {
  return bases[verb] !== undefined || verb === 0x63 || verb === 0x71 || verb === 0x55;
}

/**
 * Writes the integer `v` (signed or not) under `verb`, which must satisfy isIntegerVerb.
 * When `hexV` is given, %v prints in hex, with a 0x prefix when it is true (unsigned values
 * under %#v, addresses under %v and %p).
 */
export function formatInteger(out: OutBuf, spec: Spec, v: bigint, verb: number, hexV?: boolean): void {
  switch (verb) {
    case 0x63: // c
      out.padded(runeBytes(runeOf(v)), spec);
      return;
    case 0x71: // q
      out.padded(spec.plus ? quoteRuneToASCII(runeOf(v)) : quoteRune(runeOf(v)), spec);
      return;
    case 0x55: // U
      formatUnicode(out, spec, v);
      return;
  }
  let sharp = spec.sharp;
  let base = bases[verb]!;
  let upper = verb === 0x58;
  if (hexV !== undefined && verb === 0x76) {
    base = 16;
    sharp = hexV;
  }
  const neg = v < 0n;
  const mag = neg ? -v : v;
  const signed = neg || spec.plus || spec.space;

  let minDigits = 1;
  if (spec.precSet) {
    if (spec.prec === 0 && mag === 0n) {
      if (spec.widSet) out.fill(0x20, spec.wid);
      return;
    }
    minDigits = spec.prec;
  } else if (spec.zero && spec.widSet) {
    minDigits = spec.wid - (signed ? 1 : 0);
  }
  let digits = mag.toString(base);
  if (upper) digits = digits.toUpperCase();
  if (digits.length < minDigits) digits = '0'.repeat(minDigits - digits.length) + digits;

  let prefix = '';
  if (sharp) {
    switch (base) {
      case 2: prefix = '0b'; break;
      case 8: if (digits[0] !== '0') prefix = '0'; break;
      case 16: prefix = upper ? '0X' : '0x'; break;
    }
  }
  if (verb === 0x4f) prefix = '0o' + prefix;
  const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  out.paddedAscii(sign + prefix + digits, spec, true);
}

/** The rune a %c or %q prints for the integer v. */
function runeOf(v: bigint): number {
  return v < 0n || v > 0x10ffffn ? 0xfffd : Number(v);
}

function runeBytes(r: number): Uint8Array {
  return utf8(String.fromCodePoint(r >= 0xd800 && r <= 0xdfff ? 0xfffd : r));
}

function formatUnicode(out: OutBuf, spec: Spec, v: bigint): void {
  const u = v < 0n ? v + two64 : v;
  let digits = u.toString(16).toUpperCase();
  const min = spec.precSet && spec.prec > 4 ? spec.prec : 4;
  if (digits.length < min) digits = '0'.repeat(min - digits.length) + digits;
  let s = 'U+' + digits;
  if (spec.sharp && u <= 0x10ffffn && isPrint(Number(u))) {
    s += " '" + String.fromCodePoint(Number(u)) + "'";
  }
  out.padded(utf8(s), spec, true);
}
