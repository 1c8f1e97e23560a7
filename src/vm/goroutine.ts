// A goroutine as the VM runs it: register file, frame records, stack, defers and panics.
//
// Design
//   Go's `g` holds a stack and the saved registers of a suspended goroutine; its frames live on
//   the stack and are found by unwinding with the pc tables. minigo keeps the same division of
//   labour with two stores (decisions 2 and 3):
//
//   registers    `regs`, a growable Float64Array; frame i owns the window [base_i, base_i+nregs_i).
//                A callee's window begins inside its caller's, at the register where the caller
//                put the arguments (Lua's convention), so arguments are never copied at a call.
//                `big` holds the exact values of 64-bit integer registers that are NaN.
//   frames       five parallel typed arrays indexed by depth (0 = the bottom frame): function
//                index, saved pc (of the instruction after the call, for frames below the top),
//                register base, frame pointer (the frame's low address on the goroutine stack)
//                and closure context. The top frame's state lives in the VM loop's locals while it
//                runs and is written back when `run` returns.
//   stack        [stack.lo, stack.hi) from stackalloc; the top frame's fp is the stack pointer.
//                A call reserves the callee's `stackFrameSize` below it; when that would cross
//                stack.lo + _StackGuard, `growStack` copies the stack to one twice as large and
//                adjusts every pointer into the old one: frame pointers, the registers in each
//                frame's pointer map, the frame memory words in each frame's slot map, and the
//                closure, defer and panic records that may point at stack-allocated values.
//
//   Defers are records on `defers` (a stack, newest last) tagged with the depth of the frame
//   that deferred them; a panic is a record on `panics` (newest last). panic.ts runs them.
//
// How it differs from Go: frame records are not stored in the stack memory (no return
// addresses there), so a stack copy moves only frame memory; the register file is not part of
// the Go stack, but `stackFrameSize` charges its words to the stack so stack sizes (and the
// 1 GB overflow) stay comparable to Go's.
import { copystack, stackalloc, stackGrowSize, _StackGuard, _StackMin, type Stack } from '../runtime/stack.js';
import type { MCache } from '../runtime/mcache.js';
import type { MHeap } from '../runtime/mheap.js';
import type { BigStore } from './int64.js';
import type { FuncCode } from './program.js';
import { GStatus, WaitReason } from '../runtime/runtime2.js';
import type { M } from '../runtime/runtime2.js';
import type { SystemBody } from '../runtime/proc.js';

export { GStatus };

/** A deferred call: a func value (closure pointer) registered by the frame at `depth`. */
export interface DeferRecord {
  fn: number;
  depth: number;
}

/** A panic in progress (Go's _panic). */
export interface PanicRecord {
  /** The panic value, an interface{} (type word, data word). */
  typ: number;
  data: number;
  /** Set by recover(). */
  recovered: boolean;
  /** An earlier panic was recovered while this one ran, or this one was (printed ` [recovered]`). */
  aborted: boolean;
  /** Exact message for runtime errors (used by printing when the value is a runtime.Error). */
  message?: string;
  /** A nil-dereference panic prints the signal line after the message. */
  sigpanic?: { addr: number };
}

export class G {
  status = GStatus.Idle;
  regs: Float64Array;
  readonly big: BigStore = [];

  // frame records, by depth
  fnOf: Int32Array;
  pcOf: Int32Array;
  baseOf: Int32Array;
  fpOf: Float64Array;
  ctxOf: Float64Array;
  /** 1 when the frame is a deferred call run by a panic: its return continues the panic. */
  kindOf: Uint8Array;
  depth = 0;

  stack: Stack;
  readonly defers: DeferRecord[] = [];
  readonly panics: PanicRecord[] = [];
  /** Set by runtime.Goexit: the defers run as for a panic, then the goroutine ends. */
  goexiting = false;
  /** Set when an unrecovered panic ended the goroutine. */
  fatalPanic = false;
  /** Index in `panics` of the value whose Error()/String() is being called for printing, or -1. */
  preprinting = -1;

