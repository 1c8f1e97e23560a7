// bufio's natives: Scanner.scanLine, the common case of Scan (a whole line buffered and the
// split function ScanLines) in one call instead of a few dozen instructions and a call of the
// split function.
//
// The Scanner's fields are read at gc's offsets on amd64 (bufio.go's Scanner). A func value is a
// pointer to a closure whose first word is the function's index, so the split function is
// ScanLines when that word is ScanLines' index (found by name once per program).
import type { FuncCode, NativeFn, VMProgram } from '../../vm/program.js';

const offSplit = 16;
const offToken = 32;
const offBuf = 56;
const offStart = 80;
const offEnd = 88;
const offErr = 96;
const offEmpties = 112;

const scanLinesIndex = new WeakMap<VMProgram, number>();

export const bufioNatives: Record<string, NativeFn> = {
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
    mem.storePtr(s + offToken, buf + start);
    mem.store64(s + offToken + 8, n);
    mem.store64(s + offToken + 16, mem.load64(s + offBuf + 16) - start);
    mem.store64(s + offStart, start + i + 1);
    mem.store64(s + offEmpties, 0);
    vm.regs[base] = 1;
  },
};
