// Print, Println and Printf: the printer that drives one call, and the Sprint* entry points.
//
// A `Printer` holds the state of one call: the output (buffer.ts), the Spec in force
// (spec.ts), two guards (`erroring` while a format error shows a raw value, `panicking` while a
// recovered panic value is printed) and Errorf's %w bookkeeping. Operands are printed by
// walk.ts; this file decides which operand gets which verb.
//
// Printf, as steps over the format:
//   1. Copy the text up to the next '%'.
//   2. Read the directive (directive.ts) and turn it into a Spec: flags; each `[n]` moves the
//      operand cursor to n-1 (and, anywhere in the format, turns off the EXTRA report); a `*`
//      takes the operand at the cursor as the width or precision, which must be an integer
//      within ±1e6 (else `%!(BADWIDTH)` / `%!(BADPREC)`); a negative `*` width means '-'.
//   3. Print the verb: `%%` is a percent sign whatever else was written; then a bad index
//      (out of range, malformed, or an index directly before digits or '.') prints
//      `%!v(BADINDEX)`; a cursor past the operands prints `%!v(MISSING)`; otherwise the operand
//      at the cursor is printed and the cursor advances. A format that ends inside a directive
//      prints `%!(NOVERB)`.
//   4. At the end, operands never reached, unless an index was written, are listed as
//      `%!(EXTRA T=v, ...)`.
// Print puts a space between two operands when neither is a string; Println puts a space
// between all operands and a newline after them.
//
// How it differs from Go's fmt: printers are not pooled (a Printer is cheap and JS has a
// collector); the format is bytes (FormatInput accepts a JS string for its UTF-8).

import { toBytes } from '../strconv/utf8.js';
import { OutBuf } from './buffer.js';
import { type IndexMark, parseDirective } from './directive.js';
import { Spec } from './spec.js';
import { badVerb, printOperand } from './walk.js';
import { type GoValue, Kind, isIntKind, isUintKind } from './value.js';

/** A format string: its bytes, or a JS string standing for its UTF-8 encoding. */
export type FormatInput = Uint8Array | string;

const PERCENT = 0x25;
const V = 0x76;
/** The largest width or precision an operand of `*` may give. */
const starLimit = 1e6;

export class Printer {
  readonly out = new OutBuf();
  readonly spec = new Spec();
  /** Set while a format error prints its operand: no methods are called. */
  erroring = false;
  /** Set while the value of a recovered panic is printed: a second panic propagates. */
  panicking = false;
  /** Errorf: %w may wrap (cleared by a bad %w). */
  wrapErrs = false;
  /** Errorf: the operand of the one good %w, if any. */
  wrappedErr: GoValue | null = null;

  /** The output so far. */
  bytes(): Uint8Array {
    return this.out.result();
  }

  operand(arg: GoValue | null, verb: number): void {
    printOperand(this, arg, verb);
  }

  badVerb(v: GoValue | null, verb: number): void {
    badVerb(this, v, verb);
  }

  /** Print: operands as %v, a space between two that are not strings. */
  doPrint(args: readonly (GoValue | null)[]): void {
    let prevString = false;
    args.forEach((arg, k) => {
      const isString = arg !== null && arg.kind === Kind.String;
      if (k > 0 && !isString && !prevString) this.out.byte(0x20);
      this.spec.reset();
      this.operand(arg, V);
      prevString = isString;
    });
  }

  /** Println: operands as %v separated by spaces, then a newline. */
  doPrintln(args: readonly (GoValue | null)[]): void {
    args.forEach((arg, k) => {
      if (k > 0) this.out.byte(0x20);
      this.spec.reset();
      this.operand(arg, V);
    });
    this.out.byte(0x0a);
  }

