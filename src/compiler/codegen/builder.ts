// Building one function's bytecode: instruction emission, labels, constants, frame memory.
//
// Design
//   `FuncBuilder` appends instructions in the format of opcodes.ts (four words, eight for wide
//   ones) and records the current source line for each. Forward jumps go to `Label`s whose uses
//   are patched when the label is bound. Constants are pooled per function (doubles; an integer
//   beyond ±(2^53-1) is NaN in the pool with its bigint beside it, as in registers).
//
//   Frame memory (the part of the frame on the goroutine stack) holds memory-typed locals and
//   temporaries (structs, arrays, the callee-side copies of struct arguments): `allocFrame`
//   hands out aligned offsets from fp and records the pointer words in the slot map the stack
//   copier reads. Frame memory is zeroed at every call (the VM does it), which also gives Go's
//   zero values to every memory-typed local.
//
//   Inlined bodies (inline.ts) are emitted between `enterInline` and `leaveInline`: the builder
//   records each inlined call in the function's inline tree (program.ts) and gives every
//   instruction the index of the innermost call it belongs to; its line is a line of that
//   call's body, possibly in another file of the package.
//
//   `finish` produces the FuncCode: `stackFrameSize` = frame memory + 8 bytes per register + 16
//   (return address and frame pointer), so recursion depth to the 1 GB limit is comparable to
//   gc's, whose frames hold the same values spilled.
//
// How it differs from gc: no SSA, no scheduling, no instruction selection beyond the typed
// opcode choice in expr.ts.
import type { PosBases } from '../../lexer/linedir.js';
import { Op, opInfo, type OpName } from '../../vm/opcodes.js';
import type { FuncCode, InlinedCall } from '../../vm/program.js';
import { RegAlloc } from './regalloc.js';

/** An inlined call as the builder records it: positions still physical (see lineTable). */
interface InlineEntry {
  readonly parent: number;
  readonly name: string;
  /** The inlined function's file and its line directives. */
  readonly file: string;
  readonly posBases: PosBases | undefined;
  /** The call's position in the parent's code. */
  readonly line: number;
  readonly col: number;
}

export class Label {
  pos = -1;
  readonly uses: number[] = [];
}

const MAX_SAFE = 9007199254740991n;

export class FuncBuilder {
  readonly code: number[] = [];
  readonly lines: number[] = [];
  readonly consts: number[] = [];
  readonly bigConsts: (bigint | undefined)[] = [];
  private constIndex = new Map<string, number>();
  /** The labels bound so far, in order, with the jumps patched to them (dropJumpTo moves them). */
  private readonly binds: { label: Label; uses: number[] }[] = [];
  readonly regs = new RegAlloc();
  frameMem = 0;
  readonly ptrSlots: number[] = [];
  line = 0;
  /** Column of the current position (only line directives look at it). */
  private col = 0;
  /** The physical column of each instruction (line directives map line and column). */
  private readonly cols: number[] = [];
  /** The inline tree, and the innermost inlined call of each instruction (-1: none). */
  private readonly inlCalls: InlineEntry[] = [];
  private readonly inls: number[] = [];
  /** The inlined call being emitted, or -1. */
  private inlCur = -1;
  recoverPc = -1;
  /** See FuncCode.wrapper. */
  wrapper = false;

  constructor(
    readonly name: string,
    readonly file: string,
    readonly declLine: number,
    private readonly posBases?: PosBases,
  ) {}

  /** The source position of the instructions emitted next. */
  setPos(p: { line: number; col: number }): void {
    this.line = p.line;
    this.col = p.col;
  }

  get pc(): number {
    return this.code.length;
  }

  emit(name: OpName, a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0): number {
    const op = Op[name];
    const at = this.code.length;
    if (opInfo[op]!.width === 2) this.code.push(op, a, b, c, d, e, f, g);
    else this.code.push(op, a, b, c);
    this.lines.push(this.line);
    this.cols.push(this.col);
    this.inls.push(this.inlCur);
    if (opInfo[op]!.width === 2) {
      this.lines.push(this.line);
      this.cols.push(this.col);
      this.inls.push(this.inlCur);
    }
    return at;
  }

  /**
   * Start emitting the body of function `name` (in `file`) inlined at the current position.
   * Returns what leaveInline restores.
   */
  enterInline(name: string, file: string, posBases: PosBases | undefined): number {
    const parent = this.inlCur;
    this.inlCalls.push({ parent, name, file, posBases, line: this.line, col: this.col });
    this.inlCur = this.inlCalls.length - 1;
    return parent;
  }

  leaveInline(parent: number): void {
    this.inlCur = parent;
  }

  /** Emit a jump-like instruction whose operand `slot` (1..7) is the target label. */
  emitJump(name: OpName, label: Label, slot: number, a = 0, b = 0, c = 0): void {
    const at = this.emit(name, a, b, c);
    if (label.pos >= 0) this.code[at + slot] = label.pos;
    else label.uses.push(at + slot);
  }

  jump(label: Label): void {
    this.emitJump('JMP', label, 1);
  }

