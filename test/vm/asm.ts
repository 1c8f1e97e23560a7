// A tiny assembler for hand-written bytecode in VM tests: instructions as [name, a, b, c, ...].
import { Op, opInfo, type OpName } from '../../src/vm/opcodes.js';
import type { FuncCode, VMProgram } from '../../src/vm/program.js';
import { MHeap } from '../../src/runtime/mheap.js';
import { MCache } from '../../src/runtime/mcache.js';

export type Ins = [OpName, ...number[]];

export interface AsmFunc {
  name: string;
  nregs: number;
  frameMem?: number;
  ptrRegs?: number[];
  ptrSlots?: number[];
  consts?: (number | bigint)[];
  /** Labels: name → instruction index; jump operands given as strings are resolved. */
  code: (Ins | string | [OpName, ...(number | string)[]])[];
  nresults?: number;
}

export function assemble(f: AsmFunc): FuncCode {
  const labels = new Map<string, number>();
  let words = 0;
  for (const ins of f.code) {
    if (typeof ins === 'string') labels.set(ins, words);
    else words += opInfo[Op[ins[0]]]!.width * 4;
  }
  const code = new Int32Array(words);
  const lines = new Int32Array(words / 4);
  let pc = 0;
  for (const ins of f.code) {
    if (typeof ins === 'string') continue;
    const op = Op[ins[0]];
    code[pc] = op;
    for (let i = 1; i < ins.length; i++) {
      const v = ins[i]!;
      code[pc + i] = typeof v === 'string' ? labels.get(v)! : v;
    }
    pc += opInfo[op]!.width * 4;
  }
  const consts = new Float64Array((f.consts ?? []).length);
  const bigConsts: (bigint | undefined)[] = [];
  (f.consts ?? []).forEach((c, i) => {
    if (typeof c === 'bigint') {
      if (c <= BigInt(Number.MAX_SAFE_INTEGER) && c >= -BigInt(Number.MAX_SAFE_INTEGER)) consts[i] = Number(c);
      else {
        consts[i] = NaN;
        bigConsts[i] = c;
      }
    } else consts[i] = c;
  });
  const frameMem = f.frameMem ?? 0;
  return {
    name: f.name,
    file: 'asm.go',
    line: 1,
    code,
    consts,
    bigConsts,
    nregs: f.nregs,
    frameMem,
    stackFrameSize: frameMem + 8 * f.nregs + 16,
    ptrRegs: Int32Array.from(f.ptrRegs ?? []),
    ptrSlots: Int32Array.from(f.ptrSlots ?? []),
    lines,
    argsSize: 0,
    resultsSize: 0,
    nresultRegs: f.nresults ?? 0,
    recoverPc: -1,
  };
}

export function program(funcs: AsmFunc[]): VMProgram {
  const heap = new MHeap();
  new MCache(heap);
  return {
    funcs: funcs.map(assemble),
    types: [],
    natives: [],
    nativeNames: [],
    mem: heap.mem,
    heap,
    entry: 0,
    runtimeErrorType: 0,
    plainErrorType: 0,
  };
}
