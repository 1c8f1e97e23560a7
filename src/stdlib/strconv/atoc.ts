// strconv.ParseComplex (Go's atoc.go).
//
// The accepted forms are N, Ni, N±Ni and the same in parentheses, where each N is anything
// ParseFloat accepts (so "NaN", "Inf" and hex forms too). The parts are read with
// parseFloatPrefix, which stops at the first byte that cannot continue a number; what follows
// decides the form. A range error in a part does not stop the parse: it is returned, with the
// value (±Inf or 0 in that part), only if the rest is well-formed, as in Go. Every error names
// ParseComplex and the whole input.
//
// How it differs from Go: a complex value is returned as its two parts.

import { ErrRange, type NumError, syntaxError } from './errors.js';
import { parseFloatPrefix } from './atof.js';
import { type StrInput, toBytes } from './utf8.js';

const fnParseComplex = 'ParseComplex';

/** A complex128 (or complex64, with float32 parts) as its real and imaginary parts. */
export interface Complex {
  re: number;
  im: number;
}

/** strconv.ParseComplex(s, bitSize): bitSize 64 means complex64 (float32 parts), else 128. */
export function parseComplex(str: StrInput, bitSize: number): [Complex, NumError | null] {
  const orig = toBytes(str);
  const size = bitSize === 64 ? 32 : 64;
  const zero: Complex = { re: 0, im: 0 };
  let s = orig;
  if (s.length >= 2 && s[0] === 0x28 && s[s.length - 1] === 0x29) s = s.subarray(1, s.length - 1);
  let pending: NumError | null = null;

  // Go's convErr: re-label the error; a range error becomes pending, anything else is final.
  const absorb = (err: NumError | null): NumError | null => {
    if (!err) return null;
    err.func = fnParseComplex;
    err.num = orig;
    if (err.err === ErrRange) {
      pending = err;
      return null;
    }
    return err;
  };

  const [re, n, err] = parseFloatPrefix(s, size);
  const e1 = absorb(err);
  if (e1) return [zero, e1];
  s = s.subarray(n);
  if (s.length === 0) return [{ re, im: 0 }, pending];
  switch (s[0]) {
    case 0x2b: // '+'
      if (s.length > 1 && s[1] !== 0x2b) s = s.subarray(1);
      break;
    case 0x2d: // '-'
      break;
    case 0x69: // 'i'
      if (s.length === 1) return [{ re: 0, im: re }, pending];
      return [zero, syntaxError(fnParseComplex, orig)];
    default:
      return [zero, syntaxError(fnParseComplex, orig)];
  }
  const [im, n2, err2] = parseFloatPrefix(s, size);
  const e2 = absorb(err2);
  if (e2) return [zero, e2];
  s = s.subarray(n2);
  if (!(s.length === 1 && s[0] === 0x69)) return [zero, syntaxError(fnParseComplex, orig)];
  return [{ re, im }, pending];
}
