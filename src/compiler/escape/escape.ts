// Escape analysis: which variables and allocations must live on the heap (gc escape/escape.go).
//
// Design
//   A value must be heap allocated when its address may be used after the function that made
//   it returns, or after the loop iteration that declared it ends (a stack slot is reused by the
//   next iteration). gc decides this statically, and so do we, with gc's algorithm:
//
//   0. Generic functions are stenciled (stencil.ts): what is inlined and analysed is one copy
//      per GC-shape instance, as in gc, and the generic declarations are skipped.
//   1. Inlining is decided first (inline/inl.ts): an inlined call's body is analysed in the
//      caller, which is what lets `newT()` returning `&T{}` keep that T on the caller's stack.
//   2. Functions are analysed in batches, callees before callers (funcs.ts bottomUp); closures
//      with the function that contains them.
//   3. For a batch we build a directed graph (graph.ts): a location per variable and per
//      allocation site, and an edge for every assignment of a value, weighted by dereferences
//      (`p = &x` is -1, `p = x` 0, `p = *x` +1). The walkers (stmt.ts, expr.ts, call.ts) produce
//      it from the checked AST: stores through pointers, into globals, into maps, channel sends,
//      arguments of unknown functions and of `go` flow to the heap location; calls to functions
//      already analysed use their parameter summaries; calls within the batch connect arguments
//      to parameters directly.
//   4. Closures capture a variable by value when it is at most 128 bytes, never reassigned
//      after the capture and never has its address taken; otherwise by reference (the closure
//      holds &x). That is decided once the whole batch has been walked.
//   5. The solver (solve.ts) walks backwards from every location, finding the least number of
//      dereferences from each other location to it. A location whose address (derefs < 0)
//      reaches a location that outlives it escapes, and then becomes a root itself.
//      Parameters reaching the heap or a result record a summary (leaks.ts).
//   6. report.ts prints the decisions in gc's words; `varDecision`, `allocDecision` and
//      `captureDecision` give them to the code generator.
//   Interface calls that gc devirtualizes after inlining are walked as direct calls
//   (devirtualize.ts). What gc prints after escape analysis, while it compiles the functions
//   (elided bounds checks, method wrappers and their own analysis), follows from what the walk
//   met (wrappers.ts).
//
//   For the code generator the analysis runs once more, over every package of the program
//   (program.ts), with `EscapeFlags.codegen` set. The VM does not inline and its standard
//   packages are not gc's, so what gc may do after inlining, or on the strength of its own
//   library's summaries, could leave a heap object pointing into a goroutine stack — which the
//   stack copier never adjusts. That run therefore analyses without inlining (a call is a call,
//   as the VM makes it), reads a standard function's summary as the worse of gc's and the one
//   computed from minigo's Go body, and lets deferred calls' arguments escape (the VM keeps a
//   deferred call's closure in a record the stack copier does not adjust).
//
// Differences from gc: we analyse the checked AST instead of IR (so implicit conversions to
// interfaces are recognised from their context, typeinfo.ts); inlined bodies are walked in place
// of the call rather than substituted; calls into the standard packages use summaries recorded
// from gc (std.ts). Not modelled: uintptr-escapes pragmas, transient allocations, -m=2 flow
// explanations.
import type * as ast from '../../parser/ast.js';
import type { CheckedPackage, Info } from '../check/info.js';
import { Var, type Func } from '../types/objects.js';
import { Interface, MapType, Tuple, under, type Type } from '../types/types.js';
import { isEmptyInterface } from '../types/typeset.js';
import { callExpr } from './call.js';
import { exprTo } from './expr.js';
import { unparen as unparenExpr } from './stmt.js';
import { Inliner, type InlineLine } from '../inline/inl.js';
import { bottomUp, collectFuncs, type FuncTable, type FuncUnit } from './funcs.js';
import { Location, flow, hole, addr, type Hole, type LocKind } from './graph.js';
import { IRFormatter } from './irfmt.js';
import { walkFunc, flowClosures } from './stmt.js';
import { solve } from './solve.js';
import { finish, type MLine } from './report.js';
import { safeSizeof } from './typeinfo.js';
import { stdLeaks } from './std.js';
import { compileLines, type CompileEvent } from './wrappers.js';
import { foldInstances, stencil } from './stencil.js';

