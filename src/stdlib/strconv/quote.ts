// Go string and rune literals: Quote and its variants, Unquote, UnquoteChar, QuotedPrefix,
// CanBackquote, IsPrint, IsGraphic (Go's quote.go).
//
// Quoting walks the input rune by rune with utf8.DecodeRune semantics. A byte that does not start
// a valid encoding becomes \xNN; the quote character and backslash are always escaped; a rune
// that is printable (or graphic, for the ToGraphic variants; or printable ASCII, for the ToASCII
// variants) is copied; \a \b \f \n \r \t \v get their short escapes; other runes below U+0020 and
// DEL get \xNN, the rest \uNNNN or \UNNNNNNNN. Printability is decided by Go 1.19's own tables
// (isprint.ts), by binary search over ranges and exception lists as Go does, so the answer does
// not depend on the Unicode version of the host.
//
// Unquoting follows Go's unquote: a fast path for literals without escapes, then UnquoteChar per
// character, with `\x`/octal escapes producing single bytes and `\u`/`\U` producing UTF-8.
//
// How it differs from Go: Go strings are Uint8Array here; results that Go returns as a string are
// Uint8Array too, and Go's bare ErrSyntax results are returned as the ErrSyntax sentinel.

import { ErrSyntax, type StrconvError } from './errors.js';
import { isGraphic, isNotPrint16, isNotPrint32, isPrint16, isPrint32 } from './isprint.js';
import {
  type StrInput,
  RuneError,
  RuneSelf,
  decodeRune,
  encodeRune,
  toBytes,
  validRune,
  validString,
} from './utf8.js';

const lowerhex = '0123456789abcdef';

function bsearch(a: Uint16Array | Uint32Array, x: number): number {
  let i = 0;
  let j = a.length;
  while (i < j) {
    const h = i + ((j - i) >> 1);
    if (a[h]! < x) i = h + 1;
    else j = h;
  }
  return i;
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020, per Unicode 13. */
export function isPrint(r: number): boolean {
  if (r <= 0xff) {
    if (0x20 <= r && r <= 0x7e) return true;
    if (0xa1 <= r && r <= 0xff) return r !== 0xad;
    return false;
  }
  if (0 <= r && r < 1 << 16) {
    const i = bsearch(isPrint16, r);
    if (i >= isPrint16.length || r < isPrint16[i & ~1]! || isPrint16[i | 1]! < r) return false;
    const j = bsearch(isNotPrint16, r);
    return j >= isNotPrint16.length || isNotPrint16[j] !== r;
  }
  const rr = r >>> 0;
  const i = bsearch(isPrint32, rr);
  if (i >= isPrint32.length || rr < isPrint32[i & ~1]! || isPrint32[i | 1]! < rr) return false;
  if (r >= 0x20000) return true;
  const k = r - 0x10000;
  const j = bsearch(isNotPrint32, k);
  return j >= isNotPrint32.length || isNotPrint32[j] !== k;
}

function isInGraphicList(r: number): boolean {
  if (r > 0xffff || r < 0) return false;
  const i = bsearch(isGraphic, r);
  return i < isGraphic.length && r === isGraphic[i];
}

/** strconv.IsGraphic: IsPrint plus the Unicode Zs spaces. */
export function isGraphicRune(r: number): boolean {
  return isPrint(r) || isInGraphicList(r);
}

function appendEscapedRune(
  buf: number[],
  r: number,
  quote: number,
  asciiOnly: boolean,
  graphicOnly: boolean,
): void {
  if (r === quote || r === 0x5c) {
    buf.push(0x5c, r);
    return;
  }
  if (asciiOnly) {
    if (r < RuneSelf && isPrint(r)) {
      buf.push(r);
      return;
    }
  } else if (isPrint(r) || (graphicOnly && isInGraphicList(r))) {
    encodeRune(buf, r);
    return;
  }
  const push = (s: string): void => {
    for (let i = 0; i < s.length; i++) buf.push(s.charCodeAt(i));
  };
  switch (r) {
    case 0x07: push('\\a'); return;
    case 0x08: push('\\b'); return;
    case 0x0c: push('\\f'); return;
    case 0x0a: push('\\n'); return;
    case 0x0d: push('\\r'); return;
    case 0x09: push('\\t'); return;
    case 0x0b: push('\\v'); return;
  }
  if (r < 0x20 || r === 0x7f) {
    push('\\x' + lowerhex[(r >> 4) & 0xf]! + lowerhex[r & 0xf]!);
    return;
  }
  if (!validRune(r)) r = RuneError;
  if (r < 0x10000) push('\\u' + r.toString(16).padStart(4, '0'));
  else push('\\U' + r.toString(16).padStart(8, '0'));
}

function appendQuotedWith(
  buf: number[],
  s: Uint8Array,
  quote: number,
  asciiOnly: boolean,
  graphicOnly: boolean,
): void {
  buf.push(quote);
  for (let i = 0; i < s.length; ) {
    let r = s[i]!;
    let width = 1;
    if (r >= RuneSelf) [r, width] = decodeRune(s, i);
    if (width === 1 && r === RuneError) {
      buf.push(0x5c, 0x78, lowerhex.charCodeAt(s[i]! >> 4), lowerhex.charCodeAt(s[i]! & 0xf));
      i++;
      continue;
    }
    appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly);
    i += width;
  }
  buf.push(quote);
}

