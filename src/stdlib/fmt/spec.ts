// The formatting options in force while one operand is printed: flags, width and precision.
//
// A `Spec` is what a directive means once its operands for `*` have been read: print.ts fills it
// from a `Directive` (directive.ts), the kind formatters read it, and a Formatter sees it through
// `FmtState`. Print and Println print with an empty Spec.
//
// Invariants:
//   - `zero` is true only when `minus` is false (zero padding goes on the left only).
//   - For the verb %v, '+' and '#' are recorded as `plusV` and `sharpV` (field names, Go syntax)
//     and `plus` and `sharp` are false; for every other verb `plusV` and `sharpV` are false.
//   - `wid` and `prec` keep their last values when a directive gives none: only `widSet` and
//     `precSet` are cleared between directives. A Formatter can observe this (State.Width
//     returns the stale number with ok == false), so it is kept.
//
// How it differs from Go's fmt: the options are a small object of their own, separate from the
// output buffer, rather than part of the formatter that also owns the buffer.

export class Spec {
  plus = false;
  minus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  widSet = false;
  prec = 0;
  precSet = false;

  /** Clears every flag and the presence of width and precision (their numbers stay). */
  reset(): void {
    this.plus = this.minus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
    this.widSet = this.precSet = false;
  }

  /** A copy of the flags and presence bits, for restoring after a nested print. */
  save(): SavedSpec {
    return [this.plus, this.minus, this.sharp, this.space, this.zero, this.plusV, this.sharpV, this.widSet, this.precSet];
  }

  restore(s: SavedSpec): void {
    [this.plus, this.minus, this.sharp, this.space, this.zero, this.plusV, this.sharpV, this.widSet, this.precSet] = s;
  }

  /** Whether the flag character c is in effect, as fmt.State.Flag reports it. */
  flag(c: number): boolean {
    switch (c) {
      case 0x2d: return this.minus;
      case 0x2b: return this.plus || this.plusV;
      case 0x23: return this.sharp || this.sharpV;
      case 0x20: return this.space;
      case 0x30: return this.zero;
    }
    return false;
  }
}

export type SavedSpec = [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
