// bufio's natives: Scanner.scanLine, the common case of Scan (a whole line buffered and the
// split function ScanLines) in one call instead of a few dozen instructions and a call of the
// split function; Reader.readBuffered, the common case of ReadString (the delimiter already
// buffered) likewise.
//
// The Scanner's and Reader's fields are read at gc's offsets on amd64 (bufio.go). A func value is a
// pointer to a closure whose first word is the function's index, so the split function is
// ScanLines when that word is ScanLines' index (found by name once per program).
import { writePointer } from '../../runtime/mbarrier.js';
import type { FuncCode, NativeFn, VMProgram } from '../../vm/program.js';

const offSplit = 16;
const offToken = 32;
const offBuf = 56;
const offStart = 80;
const offEnd = 88;
const offErr = 96;
const offEmpties = 112;

// Reader
const rOffBuf = 0;
const rOffR = 40;
const rOffW = 48;
const rOffLastByte = 72;
const rOffLastRuneSize = 80;

const scanLinesIndex = new WeakMap<VMProgram, number>();

export const bufioNatives: Record<string, NativeFn> = {
  /** (b *Reader) readBuffered(delim byte) (string, bool) */
  'bufio.Reader.readBuffered': (vm, base) => {
    const mem = vm.mem;
    const b = vm.regs[base]!;
    const delim = vm.regs[base + 1]!;
    vm.regs[base] = 0;
    vm.regs[base + 1] = 0;
    vm.regs[base + 2] = 0;
    const r = mem.load64(b + rOffR);
    const w = mem.load64(b + rOffW);
    if (w <= r) return;
    const buf = mem.loadPtr(b + rOffBuf);
    const i = mem.bytes(buf + r, w - r).indexOf(delim);
    if (i < 0) return;
    const n = i + 1;
    const p = vm.alloc(n, false);
    mem.memmove(p, buf + r, n);
    mem.store64(b + rOffR, r + n);
    mem.store64(b + rOffLastByte, delim);
    mem.store64(b + rOffLastRuneSize, -1);
    vm.regs[base] = p;
    vm.regs[base + 1] = n;
    vm.regs[base + 2] = 1;
  },
  'bufio.Scanner.scanLine': (vm, base) => {
    const mem = vm.mem;
    const s = vm.regs[base]!;
    vm.regs[base] = 0;
    const start = mem.load64(s + offStart);
    const end = mem.load64(s + offEnd);
    if (end <= start || mem.loadPtr(s + offErr) !== 0) return;
    const split = mem.loadPtr(s + offSplit);
    if (split === 0) return;
    const prog = (vm as unknown as { prog: VMProgram }).prog;
    let want = scanLinesIndex.get(prog);
    if (want === undefined) {
      want = prog.funcs.findIndex((f: FuncCode) => f.name === 'bufio.ScanLines');
      scanLinesIndex.set(prog, want);
    }
    if (mem.loadPtr(split) !== want) return;
    const buf = mem.loadPtr(s + offBuf);
    const i = mem.bytes(buf + start, end - start).indexOf(10);
    if (i < 0) return;
    const n = i > 0 && mem.load8(buf + start + i - 1) === 13 ? i - 1 : i;
    writePointer(mem, s + offToken, buf + start);
    mem.store64(s + offToken + 8, n);
    mem.store64(s + offToken + 16, mem.load64(s + offBuf + 16) - start);
    mem.store64(s + offStart, start + i + 1);
    mem.store64(s + offEmpties, 0);
    vm.regs[base] = 1;
  },
};