function quoteWith(s: StrInput, quote: number, asciiOnly: boolean, graphicOnly: boolean): Uint8Array {
  const buf: number[] = [];
  appendQuotedWith(buf, toBytes(s), quote, asciiOnly, graphicOnly);
  return Uint8Array.from(buf);
}

function quoteRuneWith(r: number, asciiOnly: boolean, graphicOnly: boolean): Uint8Array {
  const buf: number[] = [0x27];
  appendEscapedRune(buf, validRune(r) ? r : RuneError, 0x27, asciiOnly, graphicOnly);
  buf.push(0x27);
  return Uint8Array.from(buf);
}

/** strconv.Quote. */
export function quote(s: StrInput): Uint8Array {
  return quoteWith(s, 0x22, false, false);
}

/** strconv.QuoteToASCII. */
export function quoteToASCII(s: StrInput): Uint8Array {
  return quoteWith(s, 0x22, true, false);
}

/** strconv.QuoteToGraphic. */
export function quoteToGraphic(s: StrInput): Uint8Array {
  return quoteWith(s, 0x22, false, true);
}

/** strconv.QuoteRune. `r` is a Go rune (int32); an invalid rune quotes as U+FFFD. */
export function quoteRune(r: number): Uint8Array {
  return quoteRuneWith(r, false, false);
}

/** strconv.QuoteRuneToASCII. */
export function quoteRuneToASCII(r: number): Uint8Array {
  return quoteRuneWith(r, true, false);
}

/** strconv.QuoteRuneToGraphic. */
export function quoteRuneToGraphic(r: number): Uint8Array {
  return quoteRuneWith(r, false, true);
}