/** gc ir.MaxStackVarSize: explicitly declared variables larger than this live on the heap. */
export const maxStackVarSize = 10 * 1024 * 1024;
/** gc ir.MaxImplicitStackVarSize: `new`, `&T{}` and `make` larger than this live on the heap. */
export const maxImplicitStackVarSize = 64 * 1024;

export interface EscapeFlags {
  /** -m level: 0 none, 1 decisions, 2 also costs and reasons. */
  readonly m: number;
  /** -l: no inlining. */
  readonly noInline: boolean;
  /** Set when the decisions are for the code generator (see the header); implies noInline. */
  readonly codegen?: CodegenContext;
}

/** What an analysis for the code generator knows about the program's other packages. */
export interface CodegenContext {
  /**
   * The summaries (one per parameter, receiver first) computed from the Go body of function f
   * of an earlier package; null when f has no body (a native: gc's summary stands).
   */
  imported(f: Func): readonly (readonly number[])[] | null;
}

/** An inlined call being walked in place (gc's OINLCALL). */
export interface InlineFrame {
  readonly unit: FuncUnit;
  /** Where everything inside the inlined body is reported: the outermost call. */
  readonly line: number;
  readonly col: number;
  readonly results: Location[];
  readonly stack: FuncUnit[];
}

/** The state of one batch's analysis (gc's batch and escape structs in one). */
export class Escape {
  readonly heapLoc: Location;
  readonly blankLoc: Location;
  readonly allLocs: Location[] = [];
  readonly vars = new Map<Var, Location>();
  readonly closures: { k: Hole; unit: FuncUnit }[] = [];
  readonly batchUnits = new Set<FuncUnit>();
  curfn!: FuncUnit;
  loopDepth = 1;
  inl: InlineFrame | null = null;
  /** Walking a select statement's communication clause. */
  inSelect = false;
  /** Result locations of each function of the batch. */
  readonly resultLocs = new Map<FuncUnit, Location[]>();
  readonly paramLocs = new Map<FuncUnit, (Location | null)[]>();
  /** Arguments of inlined calls, by the callee's parameter (for devirtualization). */
  readonly inlArgs = new Map<Var, ast.Expr>();
  readonly bindings = (v: Var): ast.Expr | undefined => this.inlArgs.get(v);
  /** Calls inlined in the current walk, whose results print as ~R0. */
  readonly inlinedCalls = new Set<ast.CallExpr>();
  /** Lines -m prints while the batch is walked, before its decisions. */
  readonly walkLines: MLine[] = [];
  /** go/defer statements' argument temporaries must also flow to the wrapper's hole. */
  labels = new Map<string, 'looping' | 'nonlooping'>();

  constructor(
    readonly analysis: Analysis,
  ) {
    this.heapLoc = new Location('heap', null, 0, null, null, '{heap}', 0, 0, -1, false);
    this.heapLoc.escapes = true;
    this.blankLoc = new Location('blank', null, 0, null, null, '_', 0, 0, -1, false);
    analysis.fmt.inlined = (c) => this.inlinedCalls.has(c) || (this.curfn !== undefined && analysis.inliner.target(c, this.curfn, this.inl ? this.inl.stack : [], this.bindings) !== null);
  }

  get info(): Info {
    return this.analysis.pkg.info;
  }

  get fmt(): IRFormatter {
    return this.analysis.fmt;
  }

  heapHole(): Hole {
    return hole(this.heapLoc);
  }

  discardHole(): Hole {
    return hole(this.blankLoc);
  }

  newLoc(kind: LocKind, v: Var | null, node: ast.Node | null, name: string, pos: ast.Pos, reported = true, resultIndex = -1, box = false): Location {
    const at = this.inl ?? pos;
    const loc = new Location(kind, this.curfn, this.loopDepth, v, node, name, at.line, at.col, resultIndex, reported);
    this.allLocs.push(loc);
    if (this.inl === null && reported) {
      if (v !== null && !this.analysis.varLocs.has(v)) this.analysis.varLocs.set(v, loc);
      const sites = box ? this.analysis.boxLocs : this.analysis.allocLocs;
      if (node !== null && v === null && !sites.has(node)) sites.set(node, loc);
    }
    return loc;
  }

