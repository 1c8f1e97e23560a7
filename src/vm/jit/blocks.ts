// Basic blocks of a function's bytecode, as the translator (translate.ts) cuts it.
//
// Design
//   A block is a run of instructions entered only at its first one and left only after its last
//   one, so the translated code can charge a whole block to the instruction budget at its entry
//   and keep register values in JS locals within it. A block starts (a leader) at:
//     1. pc 0, and every jump target (operands of shape `j` in the opcode table);
//     2. the instruction after one that ends a block: a jump or branch; a call of any kind
//        (CALL, CALLI, CALLM, CALLN: the return address is where a suspended frame resumes;
//        not a CALLN that the translated code computes inline, natives.ts, which cannot stop it);
//        RET, PANIC, PANICIDX, UNREACHABLE (nothing falls through them); GO and the channel
//        instructions (they may end the goroutine's turn or park it, and it resumes after them);
//     3. RUNDEFERS (a deferred call returns to it) and the function's recovery point
//        (`recoverPc`, where a frame resumes after a deferred call recovered a panic).
//   Every pc at which the VM may resume a frame that the translated code left is therefore a
//   leader: `blockAt` maps those pcs to block numbers and is the table of entry points.
//
//   `after[pc/4]` is the number of instructions that follow pc in its block: when an
//   instruction fails after its block was charged, budget + after is what the interpreter would
//   have had left at that instruction.
//
// How it differs from Go: gc's SSA builds blocks from the syntax tree; here they are recovered
// from the bytecode, which has no other structure.
import { Op, opInfo, opWords } from '../opcodes.js';
import type { FuncCode } from '../program.js';

export interface Blocks {
  /** First pc (word index) of each block, in pc order. */
  readonly start: readonly number[];
  /** Instructions in each block. */
  readonly count: readonly number[];
  /** By pc/4: the block starting at that pc, or -1. */
  readonly blockAt: Int32Array;
  /** By pc/4: instructions after that one in its block. */
  readonly after: Int32Array;
}

/** Instructions after which a new block starts. */
const endsBlock = new Set<number>([
  Op.JMP, Op.JT, Op.JF, Op.JLT_I, Op.JGE_I, Op.JLTK_I, Op.JGEK_I,
  Op.CALL, Op.CALLI, Op.CALLM, Op.CALLN, Op.RET, Op.PANIC, Op.PANICIDX, Op.UNREACHABLE,
  Op.GO, Op.MAKECHAN, Op.CHANSEND, Op.CHANRECV, Op.CHANCLOSE, Op.SELECT,
]);

/** The word offsets of an instruction's jump-target operands (shape letter `j`). */
function jumpOperands(op: number): number[] {
  const shape = opInfo[op]!.shape;
  const out: number[] = [];
  for (let i = 0; i < shape.length; i++) if (shape[i] === 'j') out.push(i < 3 ? 1 + i : 4 + (i - 3));
  return out;
}
const jumpsOf = opInfo.map((_, op) => jumpOperands(op));

/** `inline(n)`: native n is computed inline (natives.ts), so its CALLN does not end a block. */
export function findBlocks(f: FuncCode, inline: (n: number) => boolean): Blocks {
  const code = f.code;
  const n = code.length >> 2;
  const leader = new Uint8Array(n + 1);
  leader[0] = 1;
  if (f.recoverPc >= 0) leader[f.recoverPc >> 2] = 1;
  for (let pc = 0; pc < code.length; pc += opWords(code[pc]!)) {
    const op = code[pc]!;
    for (const k of jumpsOf[op]!) leader[code[pc + k]! >> 2] = 1;
    const ends = endsBlock.has(op) && !(op === Op.CALLN && inline(code[pc + 1]!));
    if (ends) leader[(pc + opWords(op)) >> 2] = 1;
    if (op === Op.RUNDEFERS) leader[pc >> 2] = 1;
  }
  const start: number[] = [];
  const count: number[] = [];
  const blockAt = new Int32Array(n).fill(-1);
  const after = new Int32Array(n);
  let members: number[] = [];
  const close = () => {
    if (members.length === 0) return;
    count.push(members.length);
    members.forEach((pc, i) => (after[pc >> 2] = members.length - 1 - i));
    members = [];
  };
  for (let pc = 0; pc < code.length; pc += opWords(code[pc]!)) {
    if (leader[pc >> 2] === 1) {
      close();
      blockAt[pc >> 2] = start.length;
      start.push(pc);
    }
    members.push(pc);
  }
  close();
  return { start, count, blockAt, after };
}
