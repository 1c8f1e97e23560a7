// The translator: one function's bytecode → one JavaScript function that V8 can optimise.
//
// Design
//   The generated function runs the frame the interpreter would run, in place (DESIGN, "a
//   faster tier"): same register window, same frame record, same stack memory. Its shape:
//
//     function jit_main_fib(g, budget, depth, pc) {
//       const d = g.depth - 1, B = g.baseOf[d], big = g.big; let R = g.regs, fp = g.fpOf[d];
//       let x0 = 0, x1 = 0, ...;               // register values held within a block (emitter.ts)
//       let blk = ENTRY[pc >> 2];              // resume at the block starting at pc
//       try {
//         for (;;) switch (blk) {
//           case 0:
//             if (budget < 3) { exitPc = 0; unrun = 0; break exit; }
//             budget -= 3;
//             ... the block's instructions ...
//           case 1: ...
//         }
//       } catch (e) { ... record the failing instruction's pc, depth and budget ... throw e; }
//     }
//
//   1. Blocks (blocks.ts) are the cases of one switch in a loop; a block falls through to the
//      next case or sets `blk` and continues the loop. Any leader is an entry, so the VM can enter
//      the function wherever the interpreter could have stopped a frame at a call or a block
//      boundary (pc 0, a return address, a jump target, a recovery point).
//   2. The budget: a block charges all its instructions at its entry, and when fewer are left it
//      returns to the interpreter (a bail), which runs exactly as many as remain and stops where
//      it would have stopped on its own. So the instruction count is the interpreter's, exactly:
//      the emulated clocks, time slices and sysmon preemption (DESIGN decision 11) do not change
//      when code is translated, and a seeded run repeats the same with or without translation.
//   3. Failures: each instruction that may fail records its pc first; the catch clause writes it
//      into the frame record with the depth and the budget the interpreter would have had (the
//      instructions of the block after the failing one are given back), then rethrows to run(),
//      which starts the Go panic as for the interpreter, with the same traceback lines.
//   4. One exit: every bail and suspension sets `exitPc` (and `unrun`, the instructions of its
//      block not run) and leaves the loop for the code after it, which writes the frame record.
//      V8 optimises the function before most of those paths ever ran; code that never ran has
//      no type feedback, and optimised code deoptimises the first time it reaches such code.
//      With an exit per block, the end of each time slice deoptimised the function anew
//      (fannkuch ran at half speed); the shared exit does that once.
//   5. Per-instruction code is in arith.ts, memory.ts and control.ts; the switch below covers
//      every opcode (exhaustively, as the interpreter's does).
//
//   The generated text refers to helpers by name; `new Function` receives them, and the constants
//   the emitter bound, as the parameters of a factory that returns the translated function.
//
// How it differs from Go: gc compiles ahead of time to machine code; minigo translates hot
// functions while the program runs (tiering in jit.ts) and leaves the machine code to V8.
import { Op, opInfo, opWords, unreachableOp, type OpCode } from '../opcodes.js';
import type { FuncCode } from '../program.js';
import type { G } from '../goroutine.js';
import type { VM } from '../vm.js';
import { writePointer, sliceOp, intValue } from '../vm.js';
import { getBig, setBig, setI64, setU64, slowArith, wrapBig, regToCount, f2i64, f2u64 } from '../int64.js';
import { boundsError, divideError } from '../errors.js';
import { MemoryFault, PlainPanic, InternalError } from '../../runtime/error.js';
import { GoexitSignal, gopanic } from '../panic.js';
import { mallocgc } from '../../runtime/malloc.js';
import { decoderune } from '../string.js';
import { chanop } from '../chanops.js';
import { findBlocks, type Blocks } from './blocks.js';
import { Emitter, type BlockCode } from './emitter.js';
import { heldAtEntry } from './held.js';
import { Site } from './site.js';
import { compare, convert, float, int32, int64, move } from './arith.js';
import { address, index, loadStore } from './memory.js';
import { call, channel, goStmt, jump, native, panicking, rare, ret } from './control.js';
import { inlineNative } from './natives.js';
import type { Jit } from './jit.js';

/**
 * A translated function: runs the top frame of g from pc (an entry) with `budget` instructions;
 * returns the budget left. `depth` counts translated calls nested on the JS stack.
 */
export type JitFn = (g: G, budget: number, depth: number, pc: number) => number;

export interface Translation {
  readonly fn: JitFn;
  readonly blocks: Blocks;
}