  /** Declare a local variable at the current loop depth (gc ODCL). */
  declare(v: Var, pos?: ast.Pos): Location {
    const loc = this.newLoc('var', v, null, v.name, pos ?? { line: v.pos.line, col: v.pos.col });
    this.vars.set(v, loc);
    if (safeSizeof(v.type) > maxStackVarSize) loc.heapReason = 'too large for stack';
    return loc;
  }

  /** The location of a variable; null for package-level variables (they are the heap). */
  varLoc(v: Var): Location | null {
    const l = this.vars.get(v);
    if (l !== undefined) return l;
    if (v.parent !== null && v.parent === this.analysis.pkg.pkg.scope) return null;
    if (v.isField) return null;
    if (v.pkg !== this.analysis.pkg.pkg) return null;
    const save = this.loopDepth;
    this.loopDepth = 1;
    const loc = this.declare(v);
    this.loopDepth = save;
    return loc;
  }

  /**
   * An allocation: the value of the expression is the address of a new location (gc spill).
   * `box`: the copy of a value converted to an interface, known by the operand (or the explicit
   * conversion), which may be an allocation site itself (`any([]int{1})`).
   */
  spill(k: Hole, node: ast.Node, name: string, pos: ast.Pos, heapReason = '', box = false): Hole {
    const loc = this.newLoc('alloc', null, node, name, pos, true, -1, box);
    loc.heapReason = heapReason;
    flow(addr(k), loc, this.blankLoc);
    return hole(loc);
  }

  /** A location combining several holes (gc teeHole). */
  teeHole(ks: Hole[]): Hole {
    if (ks.length === 0) return this.discardHole();
    if (ks.length === 1) return ks[0]!;
    const loc = this.newLoc('temp', null, null, '', { line: 0, col: 0 }, false);
    for (const k of ks) flow(k, loc, this.blankLoc);
    return hole(loc);
  }

  flow(k: Hole, src: Location): void {
    flow(k, src, this.blankLoc);
  }

  /** Create the parameter and result locations of a function (gc initFunc). */
  initFunc(u: FuncUnit): void {
    const saveFn = this.curfn, saveDepth = this.loopDepth;
    this.curfn = u;
    this.loopDepth = 1;
    const ps: (Location | null)[] = [];
    u.params.forEach((v, i) => {
      if (v === null) {
        ps.push(null);
        return;
      }
      const loc = this.newLoc('param', v, null, v.name, u.paramPos[i]!);
      this.vars.set(v, loc);
      ps.push(loc);
    });
    this.paramLocs.set(u, ps);
    const rs = u.sig.results.vars.map((rv, i) => {
      const v = u.results[i] ?? null;
      const named = v !== null && v.name !== '' && v.name !== '_';
      const loc = this.newLoc('result', named ? v : null, null, named ? v.name : `~r${i}`, v?.pos ?? { line: 0, col: 0 }, named, i);
      if (v !== null) this.vars.set(v, loc);
      void rv;
      return loc;
    });
    this.resultLocs.set(u, rs);
    this.curfn = saveFn;
    this.loopDepth = saveDepth;
  }

  resultType(u: FuncUnit, i: number): Type | undefined {
    return u.sig.results.vars[i]?.type;
  }
}

/** What escape analysis decided for a package (the code generator's view). */
export class Analysis {
  readonly table: FuncTable;
  readonly inliner: Inliner;
  readonly fmt: IRFormatter;
  /** The location of each variable as declared (not an inlined copy). */
  readonly varLocs = new Map<Var, Location>();
  /** The location of each allocation site as written (not an inlined copy). */
  readonly allocLocs = new Map<ast.Node, Location>();
  /** The location of each interface conversion's copy, by operand or explicit conversion. */
  readonly boxLocs = new Map<ast.Node, Location>();
  readonly inlineLines: InlineLine[];
  readonly escapeLines: MLine[] = [];
  /** `devirtualizing i.M to T` lines (gc's devirtualize pass runs between inlining and escape analysis). */
  readonly devirtLines: MLine[];
  /**
   * The lines gc prints while compiling the functions after escape analysis: elided bounds
   * checks, and the method wrappers it generates (`<autogenerated>:1`).
   */
  readonly compileLines: readonly (InlineLine | MLine)[];

