// The runtime's words for failure.
//
// Go's runtime has three words for three failures, and minigo keeps them apart:
//
//   panic  a Go panic: a runtime value that runs deferred calls and can be recovered. Panics are
//          the VM's business (panic.ts, a later stage); the runtime code below only raises the
//          two signals that the VM turns into Go panics: a memory fault (SIGSEGV, which becomes
//          `runtime error: invalid memory address or nil pointer dereference` or, for a wild
//          address, Go's `unexpected fault address` fatal error) and a plain runtime panic
//          (`PlainPanic`, e.g. `runtime: allocation size out of range`).
//   fatal  the program is at fault and cannot go on (Go's `fatal` and the `throw`s a user can
//          provoke: out of memory, stack overflow, deadlock, concurrent map writes). Printed as
//          optional `runtime: ...` preamble lines, then `fatal error: <msg>`, exit status 2.
//   throw  a bug in minigo itself. `InternalError`, which `recover` never catches, printed by the
//          CLI as `minigo: internal error: <msg>` with exit status 3.
//
// Go's own `throw` covers both of the last two: Go cannot tell "the runtime has a bug" from "the
// program ran out of stack" by the function it calls. minigo can, and splits them, because a
// minigo bug must never look like a Go program's fault. Where Go throws for a reason the user can
// cause ("out of memory", "stack overflow"), minigo calls `fatal` with Go's exact message.
//
// How it differs from Go: these are JS exceptions, unwound by the host, not printed here. The
// CLI (or the VM's top level) owns stderr and the exit code; printing here would break the rule
// that only the host layer touches Node APIs.

/** A minigo bug: an invariant of the runtime does not hold. Exit status 3. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/**
 * Go's fatal error. `preamble` holds the lines Go prints before `fatal error: ...`, e.g.
 * `runtime: goroutine stack exceeds 1000000000-byte limit`. `runtimeFrames` says whether Go
 * shows runtime frames in the traceback (it does for `throw`, not for `fatal`, unless
 * GOTRACEBACK=system). Exit status 2.
 */
export class FatalError extends Error {
  override name = 'FatalError';
  constructor(
    message: string,
    readonly preamble: readonly string[] = [],
    readonly runtimeFrames = false,
  ) {
    super(message);
  }
  /** The text Go writes to stderr before the goroutine traceback. */
  report(): string {
    return this.preamble.map((l) => l + '\n').join('') + 'fatal error: ' + this.message + '\n';
  }
}

/** SIGSEGV code values (Linux siginfo), as Go prints them in `[signal SIGSEGV: ... code=0x1 ...]`. */
export const SegvCode = {
  /** Address not mapped to an object: nil dereference, wild pointer. */
  MapErr: 1,
  /** Invalid permissions for a mapped object: a write to read-only data. */
  AccErr: 2,
} as const;

/**
 * A memory fault: an access below the first mapped page or to unmapped memory. The VM turns it
 * into Go's `sigpanic`: an address below 0x1000 becomes the panic `runtime error: invalid memory
 * address or nil pointer dereference` with `[signal SIGSEGV: segmentation violation code=0x1
 * addr=0x0 pc=...]`; any other address becomes the fatal `unexpected fault address 0x...`.
 */
export class MemoryFault extends Error {
  override name = 'MemoryFault';
  constructor(
    readonly addr: number,
    readonly code: number = SegvCode.MapErr,
  ) {
    super(`fault at address 0x${addr.toString(16)}`);
  }
  /** Go's sigpanic rule: a fault below the first page is a nil dereference (runtime/signal_unix.go). */
  get isNilDeref(): boolean {
    return this.addr < 0x1000;
  }
}

/** A Go panic the runtime raises with a fixed message (Go's `plainError`); the VM converts it. */
export class PlainPanic extends Error {
  override name = 'PlainPanic';
  constructor(
    message: string,
    /** Whether the value implements runtime.Error (`runtime error: ` prefix is in the message). */
    readonly runtimeError = false,
  ) {
    super(message);
  }
}

/** Go's `throw`, for a runtime bug. `throw` is a JS keyword, hence the underscore. */
export function throw_(msg: string): never {
  throw new InternalError(msg);
}

/** Go's `fatal` (and the throws a Go program can provoke): `fatal error: <msg>`, exit 2. */
export function fatal(msg: string, preamble: readonly string[] = []): never {
  throw new FatalError(msg, preamble, false);
}

/** An invariant of minigo's runtime; a failure is an `InternalError`. */
export function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new InternalError(msg);
}