function emitInstruction(s: Site, op: OpCode): void {
  switch (op) {
    case Op.NOP: case Op.MOV: case Op.MOV2: case Op.MOV3: case Op.MOVN: case Op.LOADK: case Op.LOADI: case Op.CLEARN:
      return move(s, op);
    case Op.ADD_I64: case Op.ADD_U64: case Op.SUB_I64: case Op.SUB_U64: case Op.MUL_I64: case Op.MUL_U64:
    case Op.DIV_I64: case Op.DIV_U64: case Op.REM_I64: case Op.REM_U64: case Op.AND_64: case Op.OR_64:
    case Op.XOR_64: case Op.ANDNOT_64: case Op.SHL_I64: case Op.SHL_U64: case Op.SHR_I64: case Op.SHR_U64:
    case Op.NEG_I64: case Op.NEG_U64: case Op.COM_I64: case Op.COM_U64: case Op.ADDK_I64:
      return int64(s, op);
    case Op.ADD_I32: case Op.ADD_U32: case Op.SUB_I32: case Op.SUB_U32: case Op.MUL_I32: case Op.MUL_U32:
    case Op.DIV_I32: case Op.DIV_U32: case Op.REM_I32: case Op.REM_U32: case Op.AND_I32: case Op.AND_U32:
    case Op.OR_I32: case Op.OR_U32: case Op.XOR_I32: case Op.XOR_U32: case Op.ANDNOT_I32: case Op.ANDNOT_U32:
    case Op.SHL_I32: case Op.SHL_U32: case Op.SHR_I32: case Op.SHR_U32: case Op.NEG_I32: case Op.NEG_U32:
    case Op.COM_I32: case Op.COM_U32:
      return int32(s, op);
    case Op.WRAP_I8: case Op.WRAP_U8: case Op.WRAP_I16: case Op.WRAP_U16: case Op.WRAP_I32: case Op.WRAP_U32:
    case Op.WRAP_I64: case Op.WRAP_U64: case Op.I2F64: case Op.I2F32: case Op.F2I64: case Op.F2U64: case Op.F2F32:
      return convert(s, op);
    case Op.ADD_F64: case Op.SUB_F64: case Op.MUL_F64: case Op.DIV_F64: case Op.ADD_F32: case Op.SUB_F32:
    case Op.MUL_F32: case Op.DIV_F32: case Op.NEG_F:
      return float(s, op);
    case Op.EQ_I: case Op.NE_I: case Op.LT_I: case Op.LE_I: case Op.EQ_F: case Op.NE_F: case Op.LT_F: case Op.LE_F:
    case Op.NOT:
      return compare(s, op);
    case Op.JMP: case Op.JT: case Op.JF: case Op.JLT_I: case Op.JGE_I: case Op.JLTK_I: case Op.JGEK_I:
      return jump(s, op);
    case Op.CALL: case Op.CALLI: case Op.CALLM:
      return call(s, op);
    case Op.CALLN:
      return native(s);
    case Op.RET:
      return ret(s);
    case Op.CTX: case Op.PANIC: case Op.RUNDEFERS: case Op.UNREACHABLE:
      return panicking(s, op);
    case Op.LOAD_U8: case Op.LOAD_I8: case Op.LOAD_U16: case Op.LOAD_I16: case Op.LOAD_U32: case Op.LOAD_I32:
    case Op.LOAD_U64: case Op.LOAD_I64: case Op.LOAD_F32: case Op.LOAD_F64: case Op.LOAD_PTR:
    case Op.STORE_8: case Op.STORE_16: case Op.STORE_32: case Op.STORE_64: case Op.STORE_F32: case Op.STORE_F64:
    case Op.STORE_PTR: case Op.STORE_SCALAR:
      return loadStore(s, op);
    case Op.ADDR_FP: case Op.ADDI: case Op.NILCHK: case Op.MEMMOVE: case Op.NEW:
      return address(s, op);
    case Op.INDEX: case Op.SLICE: case Op.STR_INDEX: case Op.STR_DECODE:
      return index(s, op);
    case Op.GO:
      return goStmt(s);
    case Op.MAKECHAN: case Op.CHANSEND: case Op.CHANRECV: case Op.CHANCLOSE: case Op.SELECT:
      return channel(s, op);
    case Op.TYPEDMOVE: case Op.MEMCLR: case Op.MEMEQ: case Op.MAKESLICE: case Op.PANICIDX: case Op.GROW:
    case Op.APPEND: case Op.COPY: case Op.CONCAT: case Op.EQ_STR: case Op.CMP_STR: case Op.STR_SLICE:
    case Op.STR_FROM_BYTES: case Op.BYTES_FROM_STR: case Op.STR_FROM_RUNES: case Op.RUNES_FROM_STR:
    case Op.STR_FROM_RUNE: case Op.ASSERT_TYPE: case Op.ASSERT_IFACE: case Op.EQ_IFACE: case Op.EQ_MEM:
    case Op.RECOVER: case Op.DEFER: case Op.PRINT: case Op.PRINTSP: case Op.PRINTNL:
      return rare(s, op);
    default:
      unreachableOp(op);
  }
}