  constructor(
    readonly pkg: CheckedPackage,
    readonly flags: EscapeFlags,
  ) {
    this.table = collectFuncs(pkg);
    this.fmt = new IRFormatter(pkg.info, pkg.pkg);
    this.inliner = new Inliner(this.table, { m: flags.m, noInline: flags.noInline || flags.codegen !== undefined });
    this.inliner.run();
    this.inlineLines = this.inliner.lines;
    for (const batch of bottomUp(this.table)) this.analyseBatch(batch.units);
    this.analyseInit();
    foldInstances(this);
    this.devirtLines = sortDevirts(this.devirts, this.table);
    this.compileLines = flags.m > 0 && flags.codegen === undefined ? compileLines(this, this.compileEvents) : [];
  }

  /** What compiling the walked code involves, in walk order (-m only: wrappers.ts). */
  private readonly compileEvents: CompileEvent[] = [];

  /** Record that fn's compiled code needs t's descriptor, or with iface, t's itab for iface. */
  needType(fn: FuncUnit, t: Type, iface: Type | null): void {
    if (this.flags.m === 0 || this.flags.codegen !== undefined) return;
    const u = under(iface ?? new Tuple([]));
    this.compileEvents.push({ fn, type: t, iface: u instanceof Interface && !isEmptyInterface(u) ? iface : null });
  }

  /** Record that compiling fn elides the bounds check of an index expression at `at` (bounds.ts). */
  boundsElided(fn: FuncUnit, at: ast.Pos): void {
    if (this.flags.m === 0 || this.flags.codegen !== undefined) return;
    this.compileEvents.push({ fn, bounds: { line: at.line, col: at.col } });
  }

  private readonly devirts: { fn: FuncUnit; line: MLine }[] = [];

  /** Record a `devirtualizing` line for a call in fn (or a body inlined into it) at `at`. */
  reportDevirt(fn: FuncUnit, at: ast.Pos, msg: string): void {
    this.devirts.push({ fn, line: { line: at.line, col: at.col, msg } });
  }

  /** Package-level initializers (gc's package init function); values stored in globals escape. */
  private analyseInit(): void {
    const inits = this.pkg.info.initOrder;
    if (inits.length === 0) return;
    const e = new Escape(this);
    const init = this.inliner.initUnit;
    init.closures.push(...this.table.globClosures);
    const all: FuncUnit[] = [];
    const addAll = (u: FuncUnit): void => {
      all.push(u);
      for (const c of u.closures) addAll(c);
    };
    for (const u of this.table.globClosures) addAll(u);
    for (const u of all) e.batchUnits.add(u);
    for (const u of all) e.initFunc(u);
    e.curfn = init;
    for (const ini of inits) {
      const ks = ini.lhs.map((v) => (v.name === '_' ? e.discardHole() : e.heapHole()));
      const r = unparenExpr(ini.rhs);
      // Literals are laid out statically (gc staticinit): nothing is allocated at run time, but
      // the closures in them are still functions to analyse.
      const static_ = r.kind === 'CompositeLit' || r.kind === 'FuncLit' || (r.kind === 'UnaryExpr' && r.op === '&' && unparenExpr(r.x).kind === 'CompositeLit');
      const before = e.allLocs.length;
      if (ini.lhs.length > 1 && r.kind === 'CallExpr') callExpr(e, ks, r);
      else exprTo(e, ks[0]!, ini.rhs, ini.lhs[0]?.type, ini.rhs);
      // Maps are the exception: they are built at run time.
      const isMap = (n: ast.Node | null): boolean => n !== null && n.kind === 'CompositeLit' && under(this.pkg.info.types.get(n)?.type ?? new Tuple([])) instanceof MapType;
      if (static_) for (const l of e.allLocs.slice(before)) if (l.curfn === init && !isMap(l.node)) l.reported = false;
    }
    flowClosures(e);
    for (const loc of e.allLocs) {
      if (loc.heapReason !== '') flow(addr(e.heapHole()), loc, e.blankLoc);
    }
    solve(e);
    this.escapeLines.push(...e.walkLines, ...finish(e, all));
  }

