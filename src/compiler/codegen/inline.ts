// Inlining: the body of a small function compiled into its caller's frame, at the call sites
// where gc inlines it.
//
// Design
//   Which calls. The inliner (compiler/inline/inl.ts) decides, per package, which functions are
//   inlinable and which call sites inline them, exactly as gc reports them with -m. The code
//   generator has it decide once per package whose code it compiles (`Inlining.of`; `decide`
//   is run() without the reporting walk), over the package as the inliner sees it (with its
//   shape instances, escape/stencil.ts): the function table of the package's escape analysis
//   for the code generator, which ran with inlining off and left the table's inlining fields
//   unset. At every call of a declared function or concrete method it asks
//   `inliner.target(call, unit, stack)`, where unit is the function being compiled and stack
//   the functions already being inlined around the call: the question inl.ts answers while it
//   reports `inlining call to F`. So the sites are gc's, and the answer depends only on the
//   checked package, never on the order in which functions are compiled. A site is compiled as
//   a call instead when the callee is not the declared function codegen resolved (a generic
//   instance: gc inlines its shape copy), is a closure, or contains function literals (gc
//   renumbers their copies in the caller).
//
//   A standard package's decided inliner is kept with the package (`stdInliners`), as its escape
//   analysis is, so a run decides only for its own package.
//
//   A function of another (standard) package is inlined where gc inlines its own body (the
//   inliner's facts recorded from gc) if minigo's body of it is inlinable as well, by that
//   package's inliner; the calls in such a body are inlined as its package decides for the
//   callee compiled alone (gc inlines into it before exporting it, which comes to the same).
//
//   How. The call's arguments are evaluated into the argument block exactly as for a call
//   (call.ts argBlock: gc's order, memory-typed values by address, hidden result addresses).
//   Then, instead of CALL, the callee's body is compiled in place by the same FuncCompiler:
//     1. The registers the results will occupy (the block's start, where a call leaves them)
//        are reserved, so that nothing of the body lives there.
//     2. The parameters are placed as the callee's prologue places them (package.ts
//        placeParams): a register parameter is its register in the block, one that needs memory
//        gets a frame slot of the caller's frame, or a heap cell. Named results become zeroed
//        variables.
//        A parameter may instead be its argument's register itself, with no copy made
//        (`ParamAliases`; argBlock then leaves its slot unused): when the argument is a local
//        variable of the caller held in registers, of the parameter's representation (no
//        interface conversion), and the parameter lives in registers and is never assigned in
//        the body. Nothing else can change the variable while the body runs: a register variable
//        has no address (an address-taken or by-reference captured variable lives in memory), the
//        body cannot name it, and calls in the body have their windows above the block. The
//        argument is a plain read, which gc evaluates after all the other arguments anyway
//        (call.ts ArgClass), so reading it later, in the body, reads the same value. A temporary
//        is never aliased: argBlock frees the registers of each argument's evaluation.
//     3. The body's statements are compiled with the callee's signature, its own locals, its
//        own Placement (its escape decisions, from the analysis without inlining, so every
//        allocation stays where the callee alone would put it) and its own labels. `return` moves the result
//        values into the result registers (a parallel move: a value may sit in a result
//        register already) and jumps to the end of the body. When nothing the body reads lives
//        in the result registers (every parameter there aliased, unnamed or copied to memory, and
//        no memory-typed result, whose address would sit in the block), `return` evaluates its
//        values straight into them (`InlineBody.direct`), and there is nothing to move. A
//        function with one result whose call is compiled into a destination (`y := f(x)`,
//        call.ts call) leaves it there instead, with the same direct `return`, unless the
//        destination is an aliased parameter's register: the body reads nothing else of the
//        caller's. The jumps of the `return`s that end the body to its end, right after them,
//        are dropped (builder.ts dropJumpTo).
//   Every instruction of the body is recorded under the call in the function's inline tree
//   (builder.ts enterInline; program.ts explains the tree), with the body's own lines, so a
//   panic or runtime.Callers in it sees the inlined frame and then the caller at the call.
//   The body's registers and frame slots are the caller's, so the caller's pointer maps cover
//   them.
//
// How it differs from gc: gc substitutes the callee's IR before escape analysis, and the
// analysis of the caller may then keep on the stack what the callee alone would leak; here the
// placement stays the callee's (func.ts says why). gc also inlines calls of closures, calls in
// package initializers and method wrappers, and standard functions whose body is small in gc's
// library but not in minigo's; those remain calls here, which only tracebacks could tell apart
// (a frame with a pc offset).
import type * as ast from '../../parser/ast.js';
import type { CheckedPackage } from '../check/info.js';
import type { Package } from '../types/package.js';
import type { Info } from '../check/info.js';
import { Var, type Func } from '../types/objects.js';
import { Interface, under, type Signature } from '../types/types.js';
import { identical } from '../types/predicates.js';
import { collectFuncs, forEachNode, type FuncTable, type FuncUnit } from '../escape/funcs.js';
import { stencil } from '../escape/stencil.js';
import { inlineMaxBudget } from '../inline/cost.js';
import { Inliner } from '../inline/inl.js';
import type { Label } from './builder.js';
import type { FuncCompiler, Placement } from './func.js';
import { isMemType, regWidth } from './types.js';
import { move } from './expr.js';
import { stmts } from './stmt.js';
import { declareResultVars, placeParams, resultVarValues } from './package.js';

