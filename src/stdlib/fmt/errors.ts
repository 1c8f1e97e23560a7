// fmt.Errorf (Go's fmt/errors.go): the message of the new error and the error it wraps.
//
// Errorf formats like Sprintf with one more verb, %w: its operand must be an error, is printed
// as %v would print it, and becomes the wrapped error. Go 1.19 allows one %w: a second one, or a
// %w whose operand is not an error, prints `%!w(type=value)` and leaves nothing wrapped (and a
// later %w in the same call is bad too). Outside Errorf, %w is always a bad verb.
//
// How it differs from Go: Errorf returns `errors.New(s)` or `&wrapError{s, err}`; building those
// Go values is the binding's job, so this returns the message and the wrapped operand.

import { type FormatInput, Printer } from './print.js';
import type { GoValue } from './value.js';

/** What Errorf makes: the message, and the %w operand (null: an errors.New error). */
export interface ErrorfResult {
  readonly message: Uint8Array;
  readonly wrapped: GoValue | null;
}

/** fmt.Errorf. */
export function errorf(format: FormatInput, a: readonly (GoValue | null)[]): ErrorfResult {
  const p = new Printer();
  p.wrapErrs = true;
  p.doPrintf(format, a);
  return { message: p.bytes(), wrapped: p.wrappedErr };
}
