// Translation of the control instructions: jumps, calls and returns, natives, goroutine and
// channel instructions, panics and deferred calls, and the out-of-line operations.
//
// Design
//   Jumps and branches become assignments to the dispatch variable (`blk = k; continue`), or
//   nothing when the target is the next block.
//
//   A call pushes the callee's frame record exactly as the interpreter's CALL does (stack growth
//   check, register file growth, frame arrays, zeroed frame memory), with the caller's pc already
//   the return address. Then, when the callee is translated (or becomes hot now), it is called
//   directly as a JS function with the remaining budget: a Go call costs one JS call, and the
//   caller goes on with the budget the callee returns. When the callee comes back with its frame
//   still on the goroutine (it stopped: budget, park, a bail), the caller returns at once too, its
//   frame record already saying where to resume; the VM's `drive` (vm.ts) carries on from the
//   top frame. So is a call of a function that is not translated: its frame is pushed and the
//   caller returns, for the interpreter to run the callee. Direct calls nest at most MaxDepth
//   deep on the JS stack; a deeper call is left to `drive` in the same way, so a Go recursion a
//   million frames deep needs no JS stack.
//
//   RET of a frame whose return the VM must see (the goroutine's bottom frame, a deferred call
//   run by a panic, a call made by a native) and RUNDEFERS with a deferred call to run are left to
//   the interpreter (a bail). PANIC calls gopanic as the interpreter does. A CALLN of a few pure
//   math natives is computed inline on the register's local (natives.ts); other CALLNs, GO and
//   the channel instructions call what the interpreter calls and, when the goroutine parked or
//   its turn must end, return with the frame resuming after the instruction. The rare
//   operations the interpreter runs out of line (`VM.rare`) are called the same way here.
//
// How it differs from Go: gc's calls are machine calls on one stack; here a Go call is both a
// frame record (what Go's runtime would see on the stack) and, when both sides are translated, a
// JS call.
import { Op, opWords, type OpCode } from '../opcodes.js';
import { _StackGuard } from '../../runtime/stack.js';
import { GStatus } from '../goroutine.js';
import type { Site } from './site.js';
import { inlineNative } from './natives.js';

/** Translated calls nested on the JS stack before a call is left to the VM's drive loop. */
export const MaxDepth = 100;

export function jump(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const go = (target: number) => s.jump(target);
  switch (op) {
    case Op.JMP:
      if (!s.isNextBlock(a)) em.line(go(a));
      return;
    case Op.JT:
      em.line(`if (${em.r(a)} !== 0) { ${go(b)} }`);
      return;
    case Op.JF:
      em.line(`if (${em.r(a)} === 0) { ${go(b)} }`);
      return;
    case Op.JLT_I:
    case Op.JGE_I: {
      const x = em.r(a);
      const y = em.r(b);
      const lt = `(${x} === ${x} && ${y} === ${y} ? ${x} < ${y} : getBig(R, big, B + ${a}) < getBig(R, big, B + ${b}))`;
      em.line(`if (${op === Op.JLT_I ? lt : '!' + lt}) { ${go(c)} }`);
      return;
    }
    case Op.JLTK_I:
    case Op.JGEK_I: {
      const x = em.r(a);
      // A NaN register holds a value beyond ±2^53: compare its sign with the immediate.
      const lt = `(${x} === ${x} ? ${x} < ${b < 0 ? `(${b})` : b} : getBig(R, big, B + ${a}) < 0n)`;
      em.line(`if (${op === Op.JLTK_I ? lt : '!' + lt}) { ${go(c)} }`);
      return;
    }
    default:
      throw new Error(`jump: ${op}`);
  }
}

