// What an opcode's translation sees: the instruction being translated and the function around it.
//
// Design
//   The generated function (translate.ts) has these locals, which every op translation may use:
//     g, budget, depth, pc    its parameters: the goroutine, the instruction budget left, how many
//                             translated calls deep on the JS stack this call is, and the pc of the
//                             instruction that may fail next (-1 while a translated callee runs)
//     d, B, R, big, fp        the frame's depth, register base, the register file (reloaded after
//                             anything that may grow it), the exact-value side store, and the frame
//                             pointer (reloaded after calls: a callee may have copied the stack)
//     blk                     the block to run next (the dispatch switch)
//   and the bound names of translate.ts's `helpers` (vm, mem, sched, the runtime functions).
//
//   Leaving the translated code: a suspension returns to whoever called the function with the
//   frame's state in the frame records; a bail also tells the VM to run the instruction at pc in
//   the interpreter (vm.jitBail), giving back the budget the block had charged for instructions
//   not run. Both go through the one exit after the dispatch loop (`exitPc`, `unrun`; see
//   translate.ts for why).
import type { FuncCode } from '../program.js';
import type { VM } from '../vm.js';
import type { Blocks } from './blocks.js';
import type { Emitter } from './emitter.js';

export class Site {
  /** The instruction being translated (word index). */
  pc = 0;

  constructor(
    readonly em: Emitter,
    readonly vm: VM,
    readonly f: FuncCode,
    /** The function's index in the program. */
    readonly fi: number,
    readonly blocks: Blocks,
  ) {}

  /** Operand word k of the instruction: 1..3 for a b c, 4..7 for d e f g of a wide one. */
  w(k: number): number {
    return this.f.code[this.pc + k]!;
  }

  /** Record the instruction's pc for the fault handler: emitted before anything that may throw. */
  mayFail(): void {
    this.em.line(`pc = ${this.pc};`);
  }

  /** Statement: continue at the block starting at target. */
  jump(target: number): string {
    const k = this.blocks.blockAt[target >> 2]!;
    return `blk = ${k}; continue;`;
  }

  /** The block after the current instruction's block, when control falls through to it. */
  isNextBlock(target: number): boolean {
    return this.blocks.blockAt[target >> 2]! === this.blocks.blockAt[this.blockStart() >> 2]! + 1;
  }

  private blockStart(): number {
    const { blockAt } = this.blocks;
    let p = this.pc >> 2;
    while (blockAt[p]! < 0) p--;
    return p << 2;
  }

  /** Statement: let the interpreter run this instruction (and the rest of its block). */
  bail(): string {
    const unrun = this.blocks.after[this.pc >> 2]! + 1;
    return `exitPc = ${this.pc}; unrun = ${unrun}; break exit;`;
  }

  /** Statement: return with the frame resuming at pc. */
  suspend(pc: number): string {
    return `exitPc = ${pc}; break exit;`;
  }

  /** Instructions after this one in its block (already charged to the budget). */
  get after(): number {
    return this.blocks.after[this.pc >> 2]!;
  }
}
