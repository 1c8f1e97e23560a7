// The channel instructions: MAKECHAN, CHANSEND, CHANRECV, CHANCLOSE, SELECT, and the natives
// behind len and cap of a channel.
//
// Design
//   The VM loop hands these instructions to `chanop`, out of line like its other uncommon
//   operations, and afterwards checks whether the goroutine still runs: a blocking operation
//   that parked it (gopark) ends the time slice, and the goroutine resumes at the instruction
//   after this one once another goroutine has completed the operation for it (chan.ts). Operands
//   are decoded here and passed to the runtime as addresses and absolute register indexes:
//
//   - elements travel through memory: the code generator puts a value to send in a frame slot
//     and passes its address; a receive names the frame slot to copy into and loads it from
//     there afterwards. A parked goroutine's frame does not move, so a waker can copy into it.
//   - results: a receive's ok and select's (casi, recvOK) are written into the goroutine's
//     registers, by the instruction if it completes at once, else by the waker.
//   - the instruction's own pc is the `retry` point of a send that fails after parking (chan.ts).
//
// How it differs from Go: gc calls runtime.chansend1, chanrecv1/2, selectgo, ... as functions;
// here each is one instruction, so a goroutine blocked in one shows that instruction's line.
import { Op, type OpCode } from './opcodes.js';
import type { NativeFn } from './program.js';
import { chancap, chanlen, chanrecv, chansend, closechan, makechan, Recv, type ChanRuntime } from '../runtime/chan.js';
import { selectgo } from '../runtime/select.js';
import { InternalError } from '../runtime/error.js';

/** Execute channel instruction op at pc of the running goroutine (registers `regs`, window `base`). */
export function chanop(rt: ChanRuntime, op: OpCode, code: Int32Array, pc: number, base: number, regs: Float64Array): void {
  switch (op) {
    case Op.MAKECHAN: {
      const size = code[pc + 3]! < 0 ? 0 : regs[base + code[pc + 3]!]!;
      regs[base + code[pc + 1]!] = makechan(rt, rt.types[code[pc + 2]!]!, size);
      return;
    }
    case Op.CHANSEND:
      chansend(rt, regs[base + code[pc + 1]!]!, regs[base + code[pc + 2]!]!, true, pc);
      return;
    case Op.CHANRECV: {
      const a = code[pc + 1]!;
      const dst = code[pc + 3]! < 0 ? 0 : regs[base + code[pc + 3]!]!;
      const r = chanrecv(rt, regs[base + code[pc + 2]!]!, dst, true, a < 0 ? -1 : base + a);
      if (r !== Recv.NotReady && a >= 0) regs[base + a] = r;
      return;
    }
    case Op.CHANCLOSE:
      closechan(rt, regs[base + code[pc + 1]!]!);
      return;
    case Op.SELECT:
      selectgo(rt, regs[base + code[pc + 2]!]!, code[pc + 3]!, code[pc + 4]!, code[pc + 5]! !== 0, base + code[pc + 1]!, pc);
      return;
    default:
      throw new InternalError(`opcode ${op} is not a channel operation`);
  }
}

/** len and cap of a channel: [c] → [n]. */
export const chanNatives: Record<string, NativeFn> = {
  'runtime.chanlen': (vm, base) => {
    vm.regs[base] = chanlen(vm.mem, vm.regs[base]!);
  },
  'runtime.chancap': (vm, base) => {
    vm.regs[base] = chancap(vm.mem, vm.regs[base]!);
  },
};
