// Scan, Scanln and Scanf: the drivers that walk the operands (and the format) over the input.
//
// Each call reads through a fresh ScanState (scanstate.ts) over the input (scaninput.ts),
// scans operands with scanvalue.ts, and stops at the first error, returning the number of
// operands stored before it and the error (scanerr.ts).
//
// Scan: every operand as %v; newlines count as spaces.
// Scanln: every operand as %v; a newline before the last operand is "unexpected newline", and
// after it only spaces may come before a newline or the end ("expected newline").
// Scanf, over the format:
//   1. `%` [width] verb: `%%` skips spaces and needs a '%' in the input ("missing literal %",
//      or io.ErrUnexpectedEOF at the end);
//      any other verb takes the next operand ("too few operands for format '%v'"), skips spaces
//      first unless it is %c, and reads at most `width` runes after them. The width's digits
//      never include the format's last byte (so `%5` is the verb '5'), and a '%' that ends the
//      format is "missing verb: % at end of format string".
//   2. A run of white space in the format is matched by the documented rules: each newline in
//      the run takes input spaces and then one newline or the end of input ("newline in format
//      does not match input"); spaces after a newline take any input spaces; a run without a
//      newline takes input spaces; finding none, it must find the end of input, not a newline
//      ("newline in input does not match format") nor anything else ("expected space in input
//      to match format"). "\r\n" in the input is a newline (its '\r' alone is a space).
//   3. Any other rune must be the next input rune ("input does not match format"; at the end of
//      input, io.ErrUnexpectedEOF).
//   4. Operands left when the format ends are "too many operands".
//
// How it differs from Go's fmt: the input adapters are created per call and not pooled; Scan
// on os.Stdin is the binding's (it passes a RuneScanner over its stdin buffer).

import { decodeRune, toBytes } from '../strconv/utf8.js';
import type { FormatInput } from './print.js';
import { type ScanErr, ScanError, fail, unexpectedEOFErr } from './scanerr.js';
import { type RuneScanner, type ScanInput, byteRuneScanner, stringReader } from './scaninput.js';
import { EOF, ScanState, isSpace } from './scanstate.js';
import { scanOperand } from './scanvalue.js';
import type { GoValue } from './value.js';

export { ReadError, ScanError, scanErrMessage, type ScanErr } from './scanerr.js';
export { stringReader, type ByteReader, type RuneScanner, type ScanInput } from './scaninput.js';

/** What a scan call returns: the number of operands stored, and the error (null: none). */
export type ScanResult = [number, ScanErr | null];

const V = 0x76;

function runeScanner(r: ScanInput): RuneScanner {
  return 'readRune' in r ? r : byteRuneScanner(r);
}

/** Runs body, turning a ScanError into the call's result. */
function run(body: (stored: { n: number }) => void): ScanResult {
  const stored = { n: 0 };
  try {
    body(stored);
  } catch (e) {
    if (e instanceof ScanError) return [stored.n, e.err];
    throw e;
  }
  return [stored.n, null];
}

function scanAll(s: ScanState, args: readonly GoValue[], stored: { n: number }): void {
  for (const arg of args) {
    scanOperand(s, V, arg);
    stored.n++;
  }
}

/** fmt.Fscan. */
export function fscan(r: ScanInput, args: readonly GoValue[]): ScanResult {
  const s = new ScanState(runeScanner(r), true);
  return run((stored) => scanAll(s, args, stored));
}

/** fmt.Fscanln. */
export function fscanln(r: ScanInput, args: readonly GoValue[]): ScanResult {
  const s = new ScanState(runeScanner(r), false);
  return run((stored) => {
    scanAll(s, args, stored);
    for (;;) {
      const c = s.getRune();
      if (c === 0x0a || c === EOF) break;
      if (!isSpace(c)) fail('expected newline');
    }
  });
}

/** fmt.Fscanf. */
export function fscanf(r: ScanInput, format: FormatInput, args: readonly GoValue[]): ScanResult {
  const s = new ScanState(runeScanner(r), false);
  return run((stored) => scanFormat(s, toBytes(format), args, stored));
}

