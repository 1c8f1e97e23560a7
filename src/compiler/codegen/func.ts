// Compiling one function: where its variables live, its prologue and epilogue, calling convention.
//
// Design
//   Calling convention (see also vm.ts). The callee's registers start at the caller's argument
//   block: r0.. hold the receiver (for methods) and the parameters, each taking its type's
//   register width (types.ts); a memory-typed (struct, array) parameter is passed as the address
//   of the caller's value and the callee copies it into its own frame memory in the prologue
//   ("callee copies"). For each memory-typed result the caller passes, after the parameters, the
//   address of a frame slot of its own where the callee stores the result. On return the result
//   registers (memory-typed ones: that address) are copied to r0.. of the callee's window, where
//   the caller finds them.
//
//   Closures. A func value is the address of a funcval: word 0 the function index, then the
//   captured variables laid out as a struct's fields: the variable's address when the closure
//   captures it by reference, a copy of its value when by value (escape analysis decides which,
//   as gc does: by value when the variable is at most 128 bytes, never reassigned after the
//   capture and never addressed). A closure body loads them in its prologue. A closure that
//   captures nothing, and a top-level function used as a value, is a static funcval in the data
//   segment.
//
//   Where variables live (`Placement`, DESIGN decision 5). Escape analysis decides, per package,
//   which variables and allocations escape (src/compiler/escape, run once per program for the
//   code generator by escape/program.ts). A variable that needs memory — its address is taken
//   (`&x`, `&x.f`, `x[:]` of an array, a pointer-method call or method value on x) or a
//   closure captures it by reference — lives in frame memory if it does not escape and in a
//   heap cell from newobject (NEW) if it does; a register holds its address either way (the
//   stack copier adjusts it when it points into the stack). Any other variable lives in
//   registers, or in frame memory if its type is a memory type. What the analysis never saw
//   (code gc's dead code elimination drops; packages whose analysis failed) goes to the heap,
//   as it did before escape analysis: never on the stack without the analysis's word for it.
//   The allocating expressions (`new`, `&T{}`, slice literals, `make([]T, n)`, closures, method
//   values, interface boxing, variadic slices) ask `onStack` the same way.
//
//   Results. A function that defers, or names its results, keeps its results in variables; a
//   `return` assigns them and jumps to the epilogue: RUNDEFERS (if it defers), then the result
//   values are gathered and returned. The epilogue is also where a frame resumes after a
//   deferred call recovered a panic (recoverPc), so a recovered function returns its named
//   results' current values, as in Go.
//
//   Inlining (inline.ts) compiles a callee's body with this same FuncCompiler: while it does,
//   `info`, `sig`, `place`, the locals, the result variables, the epilogue and the labels are
//   the callee's.
//
// How it differs from gc: gc's ABIInternal passes arguments in machine registers and spills
// them. The placement follows the analysis run without inlining (escape/program.ts says why), so
// a site that gc keeps on the stack only because the function around it was inlined into its
// caller is on the heap here.
import type * as ast from '../../parser/ast.js';
import type { Info } from '../check/info.js';
import type { Analysis } from '../escape/escape.js';
import { Func, Var } from '../types/objects.js';
import { ArrayType, Pointer, Signature, Struct, under, type Type } from '../types/types.js';
import { alignof, sizeof } from '../types/sizes.js';
import { FuncBuilder, type Label } from './builder.js';
import { isMemType, pointerWords, ptrRegsOf, regWidth } from './types.js';
import type { ProgramCompiler } from './package.js';
import type { InlineBody, InlineSite } from './inline.js';
import type { FuncUnit } from '../escape/funcs.js';

/** Where a variable's value is. */
export type VarLoc =
  /** In registers reg.. (register-typed, not escaping). */
  | { kind: 'reg'; reg: number }
  /** In memory at the address held by register `reg` (frame memory, or a heap cell). */
  | { kind: 'mem'; reg: number }
  /** A package variable at a fixed address in the data segment. */
  | { kind: 'global'; addr: number };

