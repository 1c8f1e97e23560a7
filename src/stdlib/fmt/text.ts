// Strings and byte sequences under the string verbs %s %q %x %X (and %v, which is %s, or %q
// under %#v), and booleans under %t.
//
// The same bytes may come from a string, a []byte, a byte array, or the result of an Error,
// String or GoString method; all are formatted here from a Uint8Array:
//   - %s: the bytes, cut to the precision counted in runes, padded to the width;
//   - %q: the bytes cut as for %s, then a Go literal: back-quoted under '#' when
//     strconv.CanBackquote allows, ASCII-only under '+', else strconv.Quote; padded;
//   - %x %X: two hex digits per byte, cut to the precision counted in bytes; the space flag
//     separates bytes with spaces, and '#' puts 0x (0X) before the first byte, or before every
//     byte when they are separated; padded. No bytes print nothing but the width's padding.
// The zero flag pads these with '0's, as Go 1.19 does (`%05q` of "a" is 0"a").
//
// How it differs from Go's fmt: one function per verb family over bytes; Go keeps parallel
// string and []byte versions.

import { canBackquote, quote, quoteToASCII } from '../strconv/quote.js';
import { decodeRune } from '../strconv/utf8.js';
import type { OutBuf } from './buffer.js';
import type { Spec } from './spec.js';

/** The bytes of s up to its first `n` runes. */
export function cutRunes(s: Uint8Array, n: number): Uint8Array {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s[i]! < 0x80 ? 1 : decodeRune(s, i)[1];
  return s.subarray(0, i);
}

/** Whether verb is one of %v %s %q %x %X, the verbs under which a string can be printed. */
export function isStringVerb(verb: number): boolean {
  return verb === 0x76 || verb === 0x73 || verb === 0x71 || verb === 0x78 || verb === 0x58;
}

/** Writes s under a string verb (isStringVerb). */
export function formatText(out: OutBuf, spec: Spec, s: Uint8Array, verb: number): void {
  switch (verb) {
    case 0x76: // v
      if (spec.sharpV) quoted(out, spec, s);
      else plain(out, spec, s);
      return;
    case 0x73: plain(out, spec, s); return;
    case 0x71: quoted(out, spec, s); return;
    case 0x78: hex(out, spec, s, false); return;
    case 0x58: hex(out, spec, s, true); return;
  }
}

/** %s: the text cut to the precision and padded. */
export function plain(out: OutBuf, spec: Spec, s: Uint8Array): void {
  out.padded(spec.precSet ? cutRunes(s, spec.prec) : s, spec);
}

function quoted(out: OutBuf, spec: Spec, s: Uint8Array): void {
  if (spec.precSet) s = cutRunes(s, spec.prec);
  let lit: Uint8Array;
  if (spec.sharp && canBackquote(s)) {
    lit = new Uint8Array(s.length + 2);
    lit[0] = 0x60;
    lit.set(s, 1);
    lit[s.length + 1] = 0x60;
  } else {
    lit = spec.plus ? quoteToASCII(s) : quote(s);
  }
  out.padded(lit, spec);
}

function hex(out: OutBuf, spec: Spec, s: Uint8Array, upper: boolean): void {
  const n = spec.precSet && spec.prec < s.length ? spec.prec : s.length;
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let t = '';
  for (let i = 0; i < n; i++) {
    if (spec.space && i > 0) t += ' ';
    if (spec.sharp && (spec.space || i === 0)) t += upper ? '0X' : '0x';
    const c = s[i]!;
    t += digits[c >> 4]! + digits[c & 15]!;
  }
  out.paddedAscii(t, spec);
}

/** %t and %v of a bool. */
export function formatBool(out: OutBuf, spec: Spec, b: boolean): void {
  out.paddedAscii(b ? 'true' : 'false', spec);
}