/** CALL, CALLI, CALLM: push the callee's frame, then run it (see the header). */
export function call(s: Site, op: OpCode): void {
  const em = s.em;
  const pc = s.pc;
  s.mayFail();
  em.line('{');
  let size: string, nregs: string, frameMem: string | number, fi: string, nb: string;
  let ctx = '0';
  if (op === Op.CALL) {
    const callee = s.vm.funcs[s.w(1)]!;
    const cf = em.bind(`F${s.w(1)}`, callee);
    fi = String(s.w(1));
    size = String(callee.stackFrameSize);
    nregs = String(callee.nregs);
    frameMem = callee.frameMem;
    nb = `B + ${s.w(2)}`;
    em.line(`const nb = ${nb}; let nfp = fp - ${size};`);
    em.line(`g.pcOf[d] = ${pc + 4};`);
    em.line(`if (nfp < g.stack.lo + ${_StackGuard}) { g.growStack(vm.heap, vm.mcache, funcs, fp, ${size}, ${cf}, nb); R = g.regs; fp = g.fpOf[d]; nfp = fp - ${size}; }`);
  } else {
    if (op === Op.CALLI) {
      em.line(`let ctx = ${em.r(s.w(1))}; const fi = mem.loadPtr(ctx);`); // a nil func value faults here
      ctx = 'ctx';
      nb = `B + ${s.w(2)}`;
    } else {
      em.line(`const fi = mem.load64(${em.r(s.w(1))} + ${24 + 8 * s.w(2)});`); // a nil interface faults here
      nb = `B + ${s.w(3)}`;
    }
    fi = 'fi';
    size = 'cf.stackFrameSize';
    nregs = 'cf.nregs';
    frameMem = 'cf.frameMem';
    em.line(`const cf = funcs[fi]; const nb = ${nb}; let nfp = fp - ${size};`);
    em.line(`g.pcOf[d] = ${pc + 4};`);
    em.line(`if (nfp < g.stack.lo + ${_StackGuard}) {`);
    em.line(`const lo = g.stack.lo, hi = g.stack.hi, oldFp = fp;`);
    em.line(`g.growStack(vm.heap, vm.mcache, funcs, fp, ${size}, cf, nb); R = g.regs; fp = g.fpOf[d]; nfp = fp - ${size};`);
    // A closure that escape analysis left on the stack moved with it.
    if (op === Op.CALLI) em.line(`if (ctx >= lo && ctx < hi) ctx += fp - oldFp;`);
    em.line('}');
  }
  em.line(`if (nb + ${nregs} > R.length) { g.growRegs(nb + ${nregs} + 64); R = g.regs; }`);
  em.line(`const nd = d + 1; if (nd >= g.fnOf.length) g.growFrames(nd + 1);`);
  em.line(`g.fnOf[nd] = ${fi}; g.pcOf[nd] = 0; g.baseOf[nd] = nb; g.fpOf[nd] = nfp; g.ctxOf[nd] = ${ctx}; g.kindOf[nd] = 0; g.depth = nd + 1;`);
  if (typeof frameMem === 'string') em.line(`if (${frameMem} > 0) mem.memclr(nfp, ${frameMem});`);
  else if (frameMem > 0) em.line(`mem.memclr(nfp, ${frameMem});`);
  em.line(`const jf = J[${fi}] ?? jit.warm(${fi});`);
  em.line(`if (jf === undefined || depth >= ${MaxDepth}) return budget;`);
  em.line(`pc = -1; budget = jf(g, budget, depth + 1, 0);`);
  em.line(`if (g.depth !== nd) return budget;`);
  em.line(`R = g.regs; fp = g.fpOf[d];`);
  em.line('}');
  // The callee wrote its window (from the window register up), and a stack copy may have moved
  // the pointers into the stack that this frame's pointer registers hold; the rest is intact.
  const window = op === Op.CALLM ? s.w(3) : s.w(2);
  for (let r = window; r < s.f.nregs; r++) em.forget(r);
  for (const r of s.f.ptrRegs) em.forget(r);
}

