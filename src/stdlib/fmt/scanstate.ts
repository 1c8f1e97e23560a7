// The reading position of one Scan call: runes with a one-rune undo, a width limit, spaces and
// newlines, and the small lexical helpers the operand scanners are built from.
//
// State and invariants:
//   - `count` is the number of runes consumed (reads less undos) since the call began;
//   - `limit` is the count at which input ends for the operand being scanned: the call's end
//     (Infinity) or count + width when a Scanf verb has a width; reading at the limit is EOF;
//   - `newlines` says what a newline is while skipping spaces: `space` (Scan), `error`
//     (Scanln, Scanf: a newline where a value is wanted is "unexpected newline");
//   - "\r\n" is a newline wherever a newline is looked for.
// Every failure is thrown (scanerr.ts). `ScanState` is also what a Scanner hook receives
// (FmtScanState), so it has the shape of fmt.ScanState.
//
// How it differs from Go's fmt: the token being built is a number[] of bytes, runes encoded as
// they are read (so an invalid byte of the input becomes U+FFFD's encoding, as in Go).

import { encodeRune } from '../strconv/utf8.js';
import { ReadError, ScanError, eofErr, fail, unexpectedEOFErr } from './scanerr.js';
import type { RuneScanner } from './scaninput.js';
import type { FmtScanState } from './value.js';

export const EOF = -1;

/** unicode.IsSpace: the Unicode White_Space characters. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

export class ScanState implements FmtScanState {
  count = 0;
  limit = Infinity;
  /** The width of the current Scanf verb, for ScanState.Width. */
  wid = 0;
  widSet = false;
  /** The bytes of the token being accumulated. */
  tok: number[] = [];

  constructor(
    private readonly src: RuneScanner,
    readonly newlineIsSpace: boolean,
  ) {}

  /** The next rune, or EOF at the end of input or the width limit. */
  getRune(): number {
    return this.readRune()?.[0] ?? EOF;
  }

  readRune(): [number, number] | null {
    if (this.count >= this.limit) return null;
    let rs: [number, number] | null;
    try {
      rs = this.src.readRune();
    } catch (e) {
      if (e instanceof ReadError) throw new ScanError({ kind: 'value', value: e.value });
      throw e;
    }
    if (rs !== null) this.count++;
    return rs;
  }

  unreadRune(): void {
    this.src.unreadRune();
    this.count--;
  }

  /** The next rune; EOF is io.ErrUnexpectedEOF. */
  mustGetRune(): number {
    const r = this.getRune();
    if (r === EOF) throw new ScanError(unexpectedEOFErr);
    return r;
  }

  /** Fails with io.EOF when no input is left. */
  notEOF(): void {
    if (this.getRune() === EOF) throw new ScanError(eofErr);
    this.unreadRune();
  }

  /** Whether the next rune is r (it is not consumed). */
  peekIs(r: number): boolean {
    const c = this.getRune();
    if (c !== EOF) this.unreadRune();
    return c === r;
  }

  /** Consumes the next rune if it is in `set` (ASCII characters), adding it to the token. */
  accept(set: string): boolean {
    const r = this.getRune();
    if (r === EOF) return false;
    if (r < 0x80 && set.includes(String.fromCharCode(r))) {
      this.tok.push(r);
      return true;
    }
    this.unreadRune();
    return false;
  }

  /** Consumes spaces; see the file comment for newlines. */
  skipSpace(): void {
    for (;;) {
      const r = this.getRune();
      if (r === EOF) return;
      if (r === 0x0d && this.peekIs(0x0a)) continue;
      if (r === 0x0a) {
        if (this.newlineIsSpace) continue;
        fail('unexpected newline');
      }
      if (!isSpace(r)) {
        this.unreadRune();
        return;
      }
    }
  }

  /** ScanState.Token: after optional spaces, the longest run of runes satisfying f. */
  token(skipSpace: boolean, f: ((r: number) => boolean) | null): Uint8Array {
    if (skipSpace) this.skipSpace();
    const test = f ?? ((r: number) => !isSpace(r));
    const out: number[] = [];
    for (;;) {
      const r = this.getRune();
      if (r === EOF) break;
      if (!test(r)) {
        this.unreadRune();
        break;
      }
      encodeRune(out, r);
    }
    return Uint8Array.from(out);
  }

  width(): [number, boolean] {
    return [this.wid, this.widSet];
  }

  /** Starts a new token. */
  startToken(): void {
    this.tok = [];
  }

  /** Adds a rune to the token. */
  pushRune(r: number): void {
    encodeRune(this.tok, r);
  }

  /** The token as a JS string (tokens of numbers are ASCII). */
  tokenText(): string {
    return String.fromCharCode(...this.tok);
  }
}