/** fmt.Sscan. */
export function sscan(str: FormatInput, args: readonly GoValue[]): ScanResult {
  return fscan(stringReader(str), args);
}

/** fmt.Sscanln. */
export function sscanln(str: FormatInput, args: readonly GoValue[]): ScanResult {
  return fscanln(stringReader(str), args);
}

/** fmt.Sscanf. */
export function sscanf(str: FormatInput, format: FormatInput, args: readonly GoValue[]): ScanResult {
  return fscanf(stringReader(str), format, args);
}

/** Whether a byte of the format is a newline. */
const isNewline = (r: number): boolean => r === 0x0a;

function scanFormat(s: ScanState, f: Uint8Array, args: readonly GoValue[], stored: { n: number }): void {
  let i = 0;
  let next = 0;
  while (i < f.length) {
    const [c, size] = decodeRune(f, i);
    if (c === 0x25) {
      i = scanVerb(s, f, i + 1, args, next);
      if (i < 0) {
        i = -i;
        continue;
      }
      next++;
      stored.n++;
      continue;
    }
    if (isSpace(c)) {
      let j = i;
      while (j < f.length) {
        const [d, dsize] = decodeRune(f, j);
        if (!isSpace(d)) break;
        j += dsize;
      }
      matchSpaceRun(s, f.subarray(i, j));
      i = j;
      continue;
    }
    const r = s.getRune();
    if (r === EOF) throw new ScanError(unexpectedEOFErr);
    if (r !== c) {
      s.unreadRune();
      fail('input does not match format');
    }
    i += size;
  }
  if (next < args.length) fail('too many operands');
}

/**
 * Handles the verb whose text starts at f[i] (after the '%'). Returns the offset after it,
 * negated when the verb consumed no operand (%%).
 */
function scanVerb(s: ScanState, f: Uint8Array, i: number, args: readonly GoValue[], next: number): number {
  if (i >= f.length) fail('missing verb: % at end of format string');
  let wid = 0;
  let widSet = false;
  while (i < f.length - 1 && f[i]! >= 0x30 && f[i]! <= 0x39) {
    wid = wid * 10 + (f[i]! - 0x30);
    widSet = true;
    i++;
  }
  const [verb, size] = decodeRune(f, i);
  i += size;
  if (verb !== 0x63) s.skipSpace();
  if (verb === 0x25) {
    const r = s.mustGetRune();
    if (r !== 0x25) {
      s.unreadRune();
      fail('missing literal %');
    }
    return -i;
  }
  if (next >= args.length) fail(`too few operands for format '%${String.fromCodePoint(verb)}'`);
  s.wid = wid;
  s.widSet = widSet;
  s.limit = widSet ? s.count + wid : Infinity;
  try {
    scanOperand(s, verb, args[next]!);
  } finally {
    s.limit = Infinity;
    s.widSet = false;
  }
  return i;
}

/** Skips input spaces other than newlines; returns how many. */
function skipBlanks(s: ScanState): number {
  let n = 0;
  for (;;) {
    const r = s.getRune();
    if (r === EOF) return n;
    if (r === 0x0a || !isSpace(r)) {
      s.unreadRune();
      return n;
    }
    n++;
  }
}

/** Matches a run of white space in the format against the input (rule 2 of the file comment). */
function matchSpaceRun(s: ScanState, run: Uint8Array): void {
  let newlines = 0;
  for (const c of run) if (isNewline(c)) newlines++;
  if (newlines === 0) {
    if (skipBlanks(s) > 0) return;
    const r = s.getRune();
    if (r === EOF) return;
    s.unreadRune();
    fail(r === 0x0a ? 'newline in input does not match format' : 'expected space in input to match format');
  }
  for (let k = 0; k < newlines; k++) {
    skipBlanks(s);
    const r = s.getRune();
    if (r === EOF) continue;
    if (r !== 0x0a) {
      s.unreadRune();
      fail('newline in format does not match input');
    }
  }
  if (!isNewline(run[run.length - 1]!)) skipBlanks(s);
}