export interface BranchTarget {
  label: string | null;
  breakLabel: Label;
  continueLabel: Label | null;
}

export class FuncCompiler {
  readonly b: FuncBuilder;
  /** Where each local lives (while an inlined body is compiled, the callee's locals only). */
  vars = new Map<Var, VarLoc>();
  place: Placement = Placement.none;
  readonly targets: BranchTarget[] = [];
  /** Labels of `goto` and labeled statements, by name. */
  gotoLabels = new Map<string, Label>();
  /** Result variables when results live in variables (named results, or defers). */
  resultVars: Var[] | null = null;
  /** Registers holding the hidden result addresses of memory-typed results, by result index. */
  resultPtrs: (number | null)[] = [];
  epilogue: Label;
  hasDefer = false;
  /** A pending `fallthrough` target while compiling a switch clause body. */
  fallthroughLabel: Label | null = null;
  /** The label name for the statement about to be compiled (set by LabeledStmt). */
  pendingLabel: string | null = null;
  /** The function as the inliner knows it, or null: nothing is inlined into it (inline.ts). */
  site: InlineSite | null = null;
  /** The functions whose bodies are being inlined at this point, outermost first. */
  inlStack: FuncUnit[] = [];
  /** The inlined body being compiled, or null (its returns are inline.ts's). */
  inl: InlineBody | null = null;

  constructor(
    readonly pc: ProgramCompiler,
    /** The package's view of the code being compiled (an inlined callee's, inside its body). */
    public info: Info,
    /** The signature whose results `return` produces (an inlined callee's, inside its body). */
    public sig: Signature,
    name: string,
    readonly file: string,
    line: number,
  ) {
    this.b = new FuncBuilder(name, file, line, pc.posBases.get(file));
    this.epilogue = this.b.newLabel();
  }

  typeOf(e: ast.Expr): Type {
    const tv = this.info.types.get(e);
    if (tv !== undefined) return tv.type;
    // An identifier the checker recorded only as an object: a variable that `:=` redeclares
    // (go/types records it in Uses, not Types).
    if (e.kind === 'Ident') {
      const obj = this.info.uses.get(e) ?? this.info.defs.get(e);
      if (obj !== undefined && obj !== null) return obj.type;
    }
    throw new Error(`codegen: no type for ${e.kind} at ${e.line}:${e.col}`);
  }

  /** Allocate registers for a value of type t (temporaries or locals). */
  alloc(t: Type): number {
    return this.b.regs.alloc(regWidth(t), ptrRegsOf(t));
  }

  /** A frame memory slot for a value of type t; returns a register holding its address. */
  frameSlot(t: Type): number {
    const off = this.b.allocFrame(sizeof(t), alignof(t), pointerWords(t));
    const r = this.b.regs.alloc(1, [true]);
    this.b.emit('ADDR_FP', r, off);
    return r;
  }

  /** Frame memory for a value of type t allocated at run time (zeroed each time it is reached). */
  stackAlloc(t: Type): number {
    const r = this.frameSlot(t);
    const size = sizeof(t);
    if (size > 0) this.b.emit('MEMCLR', r, size);
    return r;
  }

  /**
   * Storage for a new value of type t made by allocating expression n: frame memory when escape
   * analysis keeps n on the stack, else a heap object (newobject). Returns the address register.
   */
  newObject(t: Type, n: ast.Node, dst?: number): number {
    if (this.place.onStack(n)) {
      const r = this.stackAlloc(t);
      if (dst === undefined) return r;
      this.b.emit('MOV', dst, r);
      return dst;
    }
    const r = dst ?? this.b.regs.alloc(1, [true]);
    this.b.emit('NEW', r, this.pc.types.index(t));
    return r;
  }

