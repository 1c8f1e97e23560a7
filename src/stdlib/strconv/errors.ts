// strconv's errors: ErrRange, ErrSyntax and *NumError, with Go's exact messages.
//
// A parse function returns `[value, err]` like Go's two results; `err` is null or a NumError.
// NumError.err is one of the two sentinel objects below or a fresh BaseError ("invalid base 1",
// "invalid bit size 65"), so the native binding can map identity to the Go package variables
// strconv.ErrRange / strconv.ErrSyntax (declared in strconv.go) and anything else to an
// errors.New value with the same text, which is what Go's baseError/bitSizeError build.
//
// Error() is Go's `"strconv." + Func + ": " + "parsing " + Quote(Num) + ": " + Err.Error()`.
// Quote escapes every invalid byte, so the message is valid UTF-8 and lossless as a JS string.
//
// How it differs from Go: NumError.Num is the input's bytes (a Go string need not be UTF-8).

import { quote } from './quote.js';

/** An error value from strconv: its Error() text. */
export interface StrconvError {
  readonly message: string;
}

/** strconv.ErrRange: "value out of range". */
export const ErrRange: StrconvError = Object.freeze({ message: 'value out of range' });

/** strconv.ErrSyntax: "invalid syntax". */
export const ErrSyntax: StrconvError = Object.freeze({ message: 'invalid syntax' });

/** An errors.New value made by strconv (invalid base, invalid bit size). */
export class BaseError implements StrconvError {
  constructor(readonly message: string) {}
}

/** strconv.NumError. */
export class NumError {
  constructor(
    /** The failing function: ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex, Atoi. */
    public func: string,
    /** The input, as bytes. */
    public num: Uint8Array,
    /** ErrRange, ErrSyntax or a BaseError. */
    public err: StrconvError,
  ) {}

  /** (*NumError).Error(). */
  error(): string {
    const q = quote(this.num);
    return 'strconv.' + this.func + ': parsing ' + new TextDecoder().decode(q) + ': ' + this.err.message;
  }

  /** (*NumError).Unwrap(). */
  unwrap(): StrconvError {
    return this.err;
  }
}

export function syntaxError(fn: string, s: Uint8Array): NumError {
  return new NumError(fn, s, ErrSyntax);
}

export function rangeError(fn: string, s: Uint8Array): NumError {
  return new NumError(fn, s, ErrRange);
}

export function baseError(fn: string, s: Uint8Array, base: number): NumError {
  return new NumError(fn, s, new BaseError('invalid base ' + base));
}

export function bitSizeError(fn: string, s: Uint8Array, bitSize: number): NumError {
  return new NumError(fn, s, new BaseError('invalid bit size ' + bitSize));
}
