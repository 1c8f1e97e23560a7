// Where Scan reads from: the input interfaces, and a rune-with-undo view of each.
//
// The scanner needs one operation beyond reading a rune: putting the last rune back (to look one
// rune ahead). Inputs come in two shapes, as in Go:
//   - a `RuneScanner` (a strings.Reader, a bufio.Reader: it has ReadRune and UnreadRune): runes
//     come from it and go back to it, so a rune looked at and put back stays in the input for
//     the next call;
//   - a `ByteReader` (any other io.Reader, read a byte at a time): runes are decoded here, and
//     a rune put back is held by this call's adapter, so it is lost to the input when the call
//     returns. fmt documents this ("Fscan etc. can read one character past the input").
// `stringReader` makes a RuneScanner over a Go string (Sscan*).
//
// Decoding a ByteReader: the first byte decides how many continuation bytes a valid encoding
// has; bytes are read one at a time only while they can still continue a valid encoding, so a
// bad sequence costs no more bytes than it has, and bytes read but not part of the rune are kept
// for the next read.
//
// How it differs from Go's fmt: Go decides between the shapes with a type assertion on the
// io.Reader; the binding does it when it picks which object to pass.

import { RuneError, decodeRune, toBytes } from '../strconv/utf8.js';
import type { FormatInput } from './print.js';

/** io.RuneScanner: a rune and its size, or null at EOF; a read failure throws ReadError. */
export interface RuneScanner {
  readRune(): [number, number] | null;
  unreadRune(): void;
}

/** io.Reader read a byte at a time: a byte, or -1 at EOF; a read failure throws ReadError. */
export interface ByteReader {
  readByte(): number;
}

export type ScanInput = RuneScanner | ByteReader;

/** A RuneScanner over the bytes of a Go string. */
export function stringReader(s: FormatInput): RuneScanner {
  const b = toBytes(s);
  let pos = 0;
  let last = 0;
  return {
    readRune(): [number, number] | null {
      if (pos >= b.length) {
        last = 0;
        return null;
      }
      const c = b[pos]!;
      const rs: [number, number] = c < 0x80 ? [c, 1] : decodeRune(b, pos);
      pos += rs[1];
      last = rs[1];
      return rs;
    },
    unreadRune(): void {
      pos -= last;
      last = 0;
    },
  };
}

/** The number of bytes a valid encoding starting with c has, or 0 when c cannot start one. */
function encodedLength(c: number): number {
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return 2;
  if (c >= 0xe0 && c <= 0xef) return 3;
  if (c >= 0xf0 && c <= 0xf4) return 4;
  return 0;
}

/** Whether c can follow `lead` as the second byte of a valid encoding. */
function validSecond(lead: number, c: number): boolean {
  switch (lead) {
    case 0xe0: return c >= 0xa0 && c <= 0xbf;
    case 0xed: return c >= 0x80 && c <= 0x9f;
    case 0xf0: return c >= 0x90 && c <= 0xbf;
    case 0xf4: return c >= 0x80 && c <= 0x8f;
  }
  return c >= 0x80 && c <= 0xbf;
}

/** A RuneScanner decoding a ByteReader, for the duration of one scan call. */
export function byteRuneScanner(r: ByteReader): RuneScanner {
  const kept: number[] = [];
  let last: [number, number] | null = null;
  let putBack = false;
  const next = (): number => (kept.length > 0 ? kept.shift()! : r.readByte());
  return {
    readRune(): [number, number] | null {
      if (putBack && last !== null) {
        putBack = false;
        return last;
      }
      const c = next();
      if (c < 0) {
        last = null;
        return null;
      }
      const n = encodedLength(c);
      const seq = [c];
      if (n > 1) {
        while (seq.length < n) {
          const d = next();
          if (d < 0) break;
          const ok = seq.length === 1 ? validSecond(c, d) : d >= 0x80 && d <= 0xbf;
          if (!ok) {
            kept.push(d);
            break;
          }
          seq.push(d);
        }
      }
      let rs: [number, number];
      if (seq.length === n) {
        rs = n === 1 ? [c, 1] : decodeRune(Uint8Array.from(seq), 0);
      } else {
        rs = [RuneError, 1];
        kept.unshift(...seq.slice(1));
      }
      last = rs;
      return rs;
    },
    unreadRune(): void {
      putBack = true;
    },
  };
}
