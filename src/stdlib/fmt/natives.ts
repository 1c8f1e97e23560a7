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
// method is called through callGo. Scan, Scanln, Scanf and Fscan* are not bound yet (stdin is
// not readable from natives); Sscan* return scan errors as errors.New-like values, so a caller
// comparing with io.EOF sees a different value.
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { errorf } from './errors.js';
import { sprint, sprintf, sprintln } from './print.js';
import { scanErrMessage, sscan, sscanf, sscanln, type ScanErr } from './scan.js';
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

function scanResult(vm: NativeContext, base: number, n: number, err: ScanErr | null): void {
  vm.regs[base] = n;
  if (err === null) {
    vm.regs[base + 1] = 0;
    vm.regs[base + 2] = 0;
    return;
  }
  const [tab, data] = vm.errorValue(scanErrMessage(err));
  vm.regs[base + 1] = tab;
  vm.regs[base + 2] = data;
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
  'fmt.Sscan': (vm, base) => {
    const [n, err] = sscan(stringArg(vm, base), scanTargets(vm, base + 2));
    scanResult(vm, base, n, err);
  },
  'fmt.Sscanln': (vm, base) => {
    const [n, err] = sscanln(stringArg(vm, base), scanTargets(vm, base + 2));
    scanResult(vm, base, n, err);
  },
  'fmt.Sscanf': (vm, base) => {
    const [n, err] = sscanf(stringArg(vm, base), stringArg(vm, base + 2), scanTargets(vm, base + 4));
    scanResult(vm, base, n, err);
  },
};