  private analyseBatch(units: FuncUnit[]): void {
    const e = new Escape(this);
    const all: FuncUnit[] = [];
    const addAll = (u: FuncUnit): void => {
      all.push(u);
      for (const c of u.closures) addAll(c);
    };
    for (const u of units) addAll(u);
    for (const u of all) e.batchUnits.add(u);
    for (const u of all) e.initFunc(u);
    for (const u of units) walkFunc(e, u);
    flowClosures(e);
    for (const loc of e.allLocs) {
      if (loc.heapReason !== '') flow(addr(e.heapHole()), loc, e.blankLoc);
    }
    solve(e);
    this.escapeLines.push(...e.walkLines, ...finish(e, all));
  }

  /** Variables some closure captures by reference (the others are copied into the closure). */
  readonly capturedByRef = new Set<Var>();
  /** Variables the closures that capture them copy (decided for every capturing closure walked). */
  readonly capturedByValue = new Set<Var>();

  /**
   * How closures capture v: 'value' (the closure holds a copy: v is at most 128 bytes, never
   * reassigned after the capture, never addressed) or 'ref' (the closure holds &v).
   */
  capture(v: Var): 'value' | 'ref' {
    return this.capturedByRef.has(v) ? 'ref' : 'value';
  }

  /** Where a variable lives: 'heap' when it escapes (gc's "moved to heap"), else 'stack'. */
  placement(v: Var): 'stack' | 'heap' {
    return this.varDecision(v) === 'heap' ? 'heap' : 'stack';
  }

  /**
   * Where an allocating expression's storage lives: `new(T)`, `&T{...}`, `make(...)`, a slice
   * or map literal, a closure (FuncLit), a string conversion or concatenation, a boxing
   * conversion to an interface (the converted operand), or a variadic call's implicit slice
   * (the CallExpr). Expressions that allocate nothing are 'stack'.
   */
  allocSite(x: ast.Node): 'stack' | 'heap' {
    const loc = this.allocLocs.get(x) ?? this.boxLocs.get(x);
    return loc !== undefined && loc.escapes ? 'heap' : 'stack';
  }

  /**
   * The code generator's queries: like placement, allocSite and capture, but undefined for what
   * the analysis never saw (code gc's dead code elimination removes, variables the compiler
   * makes up), where the code generator must choose the heap.
   */
  varDecision(v: Var): 'stack' | 'heap' | undefined {
    const loc = this.varLocs.get(v);
    return loc === undefined ? undefined : loc.escapes ? 'heap' : 'stack';
  }

  allocDecision(x: ast.Node): 'stack' | 'heap' | undefined {
    const loc = this.allocLocs.get(x);
    return loc === undefined ? undefined : loc.escapes ? 'heap' : 'stack';
  }

  /** Where the copy made by converting x (or the explicit conversion x) to an interface lives. */
  boxDecision(x: ast.Node): 'stack' | 'heap' | undefined {
    const loc = this.boxLocs.get(x);
    return loc === undefined ? undefined : loc.escapes ? 'heap' : 'stack';
  }

  captureDecision(v: Var): 'value' | 'ref' | undefined {
    return this.capturedByRef.has(v) ? 'ref' : this.capturedByValue.has(v) ? 'value' : undefined;
  }

  /** The summary of parameter i of f, a function of another package (receiver first). */
  importedLeaks(f: Func, i: number): readonly number[] {
    const gc = stdLeaks(f, i);
    const ours = this.flags.codegen?.imported(f) ?? null;
    return ours === null ? gc : worseLeaks(gc, ours[i] ?? []);
  }
}

/**
 * Devirtualization lines in gc's order: its pass visits the package's functions in source order
 * (package initialization last), and each body in order.
 */
function sortDevirts(ds: readonly { fn: FuncUnit; line: MLine }[], table: FuncTable): MLine[] {
  const rank = (fn: FuncUnit): number => {
    const i = table.decls.indexOf(fn.top);
    return i < 0 ? table.decls.length : i;
  };
  return ds
    .map((d, i) => ({ d, r: rank(d.fn), i }))
    .sort((a, b) => a.r - b.r || a.d.line.line - b.d.line.line || a.d.line.col - b.d.line.col || a.i - b.i)
    .map((x) => x.d.line);
}

/** The summary that leaks wherever either of a and b does, at the lesser dereference count. */
export function worseLeaks(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    out.push(x < 0 ? y : y < 0 ? x : Math.min(x, y));
  }
  return out;
}

export function analyzeEscapes(pkg: CheckedPackage, flags: EscapeFlags): Analysis {
  return new Analysis(stencil(pkg), flags);
}
