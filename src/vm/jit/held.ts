// Which registers the translated code may keep in JS locals from one block into the next.
//
// Design
//   Within a block, emitter.ts keeps register values in locals; this carries them across block
//   boundaries. A register is held at a block's entry when it is held at the exit of every block
//   that can continue into it (fall through or jump): a forward "must" dataflow problem, solved
//   by iterating to a fixpoint from "everything held" (the greatest solution), as a compiler
//   computes available expressions:
//
//     In(k)  = ∩ Out(p) over the predecessors p of k     (∅ for a block without predecessors)
//     Out(k) = Gen(k) ∪ (In(k) − Kill(k))
//
//   Gen(k) and Kill(k) come from emitting block k once with nothing held (BlockCode): what it
//   leaves held, and what it forgot (all of them after a call, a called native, an out-of-line
//   operation). The blocks are then emitted again with In(k) held at entry, so a value computed
//   in a loop body and used by the loop's condition stays in a local, and V8 sees one variable.
//
//   The translated function can also be entered from outside, at any block (a call, a resumption):
//   its prologue loads In(k) of the block it enters, so every way into a block finds the same
//   locals valid. Since every write goes to the register file too, loading is always correct.
//
// How it differs from Go: gc's register allocator decides what lives in registers across blocks
// from liveness; here only availability matters, and V8's allocator does the rest.
import { Op, opWords } from '../opcodes.js';
import type { Blocks } from './blocks.js';
import type { BlockCode } from './emitter.js';

/** Instructions after which control does not reach the next instruction. */
const noFallThrough = new Set<number>([Op.JMP, Op.RET, Op.PANIC, Op.PANICIDX, Op.UNREACHABLE]);

/** The blocks control can continue into from block k (not counting leaving the function). */
function successors(blocks: Blocks, code: Int32Array, k: number): number[] {
  const last = blocks.start[k]! + lastOffset(blocks, code, k);
  const op = code[last]!;
  const out: number[] = [];
  if (!noFallThrough.has(op) && k + 1 < blocks.start.length) out.push(k + 1);
  switch (op) {
    case Op.JMP:
      out.push(blocks.blockAt[code[last + 1]! >> 2]!);
      break;
    case Op.JT:
    case Op.JF:
      out.push(blocks.blockAt[code[last + 2]! >> 2]!);
      break;
    case Op.JLT_I:
    case Op.JGE_I:
    case Op.JLTK_I:
    case Op.JGEK_I:
      out.push(blocks.blockAt[code[last + 3]! >> 2]!);
      break;
  }
  return out;
}

/** Word offset of block k's last instruction from its start. */
function lastOffset(blocks: Blocks, code: Int32Array, k: number): number {
  let pc = blocks.start[k]!;
  for (let i = 1; i < blocks.count[k]!; i++) pc += opWords(code[pc]!);
  return pc - blocks.start[k]!;
}

/** In(k) for every block, from each block's summary when emitted with nothing held. */
export function heldAtEntry(blocks: Blocks, code: Int32Array, summary: readonly BlockCode[]): Set<number>[] {
  const n = blocks.start.length;
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < n; k++) for (const s of successors(blocks, code, k)) preds[s]!.push(k);
  const universe = new Set<number>();
  for (const b of summary) for (const r of b.held) universe.add(r);
  const held: Set<number>[] = preds.map((p) => (p.length === 0 ? new Set() : new Set(universe)));
  const out = (k: number): Set<number> => {
    const b = summary[k]!;
    const o = new Set(b.held);
    if (!b.killedAll) for (const r of held[k]!) if (!b.killed.has(r)) o.add(r);
    return o;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < n; k++) {
      if (preds[k]!.length === 0) continue;
      const next = out(preds[k]![0]!);
      for (const p of preds[k]!.slice(1)) {
        const o = out(p);
        for (const r of next) if (!o.has(r)) next.delete(r);
      }
      if (next.size !== held[k]!.size) {
        held[k] = next;
        changed = true;
      }
    }
  }
  return held;
}
