// The interpreter loop: runs one goroutine's frames for a time slice.
//
// Design
//   `run(g, budget)` executes up to `budget` instructions of goroutine g and returns why it
//   stopped: the goroutine finished, the budget ran out, it parked, or it ended in a fatal panic
//   (decision 3: the scheduler of a later stage interleaves goroutines by calling run with
//   slices). Go calls never touch the JS call stack: a CALL pushes a frame record on g and
//   switches the loop's locals (function, code, constants, register base, frame pointer, pc) to
//   the callee; RET pops it. So a goroutine can stop after any instruction and a recursion a
//   million calls deep needs only frame records and registers.
//
//   The loop keeps the top frame in locals and reads operands straight from the Int32Array:
//   `op a b c` at code[pc..pc+3] (and d e f g at pc+4..pc+7 for wide instructions). Register
//   operands are window-relative: the absolute index is base + operand. There is no allocation
//   per instruction and no closure in the dispatch; the slow paths (exact 64-bit arithmetic,
//   strings, growslice, panics) are calls to plain functions. Operations that are rare in hot
//   loops (string conversions, interface assertions, printing, append of many elements, ...)
//   run out of line in `rare`, which keeps the loop function small: V8 optimises a smaller
//   function sooner and re-optimises it faster after a deoptimisation, which is most of a short
//   program's run time.
//
//   Failures inside an instruction are JS exceptions caught around the inner loop: a
//   MemoryFault (nil dereference) or a PlainPanic (runtime error) becomes a Go panic (panic.ts),
//   which may run deferred calls on this same goroutine and resume the loop; a FatalError (stack
//   overflow) or an InternalError propagates to the caller.
//
//   Invariant: between instructions, g.fnOf/baseOf/fpOf for every frame below the top are valid,
//   and g.pcOf[d] of each of those frames is the word index to continue at after its callee
//   returns. The top frame's pc is written back only when run returns or a call is made.
//
//   Hot functions also have a translation to JS (jit/: the faster tier). `drive` runs the top
//   frame in its translation when it has one and its pc is a block entry, else in `loop`; the loop
//   hands over (EnterJit) at a call of, a return to, or a backward jump in a translated function.
//   Both run the same frames and registers and count the same instructions, so which one ran an
//   instruction is never observable.
//
// How it differs from Go: Go runs machine code and preempts with signals at safe points; minigo
// can stop between any two instructions. The budget is checked at every instruction.
import { Op as opTable, opInfo, unreachableOp, type OpCode } from './opcodes.js';

// A module-local binding of the opcode table: the switch's case labels then read a frozen local
// object, never an imported binding (which module loaders and bundlers may turn into getters).
const Op = opTable;
/** Words per instruction, by opcode. */
const opWordsOf = Int32Array.from(opInfo, (o) => o.width * 4);
import type { FuncCode, NativeContext, NativeFn, VMProgram, VMType } from './program.js';
import { G, GStatus } from './goroutine.js';
import { ExecStatus as RunStatus, Sched, type SchedOptions } from '../runtime/proc.js';
import { systemClock } from '../runtime/clock.js';
import { SchedTrace } from '../runtime/schedtrace.js';
import { InitTrace } from '../runtime/inittrace.js';
import type { DebugVars } from '../runtime/debugvars.js';
import { GC } from '../runtime/mgc.js';
import { maxMemoryLimit } from '../runtime/mgcpacer.js';
import { scanstack } from './stackscan.js';
import { Arith, MAX_SAFE, getBig, setBig, slowArith, setI64, setU64, wrapBig, f2i64, f2u64, regToCount, type BigStore } from './int64.js';
import { MemoryFault, PlainPanic, InternalError, FatalError } from '../runtime/error.js';
import { clearMapWriting } from './map.js';
import type { MCache } from '../runtime/mcache.js';
import { MCache as MCacheClass } from '../runtime/mcache.js';
import { mallocgc } from '../runtime/malloc.js';
import { _StackGuard } from '../runtime/stack.js';
import type { AddressSpace } from '../runtime/mem.js';
import type { MHeap } from '../runtime/mheap.js';
import { boundsError, BoundsCode, divideError } from './errors.js';
import { growslice, makeslice } from './slice.js';
import { concat2, cmpstring, decoderune, eqstring, encoderune, goString, newStringBytes, newStringJS, runeLen } from './string.js';
import { Kind } from './kind.js';
import { errorMethodKey, getitab, dynType, assertTypeError, assertNilError, ifaceEq, valueEq } from './iface.js';
import { PrintKind, printbool, printcomplex, printfloat, printhex } from './print.js';
import { chanop } from './chanops.js';
import { FrameKind, gopanic, startPanic, continuePreprint, continueAfterDefer, deferreturn, gorecover, goexit, GoexitDone, GoexitSignal, PanicUnwind, PanicFatal } from './panic.js';
import { Jit, type JitMode } from './jit/jit.js';

export { RunStatus };

/** loop's answer when the top frame is to continue in translated code (jit/): see drive. */
const EnterJit = -1;

/** Output sink (the host layer writes it to fds 1 and 2). */
export interface Output {
  write(fd: number, b: Uint8Array): void;
}

const encoder = new TextEncoder();

export class VM implements NativeContext {
  readonly funcs: FuncCode[];
  readonly types: VMType[];
  readonly natives: NativeFn[];
  readonly mem: AddressSpace;
  readonly heap: MHeap;
  /** The running P's cache (the scheduler switches it with the P). */
  mcache: MCache;
  readonly args: readonly string[];
  /** The goroutine being run (natives read its registers). */
  cur!: G;
  /** The scheduler (proc.ts) that runs this VM's goroutines. */
  readonly sched: Sched;
  /** The garbage collector (mgc.ts). */
  readonly gc: GC;
  /** The faster tier: hot functions translated to JS (jit/jit.ts). */
  readonly jit: Jit;
  /** Set by translated code that leaves the top frame's next instruction to the interpreter. */
  jitBail = false;
  private typeByAddr = new Map<number, VMType>();

  constructor(
    readonly prog: VMProgram,
    readonly out: Output,
    args: readonly string[] = [],
    opts: Partial<SchedOptions> & { debug?: DebugVars; gcPercent?: number; memoryLimit?: number; jit?: JitMode } = {},
  ) {
    this.funcs = prog.funcs;
    this.types = prog.types;
    this.natives = prog.natives;
    this.mem = prog.mem;
    this.heap = prog.heap;
    this.mcache = this.heap.mcaches[0] ?? new MCacheClass(this.heap);
    this.args = args;
    this.jit = new Jit(this, opts.jit ?? 'tiered');
    for (const t of prog.types) this.typeByAddr.set(t.addr, t);
    this.sched = new Sched(
      this,
      {
        gomaxprocs: opts.gomaxprocs ?? 1,
        seed: opts.seed ?? (Date.now() ^ (Math.random() * 0x100000000)) >>> 0,
        clock: opts.clock ?? systemClock,
      },
      this.mcache,
    );
    const debug = opts.debug;
    if (debug !== undefined && debug.schedtrace > 0) {
      this.sched.tracers.push(new SchedTrace(debug.schedtrace, debug.scheddetail > 0, (s) => this.printErr(s)));
    }
    if (debug !== undefined && debug.inittrace > 0) {
      this.sched.inittrace = new InitTrace(this.heap, () => this.sched.nanotime(), (s) => this.printErr(s), 0);
    }
    const clock = this.sched.opts.clock;
    this.gc = new GC(
      this.heap,
      this.sched,
      {
        printErr: (s) => this.printErr(s),
        scanstack: (g, shade) => scanstack(this.funcs, this.mem, g, shade),
        unixNanos: () => {
          const [sec, nsec] = clock.walltime();
          return sec * 1e9 + nsec;
        },
        quiesce: (m) => {
          while (m.pendingMapWrites.length > 0) clearMapWriting(this.mem, m.pendingMapWrites.pop()!);
        },
      },
      { gctrace: debug?.gctrace ?? 0, gccheckmark: debug?.gccheckmark ?? 0, gcstoptheworld: debug?.gcstoptheworld ?? 0 },
      opts.gcPercent ?? 100,
      opts.memoryLimit ?? maxMemoryLimit,
    );
    this.sched.gc = this.gc;
  }

  // ---- Executor (what the scheduler asks of the VM) -------------------------------------------

