// The output of one print call: a growable byte buffer, and padding to a width.
//
// Output is bytes, not a JS string, because Go strings may hold any bytes (a %s of "\xff" must
// write the byte 0xff). Widths count runes, where each byte of an invalid UTF-8 sequence counts
// as one rune, so padding measures what it pads with `runeCount`.
//
// Padding takes the text already formatted and the Spec; the pad byte is '0' when the Spec's
// zero flag is set, except where a caller asks for spaces (integers, whose zeros are digits
// placed by integer.ts, and %U).
//
// How it differs from Go's fmt: the buffer grows by doubling a Uint8Array; Go appends to a
// []byte. Text produced by strconv as a JS string is written with `ascii` or `text`.

import { decodeRune } from '../strconv/utf8.js';
import type { Spec } from './spec.js';

const encoder = new TextEncoder();

/** The number of runes in b (each byte of an invalid sequence is one rune). */
export function runeCount(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; n++) {
    if (b[i]! < 0x80) i++;
    else i += decodeRune(b, i)[1];
  }
  return n;
}

/** The UTF-8 bytes of a JS string. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export class OutBuf {
  private buf = new Uint8Array(64);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + k) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }

  byte(c: number): void {
    this.room(1);
    this.buf[this.n++] = c;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  /** Writes a JS string whose chars are all below 0x80. */
  ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.n++] = s.charCodeAt(i);
  }

  /** Writes any JS string as UTF-8. */
  text(s: string): void {
    this.bytes(encoder.encode(s));
  }

  /** Writes the rune r as UTF-8 (an invalid rune as U+FFFD). */
  rune(r: number): void {
    if (r < 0x80 && r >= 0) this.byte(r);
    else this.text(String.fromCodePoint(r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff) ? 0xfffd : r));
  }

  /** n copies of the byte c. */
  fill(c: number, n: number): void {
    if (n <= 0) return;
    this.room(n);
    this.buf.fill(c, this.n, this.n + n);
    this.n += n;
  }

  /** The contents (a copy). */
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }

  /**
   * Writes b padded to the Spec's width: on the right under '-', else on the left with '0's
   * under the zero flag (unless `spaces`) or spaces.
   */
  padded(b: Uint8Array, spec: Spec, spaces = false): void {
    const gap = spec.widSet ? spec.wid - runeCount(b) : 0;
    if (gap <= 0) {
      this.bytes(b);
    } else if (spec.minus) {
      this.bytes(b);
      this.fill(0x20, gap);
    } else {
      this.fill(spec.zero && !spaces ? 0x30 : 0x20, gap);
      this.bytes(b);
    }
  }

  /** `padded` for ASCII text. */
  paddedAscii(s: string, spec: Spec, spaces = false): void {
    const gap = spec.widSet ? spec.wid - s.length : 0;
    if (gap <= 0) {
      this.ascii(s);
    } else if (spec.minus) {
      this.ascii(s);
      this.fill(0x20, gap);
    } else {
      this.fill(spec.zero && !spaces ? 0x30 : 0x20, gap);
      this.ascii(s);
    }
  }
}
