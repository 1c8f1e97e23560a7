// The errors a Scan call returns, and how the scanner raises them.
//
// Go's scanning functions return an `error` that is one of a handful of values; the binding must
// be able to build the same Go value, so a `ScanErr` says which:
//   - `EOF`, `UnexpectedEOF`: io.EOF and io.ErrUnexpectedEOF (identity matters to callers);
//   - `errorString`: an errors.New value with fmt's message ("expected integer", ...);
//   - `NumError`: a *strconv.NumError from parsing a number (its Num is the whole token);
//   - `strconv`: a bare strconv sentinel (ErrSyntax from unquoting a %q string);
//   - `value`: an error value that came from outside fmt, passed through untouched: what a
//     reader threw as a `ReadError`, or what a Scan method returned.
// Inside the scanner an error ends the call at once: it is thrown as a `ScanError` and caught
// by the driver in scan.ts, which returns it with the count of operands already stored.
//
// How it differs from Go's fmt: Go panics with a private wrapper type and recovers it; here the
// exception class is exported because a Scanner hook (the binding's) may see it pass through
// the ScanState methods it calls and must let it propagate.

import type { NumError, StrconvError } from '../strconv/errors.js';

export type ScanErr =
  | { readonly kind: 'EOF' }
  | { readonly kind: 'UnexpectedEOF' }
  | { readonly kind: 'errorString'; readonly message: string }
  | { readonly kind: 'NumError'; readonly error: NumError }
  | { readonly kind: 'strconv'; readonly error: StrconvError }
  | { readonly kind: 'value'; readonly value: unknown };

export const eofErr: ScanErr = Object.freeze({ kind: 'EOF' });
export const unexpectedEOFErr: ScanErr = Object.freeze({ kind: 'UnexpectedEOF' });

/** The exception that carries a ScanErr out of the scanner. */
export class ScanError extends Error {
  override name = 'ScanError';
  constructor(readonly err: ScanErr) {
    super(scanErrMessage(err));
  }
}

/**
 * Thrown by an input's readByte/readRune when reading fails; `value` is the error (a Go error
 * value of the binding's, or a message), returned to the caller as a `value` ScanErr.
 */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(readonly value: unknown) {
    super(typeof value === 'string' ? value : 'read error');
  }
}

/**
 * The Error() text of a ScanErr. For a `value` error the binding knows the real text (it calls
 * the value's Error method); here a string value is its own text.
 */
export function scanErrMessage(e: ScanErr): string {
  switch (e.kind) {
    case 'EOF': return 'EOF';
    case 'UnexpectedEOF': return 'unexpected EOF';
    case 'errorString': return e.message;
    case 'NumError': return e.error.error();
    case 'strconv': return e.error.message;
    case 'value': return typeof e.value === 'string' ? e.value : String(e.value);
  }
}

/** Ends the scan with an errors.New value. */
export function fail(message: string): never {
  throw new ScanError({ kind: 'errorString', message });
}