  /** Instructions executed by the last `execute`. */
  steps = 0;
  private sliceBudget = 0;
  execute(g: G, budget: number): RunStatus {
    const pending = this.sched.curm.pendingMapWrites;
    while (pending.length > 0) clearMapWriting(this.mem, pending.pop()!);
    this.budgetLeft = budget;
    this.sliceBudget = budget;
    const st = this.run(g, budget);
    this.steps = budget - Math.max(0, this.budgetLeft);
    return st;
  }
  get entry(): number {
    return this.prog.entry;
  }
  endMapWrite(h: number): void {
    // The write was the last instruction of this M's turn: other Ms run before it "finishes".
    if (this.budgetLeft === 0) this.sched.curm.pendingMapWrites.push(h);
    else clearMapWriting(this.mem, h);
  }
  stepsNow(): number {
    return this.sliceBudget - Math.max(0, this.budgetLeft);
  }
  setMCache(c: MCache): void {
    this.mcache = c;
  }
  newMCache(): MCache {
    return new MCacheClass(this.heap);
  }
  scanstack(g: G, shade: (p: number) => void): number {
    return scanstack(this.funcs, this.mem, g, shade);
  }
  resetG(g: G): void {
    g.gcAssistBytes = 0;
    g.parkResume = null;
    g.defers.length = 0;
    g.panics.length = 0;
    g.big.length = 0;
    g.goexiting = false;
    g.fatalPanic = false;
    g.param = null;
  }

  // ---- NativeContext ---------------------------------------------------------------------------

  get regs(): Float64Array {
    return this.cur.regs;
  }
  intBig(abs: number): bigint {
    return getBig(this.cur.regs, this.cur.big, abs);
  }
  setIntBig(abs: number, v: bigint): void {
    setBig(this.cur.regs, this.cur.big, abs, v);
  }
  goString(ptr: number, len: number): string {
    return goString(this.mem, ptr, len);
  }
  newString(s: string): [number, number] {
    return newStringJS(this.mcache, s);
  }
  write(fd: number, b: Uint8Array): void {
    this.out.write(fd, b);
  }
  typeAt(addr: number): VMType | undefined {
    return this.typeByAddr.get(addr);
  }
  /** fastrand: the scheduler's seeded generator (map seeds and iteration order). */
  fastrand(): number {
    return this.sched.fastrand();
  }
  private zeroArea = 0;
  private zeroSize = 0;
  /** Go's zeroVal: at least n zero bytes that nobody writes (mapaccess of a missing key). */
  zeroVal(n: number): number {
    if (n > this.zeroSize) {
      this.zeroSize = Math.max(1024, n);
      this.zeroArea = this.mem.dataAlloc(this.zeroSize, 8);
    }
    return this.zeroArea;
  }
  get itabs(): Map<string, number> {
    return this.prog.itabs;
  }
  alloc(size: number, scan: boolean): number {
    return mallocgc(this.mcache, size, scan ? { size: 8, ptrdata: 8, gcdata: new Uint8Array([1]) } : null, true);
  }
  errorValue(msg: string): [number, number] {
    const [ptr, len] = this.newString(msg);
    const t = this.typeAt(this.prog.plainErrorType)!;
    const key = `${t.addr}:error`;
    let tab = this.prog.itabs.get(key);
    if (tab === undefined) {
      tab = this.mem.dataAlloc(32, 8);
      this.mem.storePtr(tab + 8, t.addr);
      this.mem.store64(tab + 24, t.methods!.get(errorMethodKey)!);
      this.prog.itabs.set(key, tab);
    }
    return [tab, this.boxString(ptr, len)];
  }
  get runtimeErrorType(): number {
    return this.prog.runtimeErrorType;
  }
  get plainErrorType(): number {
    return this.prog.plainErrorType;
  }

  /**
   * Call Go function fi from a native (fmt calling String() or Error()): the arguments are put
   * in a window above the current frame, a nested loop runs until that call returns, and the
   * result registers are returned. The caller's frame is untouched (the CALLN that invoked the
   * native reloads what may have moved).
   */
  callGo(fi: number, args: readonly number[], nres: number): number[] {
    const g = this.cur;
    const top = g.depth - 1;
    const caller = this.funcs[g.fnOf[top]!]!;
    const callee = this.funcs[fi]!;
    const nb = g.baseOf[top]! + caller.nregs + 8;
    g.growRegs(nb + callee.nregs + 16);
    args.forEach((a, i) => (g.regs[nb + i] = a));
    const fp = g.fpOf[top]!;
    if (fp - callee.stackFrameSize < g.stack.lo + _StackGuard) {
      g.growStack(this.heap, this.mcache, this.funcs, fp, callee.stackFrameSize, callee, nb);
    }
    const d = g.depth;
    g.growFrames(d + 1);
    g.fnOf[d] = fi;
    g.pcOf[d] = 0;
    g.baseOf[d] = nb;
    g.fpOf[d] = g.fpOf[top]! - callee.stackFrameSize;
    g.ctxOf[d] = 0;
    g.kindOf[d] = FrameKind.NativeCall;
    g.depth = d + 1;
    if (callee.frameMem > 0) this.mem.memclr(g.fpOf[d]!, callee.frameMem);
    // The call runs to its end inside the native: a turn cannot end in it (no safe point there).
    this.nested++;
    let st: RunStatus;
    try {
      st = this.drive(g, 1 << 30);
    } finally {
      this.nested--;
    }
    if (st !== RunStatus.Done || g.depth !== d) throw new InternalError('callGo: the called function did not return');
    const out: number[] = [];
    for (let i = 0; i < nres; i++) out.push(g.regs[nb + i]!);
    return out;
  }

  /** A heap string header (ptr, len) for the data word of an interface holding a string. */
  boxString(ptr: number, len: number): number {
    const p = mallocgc(this.mcache, 16, stringRType, true);
    writePointer(this.mem, p, ptr);
    this.mem.store64(p + 8, len);
    return p;
  }

  /**
   * printpanicval for values of basic kind: `7`, `+3.500000e+000`, `boom` for the predeclared
   * types; `main.MyInt(7)`, `main.E("custom")` for named ones (printanycustomtype). Null for
   * other kinds.
   */
  formatBasic(t: VMType, data: number): string | null {
    const mem = this.mem;
    let v: string;
    switch (t.kind) {
      case Kind.Bool: v = mem.load8(data) !== 0 ? 'true' : 'false'; break;
      case Kind.Int: case Kind.Int64: v = String(mem.loadInt64Big(data)); break;
      case Kind.Int8: v = String(mem.loadInt8(data)); break;
      case Kind.Int16: v = String(mem.loadInt16(data)); break;
      case Kind.Int32: v = String(mem.loadInt32(data)); break;
      case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: v = String(mem.load64Big(data)); break;
      case Kind.Uint8: v = String(mem.load8(data)); break;
      case Kind.Uint16: v = String(mem.load16(data)); break;
      case Kind.Uint32: v = String(mem.load32(data)); break;
      case Kind.Float32: v = printfloat(mem.loadF32(data)); break;
      case Kind.Float64: v = printfloat(mem.loadF64(data)); break;
      case Kind.Complex64: v = printcomplex(mem.loadF32(data), mem.loadF32(data + 4)); break;
      case Kind.Complex128: v = printcomplex(mem.loadF64(data), mem.loadF64(data + 8)); break;
      case Kind.String: {
        const s = goString(mem, mem.loadPtr(data), mem.load64(data + 8));
        return t.name === 'string' ? s : `${t.name}("${s}")`;
      }
      default:
        return null;
    }
    return t.name.includes('.') ? `${t.name}(${v})` : v;
  }

  printErr(s: string): void {
    this.out.write(2, encoder.encode(s));
  }

  // ---- goroutines ------------------------------------------------------------------------------

  /**
   * Set up g (a new G when null; a dead one being reused otherwise) to call function fi with
   * closure context ctx and no arguments: the bottom frame of a goroutine.
   */
  initG(g: G | null, fi: number, ctx: number): G {
    if (g === null) g = new G(0, this.heap, this.mcache);
    const f = this.funcs[fi]!;
    g.growRegs(f.nregs + 16);
    g.growFrames(1);
    const fp = g.stack.hi - f.stackFrameSize;
    if (fp < g.stack.lo + _StackGuard) {
      g.depth = 0;
      g.growStack(this.heap, this.mcache, this.funcs, g.stack.hi, f.stackFrameSize, null, 0);
    }
    g.fnOf[0] = fi;
    g.pcOf[0] = 0;
    g.baseOf[0] = 0;
    g.fpOf[0] = g.stack.hi - f.stackFrameSize;
    g.ctxOf[0] = ctx;
    g.kindOf[0] = 0;
    g.depth = 1;
    if (f.frameMem > 0) this.mem.memclr(g.fpOf[0]!, f.frameMem);
    return g;
  }

