// fmt's natives: the Print, Sprint, Fprint and Sscan families bound to the engine (print.ts,
// scan.ts) through VMValue (vmvalue.ts). Errorf has a Go body in fmt.go (it builds
// `*fmt.wrapError` or an errors.New value) around the native `fmt.errorf`, which formats and
// reports which operand %w wrapped.
//
// Register conventions (see src/vm/natives.ts): a `...any` parameter is a slice (ptr, len, cap)
// of 16-byte interface words (type, data); an io.Writer is (itab, data); results
// `(n int, err error)` are three registers.
//
// How it differs from Go: Fprint* to an `*os.File` writes the file descriptor directly instead
// of calling File.Write (the same bytes reach the same descriptor); any other writer's Write
// method is called through callGo. The scan family has Go wrappers in fmt.go: each native
// returns the count and a description of the error (kind, message, NumError parts, or an error
// value passed through), and fmt.go's scanError makes Go's value of it, so io.EOF,
// io.ErrUnexpectedEOF and strconv's sentinels keep their identity. Scan* read standard input
// through the buffer os shares (os/stdin.ts), a byte at a time as Go's Fscan reads an
// *os.File; Fscan* over another reader use its ReadRune/UnreadRune methods when it has both,
// else its Read method a byte at a time, as Go's fmt does.
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { errorf } from './errors.js';
import { sprint, sprintf, sprintln } from './print.js';
import { fscan, fscanf, fscanln, scanErrMessage, type ScanErr, type ScanInput, type ScanResult } from './scan.js';
import { ReadError, stringReader } from './scan.js';
import { hostOf } from '../../runtime/host.js';
import { stdinOf, StdinError } from '../os/stdin.js';
import { errnoText } from '../../runtime/host.js';
import type { GoValue } from './value.js';
import { newBytes, VMValue } from './vmvalue.js';

