// Scanning a goroutine's stack for the collector (Go's scanstack in mgcmark.go).
//
// Design
//   A goroutine's Go pointers live in four places (goroutine.ts): its register file, its frames'
//   memory on the goroutine stack, its frame records (closure contexts) and its defer and panic
//   records. For each frame, bottom to top, scanstack greys:
//     - the registers of the frame's window that its pointer map (FuncCode.ptrRegs) marks; the
//       window of a frame below the top ends where its callee's begins (the caller's registers
//       from the argument block up are the callee's), the top frame's at its register count;
//     - the words of frame memory its slot map (FuncCode.ptrSlots) marks;
//     - the closure context it was called with;
//   then every deferred call's func value and every panic's value. The collector calls it at a
//   turn boundary, when the goroutine is between instructions and its frame records are up to
//   date. It returns the bytes of stack in use (hi - sp), the unit the pacer counts stack scan
//   work in.
//
// How it differs from Go: pointer maps are per function, not per safe point (program.ts), so a
// register that held a pointer earlier in the function still counts; shade ignores values that
// do not point into an allocated heap object.

import type { FuncCode } from './program.js';
import type { G } from './goroutine.js';
import type { AddressSpace } from '../runtime/mem.js';

export function scanstack(funcs: readonly FuncCode[], mem: AddressSpace, g: G, shade: (p: number) => void): number {
  const regs = g.regs;
  const depth = g.depth;
  for (let d = 0; d < depth; d++) {
    const f = funcs[g.fnOf[d]!]!;
    const base = g.baseOf[d]!;
    const limit = d + 1 < depth ? g.baseOf[d + 1]! : base + f.nregs;
    const pr = f.ptrRegs;
    for (let k = 0; k < pr.length; k++) {
      const i = base + pr[k]!;
      if (i >= limit) break;
      shade(regs[i]!);
    }
    shade(g.ctxOf[d]!);
    const fp = g.fpOf[d]!;
    const ps = f.ptrSlots;
    for (let k = 0; k < ps.length; k++) shade(mem.loadPtr(fp + ps[k]!));
  }
  for (const r of g.defers) shade(r.fn);
  for (const p of g.panics) shade(p.data);
  return g.stack.hi - g.sp;
}