  /** Bootstrap: the main goroutine, goroutine 1, and the runtime's own (Sched.bootstrap). */
  newMainG(): G {
    return this.sched.bootstrap(this.prog.entry);
  }

  /** Run g for up to budget instructions. */
  run(g: G, budget: number): RunStatus {
    this.cur = g;
    g.status = GStatus.Running;
    for (;;) {
      try {
        return this.drive(g, budget);
      } catch (e) {
        let x: unknown = e;
        if (x instanceof MemoryFault || x instanceof PlainPanic) {
          // A run-time error in the top frame (loop saved its pc): start a Go panic.
          try {
            startPanic(this, g, x, this.budgetLeft);
          } catch (y) {
            x = y;
          }
        } else if (x instanceof GoexitSignal) {
          try {
            goexit(this, g, this.budgetLeft);
          } catch (y) {
            x = y;
          }
        }
        if (x instanceof GoexitDone) return RunStatus.Done;
        if (x instanceof PanicFatal) return RunStatus.Panicked;
        if (x instanceof PanicUnwind) {
          // Frames were rearranged (a deferred call pushed, or a recovery): resume the loop.
          budget = x.budget;
          continue;
        }
        throw x;
      }
    }
  }

  /**
   * Go calls in progress inside natives (callGo): while any, the loop and translated code ignore
   * turnEnd.
   */
  nested = 0;

  /** The budget left when the loop or translated code was left (by an exception, or for a native). */
  budgetLeft = 0;

  /**
   * Run g's frames for up to budget instructions, each frame in the interpreter loop or, when
   * its function is translated, in its translation (jit/translate.ts). The loop answers EnterJit
   * when the top frame can go on translated; translated code returns when its frame is done, or
   * stopped, or it bails (jitBail: the interpreter runs the next instruction); then the top frame
   * is continued in whichever form it has.
   */
  private drive(g: G, budget: number): RunStatus {
    let jf = this.jit.entry(g, true);
    for (;;) {
      while (jf !== undefined) {
        this.jitBail = false;
        budget = jf(g, budget, 0, g.pcOf[g.depth - 1]!);
        if (g.status !== GStatus.Running || (this.sched.turnEnd && this.nested === 0)) {
          this.budgetLeft = budget;
          return g.status !== GStatus.Running ? RunStatus.Parked : RunStatus.Budget;
        }
        jf = this.jitBail ? undefined : this.jit.entry(g, false);
      }
      const st = this.loop(g, budget);
      if (st !== EnterJit) return st;
      budget = this.budgetLeft;
      jf = this.jit.fns[g.fnOf[g.depth - 1]!];
    }
  }

  /** A backward jump taken in function fi: whether fi runs translated from here on. */
  private backEdge(fi: number): boolean {
    return (this.jit.fns[fi] ?? this.jit.warm(fi)) !== undefined;
  }