/** The operands of a `...any` parameter whose slice header is at regs[base..base+2]. */
function operands(vm: NativeContext, base: number): (GoValue | null)[] {
  const ptr = vm.regs[base]!;
  const n = vm.regs[base + 1]!;
  const mem = vm.mem;
  const out: (GoValue | null)[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = VMValue.fromEface(vm, mem.loadPtr(ptr + 16 * i), mem.loadPtr(ptr + 16 * i + 8));
  return out;
}

function stringArg(vm: NativeContext, base: number): Uint8Array {
  const n = vm.regs[base + 1]!;
  return n === 0 ? new Uint8Array(0) : vm.mem.readBytes(vm.regs[base]!, n);
}

function returnString(vm: NativeContext, base: number, b: Uint8Array): void {
  vm.regs[base] = newBytes(vm, b);
  vm.regs[base + 1] = b.length;
}

function returnAppend(vm: NativeContext, base: number, b: Uint8Array): void {
  const mem = vm.mem;
  const ptr = vm.regs[base]!;
  const len = vm.regs[base + 1]!;
  const cap = vm.regs[base + 2]!;
  if (len + b.length <= cap) {
    mem.writeBytes(ptr + len, b);
    vm.regs[base + 1] = len + b.length;
    return;
  }
  const ncap = Math.max(len + b.length, cap * 2);
  const p = vm.alloc(ncap, false);
  if (len > 0) mem.memmove(p, ptr, len);
  mem.writeBytes(p + len, b);
  vm.regs[base] = p;
  vm.regs[base + 1] = len + b.length;
  vm.regs[base + 2] = ncap;
}

function returnCount(vm: NativeContext, base: number, n: number): void {
  vm.regs[base] = n;
  vm.regs[base + 1] = 0;
  vm.regs[base + 2] = 0;
}

/** Writes b to the io.Writer (itab, data) at regs[base..base+1]; results (n, err) at base. */
function writeTo(vm: NativeContext, base: number, b: Uint8Array): void {
  const mem = vm.mem;
  const tab = vm.regs[base]!;
  const data = vm.regs[base + 1]!;
  if (tab === 0) throw new Error('fmt: nil io.Writer');
  const t = vm.typeAt(mem.loadPtr(tab + 8));
  if (t?.name === '*os.File') {
    const fd = mem.load64(mem.loadPtr(data));
    vm.write(fd, b);
    returnCount(vm, base, b.length);
    return;
  }
  let fi: number | undefined;
  for (const [k, v] of t?.methods ?? []) if (k.startsWith('Write|')) fi = v;
  if (fi === undefined) throw new Error(`fmt: ${t?.name ?? '?'} has no Write method`);
  const p = newBytes(vm, b);
  const [n, etab, edata] = vm.callGo(fi, [data, p, b.length, b.length], 3);
  vm.regs[base] = n!;
  vm.regs[base + 1] = etab!;
  vm.regs[base + 2] = edata!;
}

/**
 * The results of a scan native: (n int, kind int, msg string, fn string, num string, errv error)
 * at base; fmt.go's scanError turns kind 1..6 into io.EOF, io.ErrUnexpectedEOF, errors.New(msg),
 * &strconv.NumError{fn, num, ErrSyntax or ErrRange by msg}, strconv's sentinel named by msg, or
 * errv itself.
 */
function scanResult(vm: NativeContext, base: number, [n, err]: ScanResult): void {
  const regs = vm.regs;
  let kind = 0;
  let msg = '';
  let fn = '';
  let num: Uint8Array = new Uint8Array(0);
  let errv: [number, number] = [0, 0];
  if (err !== null) {
    switch (err.kind) {
      case 'EOF':
        kind = 1;
        break;
      case 'UnexpectedEOF':
        kind = 2;
        break;
      case 'errorString':
        kind = 3;
        msg = err.message;
        break;
      case 'NumError':
        kind = 4;
        msg = err.error.err.message;
        fn = err.error.func;
        num = err.error.num;
        break;
      case 'strconv':
        kind = 5;
        msg = err.error.message;
        break;
      case 'value':
        if (Array.isArray(err.value)) {
          kind = 6;
          errv = err.value as [number, number];
        } else {
          kind = 3;
          msg = scanErrMessage(err);
        }
        break;
    }
  }
  const [mp, ml] = vm.newString(msg);
  const [fp, fl] = vm.newString(fn);
  const np = newBytes(vm, num);
  regs[base] = n;
  regs[base + 1] = kind;
  regs[base + 2] = mp;
  regs[base + 3] = ml;
  regs[base + 4] = fp;
  regs[base + 5] = fl;
  regs[base + 6] = np;
  regs[base + 7] = num.length;
  regs[base + 8] = errv[0];
  regs[base + 9] = errv[1];
}

/** Standard input as a ByteReader (the shared buffer; a failed read ends the scan). */
function stdinReader(vm: NativeContext): ScanInput {
  const buf = stdinOf(hostOf(vm));
  return {
    readByte(): number {
      try {
        return buf.readByte();
      } catch (e) {
        if (e instanceof StdinError) throw new ReadError('read /dev/stdin: ' + errnoText(e.errno));
        throw e;
      }
    },
  };
}

/** The method of the dynamic type of an interface (tab word) named name, or undefined. */
function methodOf(vm: NativeContext, tab: number, name: string): number | undefined {
  const t = vm.typeAt(vm.mem.loadPtr(tab + 8));
  for (const [k, v] of t?.methods ?? []) if (k.startsWith(name + '|')) return v;
  return undefined;
}

/**
 * The io.Reader (tab, data) at regs[at] as a scan input; eof is io.EOF's (tab, data), which a
 * reader's error is compared with, as Go's fmt compares.
 */
function readerInput(vm: NativeContext, at: number, eof: [number, number]): ScanInput {
  const tab = vm.regs[at]!;
  const data = vm.regs[at + 1]!;
  if (tab === 0) throw new Error('fmt: nil io.Reader');
  const t = vm.typeAt(vm.mem.loadPtr(tab + 8));
  if (t?.name === '*os.File' && vm.mem.load64(vm.mem.loadPtr(data)) === 0) return stdinReader(vm);
  const isEOF = (et: number, ed: number) => et === eof[0] && ed === eof[1];
  const readRune = methodOf(vm, tab, 'ReadRune');
  const unreadRune = methodOf(vm, tab, 'UnreadRune');
  if (readRune !== undefined && unreadRune !== undefined) {
    return {
      readRune(): [number, number] | null {
        const [r, size, et, ed] = vm.callGo(readRune, [data], 4) as [number, number, number, number];
        if (et !== 0) {
          if (isEOF(et, ed)) return null;
          throw new ReadError([et, ed]);
        }
        return [r, size];
      },
      unreadRune(): void {
        vm.callGo(unreadRune, [data], 2);
      },
    };
  }
  const read = methodOf(vm, tab, 'Read');
  if (read === undefined) throw new Error(`fmt: ${t?.name ?? '?'} has no Read method`);
  const one = vm.alloc(1, false);
  return {
    readByte(): number {
      for (;;) {
        const [n, et, ed] = vm.callGo(read, [data, one, 1, 1], 3) as [number, number, number];
        if (n === 1) return vm.mem.load8(one);
        if (et !== 0) {
          if (isEOF(et, ed)) return -1;
          throw new ReadError([et, ed]);
        }
      }
    },
  };
}

function scanTargets(vm: NativeContext, base: number): GoValue[] {
  return operands(vm, base).map((v) => {
    if (v === null) throw new Error('fmt: scan into nil');
    return v;
  });
}

export const fmtNatives: Record<string, NativeFn> = {
  'fmt.Sprint': (vm, base) => returnString(vm, base, sprint(operands(vm, base))),
  'fmt.Sprintln': (vm, base) => returnString(vm, base, sprintln(operands(vm, base))),
  'fmt.Sprintf': (vm, base) => returnString(vm, base, sprintf(stringArg(vm, base), operands(vm, base + 2))),
  'fmt.Fprint': (vm, base) => writeTo(vm, base, sprint(operands(vm, base + 2))),
  'fmt.Fprintln': (vm, base) => writeTo(vm, base, sprintln(operands(vm, base + 2))),
  'fmt.Fprintf': (vm, base) => writeTo(vm, base, sprintf(stringArg(vm, base + 2), operands(vm, base + 4))),
  'fmt.Append': (vm, base) => returnAppend(vm, base, sprint(operands(vm, base + 3))),
  'fmt.Appendln': (vm, base) => returnAppend(vm, base, sprintln(operands(vm, base + 3))),
  'fmt.Appendf': (vm, base) => returnAppend(vm, base, sprintf(stringArg(vm, base + 3), operands(vm, base + 5))),
  /** errorf(format string, a []any) (msg string, wrapped int): wrapped is -1 when nothing is. */
  'fmt.errorf': (vm, base) => {
    const args = operands(vm, base + 2);
    const r = errorf(stringArg(vm, base), args);
    returnString(vm, base, r.message);
    vm.regs[base + 2] = r.wrapped === null ? -1 : args.indexOf(r.wrapped);
  },
  // (n, kind, msg, fn, num, errv) = sscan(str string, a []any), and so on (see scanResult).
  'fmt.sscan': (vm, base) => scanResult(vm, base, fscan(stringReader(stringArg(vm, base)), scanTargets(vm, base + 2))),
  'fmt.sscanln': (vm, base) => scanResult(vm, base, fscanln(stringReader(stringArg(vm, base)), scanTargets(vm, base + 2))),
  'fmt.sscanf': (vm, base) => scanResult(vm, base, fscanf(stringReader(stringArg(vm, base)), stringArg(vm, base + 2), scanTargets(vm, base + 4))),
  'fmt.scan': (vm, base) => scanResult(vm, base, fscan(stdinReader(vm), scanTargets(vm, base))),
  'fmt.scanln': (vm, base) => scanResult(vm, base, fscanln(stdinReader(vm), scanTargets(vm, base))),
  'fmt.scanf': (vm, base) => scanResult(vm, base, fscanf(stdinReader(vm), stringArg(vm, base), scanTargets(vm, base + 2))),
  /** fscan(r io.Reader, a []any, eof error) */
  'fmt.fscan': (vm, base) => {
    const eof: [number, number] = [vm.regs[base + 5]!, vm.regs[base + 6]!];
    scanResult(vm, base, fscan(readerInput(vm, base, eof), scanTargets(vm, base + 2)));
  },
  'fmt.fscanln': (vm, base) => {
    const eof: [number, number] = [vm.regs[base + 5]!, vm.regs[base + 6]!];
    scanResult(vm, base, fscanln(readerInput(vm, base, eof), scanTargets(vm, base + 2)));
  },
  /** fscanf(r io.Reader, format string, a []any, eof error) */
  'fmt.fscanf': (vm, base) => {
    const eof: [number, number] = [vm.regs[base + 7]!, vm.regs[base + 8]!];
    scanResult(vm, base, fscanf(readerInput(vm, base, eof), stringArg(vm, base + 2), scanTargets(vm, base + 4)));
  },
};