/** The function being compiled, as the inliner knows it. */
export interface InlineSite {
  readonly inliner: Inliner;
  readonly unit: FuncUnit;
}

/** An inlined body being compiled: where its results go and where `return` jumps. */
export interface InlineBody {
  /** The first result register (the argument block's start, or the caller's destination). */
  readonly base: number;
  readonly end: Label;
  /** Nothing the body reads is in the result registers: `return` may evaluate into them. */
  readonly direct: boolean;
}

/**
 * The parameters of one inlined call that are their arguments' registers (header, step 2),
 * filled by argBlock as it meets each argument.
 */
export class ParamAliases {
  /** Each aliased parameter's register: its argument variable's. */
  readonly regs = new Map<Var, number>();
  private readonly assigned: ReadonlySet<Var>;
  private readonly place: Placement;

  constructor(private readonly fc: FuncCompiler, f: Func) {
    const { cp, decl } = fc.pc.declOf(f)!;
    this.place = fc.pc.placementOf(cp, decl);
    this.assigned = assignedIn(cp.info, decl.body!);
  }

  /**
   * Whether parameter (or receiver) v can be the register of argument x, a plain read in the
   * caller; if so it is recorded, and the argument is not evaluated.
   */
  take(v: Var, x: ast.Expr): boolean {
    while (x.kind === 'ParenExpr') x = x.x;
    if (x.kind !== 'Ident') return false;
    const obj = this.fc.info.uses.get(x);
    if (!(obj instanceof Var)) return false;
    const loc = this.fc.vars.get(obj);
    if (loc === undefined || loc.kind !== 'reg') return false;
    if (under(v.type) instanceof Interface && !identical(this.fc.typeOf(x), v.type)) return false;
    if (this.place.varKind(v) !== 'reg' || this.assigned.has(v)) return false;
    this.regs.set(v, loc.reg);
    return true;
  }
}

const assignedCache = new WeakMap<ast.BlockStmt, ReadonlySet<Var>>();

/**
 * The variables assigned in body after their declaration (`=`, op-assignment, a `:=` that
 * reuses one, `++`/`--`, `range` with `=`) or whose address it takes.
 */
function assignedIn(info: Info, body: ast.BlockStmt): ReadonlySet<Var> {
  let set = assignedCache.get(body);
  if (set !== undefined) return set;
  const out = new Set<Var>();
  const note = (x: ast.Expr | null): void => {
    while (x !== null && x.kind === 'ParenExpr') x = x.x;
    if (x === null || x.kind !== 'Ident') return;
    const v = info.uses.get(x) ?? info.defs.get(x);
    if (v instanceof Var) out.add(v);
  };
  forEachNode(body, (n) => {
    switch (n.kind) {
      case 'AssignStmt':
        n.lhs.forEach(note);
        break;
      case 'IncDecStmt':
        note(n.x);
        break;
      case 'RangeStmt':
        note(n.key);
        note(n.value);
        break;
      case 'UnaryExpr':
        if (n.op === '&') note(n.x);
        break;
    }
  });
  assignedCache.set(body, (set = out));
  return set;
}

/**
 * The decided inliners of standard packages, by package: like their escape analyses
 * (escape/program.ts), they depend only on the package, so every program checked against the
 * same packages shares them, and the start-up snapshot holds them decided.
 */
