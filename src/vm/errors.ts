// Run-time errors the VM raises as Go panics (Go's runtime/error.go: boundsError, divideError,
// plainError), with Go's exact wording.
//
// The VM's helpers throw `RuntimePanic` (a JS exception, never seen by Go code); the VM loop
// catches it and starts a Go panic whose value prints as the message. Bounds errors follow
// error.go's boundsErrorFmt and boundsNegErrorFmt: a negative index drops the `with length`
// part.
import { PlainPanic } from '../runtime/error.js';

/** A runtime.Error panic (`runtime error: ` + message). */
export class RuntimePanic extends PlainPanic {
  constructor(msg: string) {
    super('runtime error: ' + msg, true);
  }
}

export enum BoundsCode {
  Index,
  SliceAlen,
  SliceAcap,
  SliceB,
  Slice3Alen,
  Slice3Acap,
  Slice3B,
  Slice3C,
}

const boundsErrorFmt = [
  'index out of range [%x] with length %y',
  'slice bounds out of range [:%x] with length %y',
  'slice bounds out of range [:%x] with capacity %y',
  'slice bounds out of range [%x:%y]',
  'slice bounds out of range [::%x] with length %y',
  'slice bounds out of range [::%x] with capacity %y',
  'slice bounds out of range [:%x:%y]',
  'slice bounds out of range [%x:%y:]',
];

const boundsNegErrorFmt = [
  'index out of range [%x]',
  'slice bounds out of range [:%x]',
  'slice bounds out of range [:%x]',
  'slice bounds out of range [%x:]',
  'slice bounds out of range [::%x]',
  'slice bounds out of range [::%x]',
  'slice bounds out of range [:%x:]',
  'slice bounds out of range [%x::]',
];

export function boundsError(code: BoundsCode, x: number | bigint, y: number | bigint): RuntimePanic {
  const fmt = x < 0 ? boundsNegErrorFmt[code]! : boundsErrorFmt[code]!;
  return new RuntimePanic(fmt.replace('%x', String(x)).replace('%y', String(y)));
}

export function divideError(): RuntimePanic {
  return new RuntimePanic('integer divide by zero');
}

export function shiftError(): RuntimePanic {
  return new RuntimePanic('negative shift amount');
}

/** os.Exit(code): unwinds the VM (deferred calls do not run, as in Go); the host exits with code. */
export class ProgramExit extends Error {
  override name = 'ProgramExit';
  constructor(readonly code: number) {
    super(`exit status ${code}`);
  }
}