  // ---- what the scheduler keeps (runtime2.go's g fields)
  waitreason: WaitReason = WaitReason.Zero;
  /** Link in a run queue or a wait list. */
  schedlink: G | null = null;
  /** The M running this G, or null. */
  m: M | null = null;
  /** Set by sysmon: give up the P at the next chance (preemption). */
  preempt = false;
  /** A runtime goroutine (forcegc, bgsweep, ...): hidden from tracebacks and NumGoroutine. */
  system = false;
  /** Where the `go` statement that created this G was: function index and pc, or -1. */
  gopcFn = -1;
  gopcPc = 0;
  /** Wake-up data left by the goroutine that readied this one (Go's g.param). */
  param: unknown = null;
  /**
   * What the parked goroutine does first when it runs again: the runtime code that follows
   * gopark in Go (runtime.GC's final sweep), run by the scheduler before the VM resumes it.
   */
  parkResume: (() => void) | null = null;
  /** Allocation bytes this goroutine may still do before assisting the collector (negative: debt). */
  gcAssistBytes = 0;
  /** A runtime goroutine with a TypeScript body that calls Go functions (the finalizer goroutine). */
  body: SystemBody | null = null;

  constructor(
    public goid: number,
    h: MHeap,
    c: MCache | null,
  ) {
    // Sized by initG for the goroutine's first function; a million goroutines must stay small.
    this.regs = new Float64Array(0);
    const n = 8;
    this.fnOf = new Int32Array(n);
    this.pcOf = new Int32Array(n);
    this.baseOf = new Int32Array(n);
    this.fpOf = new Float64Array(n);
    this.ctxOf = new Float64Array(n);
    this.kindOf = new Uint8Array(n);
    this.stack = stackalloc(h, c, _StackMin);
  }

  /** The stack pointer when no frame is running: the top of the stack. */
  get sp(): number {
    return this.depth === 0 ? this.stack.hi : this.fpOf[this.depth - 1]!;
  }

  /** Make room for frame records up to depth n. */
  growFrames(n: number): void {
    let cap = this.fnOf.length;
    if (n <= cap) return;
    while (cap < n) cap *= 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const g64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    this.fnOf = g32(this.fnOf);
    this.pcOf = g32(this.pcOf);
    this.baseOf = g32(this.baseOf);
    this.fpOf = g64(this.fpOf);
    this.ctxOf = g64(this.ctxOf);
    const k = new Uint8Array(cap);
    k.set(this.kindOf);
    this.kindOf = k;
  }

  /** Make the register file hold at least n registers. */
  growRegs(n: number): void {
    let cap = this.regs.length;
    if (n <= cap) return;
    cap = Math.max(cap, 8);
    while (cap < n) cap *= 2;
    const r = new Float64Array(cap);
    r.set(this.regs);
    this.regs = r;
  }

  /**
   * newstack: the frame about to be pushed needs `need` bytes below sp, which would cross the
   * guard. Copy the stack to a larger one (copystack) and adjust every pointer into the old stack.
   * `pending` is the function whose window (at register `pendingBase`) is being set up: its
   * argument registers are adjusted with its own pointer map.
   */
  growStack(h: MHeap, c: MCache | null, funcs: readonly FuncCode[], sp: number, need: number, pending: FuncCode | null, pendingBase: number): void {
    const old = this.stack;
    const newsize = stackGrowSize(old, sp, need + _StackGuard);
    const { stack, delta } = copystack(h, c, old, sp, newsize);
    this.stack = stack;
    const lo = old.lo;
    const hi = old.hi;
    const regs = this.regs;
    const mem = h.mem;
    const adjustRegs = (f: FuncCode, base: number, limit: number) => {
      const pr = f.ptrRegs;
      for (let k = 0; k < pr.length; k++) {
        const i = base + pr[k]!;
        if (i >= limit) continue;
        const v = regs[i]!;
        if (v >= lo && v < hi) regs[i] = v + delta;
      }
    };
    for (let d = 0; d < this.depth; d++) {
      const f = funcs[this.fnOf[d]!]!;
      const base = this.baseOf[d]!;
      const limit = d + 1 < this.depth ? this.baseOf[d + 1]! : pending !== null ? pendingBase : base + f.nregs;
      adjustRegs(f, base, limit);
      const fp = this.fpOf[d]! + delta;
      this.fpOf[d] = fp;
      // A closure escape analysis left in a frame moved with the stack.
      const ctx = this.ctxOf[d]!;
      if (ctx >= lo && ctx < hi) this.ctxOf[d] = ctx + delta;
      const ps = f.ptrSlots;
      for (let k = 0; k < ps.length; k++) {
        const a = fp + ps[k]!;
        const v = mem.loadPtr(a);
        if (v >= lo && v < hi) mem.storePtr(a, v + delta);
      }
    }
    if (pending !== null) adjustRegs(pending, pendingBase, pendingBase + pending.nregs);
    for (const p of this.panics) if (p.data >= lo && p.data < hi) p.data += delta;
    for (const r of this.defers) if (r.fn >= lo && r.fn < hi) r.fn += delta;
  }
}