const stdInliners = new WeakMap<Package, Inliner | null>();

/** The inliner's decisions for each package of a program (see the header). */
export class Inlining {
  private readonly inliners = new Map<CheckedPackage, Inliner | null>();

  /** @param tableOf the package's functions as escape analysis collected them, if it did. */
  constructor(private readonly tableOf: (cp: CheckedPackage) => FuncTable | undefined) {}

  /** The inliner of cp, run; null if it fails on the package (everything is then called). */
  of(cp: CheckedPackage): Inliner | null {
    let inl = this.inliners.get(cp);
    if (inl !== undefined) return inl;
    // A standard package's kept inliner serves when it was decided over the same table.
    const table = this.tableOf(cp);
    const kept = cp.std ? stdInliners.get(cp.pkg) : undefined;
    if (kept !== undefined && table !== undefined && (kept === null || kept.table === table)) inl = kept;
    else {
      try {
        inl = new Inliner(table ?? collectFuncs(stencil(cp)), { m: 0, noInline: false });
        inl.decide();
      } catch {
        inl = null;
      }
      if (cp.std && table !== undefined) stdInliners.set(cp.pkg, inl);
    }
    this.inliners.set(cp, inl);
    return inl;
  }

  /** The site for declared function f of cp, or null when the inliner does not know it. */
  declSite(cp: CheckedPackage, f: Func): InlineSite | null {
    const inliner = this.of(cp);
    const unit = inliner?.table.byObj.get(f);
    return inliner === null || unit === undefined ? null : { inliner, unit };
  }
}

/** The site for a function literal compiled inside the function of `outer`. */
export function litSite(outer: InlineSite | null, lit: ast.FuncLit): InlineSite | null {
  const unit = outer?.inliner.table.byLit.get(lit);
  return outer === null || unit === undefined ? null : { inliner: outer.inliner, unit };
}

/**
 * The function to inline at call e of f in fc (with the inliner of its package), or null when e
 * is compiled as a call. A function of another package is inlined where gc inlines its own
 * body (the inliner's facts) and minigo's body is inlinable too (the other package's inliner).
 */
export function inlineTarget(fc: FuncCompiler, e: ast.CallExpr, f: Func): InlineSite | null {
  if (fc.site === null) return null;
  const t = fc.site.inliner.target(e, fc.site.unit, fc.inlStack);
  if (t === null) return null;
  let site: InlineSite | null;
  if (t.kind === 'unit') site = t.unit.obj === f ? { inliner: fc.site.inliner, unit: t.unit } : null;
  else {
    const d = t.func === f ? fc.pc.declOf(f) : undefined;
    site = d === undefined ? null : fc.pc.inlining.declSite(d.cp, f);
    if (site !== null && !(site.unit.canInline && site.unit.inlCost <= inlineMaxBudget)) site = null;
  }
  if (site === null) return null;
  const u = site.unit;
  return u.decl === null || u.decl.body === null || u.closures.length > 0 ? null : site;
}

/**
 * Compile f's body (site.unit's) in place of call e, whose argument block (receiver, parameters,
 * hidden result addresses) starts at register base; its results are left at base, as a call
 * leaves them, except the parameters in aliases, which are their arguments' registers. Calls in
 * a body from another package are inlined as that package decides for the callee compiled alone.
 * The only result of f goes to registers dst instead if the body cannot read them. Returns where
 * the results are.
 */