export function ret(s: Site): void {
  const em = s.em;
  const [a, n] = [s.w(1), s.w(2)];
  em.line(`if (d === 0 || g.kindOf[d] !== 0) { ${s.bail()} }`);
  if (a !== 0) {
    for (let i = 0; i < n; i++) {
      const v = em.r(a + i);
      em.line(`R[B + ${i}] = ${v}; if (${v} !== ${v}) { const t = big[B + ${a + i}]; if (t !== undefined) big[B + ${i}] = t; }`);
    }
  }
  // As the interpreter's RET: the frame's pointer registers above the results die with it, so
  // that they do not stay roots in the caller's window.
  const dead = Array.from(s.f.ptrRegs).filter((r) => r >= n);
  if (dead.length > 0) em.line(dead.map((r) => `R[B + ${r}] = 0;`).join(' '));
  em.line('g.depth = d; return budget;');
}

/** Code that ends the translated run when the goroutine parked or its turn must end. */
export function suspendIfStopped(s: Site, parks: boolean): string {
  const turn = '(sched.turnEnd && vm.nested === 0)';
  const cond = parks ? `g.status !== ${GStatus.Running} || ${turn}` : turn;
  return `if (${cond}) { ${s.suspend(s.pc + opWords(s.f.code[s.pc]!))} }`;
}

export function native(s: Site): void {
  const em = s.em;
  const inline = inlineNative(s.vm, s.w(1));
  if (inline !== undefined) return em.w(s.w(2), `${inline}(${em.r(s.w(2))})`);
  const fn = em.bind(`N${s.w(1)}`, s.vm.natives[s.w(1)]);
  s.mayFail();
  em.line(`g.pcOf[d] = ${s.pc}; vm.budgetLeft = budget;`);
  em.line(`${fn}(vm, B + ${s.w(2)});`);
  // A native may have run Go code on this goroutine (callbacks): reload what can move.
  em.line(`R = g.regs; fp = g.fpOf[d];`);
  em.line(suspendIfStopped(s, true));
  em.forgetAll();
}

export function goStmt(s: Site): void {
  const em = s.em;
  const fv = em.r(s.w(1));
  s.mayFail();
  em.line(`vm.budgetLeft = budget; sched.newproc(mem.loadPtr(${fv}), ${fv}, g, ${s.fi}, ${s.pc});`);
  // newproc woke an M: end the turn so that it starts now, not after this turn.
  em.line(suspendIfStopped(s, false));
}

export function channel(s: Site, op: OpCode): void {
  const em = s.em;
  s.mayFail();
  em.line(`vm.budgetLeft = budget; chanop(vm, ${op}, code, ${s.pc}, B, R);`);
  em.line(suspendIfStopped(s, true));
  em.forgetAll();
}

export function panicking(s: Site, op: OpCode): void {
  const em = s.em;
  switch (op) {
    case Op.PANIC: {
      const a = s.w(1);
      const t = em.r(a);
      const v = em.r(a + 1);
      s.mayFail();
      em.line(`g.pcOf[d] = ${s.pc}; gopanic(vm, g, ${t}, ${v}, budget + ${s.after});`);
      em.line(`throw new InternalError('gopanic returned');`);
      return;
    }
    case Op.RUNDEFERS:
      em.line(`{ const df = g.defers; if (df.length > 0 && df[df.length - 1].depth === d) { ${s.bail()} } }`);
      return;
    case Op.UNREACHABLE:
      em.line(`throw new InternalError(${JSON.stringify(`unreachable code reached in ${s.f.name}`)});`);
      return;
    case Op.CTX:
      return em.w(s.w(1), 'g.ctxOf[d]');
    default:
      throw new Error(`panicking: ${op}`);
  }
}

/** The operations the interpreter runs out of line (VM.rare), called the same way. */
export function rare(s: Site, op: OpCode): void {
  s.mayFail();
  s.em.line(`vm.rare(${op}, code, ${s.pc}, B, R, big, g, d);`);
  // An allocation may have asked for a collection or an assist: a safe point, as in the loop.
  s.em.line(suspendIfStopped(s, false));
  s.em.forgetAll();
}
