// strconv's natives: the conversions of strconv.go bound to the bit-exact engines of this
// directory. A parse native reports its error as a code (0 none, 1 ErrSyntax, 2 ErrRange, 3 a
// message of its own) that strconv.go's numError turns into a *NumError, so error values are
// built in Go.
//
// How it differs from Go: Go's strconv is plain Go; here the engines are TypeScript for speed
// (a parse or format is one native call instead of hundreds of bytecode instructions).
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { parseBool } from './bool.js';
import { parseComplex } from './atoc.js';
import { formatComplex } from './ctoa.js';
import { parseFloat } from './atof.js';
import { parseInt, parseUint, type Int64 } from './atoi.js';
import { formatInt, formatUint } from './itoa.js';
import { formatFloat } from './ftoa.js';
import {
  canBackquote,
  isGraphicRune,
  isPrint,
  quote,
  quoteRune,
  quoteRuneToASCII,
  quoteRuneToGraphic,
  quoteToASCII,
  quoteToGraphic,
  quotedPrefix,
  unquote,
  unquoteChar,
} from './quote.js';
import { ErrRange, ErrSyntax, type NumError } from './errors.js';

const encoder = new TextEncoder();

function str(vm: NativeContext, i: number): Uint8Array {
  const n = vm.regs[i + 1]!;
  return n === 0 ? new Uint8Array(0) : vm.mem.readBytes(vm.regs[i]!, n);
}

function int(vm: NativeContext, i: number): Int64 {
  const v = vm.regs[i]!;
  return v === v ? v : vm.intBig(i);
}

function setInt(vm: NativeContext, i: number, v: Int64): void {
  if (typeof v === 'number') vm.regs[i] = v;
  else vm.setIntBig(i, v);
}

/** Writes a Go string result at regs[i..i+1]. */
function retString(vm: NativeContext, i: number, s: string | Uint8Array): void {
  const b = typeof s === 'string' ? encoder.encode(s) : s;
  let p = 0;
  if (b.length > 0) {
    p = vm.alloc(b.length, false);
    vm.mem.writeBytes(p, b);
  }
  vm.regs[i] = p;
  vm.regs[i + 1] = b.length;
}

/** Writes (code int, msg string) for a NumError (or none) at regs[i..i+2]. */
function retErr(vm: NativeContext, i: number, e: NumError | null): void {
  if (e === null) {
    vm.regs[i] = 0;
    vm.regs[i + 1] = 0;
    vm.regs[i + 2] = 0;
    return;
  }
  vm.regs[i] = e.err === ErrSyntax ? 1 : e.err === ErrRange ? 2 : 3;
  retString(vm, i + 1, e.err.message);
}

export const strconvNatives: Record<string, NativeFn> = {
  'strconv.parseBool': (vm, base) => {
    const [b, e] = parseBool(str(vm, base));
    vm.regs[base] = b ? 1 : 0;
    vm.regs[base + 1] = e === null ? 0 : 1;
  },
  'strconv.parseComplex': (vm, base) => {
    const [c, e] = parseComplex(str(vm, base), vm.regs[base + 2]!);
    vm.regs[base] = c.re;
    vm.regs[base + 1] = c.im;
    retErr(vm, base + 2, e);
  },
  'strconv.parseFloat': (vm, base) => {
    const [f, e] = parseFloat(str(vm, base), vm.regs[base + 2]!);
    vm.regs[base] = f;
    retErr(vm, base + 1, e);
  },
  'strconv.parseUint': (vm, base) => {
    const [u, e] = parseUint(str(vm, base), vm.regs[base + 2]!, vm.regs[base + 3]!);
    setInt(vm, base, typeof u === 'bigint' ? BigInt.asUintN(64, u) : u);
    retErr(vm, base + 1, e);
  },
  'strconv.parseInt': (vm, base) => {
    const [i, e] = parseInt(str(vm, base), vm.regs[base + 2]!, vm.regs[base + 3]!);
    setInt(vm, base, i);
    retErr(vm, base + 1, e);
  },
  'strconv.FormatComplex': (vm, base) => {
    retString(vm, base, formatComplex(vm.regs[base]!, vm.regs[base + 1]!, vm.regs[base + 2]!, vm.regs[base + 3]!, vm.regs[base + 4]!));
  },
  'strconv.FormatFloat': (vm, base) => {
    retString(vm, base, formatFloat(vm.regs[base]!, vm.regs[base + 1]!, vm.regs[base + 2]!, vm.regs[base + 3]!));
  },
  'strconv.FormatUint': (vm, base) => retString(vm, base, formatUint(int(vm, base), vm.regs[base + 1]!)),
  'strconv.FormatInt': (vm, base) => retString(vm, base, formatInt(int(vm, base), vm.regs[base + 1]!)),
  'strconv.Quote': (vm, base) => retString(vm, base, quote(str(vm, base))),
  'strconv.QuoteToASCII': (vm, base) => retString(vm, base, quoteToASCII(str(vm, base))),
  'strconv.QuoteToGraphic': (vm, base) => retString(vm, base, quoteToGraphic(str(vm, base))),
  'strconv.QuoteRune': (vm, base) => retString(vm, base, quoteRune(vm.regs[base]!)),
  'strconv.QuoteRuneToASCII': (vm, base) => retString(vm, base, quoteRuneToASCII(vm.regs[base]!)),
  'strconv.QuoteRuneToGraphic': (vm, base) => retString(vm, base, quoteRuneToGraphic(vm.regs[base]!)),
  'strconv.CanBackquote': (vm, base) => {
    vm.regs[base] = canBackquote(str(vm, base)) ? 1 : 0;
  },
  'strconv.IsPrint': (vm, base) => {
    vm.regs[base] = isPrint(vm.regs[base]!) ? 1 : 0;
  },
  'strconv.IsGraphic': (vm, base) => {
    vm.regs[base] = isGraphicRune(vm.regs[base]!) ? 1 : 0;
  },
  /** unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool) */
  'strconv.unquoteChar': (vm, base) => {
    const s = str(vm, base);
    const ptr = vm.regs[base]!;
    const r = unquoteChar(s, vm.regs[base + 2]!);
    const ok = r.err === null;
    vm.regs[base] = ok ? r.value : 0;
    vm.regs[base + 1] = ok && r.multibyte ? 1 : 0;
    vm.regs[base + 2] = ok && r.tail < s.length ? ptr + r.tail : 0;
    vm.regs[base + 3] = ok ? s.length - r.tail : 0;
    vm.regs[base + 4] = ok ? 1 : 0;
  },
  'strconv.quotedPrefix': (vm, base) => {
    const [p, e] = quotedPrefix(str(vm, base));
    vm.regs[base + 2] = e === null ? 1 : 0;
    if (e === null) vm.regs[base + 1] = p.length;
    else vm.regs[base] = vm.regs[base + 1] = 0;
  },
  'strconv.unquote': (vm, base) => {
    const [u, e] = unquote(str(vm, base));
    retString(vm, base, e === null ? u : new Uint8Array(0));
    vm.regs[base + 2] = e === null ? 1 : 0;
  },
};