  private loop(g: G, budget: number): RunStatus | typeof EnterJit {
    const mem = this.mem;
    const funcs = this.funcs;
    const big = g.big;
    let regs = g.regs;
    let d = g.depth - 1;
    let fn = funcs[g.fnOf[d]!]!;
    let code = fn.code;
    let consts = fn.consts;
    let base = g.baseOf[d]!;
    let fp = g.fpOf[d]!;
    let pc = g.pcOf[d]!;
    let guard = g.stack.lo + _StackGuard;
    // The frame-record arrays, cached; replaced only by growFrames (refreshed where it can run).
    let fnOf = g.fnOf;
    let pcOf = g.pcOf;
    let baseOf = g.baseOf;
    let fpOf = g.fpOf;
    let ctxOf = g.ctxOf;
    let kindOf = g.kindOf;
    try {
      for (;;) {
        if (--budget < 0) {
          g.pcOf[d] = pc;
          this.budgetLeft = 0;
          return RunStatus.Budget;
        }
        const op = code[pc]! as OpCode;
        switch (op) {
          case Op.NOP:
            pc += 4;
            break;

          // ---- moves and constants
          case Op.MOV: {
            const a = base + code[pc + 1]!;
            const b = base + code[pc + 2]!;
            const v = regs[b]!;
            regs[a] = v;
            if (v !== v) {
              const x = big[b];
              if (x !== undefined) big[a] = x;
            }
            pc += 4;
            break;
          }
          case Op.MOV2: {
            const a = base + code[pc + 1]!;
            const b = base + code[pc + 2]!;
            regs[a] = regs[b]!;
            regs[a + 1] = regs[b + 1]!;
            pc += 4;
            break;
          }
          case Op.MOV3: {
            const a = base + code[pc + 1]!;
            const b = base + code[pc + 2]!;
            regs[a] = regs[b]!;
            regs[a + 1] = regs[b + 1]!;
            regs[a + 2] = regs[b + 2]!;
            pc += 4;
            break;
          }
          case Op.LOADK: {
            const a = base + code[pc + 1]!;
            const k = code[pc + 2]!;
            const v = consts[k]!;
            regs[a] = v;
            if (v !== v) {
              const x = fn.bigConsts[k];
              if (x !== undefined) big[a] = x;
            }
            pc += 4;
            break;
          }
          case Op.LOADI:
            regs[base + code[pc + 1]!] = code[pc + 2]!;
            pc += 4;
            break;
          // ---- 64-bit integers
          case Op.ADD_I64: {
            const r = regs[base + code[pc + 2]!]! + regs[base + code[pc + 3]!]!;
            if (r <= MAX_SAFE && r >= -MAX_SAFE) regs[base + code[pc + 1]!] = r;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Add, true);
            pc += 4;
            break;
          }
          case Op.ADD_U64: {
            const r = regs[base + code[pc + 2]!]! + regs[base + code[pc + 3]!]!;
            if (r <= MAX_SAFE) regs[base + code[pc + 1]!] = r;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Add, false);
            pc += 4;
            break;
          }
          case Op.ADDK_I64: {
            const r = regs[base + code[pc + 2]!]! + code[pc + 3]!;
            if (r <= MAX_SAFE && r >= -MAX_SAFE) regs[base + code[pc + 1]!] = r;
            else {
              const a = base + code[pc + 1]!;
              setI64(regs, big, a, getBig(regs, big, base + code[pc + 2]!) + BigInt(code[pc + 3]!));
            }
            pc += 4;
            break;
          }
          case Op.SUB_I64: {
            const r = regs[base + code[pc + 2]!]! - regs[base + code[pc + 3]!]!;
            if (r <= MAX_SAFE && r >= -MAX_SAFE) regs[base + code[pc + 1]!] = r;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Sub, true);
            pc += 4;
            break;
          }
          case Op.SUB_U64: {
            const r = regs[base + code[pc + 2]!]! - regs[base + code[pc + 3]!]!;
            if (r <= MAX_SAFE && r >= 0) regs[base + code[pc + 1]!] = r;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Sub, false);
            pc += 4;
            break;
          }
          case Op.MUL_I64: {
            const r = regs[base + code[pc + 2]!]! * regs[base + code[pc + 3]!]!;
            if (r < MAX_SAFE && r > -MAX_SAFE) regs[base + code[pc + 1]!] = r + 0;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Mul, true);
            pc += 4;
            break;
          }
          case Op.MUL_U64: {
            const r = regs[base + code[pc + 2]!]! * regs[base + code[pc + 3]!]!;
            if (r < MAX_SAFE) regs[base + code[pc + 1]!] = r + 0;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Mul, false);
            pc += 4;
            break;
          }
          case Op.DIV_I64:
          case Op.DIV_U64: {
            const x = regs[base + code[pc + 2]!]!;
            const y = regs[base + code[pc + 3]!]!;
            if (y === 0) throw divideError();
            if (Math.abs(x) + Math.abs(y) <= MAX_SAFE) regs[base + code[pc + 1]!] = Math.trunc(x / y) + 0;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Div, op === Op.DIV_I64);
            pc += 4;
            break;
          }
          case Op.REM_I64:
          case Op.REM_U64: {
            const x = regs[base + code[pc + 2]!]!;
            const y = regs[base + code[pc + 3]!]!;
            if (y === 0) throw divideError();
            if (x === x && y === y) regs[base + code[pc + 1]!] = (x % y) + 0;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Rem, op === Op.REM_I64);
            pc += 4;
            break;
          }
          case Op.AND_64:
          case Op.OR_64:
          case Op.XOR_64:
          case Op.ANDNOT_64: {
            const x = regs[base + code[pc + 2]!]!;
            const y = regs[base + code[pc + 3]!]!;
            if ((x | 0) === x && (y | 0) === y) {
              regs[base + code[pc + 1]!] =
                op === Op.AND_64 ? x & y : op === Op.OR_64 ? x | y : op === Op.XOR_64 ? x ^ y : x & ~y;
            } else {
              const ar = op === Op.AND_64 ? Arith.And : op === Op.OR_64 ? Arith.Or : op === Op.XOR_64 ? Arith.Xor : Arith.AndNot;
              // The exact result of a bitwise op on two int64 (or two uint64) values is in range.
              slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, ar, !(getBig(regs, big, base + code[pc + 2]!) >= 0n && getBig(regs, big, base + code[pc + 3]!) >= 0n));
            }
            pc += 4;
            break;
          }
          case Op.SHL_I64:
          case Op.SHL_U64: {
            const x = regs[base + code[pc + 2]!]!;
            const s = regToCount(regs, big, base + code[pc + 3]!);
            const r = s < 64 ? x * 2 ** s : 0;
            if (r <= MAX_SAFE && (op === Op.SHL_U64 ? r >= 0 : r >= -MAX_SAFE)) regs[base + code[pc + 1]!] = r;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Shl, op === Op.SHL_I64);
            pc += 4;
            break;
          }
          case Op.SHR_I64:
          case Op.SHR_U64: {
            const x = regs[base + code[pc + 2]!]!;
            const s = regToCount(regs, big, base + code[pc + 3]!);
            if (x === x) regs[base + code[pc + 1]!] = s < 64 ? Math.floor(x / 2 ** s) + 0 : x < 0 ? -1 : 0;
            else slowArith(regs, big, base + code[pc + 1]!, base + code[pc + 2]!, base + code[pc + 3]!, Arith.Shr, op === Op.SHR_I64);
            pc += 4;
            break;
          }
          case Op.NEG_I64: {
            const x = regs[base + code[pc + 2]!]!;
            if (x === x) regs[base + code[pc + 1]!] = 0 - x;
            else setI64(regs, big, base + code[pc + 1]!, -getBig(regs, big, base + code[pc + 2]!));
            pc += 4;
            break;
          }
          // ---- 32-bit integers
          case Op.ADD_I32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! + regs[base + code[pc + 3]!]!) | 0;
            pc += 4;
            break;
          case Op.ADD_U32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! + regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.SUB_I32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! - regs[base + code[pc + 3]!]!) | 0;
            pc += 4;
            break;
          case Op.SUB_U32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! - regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.MUL_I32:
            regs[base + code[pc + 1]!] = Math.imul(regs[base + code[pc + 2]!]!, regs[base + code[pc + 3]!]!);
            pc += 4;
            break;
          case Op.MUL_U32:
            regs[base + code[pc + 1]!] = Math.imul(regs[base + code[pc + 2]!]!, regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.DIV_I32: {
            const y = regs[base + code[pc + 3]!]!;
            if (y === 0) throw divideError();
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! / y) | 0;
            pc += 4;
            break;
          }
          case Op.DIV_U32: {
            const y = regs[base + code[pc + 3]!]!;
            if (y === 0) throw divideError();
            regs[base + code[pc + 1]!] = Math.trunc(regs[base + code[pc + 2]!]! / y);
            pc += 4;
            break;
          }
          case Op.REM_I32:
          case Op.REM_U32: {
            const y = regs[base + code[pc + 3]!]!;
            if (y === 0) throw divideError();
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! % y) + 0;
            pc += 4;
            break;
          }
          case Op.AND_I32:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! & regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.AND_U32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! & regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.OR_I32:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! | regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.OR_U32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! | regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.XOR_I32:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! ^ regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.XOR_U32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! ^ regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.ANDNOT_I32:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! & ~regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.ANDNOT_U32:
            regs[base + code[pc + 1]!] = (regs[base + code[pc + 2]!]! & ~regs[base + code[pc + 3]!]!) >>> 0;
            pc += 4;
            break;
          case Op.SHL_I32: {
            const s = regToCount(regs, big, base + code[pc + 3]!);
            regs[base + code[pc + 1]!] = s < 32 ? regs[base + code[pc + 2]!]! << s : 0;
            pc += 4;
            break;
          }
          case Op.SHL_U32: {
            const s = regToCount(regs, big, base + code[pc + 3]!);
            regs[base + code[pc + 1]!] = s < 32 ? (regs[base + code[pc + 2]!]! << s) >>> 0 : 0;
            pc += 4;
            break;
          }
          case Op.SHR_I32: {
            const s = regToCount(regs, big, base + code[pc + 3]!);
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! >> (s < 32 ? s : 31);
            pc += 4;
            break;
          }
          case Op.SHR_U32: {
            const s = regToCount(regs, big, base + code[pc + 3]!);
            regs[base + code[pc + 1]!] = s < 32 ? regs[base + code[pc + 2]!]! >>> s : 0;
            pc += 4;
            break;
          }
          case Op.NEG_I32:
            regs[base + code[pc + 1]!] = -regs[base + code[pc + 2]!]! | 0;
            pc += 4;
            break;
          case Op.COM_I32:
            regs[base + code[pc + 1]!] = ~regs[base + code[pc + 2]!]!;
            pc += 4;
            break;
          // ---- conversions
          case Op.WRAP_I8: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? (x << 24) >> 24 : wrapBig(regs, big, base + code[pc + 2]!, 8, true);
            pc += 4;
            break;
          }
          case Op.WRAP_U8: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? x & 0xff : wrapBig(regs, big, base + code[pc + 2]!, 8, false);
            pc += 4;
            break;
          }
          case Op.WRAP_I16: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? (x << 16) >> 16 : wrapBig(regs, big, base + code[pc + 2]!, 16, true);
            pc += 4;
            break;
          }
          case Op.WRAP_U16: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? x & 0xffff : wrapBig(regs, big, base + code[pc + 2]!, 16, false);
            pc += 4;
            break;
          }
          case Op.WRAP_I32: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? x | 0 : wrapBig(regs, big, base + code[pc + 2]!, 32, true);
            pc += 4;
            break;
          }
          case Op.WRAP_U32: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? x >>> 0 : wrapBig(regs, big, base + code[pc + 2]!, 32, false);
            pc += 4;
            break;
          }
          case Op.WRAP_I64: {
            const x = regs[base + code[pc + 2]!]!;
            if (x === x) regs[base + code[pc + 1]!] = x;
            else setI64(regs, big, base + code[pc + 1]!, getBig(regs, big, base + code[pc + 2]!));
            pc += 4;
            break;
          }
          case Op.WRAP_U64: {
            const x = regs[base + code[pc + 2]!]!;
            if (x >= 0) regs[base + code[pc + 1]!] = x;
            else setU64(regs, big, base + code[pc + 1]!, getBig(regs, big, base + code[pc + 2]!));
            pc += 4;
            break;
          }
          case Op.I2F64: {
            const x = regs[base + code[pc + 2]!]!;
            regs[base + code[pc + 1]!] = x === x ? x + 0 : Number(getBig(regs, big, base + code[pc + 2]!));
            pc += 4;
            break;
          }
          case Op.F2F32:
            regs[base + code[pc + 1]!] = Math.fround(regs[base + code[pc + 2]!]!);
            pc += 4;
            break;

          // ---- floats
          case Op.ADD_F64:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! + regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.SUB_F64:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! - regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.MUL_F64:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! * regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.DIV_F64:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! / regs[base + code[pc + 3]!]!;
            pc += 4;
            break;
          case Op.ADD_F32:
            regs[base + code[pc + 1]!] = Math.fround(regs[base + code[pc + 2]!]! + regs[base + code[pc + 3]!]!);
            pc += 4;
            break;
          case Op.SUB_F32:
            regs[base + code[pc + 1]!] = Math.fround(regs[base + code[pc + 2]!]! - regs[base + code[pc + 3]!]!);
            pc += 4;
            break;
          case Op.MUL_F32:
            regs[base + code[pc + 1]!] = Math.fround(regs[base + code[pc + 2]!]! * regs[base + code[pc + 3]!]!);
            pc += 4;
            break;
          case Op.DIV_F32:
            regs[base + code[pc + 1]!] = Math.fround(regs[base + code[pc + 2]!]! / regs[base + code[pc + 3]!]!);
            pc += 4;
            break;
          case Op.NEG_F:
            regs[base + code[pc + 1]!] = -regs[base + code[pc + 2]!]!;
            pc += 4;
            break;

          // ---- comparisons
          case Op.EQ_I:
          case Op.NE_I:
          case Op.LT_I:
          case Op.LE_I: {
            const x = regs[base + code[pc + 2]!]!;
            const y = regs[base + code[pc + 3]!]!;
            let r: boolean;
            if (x === x && y === y) {
              r = op === Op.EQ_I ? x === y : op === Op.NE_I ? x !== y : op === Op.LT_I ? x < y : x <= y;
            } else {
              const bx = getBig(regs, big, base + code[pc + 2]!);
              const by = getBig(regs, big, base + code[pc + 3]!);
              r = op === Op.EQ_I ? bx === by : op === Op.NE_I ? bx !== by : op === Op.LT_I ? bx < by : bx <= by;
            }
            regs[base + code[pc + 1]!] = r ? 1 : 0;
            pc += 4;
            break;
          }
          case Op.EQ_F:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! === regs[base + code[pc + 3]!]! ? 1 : 0;
            pc += 4;
            break;
          case Op.NE_F:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! !== regs[base + code[pc + 3]!]! ? 1 : 0;
            pc += 4;
            break;
          case Op.LT_F:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! < regs[base + code[pc + 3]!]! ? 1 : 0;
            pc += 4;
            break;
          case Op.LE_F:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! <= regs[base + code[pc + 3]!]! ? 1 : 0;
            pc += 4;
            break;
          case Op.NOT:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! === 0 ? 1 : 0;
            pc += 4;
            break;

          // ---- control flow
          case Op.JMP:
          case Op.JT:
          case Op.JF: {
            const t = code[pc + (op === Op.JMP ? 1 : 2)]!;
            if (op !== Op.JMP && (regs[base + code[pc + 1]!]! !== 0) !== (op === Op.JT)) {
              pc += 4;
              break;
            }
            if (t <= pc && this.backEdge(fnOf[d]!)) {
              pcOf[d] = t;
              this.budgetLeft = budget;
              return EnterJit;
            }
            pc = t;
            break;
          }
          case Op.JLT_I:
          case Op.JGE_I: {
            const x = regs[base + code[pc + 1]!]!;
            const y = regs[base + code[pc + 2]!]!;
            let lt: boolean;
            if (x === x && y === y) lt = x < y;
            else lt = getBig(regs, big, base + code[pc + 1]!) < getBig(regs, big, base + code[pc + 2]!);
            if (lt !== (op === Op.JLT_I)) {
              pc += 4;
              break;
            }
            const t = code[pc + 3]!;
            if (t <= pc && this.backEdge(fnOf[d]!)) {
              pcOf[d] = t;
              this.budgetLeft = budget;
              return EnterJit;
            }
            pc = t;
            break;
          }
          case Op.JLTK_I:
          case Op.JGEK_I: {
            const x = regs[base + code[pc + 1]!]!;
            // A NaN register holds a value beyond ±2^53: compare its sign with the immediate.
            const lt = x === x ? x < code[pc + 2]! : getBig(regs, big, base + code[pc + 1]!) < 0n;
            if (lt !== (op === Op.JLTK_I)) {
              pc += 4;
              break;
            }
            const t = code[pc + 3]!;
            if (t <= pc && this.backEdge(fnOf[d]!)) {
              pcOf[d] = t;
              this.budgetLeft = budget;
              return EnterJit;
            }
            pc = t;
            break;
          }

          // ---- calls
          case Op.CALL:
          case Op.CALLI:
          case Op.CALLM: {
            let fi: number;
            let ctx = 0;
            let nb: number;
            if (op === Op.CALL) {
              fi = code[pc + 1]!;
              nb = base + code[pc + 2]!;
            } else if (op === Op.CALLI) {
              ctx = regs[base + code[pc + 1]!]!;
              fi = mem.loadPtr(ctx); // a nil func value faults here, as in Go
              nb = base + code[pc + 2]!;
            } else {
              const tab = regs[base + code[pc + 1]!]!;
              fi = mem.load64(tab + 24 + 8 * code[pc + 2]!); // a nil interface faults here
              nb = base + code[pc + 3]!;
            }
            const callee = funcs[fi]!;
            pcOf[d] = pc + 4;
            let nfp = fp - callee.stackFrameSize;
            if (nfp < guard) {
              const { lo, hi } = g.stack;
              const oldFp = fp;
              g.growStack(this.heap, this.mcache, funcs, fp, callee.stackFrameSize, callee, nb);
              regs = g.regs;
              fp = fpOf[d]!;
              // A closure that escape analysis left on the stack moved with it.
              if (ctx >= lo && ctx < hi) ctx += fp - oldFp;
              guard = g.stack.lo + _StackGuard;
              nfp = fp - callee.stackFrameSize;
            }
            if (nb + callee.nregs > regs.length) {
              g.growRegs(nb + callee.nregs + 64);
              regs = g.regs;
            }
            d++;
            if (d >= fnOf.length) {
              g.growFrames(d + 1);
              fnOf = g.fnOf;
              pcOf = g.pcOf;
              baseOf = g.baseOf;
              fpOf = g.fpOf;
              ctxOf = g.ctxOf;
              kindOf = g.kindOf;
            }
            fnOf[d] = fi;
            baseOf[d] = nb;
            fpOf[d] = nfp;
            ctxOf[d] = ctx;
            kindOf[d] = 0;
            g.depth = d + 1;
            fn = callee;
            code = fn.code;
            consts = fn.consts;
            base = nb;
            fp = nfp;
            pc = 0;
            if (fn.frameMem > 0) mem.memclr(fp, fn.frameMem);
            if ((this.jit.fns[fi] ?? this.jit.warm(fi)) !== undefined) {
              pcOf[d] = 0;
              this.budgetLeft = budget;
              return EnterJit;
            }
            break;
          }
          case Op.CALLN: {
            g.pcOf[d] = pc;
            this.budgetLeft = budget;
            this.natives[code[pc + 1]!]!(this, base + code[pc + 2]!);
            // A native may have run Go code on this goroutine (callbacks): reload what can move.
            regs = g.regs;
            fnOf = g.fnOf;
            pcOf = g.pcOf;
            baseOf = g.baseOf;
            fpOf = g.fpOf;
            ctxOf = g.ctxOf;
            kindOf = g.kindOf;
            fp = fpOf[d]!;
            guard = g.stack.lo + _StackGuard;
            pc += 4;
            if (g.status !== GStatus.Running || (this.sched.turnEnd && this.nested === 0)) {
              // The native parked the goroutine (gopark) or yielded (Gosched), or woke an M.
              pcOf[d] = pc;
              this.budgetLeft = budget;
              return g.status !== GStatus.Running ? RunStatus.Parked : RunStatus.Budget;
            }
            break;
          }
          case Op.RET: {
            const src = base + code[pc + 1]!;
            const n = code[pc + 2]!;
            if (src !== base) {
              if (n === 1) {
                const v = regs[src]!;
                regs[base] = v;
                if (v !== v) moveReg(regs, big, base, src);
              } else for (let i = 0; i < n; i++) moveReg(regs, big, base + i, src + i);
            }
            // The frame's pointers die with it: its caller's registers from here up would keep
            // them as stale roots (the pointer maps are per function, not per instruction).
            const pr = fn.ptrRegs;
            for (let k = pr.length - 1; k >= 0; k--) {
              const r = pr[k]!;
              if (r < n) break;
              regs[base + r] = 0;
            }
            const kind = kindOf[d]!;
            d--;
            g.depth = d + 1;
            if (d < 0) {
              this.budgetLeft = budget;
              return RunStatus.Done;
            }
            if (kind !== 0) {
              // A deferred call run by a panic returned, the Error() call printing one, or a
              // call a native made (callGo): that one ends this (nested) loop.
              if (kind === FrameKind.NativeCall) {
                this.budgetLeft = budget;
                return RunStatus.Done;
              }
              if (kind === FrameKind.PreprintPanic) continuePreprint(this, g, baseOf[d + 1]!);
              continueAfterDefer(this, g, budget);
            }
            if (this.jit.fns[fnOf[d]!] !== undefined) {
              this.budgetLeft = budget;
              return EnterJit;
            }
            fn = funcs[fnOf[d]!]!;
            code = fn.code;
            consts = fn.consts;
            base = baseOf[d]!;
            fp = fpOf[d]!;
            pc = pcOf[d]!;
            break;
          }
          case Op.CTX:
            regs[base + code[pc + 1]!] = g.ctxOf[d]!;
            pc += 4;
            break;

          // ---- memory
          case Op.LOAD_U8:
            regs[base + code[pc + 1]!] = mem.load8(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_I8:
            regs[base + code[pc + 1]!] = mem.loadInt8(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_U16:
            regs[base + code[pc + 1]!] = mem.load16(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_I16:
            regs[base + code[pc + 1]!] = mem.loadInt16(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_U32:
            regs[base + code[pc + 1]!] = mem.load32(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_I32:
            regs[base + code[pc + 1]!] = mem.loadInt32(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_U64: {
            const addr = regs[base + code[pc + 2]!]! + code[pc + 3]!;
            const v = mem.load64(addr);
            if (v <= MAX_SAFE) regs[base + code[pc + 1]!] = v;
            else setBig(regs, big, base + code[pc + 1]!, mem.load64Big(addr));
            pc += 4;
            break;
          }
          case Op.LOAD_I64: {
            const addr = regs[base + code[pc + 2]!]! + code[pc + 3]!;
            const v = mem.loadInt64(addr);
            if (v <= MAX_SAFE && v >= -MAX_SAFE) regs[base + code[pc + 1]!] = v;
            else setBig(regs, big, base + code[pc + 1]!, mem.loadInt64Big(addr));
            pc += 4;
            break;
          }
          case Op.LOAD_F32:
            regs[base + code[pc + 1]!] = mem.loadF32(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_F64:
            regs[base + code[pc + 1]!] = mem.loadF64(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.LOAD_PTR:
            regs[base + code[pc + 1]!] = mem.loadPtr(regs[base + code[pc + 2]!]! + code[pc + 3]!);
            pc += 4;
            break;
          case Op.STORE_8:
            mem.store8(regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.STORE_16:
            mem.store16(regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.STORE_32:
            mem.store32(regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.STORE_64: {
            const addr = regs[base + code[pc + 1]!]! + code[pc + 3]!;
            const v = regs[base + code[pc + 2]!]!;
            if (v === v) mem.store64(addr, v);
            else mem.store64Big(addr, BigInt.asUintN(64, getBig(regs, big, base + code[pc + 2]!)));
            pc += 4;
            break;
          }
          case Op.STORE_F32:
            mem.storeF32(regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.STORE_F64:
            mem.storeF64(regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.STORE_PTR:
            writePointer(mem, regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.STORE_SCALAR:
            mem.storePtr(regs[base + code[pc + 1]!]! + code[pc + 3]!, regs[base + code[pc + 2]!]!);
            pc += 4;
            break;
          case Op.ADDR_FP:
            regs[base + code[pc + 1]!] = fp + code[pc + 2]!;
            pc += 4;
            break;
          case Op.ADDI:
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! + code[pc + 3]!;
            pc += 4;
            break;
          case Op.NILCHK:
            if (regs[base + code[pc + 1]!]! === 0) throw new MemoryFault(0);
            pc += 4;
            break;
          case Op.MEMMOVE: {
            const n = code[pc + 3]!;
            const dst = regs[base + code[pc + 1]!]!;
            const src = regs[base + code[pc + 2]!]!;
            if (n > 0 && dst !== src) mem.memmove(dst, src, n);
            else if (n > 0) mem.load8(src); // a nil source still faults
            pc += 4;
            break;
          }
          // ---- allocation
          case Op.NEW:
            regs[base + code[pc + 1]!] = mallocgc(this.mcache, this.types[code[pc + 2]!]!.size, this.types[code[pc + 2]!]!, true);
            pc += 4;
            if ((this.sched.turnEnd && this.nested === 0)) {
              // The allocation asked for a collection or an assist: end the turn at this safe point.
              pcOf[d] = pc;
              this.budgetLeft = budget;
              return RunStatus.Budget;
            }
            break;
          // ---- indexing and slicing
          case Op.INDEX: {
            const i = regs[base + code[pc + 3]!]!;
            const len = regs[base + code[pc + 5]!]!;
            if (!(i >= 0 && i < len)) throw boundsError(BoundsCode.Index, intValue(regs, big, base + code[pc + 3]!), len);
            regs[base + code[pc + 1]!] = regs[base + code[pc + 2]!]! + i * code[pc + 4]!;
            pc += 8;
            break;
          }
          case Op.SLICE: {
            sliceOp(regs, big, base, code, pc);
            pc += 8;
            break;
          }
          // ---- slices and strings
          case Op.STR_INDEX: {
            const b = base + code[pc + 2]!;
            const i = regs[base + code[pc + 3]!]!;
            const len = regs[b + 1]!;
            if (!(i >= 0 && i < len)) throw boundsError(BoundsCode.Index, intValue(regs, big, base + code[pc + 3]!), len);
            regs[base + code[pc + 1]!] = mem.load8(regs[b]! + i);
            pc += 4;
            break;
          }
          case Op.STR_DECODE: {
            const a = base + code[pc + 1]!;
            const b = base + code[pc + 2]!;
            const k = regs[base + code[pc + 3]!]!;
            const ptr = regs[b]!;
            const c0 = mem.load8(ptr + k);
            if (c0 < 0x80) {
              regs[a] = c0;
              regs[a + 1] = 1;
            } else {
              const rw = decoderune(mem, ptr, regs[b + 1]!, k);
              regs[a] = rw >>> 3;
              regs[a + 1] = rw & 7;
            }
            pc += 4;
            break;
          }
          // ---- interfaces (codegen/iface.ts lays out descriptors and itabs)
          // ---- panics, defers, printing
          case Op.PANIC:
            g.pcOf[d] = pc;
            gopanic(this, g, regs[base + code[pc + 1]!]!, regs[base + code[pc + 1]! + 1]!, budget);
            throw new InternalError('gopanic returned');
          case Op.RUNDEFERS: {
            const defers = g.defers;
            if (defers.length > 0 && defers[defers.length - 1]!.depth === d) {
              g.pcOf[d] = pc;
              deferreturn(this, g, budget);
              throw new InternalError('deferreturn returned');
            }
            pc += 4;
            break;
          }
          case Op.GO: {
            const fv = regs[base + code[pc + 1]!]!;
            this.budgetLeft = budget;
            this.sched.newproc(mem.loadPtr(fv), fv, g, fnOf[d]!, pc);
            pc += 4;
            if ((this.sched.turnEnd && this.nested === 0)) {
              // newproc woke an M: end the turn so that it starts now, not after this turn.
              pcOf[d] = pc;
              this.budgetLeft = budget;
              return RunStatus.Budget;
            }
            break;
          }
          case Op.UNREACHABLE:
            throw new InternalError(`unreachable code reached in ${fn.name}`);
          // ---- channels: out of line (chanops.ts); a blocked operation parks the goroutine
          case Op.MAKECHAN:
          case Op.CHANSEND:
          case Op.CHANRECV:
          case Op.CHANCLOSE:
          case Op.SELECT:
            this.budgetLeft = budget;
            chanop(this, op, code, pc, base, regs);
            pc += opWordsOf[op]!;
            if (g.status !== GStatus.Running || (this.sched.turnEnd && this.nested === 0)) {
              // Parked (blocked), or it readied a goroutine and woke an M that starts now.
              pcOf[d] = pc;
              return g.status !== GStatus.Running ? RunStatus.Parked : RunStatus.Budget;
            }
            break;
          // ---- the rest: rare operations, out of line to keep this loop small (faster to optimise)
          case Op.MOVN:
          case Op.CLEARN:
          case Op.NEG_U64:
          case Op.COM_I64:
          case Op.COM_U64:
          case Op.NEG_U32:
          case Op.COM_U32:
          case Op.I2F32:
          case Op.F2I64:
          case Op.F2U64:
          case Op.TYPEDMOVE:
          case Op.MEMCLR:
          case Op.MEMEQ:
          case Op.MAKESLICE:
          case Op.PANICIDX:
          case Op.GROW:
          case Op.APPEND:
          case Op.COPY:
          case Op.CONCAT:
          case Op.EQ_STR:
          case Op.CMP_STR:
          case Op.STR_SLICE:
          case Op.STR_FROM_BYTES:
          case Op.BYTES_FROM_STR:
          case Op.STR_FROM_RUNES:
          case Op.RUNES_FROM_STR:
          case Op.STR_FROM_RUNE:
          case Op.ASSERT_TYPE:
          case Op.ASSERT_IFACE:
          case Op.EQ_IFACE:
          case Op.EQ_MEM:
          case Op.RECOVER:
          case Op.DEFER:
          case Op.PRINT:
          case Op.PRINTSP:
          case Op.PRINTNL:
            this.rare(op, code, pc, base, regs, big, g, d);
            pc += opWordsOf[op]!;
            if ((this.sched.turnEnd && this.nested === 0)) {
              pcOf[d] = pc;
              this.budgetLeft = budget;
              return RunStatus.Budget;
            }
            break;
          default:
            unreachableOp(op);
        }
      }
    } catch (e) {
      if (e instanceof MemoryFault || e instanceof PlainPanic || e instanceof GoexitSignal) {
        g.pcOf[d] = pc;
        g.depth = d + 1;
      }
      this.budgetLeft = budget;
      throw e;
    }
  }


  /**
   * Operations off the hot path (see the loop): executed for the loop, which then advances pc.
   * Translated code (jit/control.ts) calls it for the same instructions.
   */
  rare(op: OpCode, code: Int32Array, pc: number, base: number, regs: Float64Array, big: BigStore, g: G, d: number): void {
    const mem = this.mem;
    switch (op) {
      case Op.MOVN: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const n = code[pc + 3]!;
        if (a < b) for (let i = 0; i < n; i++) moveReg(regs, big, a + i, b + i);
        else for (let i = n - 1; i >= 0; i--) moveReg(regs, big, a + i, b + i);
        break;
      }
      case Op.CLEARN:
        regs.fill(0, base + code[pc + 1]!, base + code[pc + 1]! + code[pc + 2]!);
        break;

      case Op.NEG_U64: {
        const x = regs[base + code[pc + 2]!]!;
        if (x === 0) regs[base + code[pc + 1]!] = 0;
        else setU64(regs, big, base + code[pc + 1]!, -getBig(regs, big, base + code[pc + 2]!));
        break;
      }
      case Op.COM_I64: {
        const x = regs[base + code[pc + 2]!]!;
        if (x === x) regs[base + code[pc + 1]!] = -x - 1;
        else setI64(regs, big, base + code[pc + 1]!, ~getBig(regs, big, base + code[pc + 2]!));
        break;
      }
      case Op.COM_U64:
        setU64(regs, big, base + code[pc + 1]!, ~getBig(regs, big, base + code[pc + 2]!));
        break;

      case Op.NEG_U32:
        regs[base + code[pc + 1]!] = -regs[base + code[pc + 2]!]! >>> 0;
        break;
      case Op.COM_U32:
        regs[base + code[pc + 1]!] = ~regs[base + code[pc + 2]!]! >>> 0;
        break;

      case Op.I2F32: {
        const x = regs[base + code[pc + 2]!]!;
        regs[base + code[pc + 1]!] = Math.fround(x === x ? x + 0 : bigToF32(getBig(regs, big, base + code[pc + 2]!)));
        break;
      }
      case Op.F2I64:
        f2i64(regs, big, base + code[pc + 1]!, regs[base + code[pc + 2]!]!);
        break;
      case Op.F2U64:
        f2u64(regs, big, base + code[pc + 1]!, regs[base + code[pc + 2]!]!);
        break;
      case Op.TYPEDMOVE: {
        const t = this.types[code[pc + 3]!]!;
        const dst = regs[base + code[pc + 1]!]!;
        const src = regs[base + code[pc + 2]!]!;
        typedmemmove(mem, t, dst, src);
        break;
      }
      case Op.MEMCLR: {
        const n = code[pc + 2]!;
        if (n > 0) {
          const a = regs[base + code[pc + 1]!]!;
          mem.wb?.bulk(mem, a, 0, n);
          mem.memclr(a, n);
        }
        break;
      }
      case Op.MEMEQ: {
        const n = code[pc + 4]!;
        regs[base + code[pc + 1]!] = n === 0 || mem.memequal(regs[base + code[pc + 2]!]!, regs[base + code[pc + 3]!]!, n) ? 1 : 0;
        break;
      }

      case Op.MAKESLICE: {
        const a = base + code[pc + 1]!;
        const t = this.types[code[pc + 2]!]!;
        const len = regs[base + code[pc + 3]!]!;
        const cap = code[pc + 4]! < 0 ? len : regs[base + code[pc + 4]!]!;
        regs[a] = makeslice(this.mcache, t, len, cap);
        regs[a + 1] = len;
        regs[a + 2] = cap;
        break;
      }

      case Op.PANICIDX:
        throw boundsError(BoundsCode.Index, intValue(regs, big, base + code[pc + 1]!), regs[base + code[pc + 2]!]!);

      case Op.GROW: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const n = code[pc + 4]!;
        const ptr = regs[b]!;
        const len = regs[b + 1]!;
        const cap = regs[b + 2]!;
        if (len + n <= cap) {
          regs[a] = ptr;
          regs[a + 1] = len + n;
          regs[a + 2] = cap;
        } else {
          const s = growslice(this.mcache, this.types[code[pc + 3]!]!, ptr, len, cap, len + n);
          regs[a] = s.ptr;
          regs[a + 1] = len + n;
          regs[a + 2] = s.cap;
        }
        break;
      }
      case Op.APPEND: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const t = this.types[code[pc + 3]!]!;
        const n = regs[base + code[pc + 4]!]!;
        const src = regs[base + code[pc + 5]!]!;
        let ptr = regs[b]!;
        const len = regs[b + 1]!;
        let cap = regs[b + 2]!;
        if (len + n > cap) {
          const s = growslice(this.mcache, t, ptr, len, cap, len + n);
          ptr = s.ptr;
          cap = s.cap;
        }
        if (n > 0) typedslicecopy(mem, t, ptr + len * t.size, src, n);
        regs[a] = ptr;
        regs[a + 1] = len + n;
        regs[a + 2] = cap;
        break;
      }
      case Op.COPY: {
        const b = base + code[pc + 2]!;
        const c = base + code[pc + 3]!;
        const size = code[pc + 4]!;
        const n = Math.min(regs[b + 1]!, regs[c + 1]!);
        if (n > 0 && regs[b]! !== regs[c]!) bulkmemmove(mem, regs[b]!, regs[c]!, n * size);
        regs[base + code[pc + 1]!] = n;
        break;
      }
      case Op.CONCAT: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const c = base + code[pc + 3]!;
        const l1 = regs[b + 1]!;
        const l2 = regs[c + 1]!;
        regs[a] = concat2(this.mcache, regs[b]!, l1, regs[c]!, l2);
        regs[a + 1] = l1 + l2;
        break;
      }
      case Op.EQ_STR: {
        const b = base + code[pc + 2]!;
        const c = base + code[pc + 3]!;
        regs[base + code[pc + 1]!] = eqstring(mem, regs[b]!, regs[b + 1]!, regs[c]!, regs[c + 1]!) ? 1 : 0;
        break;
      }
      case Op.CMP_STR: {
        const b = base + code[pc + 2]!;
        const c = base + code[pc + 3]!;
        regs[base + code[pc + 1]!] = cmpstring(mem, regs[b]!, regs[b + 1]!, regs[c]!, regs[c + 1]!);
        break;
      }
      case Op.STR_SLICE: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const len = regs[b + 1]!;
        const lo = code[pc + 3]! < 0 ? 0 : regs[base + code[pc + 3]!]!;
        const hi = code[pc + 4]! < 0 ? len : regs[base + code[pc + 4]!]!;
        if (!(hi >= 0 && hi <= len)) throw boundsError(BoundsCode.SliceAlen, intValue(regs, big, base + code[pc + 4]!), len);
        if (!(lo >= 0 && lo <= hi)) throw boundsError(BoundsCode.SliceB, intValue(regs, big, base + code[pc + 3]!), hi);
        // An empty result keeps the base pointer (gc never points past the end of the bytes).
        regs[a] = hi === lo ? regs[b]! : regs[b]! + lo;
        regs[a + 1] = hi - lo;
        break;
      }
      case Op.STR_FROM_BYTES: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const n = regs[b + 1]!;
        regs[a] = n === 0 ? 0 : newStringBytes(this.mcache, mem.bytes(regs[b]!, n).slice());
        regs[a + 1] = n;
        break;
      }
      case Op.BYTES_FROM_STR: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const n = regs[b + 1]!;
        const t = this.types[code[pc + 3]!]!;
        const p = n === 0 ? this.heap.zerobase : growslice(this.mcache, t, 0, 0, 0, n).ptr;
        const cap = n === 0 ? 0 : growsliceCap(t.size, n);
        if (n > 0) mem.memmove(p, regs[b]!, n);
        regs[a] = p;
        regs[a + 1] = n;
        regs[a + 2] = cap;
        break;
      }
      case Op.STR_FROM_RUNES: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const ptr = regs[b]!;
        const n = regs[b + 1]!;
        let size = 0;
        for (let i = 0; i < n; i++) size += runeLen(mem.loadInt32(ptr + 4 * i));
        const buf = new Uint8Array(size);
        let off = 0;
        for (let i = 0; i < n; i++) off += encoderune(buf, off, mem.loadInt32(ptr + 4 * i));
        regs[a] = newStringBytes(this.mcache, buf);
        regs[a + 1] = size;
        break;
      }
      case Op.RUNES_FROM_STR: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const sp = regs[b]!;
        const sl = regs[b + 1]!;
        const runes: number[] = [];
        for (let k = 0; k < sl; ) {
          const rw = decoderune(mem, sp, sl, k);
          runes.push(rw >>> 3);
          k += rw & 7;
        }
        const t = this.types[code[pc + 3]!]!;
        const n = runes.length;
        const p = n === 0 ? this.heap.zerobase : growslice(this.mcache, t, 0, 0, 0, n).ptr;
        for (let i = 0; i < n; i++) mem.store32(p + 4 * i, runes[i]!);
        regs[a] = p;
        regs[a + 1] = n;
        regs[a + 2] = n === 0 ? 0 : growsliceCap(4, n);
        break;
      }
      case Op.STR_FROM_RUNE: {
        const a = base + code[pc + 1]!;
        const x = regs[base + code[pc + 2]!]!;
        const r = x === x && x >= -0x80000000 && x <= 0x7fffffff ? x : -1;
        const buf = new Uint8Array(4);
        const n = encoderune(buf, 0, r);
        regs[a] = newStringBytes(this.mcache, buf.subarray(0, n));
        regs[a + 1] = n;
        break;
      }

      case Op.ASSERT_TYPE: {
        const flags = code[pc + 4]!;
        const b = base + code[pc + 2]!;
        const want = this.types[code[pc + 3]!]!;
        const dyn = dynType(mem, regs[b]!, (flags & 2) !== 0);
        const ok = dyn === want.addr;
        if (!ok && (flags & 1) !== 0) throw assertTypeError(this, this.types[code[pc + 5]!]!, dyn, want);
        regs[base + code[pc + 1]!] = ok ? 1 : 0;
        break;
      }
      case Op.ASSERT_IFACE: {
        const a = base + code[pc + 1]!;
        const b = base + code[pc + 2]!;
        const flags = code[pc + 4]!;
        const target = this.types[code[pc + 3]!]!;
        const data = regs[b + 1]!;
        const dyn = dynType(mem, regs[b]!, (flags & 2) !== 0);
        if (dyn === 0) {
          if ((flags & 5) === 1) throw assertNilError(target);
          regs[a] = 0;
          regs[a + 1] = 0;
          regs[a + 2] = 0;
        } else if ((target.imethods?.length ?? 0) === 0) {
          regs[a] = dyn;
          regs[a + 1] = data;
          regs[a + 2] = 1;
        } else {
          const tab = getitab(this, this.typeAt(dyn)!, target, (flags & 1) === 0);
          regs[a] = tab;
          regs[a + 1] = tab === 0 ? 0 : data;
          regs[a + 2] = tab === 0 ? 0 : 1;
        }
        break;
      }
      case Op.EQ_IFACE: {
        const b = base + code[pc + 2]!;
        const c = base + code[pc + 3]!;
        regs[base + code[pc + 1]!] = ifaceEq(this, regs[b]!, regs[b + 1]!, regs[c]!, regs[c + 1]!, code[pc + 4]! !== 0) ? 1 : 0;
        break;
      }
      case Op.EQ_MEM:
        regs[base + code[pc + 1]!] = valueEq(this, this.types[code[pc + 4]!]!, regs[base + code[pc + 2]!]!, regs[base + code[pc + 3]!]!) ? 1 : 0;
        break;

      case Op.RECOVER: {
        const a = base + code[pc + 1]!;
        const [t, v] = gorecover(this, g, d);
        regs[a] = t;
        regs[a + 1] = v;
        break;
      }
      case Op.DEFER:
        g.defers.push({ fn: regs[base + code[pc + 1]!]!, depth: d });
        break;
      case Op.PRINT:
        this.printErr(this.printValue(regs, big, base + code[pc + 1]!, code[pc + 2]!));
        break;
      case Op.PRINTSP:
        this.printErr(' ');
        break;
      case Op.PRINTNL:
        this.printErr('\n');
        break;
      default:
        throw new InternalError(`opcode ${op} is not a rare operation`);
    }
  }

  /** The text `print` writes for the value of kind k in registers at absolute index i. */
  printValue(regs: Float64Array, big: BigStore, i: number, k: PrintKind): string {
    switch (k) {
      case PrintKind.Bool:
        return printbool(regs[i]!);
      case PrintKind.Int:
      case PrintKind.Uint:
        return String(intValue(regs, big, i));
      case PrintKind.Float:
        return printfloat(regs[i]!);
      case PrintKind.Complex:
        return printcomplex(regs[i]!, regs[i + 1]!);
      case PrintKind.String:
        return goString(this.mem, regs[i]!, regs[i + 1]!);
      case PrintKind.Pointer:
        return printhex(regs[i]!);
      case PrintKind.Eface:
      case PrintKind.Iface:
        return '(' + printhex(regs[i]!) + ',' + printhex(regs[i + 1]!) + ')';
      case PrintKind.Slice:
        return '[' + regs[i + 1]! + '/' + regs[i + 2]! + ']' + printhex(regs[i]!);
    }
  }
}