  /** Printf. */
  doPrintf(format: FormatInput, args: readonly (GoValue | null)[]): void {
    const f = toBytes(format);
    const out = this.out;
    const spec = this.spec;
    let cursor = 0;
    let indexed = false;
    let i = 0;
    while (i < f.length) {
      let j = f.indexOf(PERCENT, i);
      if (j < 0) j = f.length;
      if (j > i) out.bytes(f.subarray(i, j));
      if (j >= f.length) break;
      const d = parseDirective(f, j + 1);
      i = d.end;

      spec.reset();
      spec.minus = d.minus;
      spec.plus = d.plus;
      spec.sharp = d.sharp;
      spec.space = d.space;
      spec.zero = d.zero && !d.minus;
      let good = !d.misplacedIndex;
      const seek = (m: IndexMark | null): void => {
        if (m === null) return;
        indexed = true;
        if (m.bad || m.n < 1 || m.n > args.length) good = false;
        else cursor = m.n - 1;
      };
      const star = (): number | null => (cursor < args.length ? starValue(args[cursor++]!) : null);

      seek(d.widthIndex);
      if (d.width.kind === 'digits') {
        spec.wid = d.width.n;
        spec.widSet = true;
      } else if (d.width.kind === 'star') {
        const n = star();
        if (n === null) {
          out.ascii('%!(BADWIDTH)');
        } else {
          spec.wid = Math.abs(n);
          spec.widSet = true;
          if (n < 0) {
            spec.minus = true;
            spec.zero = false;
          }
        }
      }
      if (d.dot) {
        seek(d.precIndex);
        if (d.prec.kind === 'digits') {
          spec.prec = d.prec.n;
          spec.precSet = true;
        } else if (d.prec.kind === 'star') {
          const n = star();
          if (n === null || n < 0) {
            out.ascii('%!(BADPREC)');
          } else {
            spec.prec = n;
            spec.precSet = true;
          }
        }
      }
      seek(d.verbIndex);

      const verb = d.verb;
      if (verb < 0) {
        out.ascii('%!(NOVERB)');
        break;
      }
      if (verb === PERCENT) {
        out.byte(PERCENT);
      } else if (!good) {
        this.formatError(verb, 'BADINDEX');
      } else if (cursor >= args.length) {
        this.formatError(verb, 'MISSING');
      } else {
        if (verb === V) {
          spec.sharpV = spec.sharp;
          spec.plusV = spec.plus;
          spec.sharp = spec.plus = false;
        }
        this.operand(args[cursor++]!, verb);
      }
    }

    if (!indexed && cursor < args.length) {
      spec.reset();
      out.ascii('%!(EXTRA ');
      for (let k = cursor; k < args.length; k++) {
        if (k > cursor) out.ascii(', ');
        const arg = args[k]!;
        if (arg === null) {
          out.ascii('<nil>');
        } else {
          out.text(arg.typeString());
          out.byte(0x3d);
          this.operand(arg, V);
        }
      }
      out.byte(0x29);
    }
  }

  private formatError(verb: number, what: string): void {
    this.out.ascii('%!');
    this.out.rune(verb);
    this.out.ascii('(' + what + ')');
  }
}

/** The width or precision an operand of `*` gives, or null when it is not a usable integer. */
function starValue(arg: GoValue | null): number | null {
  if (arg === null) return null;
  let n: bigint;
  if (isIntKind(arg.kind)) n = BigInt(arg.int());
  else if (isUintKind(arg.kind)) n = BigInt(arg.uint());
  else return null;
  return n > BigInt(starLimit) || n < -BigInt(starLimit) ? null : Number(n);
}

/** fmt.Sprint. */
export function sprint(args: readonly (GoValue | null)[]): Uint8Array {
  const p = new Printer();
  p.doPrint(args);
  return p.bytes();
}

/** fmt.Sprintln. */
export function sprintln(args: readonly (GoValue | null)[]): Uint8Array {
  const p = new Printer();
  p.doPrintln(args);
  return p.bytes();
}

/** fmt.Sprintf. */
export function sprintf(format: FormatInput, args: readonly (GoValue | null)[]): Uint8Array {
  const p = new Printer();
  p.doPrintf(format, args);
  return p.bytes();
}