  /**
   * Declare local v (not yet initialised: callers store its value). Register vars get
   * registers, memory vars a frame slot, escaping vars a heap cell (zeroed).
   */
  declareVar(v: Var): VarLoc {
    let loc: VarLoc;
    switch (this.place.varKind(v)) {
      case 'heap': {
        const r = this.b.regs.alloc(1, [true]);
        this.b.emit('NEW', r, this.pc.types.index(v.type));
        loc = { kind: 'mem', reg: r };
        break;
      }
      case 'frame':
        // A declaration executed again (in a loop) must start from the zero value again.
        loc = { kind: 'mem', reg: this.stackAlloc(v.type) };
        break;
      case 'reg':
        loc = { kind: 'reg', reg: this.alloc(v.type) };
        break;
    }
    this.vars.set(v, loc);
    return loc;
  }

  /** Zero a register-resident variable's registers. */
  zeroRegs(reg: number, t: Type): void {
    const w = regWidth(t);
    if (w === 1) this.b.emit('LOADI', reg, 0);
    else this.b.emit('CLEARN', reg, w);
  }
}

/**
 * The placement rule (see the header) for one function body and the closures in it (which are
 * compiled separately with the same Placement).
 */
export class Placement {
  /** No escape decisions and no variables needing memory (runtime-made functions). */
  static readonly none = new Placement(null, new Set(), new Set());

  constructor(
    /** The package's escape decisions; null when there are none. */
    readonly esc: Analysis | null,
    /** Locals whose address is taken. */
    readonly addressed: ReadonlySet<Var>,
    /** Locals some closure captures. */
    readonly captured: ReadonlySet<Var>,
  ) {}

  /** The placement for body (a function's, or an initializer's closure's). */
  static of(esc: Analysis | null, info: Info, body: ast.Node): Placement {
    const addressed = new Set<Var>();
    const captured = new Set<Var>();
    addressedAndCaptured(info, body, addressed, captured);
    return new Placement(esc, addressed, captured);
  }

  /** This placement and body's variables (a closure in code this placement did not cover). */
  extend(info: Info, body: ast.Node): Placement {
    const addressed = new Set(this.addressed);
    const captured = new Set(this.captured);
    addressedAndCaptured(info, body, addressed, captured);
    return new Placement(this.esc, addressed, captured);
  }

  /** Closures hold v's address (else a copy of its value). */
  captureByRef(v: Var): boolean {
    return this.esc?.captureDecision(v.origin ?? v) !== 'value';
  }

  /**
   * Where v lives: registers, frame memory or a heap cell. A variable of a generic function's
   * instance follows the decision for the generic variable, the worst among the body's GC-shape
   * instances that escape analysis analysed (escape/stencil.ts foldInstances).
   */
  varKind(v: Var): 'reg' | 'frame' | 'heap' {
    const d = this.esc?.varDecision(v.origin ?? v);
    if (d === 'heap') return 'heap';
    if (this.addressed.has(v) || (this.captured.has(v) && this.captureByRef(v))) return d === 'stack' ? 'frame' : 'heap';
    return isMemType(v.type) ? 'frame' : 'reg';
  }

  /** The storage allocating expression n makes can be frame memory. */
  onStack(n: ast.Node): boolean {
    return this.esc?.allocDecision(n) === 'stack';
  }

  /** The copy made by converting n (operand, or explicit conversion) to an interface can be frame memory. */
  boxOnStack(n: ast.Node): boolean {
    return this.esc?.boxDecision(n) === 'stack';
  }
}