/** The allocator's view of a string header (pointer word, length word). */
const stringRType = { size: 16, ptrdata: 8, gcdata: new Uint8Array([1]) };

/** Copy register b to a, with its exact side value. */
function moveReg(regs: Float64Array, big: BigStore, a: number, b: number): void {
  const v = regs[b]!;
  regs[a] = v;
  if (v !== v) {
    const x = big[b];
    if (x !== undefined) big[a] = x;
  }
}

/** An integer register's value for messages: a number when plain, else the exact bigint. */
export function intValue(regs: Float64Array, big: BigStore, i: number): number | bigint {
  const v = regs[i]!;
  return v === v ? v : getBig(regs, big, i);
}

function bigToF32(b: bigint): number {
  return Number(b);
}

/** The capacity growslice gives a fresh slice of n elements of the given size. */
function growsliceCap(size: number, n: number): number {
  // growslice from cap 0: newcap = n, rounded up to the size class.
  return Math.trunc(roundup(n * size) / size);
}

import { roundupsize as roundup } from '../runtime/sizeclasses.js';

// The pointer-store paths and their write barrier live in the runtime (mbarrier.ts); the VM's
// instructions, natives and the faster tier all call these.
export { writePointer, typedmemmove, typedslicecopy } from '../runtime/mbarrier.js';
import { writePointer, typedmemmove, typedslicecopy, bulkmemmove } from '../runtime/mbarrier.js';

