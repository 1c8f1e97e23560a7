// The syntax of one Printf directive: what follows a '%' in the format, read into a record.
//
// A directive is written
//
//     % flags [index] width [. [index] precision] [index] verb
//
// where flags are any of `#0+- ` in any order and number, width and precision are each either a
// decimal number or `*` (the value comes from an operand), an index is `[n]` with n a 1-based
// operand number, and the verb is one rune (decoded as UTF-8; an invalid byte is U+FFFD of
// size 1). This module only reads the text: it does not look at operands, so it cannot tell
// whether an index is in range or whether a `*` operand is an int. print.ts resolves those.
//
// The parse is a single left-to-right pass that fills a `Directive`; each optional part is
// recorded as present or absent, and an index is recorded as the position where it was written
// (before the width, before the precision's `*`, before the verb), because the position decides
// which operand a `*` or the verb consumes.
//
// The irregular cases, established against Go 1.19:
//   - An index directly followed by width digits or by the '.' of a precision spoils the
//     directive's operand (`%[1]2d` and `%[1].2d` print `%!d(BADINDEX)`).
//   - A '.' that is the last byte of the format is not a precision: it is the verb (`%.`).
//   - A number that grows past 1e6 while being read makes the rest of the format disappear into
//     this directive, which then has no verb (`%12345678d` prints `%!(NOVERB)`).
//   - `[` with no closing `]` consumes only the `[`, and is a bad index; `[...]` whose contents
//     are not a decimal number consumes through the `]`, and is a bad index.
//
// How it differs from Go's fmt: Go reads flags, indexes and `*` operands in one loop that also
// writes the error strings; here reading the syntax and applying it to the operands are two
// steps, so the syntax can be tested, and reused, on its own.

import { decodeRune } from '../strconv/utf8.js';

/** The largest width or precision that may be written as digits (a number may reach 1e6 + 9). */
const numberLimit = 1e6;

/** An `[n]` as written: n, or `bad` when the brackets do not hold a decimal number. */
export interface IndexMark {
  readonly n: number;
  readonly bad: boolean;
}

/** A width or precision as written. */
export type Amount = { readonly kind: 'none' } | { readonly kind: 'digits'; readonly n: number } | { readonly kind: 'star' };

export interface Directive {
  readonly minus: boolean;
  readonly plus: boolean;
  readonly sharp: boolean;
  readonly space: boolean;
  /** The '0' flag as written; it is void when '-' is also given. */
  readonly zero: boolean;

  readonly widthIndex: IndexMark | null;
  readonly width: Amount;
  /** Whether a precision was given (a '.' that is not the format's last byte). */
  readonly dot: boolean;
  readonly precIndex: IndexMark | null;
  /** The precision; digits 0 when the '.' is followed by neither digits nor `*`. */
  readonly prec: Amount;
  readonly verbIndex: IndexMark | null;
  /** An index is directly followed by digits or '.', which spoils the operand. */
  readonly misplacedIndex: boolean;

  /** The verb rune, or -1 when the format ends first. */
  readonly verb: number;
  /** The offset just past the directive. */
  readonly end: number;
}

const NONE: Amount = { kind: 'none' };

/** Reads the directive whose text begins at `start` (just after the '%'). */
export function parseDirective(f: Uint8Array, start: number): Directive {
  let i = start;
  const end = f.length;
  let minus = false, plus = false, sharp = false, space = false, zero = false;
  flags: for (; i < end; i++) {
    switch (f[i]) {
      case 0x2d: minus = true; break;
      case 0x2b: plus = true; break;
      case 0x23: sharp = true; break;
      case 0x20: space = true; break;
      case 0x30: zero = true; break;
      default: break flags;
    }
  }

  let misplacedIndex = false;
  let overflow = false;

  const readIndex = (): IndexMark | null => {
    if (i >= end || f[i] !== 0x5b) return null;
    const close = f.indexOf(0x5d, i + 1);
    if (close < 0) {
      i++;
      return { n: 0, bad: true };
    }
    const digits = readDigits(f, i + 1, close);
    i = close + 1;
    if (digits === null || digits.next !== close) return { n: 0, bad: true };
    return { n: digits.n, bad: false };
  };

  const readAmount = (): Amount => {
    if (i < end && f[i] === 0x2a) {
      i++;
      return { kind: 'star' };
    }
    const d = readDigits(f, i, end);
    if (d === null) {
      overflow = true;
      i = end;
      return NONE;
    }
    if (d.next === i) return NONE;
    i = d.next;
    return { kind: 'digits', n: d.n };
  };

  const widthIndex = readIndex();
  const width = readAmount();
  if (widthIndex !== null && width.kind === 'digits') misplacedIndex = true;

  let dot = false;
  let precIndex: IndexMark | null = null;
  let prec: Amount = NONE;
  if (!overflow && i + 1 < end && f[i] === 0x2e) {
    if (widthIndex !== null && width.kind === 'none') misplacedIndex = true;
    dot = true;
    i++;
    precIndex = readIndex();
    prec = readAmount();
    if (precIndex !== null && prec.kind === 'digits') misplacedIndex = true;
    if (prec.kind === 'none') prec = { kind: 'digits', n: 0 };
  }

  let verbIndex: IndexMark | null = null;
  const lastWasIndex = dot ? precIndex !== null && prec.kind !== 'star' : widthIndex !== null && width.kind === 'none';
  if (!overflow && !lastWasIndex) verbIndex = readIndex();

  let verb = -1;
  if (!overflow && i < end) {
    const [r, size] = decodeRune(f, i);
    verb = r;
    i += size;
  }
  return { minus, plus, sharp, space, zero, widthIndex, width, dot, precIndex, prec, verbIndex, misplacedIndex, verb, end: i };
}

/**
 * The decimal number at f[i:limit]: its value and the offset after its digits (i itself when
 * there are none), or null when it grows past the limit.
 */
function readDigits(f: Uint8Array, i: number, limit: number): { n: number; next: number } | null {
  let n = 0;
  for (; i < limit; i++) {
    const c = f[i]!;
    if (c < 0x30 || c > 0x39) break;
    if (n > numberLimit) return null;
    n = n * 10 + (c - 0x30);
  }
  return { n, next: i };
}
