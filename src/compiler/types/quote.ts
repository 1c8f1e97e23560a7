// Go string and rune literals: decoding escapes into bytes, and quoting bytes back the way
// strconv.Quote does (which is how gc prints string constants in error messages).
//
// Design
//   A Go string is a sequence of bytes that need not be UTF-8 ("\xff" is a valid constant). A JS
//   string cannot hold that faithfully as text, so constants keep their bytes in a *byte string*:
//   a JS string whose every code unit is one byte (0-255), i.e. Latin-1. Concatenation, length,
//   equality and ordering (`<` compares code units, hence bytes) are then JS's own operations.
//   `utf8Encode` turns JS text into a byte string; `bytesToText` decodes one for display.
//
//   `decodeRune` is utf8.DecodeRune: an invalid or overlong sequence, a surrogate or a value
//   beyond U+10FFFF decodes as U+FFFD with width 1. `quoteBytes` follows strconv.Quote: printable
//   runes as themselves, \a \b \f \n \r \t \v \\ \", other runes below U+10000 as \uXXXX, above
//   as \UXXXXXXXX, bytes that are not UTF-8 as \xXX.
//
// Differences from Go: strconv.IsPrint uses Go 1.19's Unicode 13 tables; `isPrint` here uses the
// host's Unicode property escapes (Unicode 15 on Node 20), so a rune assigned between the two
// versions prints as itself instead of as \u escape.

/** JS text to a byte string of its UTF-8 encoding (lone surrogates become U+FFFD). */
export function utf8Encode(text: string): string {
  let out = '';
  for (const ch of text) {
    let r = ch.codePointAt(0)!;
    if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd;
    out += encodeRune(r);
  }
  return out;
}

/** The UTF-8 encoding of one rune as a byte string; invalid runes encode U+FFFD. */
export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** utf8.DecodeRune over a byte string at offset i: [rune, width]. */
export function decodeRune(b: string, i: number): [number, number] {
  const n = b.length - i;
  if (n <= 0) return [0xfffd, 0];
  const c0 = b.charCodeAt(i);
  if (c0 < 0x80) return [c0, 1];
  const cont = (k: number): number => {
    if (k >= n) return -1;
    const c = b.charCodeAt(i + k);
    return (c & 0xc0) === 0x80 ? c & 0x3f : -1;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    const c1 = cont(1);
    if (c1 >= 0) return [((c0 & 0x1f) << 6) | c1, 2];
  } else if (c0 >= 0xe0 && c0 <= 0xef) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      const r = ((c0 & 0x0f) << 12) | (c1 << 6) | c2;
      if (r >= 0x800 && (r < 0xd800 || r > 0xdfff)) return [r, 3];
    }
  } else if (c0 >= 0xf0 && c0 <= 0xf4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      const r = ((c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (r >= 0x10000 && r <= 0x10ffff) return [r, 4];
    }
  }
  return [0xfffd, 1];
}

/** Decodes a byte string as UTF-8 text, invalid bytes as U+FFFD (for display only). */
export function bytesToText(b: string): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    out += String.fromCodePoint(r);
    i += w;
  }
  return out;
}

/** The runes of a byte string, as `for range` over a Go string yields them. */
export function runeCount(b: string): number {
  let n = 0;
  for (let i = 0; i < b.length; n++) i += decodeRune(b, i)[1];
  return n;
}

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return printable.test(String.fromCodePoint(r));
}

const hex = '0123456789abcdef';

function hexN(v: number, n: number): string {
  let s = '';
  for (let k = n - 1; k >= 0; k--) s += hex[(v >>> (4 * k)) & 15];
  return s;
}

/** strconv.Quote over a byte string (the result is JS text). */
export function quoteBytes(b: string, quote = '"'): string {
  let out = quote;
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (w === 1 && r === 0xfffd) {
      out += '\\x' + hexN(b.charCodeAt(i), 2);
      i++;
      continue;
    }
    i += w;
    out += quoteRune(r, quote);
  }
  return out + quote;
}

function quoteRune(r: number, quote: string): string {
  const ch = String.fromCodePoint(r);
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (isPrint(r)) return ch;
  switch (r) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hexN(r, 2);
  if (r < 0x10000) return '\\u' + hexN(r, 4);
  return '\\U' + hexN(r, 8);
}

/** strconv.QuoteRune for a rune value (used for rune constants in messages). */
export function quoteRuneLiteral(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  return "'" + quoteRune(r, "'") + "'";
}

// ---------------------------------------------------------------------------------------------
// Unquoting (The Go Programming Language Specification, "Rune literals", "String literals")

interface Escaped {
  /** A rune (to be UTF-8 encoded) or, if `isByte`, one raw byte. */
  readonly value: number;
  readonly isByte: boolean;
  readonly next: number;
}

const simpleEscapes: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** Decodes one character or escape of literal text s at i; null if malformed. */
function unquoteChar(s: string, i: number, quote: string): Escaped | null {
  const c = s.codePointAt(i)!;
  if (c !== 0x5c) return { value: c, isByte: false, next: i + (c > 0xffff ? 2 : 1) };
  const e = s[i + 1];
  if (e === undefined) return null;
  if (e in simpleEscapes) return { value: simpleEscapes[e]!, isByte: false, next: i + 2 };
  if (e === quote) return { value: quote.charCodeAt(0), isByte: false, next: i + 2 };
  const digits = (n: number, base: number): number | null => {
    const t = s.slice(i + 2, i + 2 + n);
    if (t.length !== n) return null;
    const re = base === 8 ? /^[0-7]+$/ : /^[0-9a-fA-F]+$/;
    return re.test(t) ? parseInt(t, base) : null;
  };
  switch (e) {
    case 'x': {
      const v = digits(2, 16);
      return v === null ? null : { value: v, isByte: true, next: i + 4 };
    }
    case 'u':
    case 'U': {
      const n = e === 'u' ? 4 : 8;
      const v = digits(n, 16);
      if (v === null || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
      return { value: v, isByte: false, next: i + 2 + n };
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      const t = s.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(t)) return null;
      const v = parseInt(t, 8);
      return v > 255 ? null : { value: v, isByte: true, next: i + 4 };
    }
  }
  return null;
}

/** The bytes of a string literal (`"..."` or `` `...` ``) as a byte string, or null if invalid. */
export function unquoteString(lit: string): string | null {
  if (lit.length < 2) return null;
  const q = lit[0];
  if (lit[lit.length - 1] !== q) return null;
  const body = lit.slice(1, -1);
  if (q === '`') return body.includes('`') ? null : utf8Encode(body.replace(/\r/g, ''));
  if (q !== '"') return null;
  let out = '';
  for (let i = 0; i < body.length; ) {
    if (body[i] === '"' || body[i] === '\n') return null;
    const esc = unquoteChar(body, i, '"');
    if (esc === null) return null;
    out += esc.isByte ? String.fromCharCode(esc.value) : encodeRune(esc.value);
    i = esc.next;
  }
  return out;
}

/** The value of a rune literal `'x'`, or null if invalid. */
export function unquoteRune(lit: string): number | null {
  if (lit.length < 3 || lit[0] !== "'" || lit[lit.length - 1] !== "'") return null;
  const body = lit.slice(1, -1);
  if (body === "'" || body === '\n') return null;
  const esc = unquoteChar(body, 0, "'");
  if (esc === null || esc.next !== body.length) return null;
  return esc.value;
}
