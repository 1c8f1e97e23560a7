// The translator's output buffer: JS source lines, the names the source refers to, and the
// registers whose values are held in JS locals.
//
// Design
//   Registers stay in the goroutine's register file (`R`, a Float64Array, window at `B`), where
//   the interpreter, the stack copier, the collector and tracebacks look for them. Within a
//   basic block the translated code also keeps each register it touches in a JS local `xN`:
//     - a read of a register not yet held loads it once (`xN = R[B + N]`), emitted before the
//       instruction that needs it;
//     - every write goes to both (`xN = ...; R[B + N] = xN`), so the register file is exact after
//       every instruction and nothing has to be flushed before a call, a fault or a safe point;
//     - code that writes the register file behind the locals' back (the exact 64-bit slow paths,
//       the out-of-line operations, called natives, callees, stack growth) makes the emitter
//       forget the registers it may have written, and they are loaded again when next read.
//   A block is emitted knowing which registers its locals hold at its entry (held.ts works that
//   out from every way into the block); what it leaves held, and what it forgot, are its summary.
//
//   Names bound into the generated function (helpers, type descriptors, callee FuncCodes,
//   natives) are collected here and become the parameters of the factory that `new Function`
//   builds (translate.ts).
//
// How it differs from Go: gc allocates machine registers with SSA liveness; here V8 does that to
// the locals, and the register file plays the role of gc's stack spill slots, always up to date.

/** What a block's code leaves behind: its lines and the registers held in locals at its exit. */
export interface BlockCode {
  readonly lines: readonly string[];
  readonly held: ReadonlySet<number>;
  /** Registers the block forgot (held at its entry, no longer trusted after it). */
  readonly killed: ReadonlySet<number>;
  /** The block forgot every register (a call, a native, ...). */
  readonly killedAll: boolean;
}

export class Emitter {
  private out: string[] = [];
  private held = new Set<number>();
  private killed = new Set<number>();
  private killedAll = false;
  /** Registers that ever had a local (declared in the prologue). */
  readonly used = new Set<number>();
  /** Bound names → values, passed to the factory. */
  readonly binds = new Map<string, unknown>();

  /** Start a block whose entry finds the registers `held` in their locals. */
  begin(held: ReadonlySet<number>): void {
    this.out = [];
    this.held = new Set(held);
    this.killed = new Set();
    this.killedAll = false;
  }

  end(): BlockCode {
    return { lines: this.out, held: this.held, killed: this.killed, killedAll: this.killedAll };
  }

  line(s: string): void {
    this.out.push(s);
  }

  /** The local holding register n, loaded from the register file if not yet held. */
  r(n: number): string {
    if (!this.held.has(n)) {
      this.out.push(`x${n} = R[B + ${n}];`);
      this.held.add(n);
      this.used.add(n);
    }
    return `x${n}`;
  }

  /** Register n = expr, in the local and the register file. */
  w(n: number, expr: string): void {
    this.out.push(`x${n} = ${expr}; R[B + ${n}] = x${n};`);
    this.held.add(n);
    this.used.add(n);
  }

  /**
   * Register n was written in the register file by `stmt` (a slow path, in one arm of a branch):
   * the statement followed by reloading the local. The caller marks n held with `assume`.
   */
  reload(n: number, stmt: string): string {
    this.used.add(n);
    return `${stmt}; x${n} = R[B + ${n}];`;
  }

  /** After both arms of a branch left register n's value in its local. */
  assume(n: number): void {
    this.held.add(n);
    this.used.add(n);
  }

  /** Register n may have changed in the register file. */
  forget(n: number): void {
    this.held.delete(n);
    this.killed.add(n);
  }

  /** Any register may have changed in the register file. */
  forgetAll(): void {
    this.held.clear();
    this.killedAll = true;
  }

  /** Bind a value under a name in the generated function's scope; returns the name. */
  bind(name: string, value: unknown): string {
    this.binds.set(name, value);
    return name;
  }

}