/** The names every generated function may use, with their values for this VM and function. */
function helpers(vm: VM, jit: Jit, f: FuncCode, blocks: Blocks): Record<string, unknown> {
  return {
    vm, jit, J: jit.fns, mem: vm.mem, funcs: vm.funcs, sched: vm.sched,
    code: f.code, bigConsts: f.bigConsts, ENTRY: blocks.blockAt, AFTER: blocks.after,
    getBig, setBig, setI64, setU64, slowArith, wrapBig, regToCount, f2i64, f2u64,
    boundsError, divideError, MemoryFault, PlainPanic, InternalError, GoexitSignal, gopanic,
    writePointer, sliceOp, intValue, mallocgc, decoderune, chanop,
  };
}

/** A JS identifier for the function (profiles and stack traces show it). */
function jsName(f: FuncCode): string {
  return 'jit_' + f.name.replace(/[^A-Za-z0-9_$]/g, '_');
}

/** Block k's case of the dispatch switch, with the registers `held` in locals at its entry. */
function emitBlock(s: Site, k: number, held: ReadonlySet<number>): BlockCode {
  const { em, blocks, f } = s;
  const start = blocks.start[k]!;
  const n = blocks.count[k]!;
  em.begin(held);
  em.line(`case ${k}:`);
  em.line(`if (budget < ${n}) { exitPc = ${start}; unrun = 0; break exit; }`);
  em.line(`budget -= ${n};`);
  for (let pc = start, i = 0; i < n; i++, pc += opWords(f.code[pc]!)) {
    s.pc = pc;
    const op = f.code[pc]! as OpCode;
    if (opInfo[op] === undefined) throw new InternalError(`${f.name}: bad opcode ${op} at ${pc}`);
    emitInstruction(s, op);
  }
  return em.end();
}

export function translate(vm: VM, jit: Jit, fi: number): Translation {
  const f = vm.funcs[fi]!;
  const blocks = findBlocks(f, (n) => inlineNative(vm, n) !== undefined);
  const em = new Emitter();
  const s = new Site(em, vm, f, fi, blocks);
  const none = new Set<number>();
  // Twice: first to learn what each block leaves in locals, then knowing what its entry finds.
  const first = blocks.start.map((_, k) => emitBlock(s, k, none));
  const held = heldAtEntry(blocks, f.code, first);
  const body = blocks.start.map((_, k) => emitBlock(s, k, held[k]!).lines.join('\n'));
  // Entering from outside at block k: load what its code expects held.
  const entryLoads = held.flatMap((h, k) =>
    h.size === 0 ? [] : [`case ${k}: ${[...h].sort((a, b) => a - b).map((r) => `x${r} = R[B + ${r}];`).join(' ')} break;`],
  );
  const locals = [...em.used].sort((a, b) => a - b).map((r) => `x${r} = 0`);
  const source = [
    `return function ${jsName(f)}(g, budget, depth, pc) {`,
    'const d = g.depth - 1; const B = g.baseOf[d]; const big = g.big;',
    'let R = g.regs; let fp = g.fpOf[d];',
    locals.length > 0 ? `let ${locals.join(', ')};` : '',
    'let blk = ENTRY[pc >> 2];',
    entryLoads.length > 0 ? `switch (blk) {\n${entryLoads.join('\n')}\n}` : '',
    'let exitPc = 0, unrun = -1;',
    'exit: {',
    'try {',
    'for (;;) {',
    'switch (blk) {',
    ...body,
    `default: throw new InternalError(${JSON.stringify(f.name + ': no block to enter at pc ')} + pc);`,
    '}',
    '}',
    '} catch (e) {',
    // The instruction at pc failed (not a translated callee: pc is -1 while one runs): the
    // frame record and the budget say what the interpreter's would (vm.ts loop's catch).
    'if (pc >= 0 && (e instanceof MemoryFault || e instanceof PlainPanic || e instanceof GoexitSignal)) {',
    'g.pcOf[d] = pc; g.depth = d + 1; vm.budgetLeft = budget + AFTER[pc >> 2];',
    '}',
    'throw e;',
    '}',
    '}',
    // The one way out for bails (unrun >= 0) and suspensions.
    'g.pcOf[d] = exitPc;',
    'if (unrun < 0) return budget;',
    'vm.jitBail = true;',
    'return budget + unrun;',
    '};',
  ].join('\n');
  const bound = { ...helpers(vm, jit, f, blocks), ...Object.fromEntries(em.binds) };
  const names = Object.keys(bound);
  let factory: (...args: unknown[]) => JitFn;
  try {
    factory = new Function(...names, source) as (...args: unknown[]) => JitFn;
  } catch (e) {
    throw new InternalError(`translating ${f.name}: ${(e as Error).message}`);
  }
  return { fn: factory(...names.map((k) => bound[k])), blocks };
}
