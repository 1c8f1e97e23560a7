// Go strings as byte arrays, and the few unicode/utf8 operations strconv needs.
//
// strconv's natives take and give Go strings, which are byte sequences that need not be valid
// UTF-8 (Quote must see the bytes of "\xff" as they are). So every input is a `Uint8Array`; a JS
// string is accepted as a convenience and means its UTF-8 encoding. Outputs that are ASCII by
// construction (numbers) are JS strings; outputs that may hold any rune (Quote, Unquote) are
// `Uint8Array`.
//
// decodeRune and encodeRune follow unicode/utf8's DecodeRune and EncodeRune exactly: an invalid
// or overlong sequence, a surrogate or a code point above U+10FFFF decodes as (U+FFFD, 1), and an
// invalid rune encodes as U+FFFD. TextDecoder cannot be used for this: it reports errors per
// maximal subpart, not per byte as Go does.

/** A Go string: its bytes. */
export type GoString = Uint8Array;

/** A Go string argument: bytes, or a JS string standing for its UTF-8 encoding. */
export type StrInput = Uint8Array | string;

const encoder = new TextEncoder();

/** The bytes of a Go string argument. */
export function toBytes(s: StrInput): Uint8Array {
  return typeof s === 'string' ? encoder.encode(s) : s;
}

/** The bytes of an ASCII JS string. Precondition: every char code is below 0x80. */
export function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** A JS string with one char per byte (Latin-1); for ASCII bytes this is the text itself. */
export function latin1(b: Uint8Array, start = 0, end = b.length): string {
  let s = '';
  for (let i = start; i < end; i += 4096) {
    s += String.fromCharCode(...b.subarray(i, Math.min(end, i + 4096)));
  }
  return s;
}

export const RuneError = 0xfffd;
export const RuneSelf = 0x80;
export const MaxRune = 0x10ffff;

/** utf8.ValidRune. */
export function validRune(r: number): boolean {
  return (0 <= r && r < 0xd800) || (0xdfff < r && r <= MaxRune);
}

/**
 * utf8.DecodeRune on b[i:]: the rune and its width. An empty input gives (RuneError, 0); an
 * invalid encoding gives (RuneError, 1).
 */
export function decodeRune(b: Uint8Array, i: number): [number, number] {
  const n = b.length - i;
  if (n <= 0) return [RuneError, 0];
  const c0 = b[i]!;
  if (c0 < 0x80) return [c0, 1];
  if (c0 < 0xc2 || c0 > 0xf4) return [RuneError, 1];
  const cont = (k: number, lo = 0x80, hi = 0xbf): number => {
    if (k >= n) return -1;
    const c = b[i + k]!;
    return c < lo || c > hi ? -1 : c & 0x3f;
  };
  if (c0 < 0xe0) {
    const c1 = cont(1);
    return c1 < 0 ? [RuneError, 1] : [((c0 & 0x1f) << 6) | c1, 2];
  }
  if (c0 < 0xf0) {
    const c1 = cont(1, c0 === 0xe0 ? 0xa0 : 0x80, c0 === 0xed ? 0x9f : 0xbf);
    if (c1 < 0) return [RuneError, 1];
    const c2 = cont(2);
    if (c2 < 0) return [RuneError, 1];
    return [((c0 & 0x0f) << 12) | (c1 << 6) | c2, 3];
  }
  const c1 = cont(1, c0 === 0xf0 ? 0x90 : 0x80, c0 === 0xf4 ? 0x8f : 0xbf);
  if (c1 < 0) return [RuneError, 1];
  const c2 = cont(2);
  if (c2 < 0) return [RuneError, 1];
  const c3 = cont(3);
  if (c3 < 0) return [RuneError, 1];
  return [((c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4];
}

/** utf8.EncodeRune: pushes the UTF-8 encoding of r (U+FFFD if r is not a valid rune). */
export function encodeRune(out: number[], r: number): void {
  if (!validRune(r)) r = RuneError;
  if (r < 0x80) out.push(r);
  else if (r < 0x800) out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  else if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  else {
    out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  }
}

/** utf8.ValidString. */
export function validString(b: Uint8Array, start = 0, end = b.length): boolean {
  for (let i = start; i < end; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const [r, w] = decodeRune(b.subarray(0, end), i);
    if (r === RuneError && w === 1) return false;
    i += w;
  }
  return true;
}