/** strconv.CanBackquote. */
export function canBackquote(str: StrInput): boolean {
  const s = toBytes(str);
  for (let i = 0; i < s.length; ) {
    const [r, wid] = decodeRune(s, i);
    i += wid;
    if (wid > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

function unhex(b: number): number {
  if (0x30 <= b && b <= 0x39) return b - 0x30;
  if (0x61 <= b && b <= 0x66) return b - 0x61 + 10;
  if (0x41 <= b && b <= 0x46) return b - 0x41 + 10;
  return -1;
}

/** The result of UnquoteChar: Go's (value, multibyte, tail, err). */
export interface UnquotedChar {
  value: number;
  multibyte: boolean;
  /** Offset into the input where the tail begins. */
  tail: number;
  err: StrconvError | null;
}

function unquoteCharAt(s: Uint8Array, i: number, quote: number): UnquotedChar {
  const fail: UnquotedChar = { value: 0, multibyte: false, tail: i, err: ErrSyntax };
  if (i >= s.length) return fail;
  const c0 = s[i]!;
  if (c0 === quote && (quote === 0x27 || quote === 0x22)) return fail;
  if (c0 >= RuneSelf) {
    const [r, size] = decodeRune(s, i);
    return { value: r, multibyte: true, tail: i + size, err: null };
  }
  if (c0 !== 0x5c) return { value: c0, multibyte: false, tail: i + 1, err: null };
  if (s.length - i <= 1) return fail;
  const c = s[i + 1]!;
  let p = i + 2;
  let value: number;
  let multibyte = false;
  switch (c) {
    case 0x61: value = 0x07; break; // a
    case 0x62: value = 0x08; break; // b
    case 0x66: value = 0x0c; break; // f
    case 0x6e: value = 0x0a; break; // n
    case 0x72: value = 0x0d; break; // r
    case 0x74: value = 0x09; break; // t
    case 0x76: value = 0x0b; break; // v
    case 0x78: // x
    case 0x75: // u
    case 0x55: { // U
      const n = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      if (s.length - p < n) return fail;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = unhex(s[p + j]!);
        if (x < 0) return fail;
        v = ((v << 4) | x) >>> 0;
      }
      p += n;
      v = v | 0; // Go accumulates in a rune (int32)
      if (c === 0x78) {
        value = v;
        break;
      }
      if (!validRune(v)) return fail;
      value = v;
      multibyte = true;
      break;
    }
    case 0x30: case 0x31: case 0x32: case 0x33:
    case 0x34: case 0x35: case 0x36: case 0x37: {
      let v = c - 0x30;
      if (s.length - p < 2) return fail;
      for (let j = 0; j < 2; j++) {
        const x = s[p + j]! - 0x30;
        if (x < 0 || x > 7) return fail;
        v = (v << 3) | x;
      }
      p += 2;
      if (v > 255) return fail;
      value = v;
      break;
    }
    case 0x5c:
      value = 0x5c;
      break;
    case 0x27:
    case 0x22:
      if (c !== quote) return fail;
      value = c;
      break;
    default:
      return fail;
  }
  return { value, multibyte, tail: p, err: null };
}

/**
 * strconv.UnquoteChar(s, quote). `tail` is an offset into s (Go returns the slice s[tail:]); on
 * error Go's tail is "" and value 0.
 */
export function unquoteChar(str: StrInput, quote: number): UnquotedChar {
  const s = toBytes(str);
  const r = unquoteCharAt(s, 0, quote & 0xff);
  if (r.err) return { value: 0, multibyte: false, tail: s.length, err: r.err };
  return r;
}

function indexByte(s: Uint8Array, c: number, from: number, to = s.length): number {
  for (let i = from; i < to; i++) if (s[i] === c) return i;
  return -1;
}

/** Go's unquote(in, unescape): [out, rem offset, err]. */
function unquoteImpl(s: Uint8Array, unescape: boolean): [Uint8Array, number, StrconvError | null] {
  const empty = new Uint8Array(0);
  if (s.length < 2) return [empty, 0, ErrSyntax];
  const q = s[0]!;
  let end = indexByte(s, q, 1);
  if (end < 0) return [empty, 0, ErrSyntax];
  end += 1;
  switch (q) {
    case 0x60: {
      if (!unescape) return [s.slice(0, end), end, null];
      if (indexByte(s, 0x0d, 0, end) < 0) return [s.slice(1, end - 1), end, null];
      const buf: number[] = [];
      for (let i = 1; i < end - 1; i++) if (s[i] !== 0x0d) buf.push(s[i]!);
      return [Uint8Array.from(buf), end, null];
    }
    case 0x22:
    case 0x27: {
      if (indexByte(s, 0x5c, 0, end) < 0 && indexByte(s, 0x0a, 0, end) < 0) {
        let valid: boolean;
        if (q === 0x22) valid = validString(s, 1, end - 1);
        else {
          const [r, n] = decodeRune(s.subarray(0, end - 1), 1);
          valid = 1 + n + 1 === end && (r !== RuneError || n !== 1);
        }
        if (valid) return [unescape ? s.slice(1, end - 1) : s.slice(0, end), end, null];
      }
      const buf: number[] = [];
      let i = 1;
      while (i < s.length && s[i] !== q) {
        const u = unquoteCharAt(s, i, q);
        if (s[i] === 0x0a || u.err) return [empty, 0, ErrSyntax];
        i = u.tail;
        if (unescape) {
          if (u.value < RuneSelf || !u.multibyte) buf.push(u.value & 0xff);
          else encodeRune(buf, u.value);
        }
        if (q === 0x27) break;
      }
      if (!(i < s.length && s[i] === q)) return [empty, 0, ErrSyntax];
      i++;
      return [unescape ? Uint8Array.from(buf) : s.slice(0, i), i, null];
    }
    default:
      return [empty, 0, ErrSyntax];
  }
}

/** strconv.Unquote. */
export function unquote(str: StrInput): [Uint8Array, StrconvError | null] {
  const s = toBytes(str);
  const [out, rem, err] = unquoteImpl(s, true);
  if (err) return [out, err];
  if (rem < s.length) return [new Uint8Array(0), ErrSyntax];
  return [out, null];
}

/** strconv.QuotedPrefix. */
export function quotedPrefix(str: StrInput): [Uint8Array, StrconvError | null] {
  const [out, , err] = unquoteImpl(toBytes(str), false);
  return [out, err];
}
