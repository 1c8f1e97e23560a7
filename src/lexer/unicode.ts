// The Unicode classes Go's scanner uses, and the two ways gc prints a character in a diagnostic.
//
// Go's `unicode.IsLetter`/`IsDigit` are the categories L and Nd; JavaScript's `\p{...}` regex
// classes give the same categories (from the Unicode version of the host's ICU, a newer one than
// Go 1.19's Unicode 13: a letter added since then is accepted here and rejected by gc).

const letterRe = /\p{L}/u;
const digitRe = /\p{Nd}/u;
// unicode.IsPrint: categories L, M, N, P, S and the ASCII space.
const printRe = /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;

export function isGoLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 95;
  return letterRe.test(String.fromCodePoint(cp));
}

export function isGoDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 48 && cp <= 57;
  return digitRe.test(String.fromCodePoint(cp));
}

export function isGoPrint(cp: number): boolean {
  if (cp >= 0xd800 && cp < 0xe000) return false;
  if (cp > 0x10ffff) return false;
  return printRe.test(String.fromCodePoint(cp));
}

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/** fmt's %#U: `U+0040 '@'`, or just `U+0007` for a character that is not printable. */
export function goUnicodeVerb(cp: number): string {
  const u = 'U+' + hex(cp, 4);
  return isGoPrint(cp) ? `${u} '${String.fromCodePoint(cp)}'` : u;
}

/** fmt's %q of a rune (strconv.QuoteRune): `'a'`, `'\n'`, `'\x07'`, `'\u00a0'`. */
export function goQuoteRune(cp: number): string {
  return `'${escapeRune(cp, 39)}'`;
}

/** The escaped form of one rune inside a quoted Go literal delimited by `quote`. */
export function escapeRune(cp: number, quote: number): string {
  if (cp === quote || cp === 92) return '\\' + String.fromCharCode(cp);
  if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
  if (isGoPrint(cp)) return String.fromCodePoint(cp);
  switch (cp) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}
