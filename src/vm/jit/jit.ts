// Tiering: which functions run translated (the faster tier of DESIGN's "Stages ahead").
//
// Design
//   Every function starts in the interpreter. Each entry of a function (a call, or the start of
//   a goroutine or deferred call) and each backward jump taken in it counts down its budget of
//   `HotCount` events; when that reaches zero the function is translated (translate.ts) and from
//   then on runs translated wherever the VM can enter it:
//     - a call to it, from the interpreter or from translated code;
//     - a return to it (the return address is a block entry);
//     - a backward jump in the interpreter, which is how a long loop in a function that is
//       called once (main) moves to translated code in the middle of its run (V8 calls this
//       on-stack replacement; here the frame is the same for both, so nothing is replaced);
//     - the resumption of a goroutine whose top frame stopped at a block entry.
//   Translated functions never go back to being interpreted: a function's translation does not
//   depend on what its operands were when it was translated (the bytecode is typed), so there is
//   nothing to invalidate. A function is left to the interpreter instruction by instruction only
//   where the translated code bails (blocks.ts, control.ts).
//
//   Modes (MINIGO_JIT in the CLI): `tiered` (the default), `off` (interpreter only: the
//   reference the translated code is tested against), and `all` (every function is translated
//   on its first entry: runs the whole test suite through the translator).
//
// How it differs from Go: gc compiles everything before the program starts. The thresholds are
// V8's idea, not Go's: a function worth compiling is one that has run.
import type { VM } from '../vm.js';
import type { G } from '../goroutine.js';
import { translate, type JitFn } from './translate.js';
import type { Blocks } from './blocks.js';

export type { JitFn };

export type JitMode = 'off' | 'tiered' | 'all';

/**
 * Entries plus backward jumps before a function is translated: few enough that a benchmark's
 * hot functions are translated within its first millisecond, enough that a short program (hello
 * world, most tests) translates nothing. Translation takes about 0.1 ms for a small function,
 * and V8 then compiles the result once more.
 */
export const HotCount = 500;

export class Jit {
  /** Translated functions by function index (undefined: interpreted). */
  readonly fns: (JitFn | undefined)[] = [];
  private readonly blocks: (Blocks | undefined)[] = [];
  /** Events left before a function is translated; off mode starts below zero and never hits it. */
  private countdown: Int32Array;
  private readonly start: number;

  constructor(
    private readonly vm: VM,
    readonly mode: JitMode,
  ) {
    this.start = mode === 'off' ? -1 : mode === 'all' ? 1 : HotCount;
    this.countdown = new Int32Array(vm.funcs.length).fill(this.start);
  }

  /**
   * Count an entry or backward jump of function fi; translate it when that makes it hot.
   * Returns its translation, or undefined while it stays interpreted.
   */
  warm(fi: number): JitFn | undefined {
    if (fi >= this.countdown.length) this.grow();
    if (--this.countdown[fi]! !== 0) return this.fns[fi];
    return this.compile(fi);
  }

  private compile(fi: number): JitFn | undefined {
    if (this.mode === 'off') return undefined;
    const t = translate(this.vm, this, fi);
    this.fns[fi] = t.fn;
    this.blocks[fi] = t.blocks;
    return t.fn;
  }

  /** Functions added after the VM started (a later stage's REPL): count them too. */
  private grow(): void {
    const c = new Int32Array(this.vm.funcs.length).fill(this.start);
    c.set(this.countdown);
    this.countdown = c;
  }

  /**
   * The translated code to continue g's top frame with: its function's translation when there
   * is one (or the function just became hot, if `count`) and the frame's pc is a block entry.
   */
  entry(g: G, count: boolean): JitFn | undefined {
    const top = g.depth - 1;
    const fi = g.fnOf[top]!;
    const fn = this.fns[fi] ?? (count ? this.warm(fi) : undefined);
    if (fn === undefined || this.blocks[fi]!.blockAt[g.pcOf[top]! >> 2]! < 0) return undefined;
    return fn;
  }
}