export function inlineCall(fc: FuncCompiler, e: ast.CallExpr, f: Func, site: InlineSite, base: number, aliases: ParamAliases | null, dst?: number): number {
  const u = site.unit;
  const b = fc.b;
  const decl = u.decl!;
  const { cp, file } = fc.pc.declOf(f)!;
  const sig = f.type as Signature;
  const params = sig.recv !== null ? [sig.recv, ...sig.params.vars] : sig.params.vars;
  let r = base;
  let nres = 0;
  for (const v of sig.results.vars) nres += regWidth(v.type);
  // The body reads a parameter's block registers unless it is aliased, unused, or copied to
  // memory by placeParams before the body runs.
  let direct = sig.results.vars.every((v) => !isMemType(v.type));
  const place = fc.pc.placementOf(cp, decl);
  const incoming = params.map((v) => {
    const alias = aliases?.regs.get(v);
    const at = { v, reg: alias ?? r };
    const w = regWidth(v.type);
    const read = alias === undefined && v.name !== '' && v.name !== '_' && place.varKind(v) === 'reg';
    if (read && r < base + nres) direct = false;
    r += w;
    return at;
  });
  const resultPtrs = sig.results.vars.map((v) => (isMemType(v.type) ? r++ : null));
  // Results in dst: registers of the caller below the block that no aliased parameter is.
  let at = base;
  if (dst !== undefined && sig.results.length === 1 && !isMemType(sig.results.vars[0]!.type) && dst + nres <= base) {
    const clash = incoming.some(({ v, reg }) => reg < base && reg < dst + nres && reg + regWidth(v.type) > dst);
    if (!clash) {
      at = dst;
      direct = true;
    }
  }
  if (b.regs.top < base + nres) b.regs.alloc(base + nres - b.regs.top);
  const mark = b.regs.mark();

  const saved = {
    sig: fc.sig, place: fc.place, resultVars: fc.resultVars, resultPtrs: fc.resultPtrs, epilogue: fc.epilogue,
    hasDefer: fc.hasDefer, fallthroughLabel: fc.fallthroughLabel, pendingLabel: fc.pendingLabel,
    gotoLabels: fc.gotoLabels, inl: fc.inl, vars: fc.vars, info: fc.info, site: fc.site, inlStack: fc.inlStack,
  };
  if (site.inliner !== fc.site!.inliner) {
    fc.info = fc.pc.view(cp.info);
    fc.site = site;
    fc.inlStack = [];
  }
  fc.sig = sig;
  fc.place = place;
  fc.resultVars = null;
  fc.resultPtrs = resultPtrs;
  fc.epilogue = b.newLabel();
  fc.hasDefer = false;
  fc.fallthroughLabel = null;
  fc.pendingLabel = null;
  fc.gotoLabels = new Map();
  // The body sees only its own locals (it has no closures): a second inlining of the same
  // callee must not find the first one's registers.
  fc.vars = new Map();
  fc.inl = { base: at, end: b.newLabel(), direct };
  fc.inlStack.push(u);
  const inlStack = fc.inlStack;
  const parent = b.enterInline(fc.pc.symName(f), file, fc.pc.posBases.get(file));

  b.setPos(decl.body!);
  placeParams(fc, incoming);
  if (sig.results.vars.some((v) => v.name !== '')) declareResultVars(fc);
  stmts(fc, decl.body!.list);
  if (fc.resultVars !== null) {
    b.dropJumpTo(fc.epilogue);
    b.bind(fc.epilogue);
    b.line = decl.body!.rbraceLine;
    inlineReturn(fc, resultVarValues(fc));
  }
  b.dropJumpTo(fc.inl.end);
  b.bind(fc.inl.end);

  b.leaveInline(parent);
  inlStack.pop();
  Object.assign(fc, saved);
  b.regs.release(mark);
  b.setPos(e);
  return at;
}

/**
 * Where `return` in fc's body evaluates result i: its result register when fc is an inlined
 * body whose result registers hold nothing it reads (InlineBody.direct), else anywhere.
 */
export function inlineResultDst(fc: FuncCompiler, i: number): number | undefined {
  if (fc.inl === null || !fc.inl.direct) return undefined;
  let dst = fc.inl.base;
  const results = fc.sig.results.vars;
  for (let k = 0; k < i; k++) dst += regWidth(results[k]!.type);
  return dst;
}

/**
 * `return` in an inlined body: the values in vals[i] (each its result type's width) go to the
 * result registers, then to the end of the body.
 */
export function inlineReturn(fc: FuncCompiler, vals: readonly number[]): void {
  const { base, end } = fc.inl!;
  const results = fc.sig.results.vars;
  let nres = 0;
  for (const v of results) nres += regWidth(v.type);
  // A value already in the result registers but not in its own place is copied out first.
  let dst = base;
  const srcs = vals.map((v, i) => {
    const t = results[i]!.type;
    const w = regWidth(t);
    let src = v;
    if (v !== dst && v < base + nres && v + w > base) {
      src = fc.alloc(t);
      move(fc, src, v, t);
    }
    dst += w;
    return src;
  });
  dst = base;
  srcs.forEach((src, i) => {
    const t = results[i]!.type;
    move(fc, dst, src, t);
    dst += regWidth(t);
  });
  fc.b.jump(end);
}
