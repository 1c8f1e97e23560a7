// Printing a value through its own methods: Formatter, GoStringer, error, Stringer.
//
// Before a value is printed by its kind, `printByMethod` asks whether one of its methods takes
// over. The rules, from fmt's documentation, in order:
//   0. Not at all while printing a format error (`%!d(T=...)` shows the raw value) or a value
//      that may not be used through an interface (reached through an unexported field: the
//      caller passes such values with `readOnly` and never asks).
//   1. Errorf's %w: the operand must be an error, and only one %w may wrap. A good %w is %v from
//      here on and records the operand; a bad one prints %!w(T=v) and ends wrapping for the call.
//   2. Format(state, verb), whatever the verb.
//   3. Under %#v: GoString(), printed as is (cut and padded); without one, no method applies.
//   4. Under %v %s %q %x %X: Error(), else String(); the result is printed as a string.
//
// A method that panics (a `MethodPanic`) is recovered here:
//   - panic(nil) is no panic to Go 1.19's recover, so whatever the method wrote stays and
//     nothing is added;
//   - a nil pointer receiver prints `<nil>`;
//   - while a panic value is being printed, a second panic propagates (fmt re-panics);
//   - otherwise `%!v(PANIC=String method: <the panic value as %v>)`, printed with the flags
//     cleared and then restored.
// Any other exception is minigo's own business and passes through.
//
// How it differs from Go's fmt: method sets come from `GoValue.methods()` as hooks instead of
// type assertions on interface values, and the panic capture is a try/catch around each call.

import { type FmtState, type GoValue, Kind, MethodPanic } from './value.js';
import type { Printer } from './print.js';
import { formatText, isStringVerb, plain } from './text.js';

const verbW = 0x77;
const verbV = 0x76;

/** Prints v through one of its methods and returns true, or returns false to print by kind. */
export function printByMethod(p: Printer, v: GoValue, verb: number): boolean {
  if (p.erroring) return false;
  const m = v.methods();
  if (verb === verbW) {
    if (m?.error === undefined || !p.wrapErrs || p.wrappedErr !== null) {
      p.wrapErrs = false;
      p.wrappedErr = null;
      p.badVerb(v, verb);
      return true;
    }
    p.wrappedErr = v;
    verb = verbV;
  }
  if (m === null) return false;
  if (m.format !== undefined) {
    const format = m.format;
    guarded(p, v, verb, 'Format', () => format(stateOf(p), verb));
    return true;
  }
  if (p.spec.sharpV) {
    if (m.goString === undefined) return false;
    const goString = m.goString;
    guarded(p, v, verb, 'GoString', () => plain(p.out, p.spec, goString()));
    return true;
  }
  if (!isStringVerb(verb)) return false;
  if (m.error !== undefined) {
    const error = m.error;
    guarded(p, v, verb, 'Error', () => formatText(p.out, p.spec, error(), verb));
    return true;
  }
  if (m.string !== undefined) {
    const string = m.string;
    guarded(p, v, verb, 'String', () => formatText(p.out, p.spec, string(), verb));
    return true;
  }
  return false;
}

/** Runs a method call with fmt's panic recovery (see the file comment). */
function guarded(p: Printer, v: GoValue, verb: number, method: string, call: () => void): void {
  try {
    call();
  } catch (e) {
    if (!(e instanceof MethodPanic)) throw e;
    if (e.value === null) return;
    if (v.kind === Kind.Pointer && v.isNil()) {
      p.out.ascii('<nil>');
      return;
    }
    if (p.panicking) throw e;
    const saved = p.spec.save();
    p.spec.reset();
    p.out.ascii('%!');
    p.out.rune(verb);
    p.out.ascii('(PANIC=' + method + ' method: ');
    p.panicking = true;
    try {
      p.operand(e.value, verbV);
    } finally {
      p.panicking = false;
    }
    p.out.byte(0x29);
    p.spec.restore(saved);
  }
}

/** The fmt.State a Formatter writes to. */
function stateOf(p: Printer): FmtState {
  const spec = p.spec;
  return {
    write: (b) => p.out.bytes(b),
    width: () => [spec.wid, spec.widSet],
    precision: () => [spec.prec, spec.precSet],
    flag: (c) => spec.flag(c),
  };
}