/**
 * SLICE a b c / d e f g: a..a+2 = slice of (ptr b, cap c)[d:e:f]; g = elemsize*2 + (1 if the
 * operand is an array or string, whose errors say "length", else 0). d and f may be -1 (absent);
 * e is always a register (the code generator supplies len when hi is absent).
 */
export function sliceOp(regs: Float64Array, big: BigStore, base: number, code: Int32Array, pc: number): void {
  const a = base + code[pc + 1]!;
  const ptr = regs[base + code[pc + 2]!]!;
  const cap = regs[base + code[pc + 3]!]!;
  const dl = code[pc + 4]!;
  const de = code[pc + 5]!;
  const df = code[pc + 6]!;
  const g = code[pc + 7]!;
  const size = g >> 1;
  const isLen = (g & 1) !== 0;
  const lo = dl < 0 ? 0 : regs[base + dl]!;
  const hi = regs[base + de]!;
  let max = cap;
  if (df >= 0) {
    max = regs[base + df]!;
    if (!(max >= 0 && max <= cap)) throw boundsError(isLen ? BoundsCode.Slice3Alen : BoundsCode.Slice3Acap, intValue(regs, big, base + df), cap);
    if (!(hi >= 0 && hi <= max)) throw boundsError(BoundsCode.Slice3B, intValue(regs, big, base + de), max);
    if (!(lo >= 0 && lo <= hi)) throw boundsError(BoundsCode.Slice3C, intValue(regs, big, base + dl), hi);
  } else {
    if (!(hi >= 0 && hi <= cap)) throw boundsError(isLen ? BoundsCode.SliceAlen : BoundsCode.SliceAcap, intValue(regs, big, base + de), cap);
    if (!(lo >= 0 && lo <= hi)) throw boundsError(BoundsCode.SliceB, intValue(regs, big, base + dl), hi);
  }
  // Go avoids pointing past the end of the backing array when the new cap is 0.
  regs[a] = max - lo === 0 ? ptr : ptr + lo * size;
  regs[a + 1] = hi - lo;
  regs[a + 2] = max - lo;
}