/** Add body's address-taken locals to addressed and its closures' captured locals to captured. */
function addressedAndCaptured(info: Info, body: ast.Node, addressed: Set<Var>, captured: Set<Var>): void {
  const rootVar = (e: ast.Expr): Var | null => {
    for (;;) {
      switch (e.kind) {
        case 'ParenExpr':
          e = e.x;
          continue;
        case 'Ident': {
          const o = info.uses.get(e) ?? info.defs.get(e);
          return o instanceof Var && !o.isField ? o : null;
        }
        case 'SelectorExpr': {
          const sel = info.selections.get(e);
          if (sel === undefined || sel.kind !== 'field') return null;
          if (under(info.types.get(e.x)!.type) instanceof Pointer) return null;
          if (sel.indirect) return null;
          e = e.x;
          continue;
        }
        case 'IndexExpr': {
          const t = info.types.get(e.x);
          if (t === undefined || !(under(t.type) instanceof ArrayType)) return null;
          e = e.x;
          continue;
        }
        case 'CompositeLit':
          return null;
        default:
          return null;
      }
    }
  };
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as ast.Node;
    switch (node.kind) {
      case 'UnaryExpr':
        if (node.op === '&') {
          const v = rootVar(node.x);
          if (v !== null) addressed.add(v);
        }
        break;
      case 'SliceExpr': {
        const t = info.types.get(node.x);
        if (t !== undefined && under(t.type) instanceof ArrayType) {
          const v = rootVar(node.x);
          if (v !== null) addressed.add(v);
        }
        break;
      }
      case 'CallExpr': {
        if (node.fun.kind === 'SelectorExpr') {
          const sel = info.selections.get(node.fun);
          if (sel !== undefined && sel.kind === 'method' && sel.obj instanceof Func && sel.obj.hasPtrRecv()) {
            const xt = info.types.get(node.fun.x);
            if (xt !== undefined && !(under(xt.type) instanceof Pointer)) {
              const v = rootVar(node.fun.x);
              if (v !== null) addressed.add(v);
            }
          }
        }
        break;
      }
      case 'SelectorExpr': {
        // A method value with a pointer receiver on an addressable operand takes its address.
        const sel = info.selections.get(node);
        if (sel !== undefined && sel.kind === 'method' && sel.obj instanceof Func && sel.obj.hasPtrRecv()) {
          const xt = info.types.get(node.x);
          if (xt !== undefined && !(under(xt.type) instanceof Pointer)) {
            const v = rootVar(node.x);
            if (v !== null) addressed.add(v);
          }
        }
        break;
      }
      case 'FuncLit':
        for (const v of capturesOf(info, node)) captured.add(v);
        break;
    }
    for (const key in node) {
      if (key === 'kind' || key === 'line' || key === 'col') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') visit(child);
    }
  };
  visit(body);
}


const captureCache = new WeakMap<Info, WeakMap<ast.FuncLit, Var[]>>();

/**
 * The variables a function literal captures: locals of enclosing functions that it (or a
 * literal nested in it) refers to, in order of first reference. (Info.captures, when the
 * checker fills it, says the same; this walk does not depend on it.)
 */
export function capturesOf(info: Info, lit: ast.FuncLit): Var[] {
  let cache = captureCache.get(info);
  if (cache === undefined) {
    cache = new WeakMap();
    captureCache.set(info, cache);
  }
  const got = cache.get(lit);
  if (got !== undefined) return got;
  const inside = new Set<Var>();
  const used: Var[] = [];
  const seen = new Set<Var>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as ast.Node;
    if (node.kind === 'Ident') {
      const d = info.defs.get(node);
      if (d instanceof Var) inside.add(d);
      const u = info.uses.get(node);
      if (u instanceof Var && !u.isField && !(u.parent?.isPackage ?? false) && !seen.has(u)) {
        seen.add(u);
        used.push(u);
      }
      return;
    }
    if (node.kind === 'CaseClause') {
      const v = info.implicits.get(node);
      if (v instanceof Var) inside.add(v);
    }
    if (node.kind === 'Field') {
      const v = info.implicits.get(node);
      if (v instanceof Var) inside.add(v);
    }
    for (const key in node) {
      if (key === 'kind' || key === 'line' || key === 'col') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') visit(child);
    }
  };
  visit(lit.type);
  visit(lit.body);
  const caps = used.filter((v) => !inside.has(v) && v.parent !== null);
  cache.set(lit, caps);
  return caps;
}

export { Struct };