  /**
   * Remove the jumps to label at the end of the code, which label is about to be bound right
   * after (a body's `return`s that end it: the last one, and one before the end of an `if` whose
   * last statement is the other). A label bound at or after a removed jump is moved back to its
   * place, which is label's place then.
   */
  dropJumpTo(label: Label): void {
    for (;;) {
      const at = this.code.length - 4;
      if (at < 0 || this.code[at] !== Op.JMP || label.uses[label.uses.length - 1] !== at + 1) return;
      label.uses.pop();
      this.code.length = at;
      this.lines.length--;
      this.cols.length--;
      this.inls.length--;
      for (let i = this.binds.length - 1; i >= 0 && this.binds[i]!.label.pos === at + 4; i--) {
        const { label: l, uses } = this.binds[i]!;
        l.pos = at;
        for (const u of uses) this.code[u] = at;
      }
    }
  }

  newLabel(): Label {
    return new Label();
  }

  bind(label: Label): void {
    label.pos = this.code.length;
    for (const u of label.uses) this.code[u] = label.pos;
    this.binds.push({ label, uses: [...label.uses] });
    label.uses.length = 0;
  }

  /** Constant pool index for a double. */
  constNum(v: number): number {
    const key = Object.is(v, -0) ? 'n-0' : 'n' + String(v);
    let k = this.constIndex.get(key);
    if (k === undefined) {
      k = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, k);
    }
    return k;
  }

  /** Constant pool index for an exact integer. */
  constInt(v: bigint): number {
    if (v <= MAX_SAFE && v >= -MAX_SAFE) return this.constNum(Number(v));
    const key = 'b' + v.toString();
    let k = this.constIndex.get(key);
    if (k === undefined) {
      k = this.consts.length;
      this.consts.push(NaN);
      this.bigConsts[k] = v;
      this.constIndex.set(key, k);
    }
    return k;
  }

  /** Load an exact integer into register r. */
  loadInt(r: number, v: bigint): void {
    if (v >= -2147483648n && v <= 2147483647n) this.emit('LOADI', r, Number(v));
    else this.emit('LOADK', r, this.constInt(v));
  }

  loadNum(r: number, v: number): void {
    if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0)) this.emit('LOADI', r, v);
    else this.emit('LOADK', r, this.constNum(v));
  }

  /** Reserve `size` bytes of frame memory aligned to `align`; ptrWords are pointer word offsets within. */
  allocFrame(size: number, align: number, ptrWords: readonly number[] = []): number {
    const a = Math.max(align, 1);
    const off = Math.ceil(this.frameMem / a) * a;
    this.frameMem = off + size;
    for (const w of ptrWords) this.ptrSlots.push(off + w * 8);
    return off;
  }

  /**
   * The line of each instruction and, if line directives name other files, the file of each
   * (FuncCode.files). A directive that names no file gives "??", as Go's runtime prints it.
   */
  private lineTable(): { lines: Int32Array; files?: string[] } {
    if (this.posBases === undefined && this.inlCalls.length === 0) return { lines: Int32Array.from(this.lines) };
    const lines = new Int32Array(this.lines.length);
    const files: string[] = [];
    this.lines.forEach((l, i) => {
      const p = this.resolve(this.inls[i]!, l, this.cols[i]!);
      lines[i] = p.line;
      files.push(p.file);
    });
    return files.every((f) => f === this.file) ? { lines } : { lines, files };
  }

  /** The position (after line directives) of physical line:col in the code of inlined call k (-1: the function's own). */
  private resolve(k: number, line: number, col: number): { file: string; line: number } {
    const file = k < 0 ? this.file : this.inlCalls[k]!.file;
    const bases = k < 0 ? this.posBases : this.inlCalls[k]!.posBases;
    if (bases === undefined) return { file, line };
    const p = bases.resolve(line, col);
    return { file: p.file === '' ? '??' : p.file, line: p.line };
  }

  /** The inline tree with each call's position resolved in its parent's code (undefined: no inlined calls). */
  private inlTree(): InlinedCall[] | undefined {
    if (this.inlCalls.length === 0) return undefined;
    return this.inlCalls.map((c) => ({ parent: c.parent, name: c.name, funcFile: c.file, ...this.resolve(c.parent, c.line, c.col) }));
  }

  finish(argsSize: number, resultsSize: number, nresultRegs: number): FuncCode {
    const frameMem = Math.ceil(this.frameMem / 8) * 8;
    const nregs = this.regs.max + 1;
    const { lines, files } = this.lineTable();
    return {
      name: this.name,
      file: this.file,
      line: this.declLine,
      code: Int32Array.from(this.code),
      consts: Float64Array.from(this.consts),
      bigConsts: this.bigConsts,
      nregs,
      frameMem,
      stackFrameSize: frameMem + 8 * nregs + 16,
      ptrRegs: this.regs.ptrRegs(),
      ptrSlots: Int32Array.from(this.ptrSlots),
      lines,
      files,
      argsSize,
      resultsSize,
      nresultRegs,
      recoverPc: this.recoverPc,
      wrapper: this.wrapper,
      // Present on every function (undefined when nothing is inlined), so FuncCodes share one shape.
      inlTree: this.inlTree(),
      inlIndex: this.inlCalls.length === 0 ? undefined : Int32Array.from(this.inls),
    };
  }
}
