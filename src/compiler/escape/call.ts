// Calls: arguments to parameters, results to the call's holes (gc escape/call.go).
//
// Design
//   For each argument the walker needs the hole of the parameter it is assigned to:
//     - a callee in the same batch: the parameter's own location (the graph spans the batch);
//     - a callee analysed earlier, or a standard function: its summary, read as holes: the heap
//       shifted by the heap level, and each result's hole shifted by that result's level
//       (teeHole joins them);
//     - an unknown callee (function value, interface method): the heap.
//   A variadic call without `...` packs its extra arguments into an implicit slice literal,
//   the `... argument` of -m. Builtins have fixed rules: append may return its first argument
//   and leaks what it appends; copy leaks the source's elements; panic leaks its argument;
//   make and new allocate.
//   An inlined call is walked in place: arguments flow to fresh locations for the callee's
//   parameters, the callee's body is walked with returns flowing to fresh result locations,
//   and everything inside is reported at the call.
//   `go` and `defer` wrap the call in a closure that holds the evaluated arguments: they
//   flow to the heap (`go`, or `defer` inside a loop) as well as to the call.
//
//   An interface call that devirtualize.ts resolves is walked as the direct call it becomes.
//
// Differences from gc: none in what is modelled; see escape.ts.
import type * as ast from '../../parser/ast.js';
import { startPos } from '../../parser/ast.js';
import { Builtin, BuiltinId, Func, Var } from '../types/objects.js';
import { Basic, BasicKind, Chan, Interface, Signature, Slice, Tuple, under, type Type } from '../types/types.js';
import type { Escape } from './escape.js';
import { maxImplicitStackVarSize } from './escape.js';
import { forEachNode, type FuncUnit } from './funcs.js';
import { addr, deref, hole, shift, type Hole } from './graph.js';
import { discard, expr, exprTo, receiver, recvDerefs } from './expr.js';
import { devirtualize, type Devirtualized } from './devirtualize.js';
import { block, dotType, unparen, walkClosure } from './stmt.js';
import { isShape } from './shape.js';
import { stenciledAt } from './stencil.js';
import { argTypes, hasPointers, isConst, safeSizeof, signatureOf, typeOf } from './typeinfo.js';

/** Holes for a parameter given a summary (gc tagHole). */
function summaryHole(e: Escape, ks: readonly Hole[], leaks: readonly number[] | null): Hole {
  if (leaks === null) return e.heapHole();
  const out: Hole[] = [];
  if ((leaks[0] ?? -1) >= 0) out.push(shift(e.heapHole(), leaks[0]!));
  for (let i = 1; i < leaks.length; i++) {
    const x = leaks[i]!;
    if (x >= 0 && ks[i - 1] !== undefined) out.push(shift(ks[i - 1]!, x));
  }
  return e.teeHole(out);
}

interface Callee {
  /** Parameter holes by index (receiver first when there is one). */
  param(i: number): Hole;
}

export function callExpr(e: Escape, ks: Hole[], call: ast.CallExpr, extra: Hole | null = null): void {
  const fun = unparen(call.fun);
  const ftv = e.info.types.get(fun);
  if (ftv?.mode === 'type') {
    conversion(e, ks[0] ?? e.discardHole(), call, ftv.type);
    return;
  }
  if (ftv?.mode === 'builtin') {
    builtin(e, ks[0] ?? e.discardHole(), call, fun);
    return;
  }
  const sig = signatureOf(ftv?.type);
  if (sig === null) {
    for (const a of call.args) discard(e, a);
    return;
  }
  // Inlined?
  if (extra === null) {
    const stack = e.inl ? e.inl.stack : [];
    const t = e.analysis.inliner.target(call, e.curfn, stack, e.bindings);
    if (t !== null && t.kind === 'unit') {
      inlineCall(e, ks, call, t.unit, sig);
      return;
    }
    if (t !== null) e.inlinedCalls.add(call);
  }
  const closure = e.analysis.inliner.staticClosure(call.fun, e.bindings);
  let unit: FuncUnit | null = closure;
  let f: Func | null = null;
  if (unit === null) {
    f = e.analysis.inliner.callee(call);
    if (f !== null) unit = e.analysis.table.byObj.get(f) ?? null;
  }
  if (closure !== null && unparen(call.fun).kind === 'FuncLit') closure.closureCalled = true;
  const hasRecv = fun.kind === 'SelectorExpr' && e.info.selections.get(fun)?.kind === 'method';
  const sel = hasRecv ? (fun as ast.SelectorExpr) : null;
  let method = sel ? (e.info.selections.get(sel)!.obj as Func) : null;
  let ifaceCall = method !== null && (method.type as Signature).recv !== null && under((method.type as Signature).recv!.type) instanceof Interface;
  let devirt: Devirtualized | null = null;
  if (ifaceCall && sel !== null && !isShape(typeOf(e.info, sel.x) ?? new Tuple([]))) {
    devirt = devirtualize(e, sel);
    if (devirt !== null) {
      e.analysis.reportDevirt(e.curfn, e.inl ?? call, `${devirt.partial ? 'partially ' : ''}devirtualizing ${e.fmt.expr(sel)} to ${e.fmt.type(devirt.type)}`);
      if (!devirt.partial) {
        method = devirt.method;
        ifaceCall = false;
        f = devirt.method;
        unit = e.analysis.table.byObj.get(devirt.method) ?? null;
      }
    }
  }
  const recvOffset = method !== null && !ifaceCall ? 1 : 0;

  let callee: Callee;
  if (unit !== null && e.batchUnits.has(unit)) {
    const ps = e.paramLocs.get(unit) ?? [];
    const rs = e.resultLocs.get(unit) ?? [];
    rs.forEach((r, i) => {
      if (ks[i] !== undefined) e.flow(ks[i]!, r);
    });
    callee = { param: (i) => (ps[i] ? hole(ps[i]!) : e.discardHole()) };
  } else if (unit !== null && unit.leaks !== null) {
    const leaks = unit.leaks;
    callee = { param: (i) => summaryHole(e, ks, leaks[i] ?? []) };
  } else if (f !== null && !ifaceCall && f.pkg !== e.analysis.pkg.pkg) {
    const fn = f;
    callee = { param: (i) => summaryHole(e, ks, e.analysis.importedLeaks(fn, i)) };
  } else {
    callee = { param: () => e.heapHole() };
  }
  const tee = (k: Hole): Hole => (extra === null ? k : e.teeHole([k, extra]));

  // The callee expression itself.
  if (sel !== null && method !== null) {
    // A devirtualized call's receiver is `x.(T)` and the embedded fields down to the method.
    if (devirt !== null) expr(e, tee(dotType(shift(ifaceCall ? e.heapHole() : callee.param(0), recvDerefs(devirt.type, devirt.index, devirt.method)), devirt.type)), sel.x);
    else if (ifaceCall) expr(e, tee(e.heapHole()), sel.x);
    else receiver(e, tee(callee.param(0)), sel, method);
  } else if (extra !== null && unit === null && f === null) {
    expr(e, extra, call.fun);
  } else if (closure !== null && unparen(call.fun).kind === 'FuncLit') {
    expr(e, extra ?? e.discardHole(), call.fun);
  } else expr(e, extra ?? e.discardHole(), call.fun);

  args(e, call, sig, (i) => tee(callee.param(i + recvOffset)), extra, (i) => callee.param(i + recvOffset));
}

/** Walk the arguments of a call; `param(i)` is the hole of parameter i. */
function args(
  e: Escape, call: ast.CallExpr, sig: Signature, param: (i: number) => Hole, extra: Hole | null = null,
  rawParam: (i: number) => Hole = param,
): void {
  const nfixed = sig.variadic ? sig.params.length - 1 : sig.params.length;
  const types = argTypes(sig, call.args.length, call.hasEllipsis);
  const tuple = call.args.length === 1 ? typeOf(e.info, call.args[0]!) : undefined;
  if (tuple instanceof Tuple) {
    multiValueArgs(e, call, sig, tuple, param, extra, rawParam);
    return;
  }
  // gc positions the implicit conversion of a variable where the previous argument (or the
  // call) is: a name does not move the typechecker's current position.
  const convAt = (i: number): ast.Expr => {
    for (let j = i; j >= 0; j--) {
      const a = unparen(call.args[j]!);
      if (a.kind !== 'Ident' || !(e.info.uses.get(a) instanceof Var)) return call.args[j]!;
    }
    return call;
  };
  call.args.forEach((a, i) => {
    if (i < nfixed || !sig.variadic || call.hasEllipsis) {
      // gc builds a go/defer call's variadic slice inside the wrapper, as in a plain call.
      const p = sig.variadic && call.hasEllipsis && i === nfixed ? rawParam : param;
      exprTo(e, p(Math.min(i, sig.params.length - 1)), a, types[i], convAt(i));
    }
  });
  if (sig.variadic && !call.hasEllipsis) {
    const extraArgs = call.args.slice(nfixed);
    const elem = (under(sig.params.vars[nfixed]!.type) as Slice).elem;
    if (extraArgs.length === 0) return;
    e.fmt.packed.add(call);
    const at = { line: call.line, col: call.col };
    const ks = e.spill(rawParam(nfixed), call, '... argument', at);
    const k = extra === null ? ks : e.teeHole([ks, extra]);
    extraArgs.forEach((a, j) => exprTo(e, k, a, elem, convAt(nfixed + j)));
  }
}

/**
 * f(g()): gc assigns g's results to temporaries `.autotmp_N` and passes those (gc
 * RewriteMultiValueCall), converting each to its parameter's type and packing a variadic
 * tail into the `... argument` slice, all at the call.
 */
function multiValueArgs(
  e: Escape, call: ast.CallExpr, sig: Signature, tuple: Tuple, param: (i: number) => Hole, extra: Hole | null,
  rawParam: (i: number) => Hole,
): void {
  const at = e.inl ?? call;
  const n = tuple.vars.length;
  const temps = tuple.vars.map(() => e.newLoc('temp', null, null, '', at, false));
  callExpr(e, temps.map((t) => hole(t)), unparen(call.args[0]!) as ast.CallExpr);
  const nfixed = sig.variadic ? sig.params.length - 1 : sig.params.length;
  const types = argTypes(sig, n, false);
  const first = autotmpBase(e, call);
  let packed: Hole | null = null;
  tuple.vars.forEach((v, i) => {
    let k: Hole;
    if (i < nfixed) k = param(i);
    else {
      if (packed === null) {
        e.fmt.packed.add(call);
        const slice = e.newLoc('alloc', null, null, '... argument', at);
        e.flow(addr(rawParam(nfixed)), slice);
        packed = extra === null ? hole(slice) : e.teeHole([hole(slice), extra]);
      }
      k = packed;
    }
    const t = types[i];
    if (t !== undefined && under(t) instanceof Interface && !(under(v.type) instanceof Interface) && !isDirect(v.type)) {
      const box = e.newLoc('alloc', null, null, `.autotmp_${first + i}`, at);
      e.flow(addr(k), box);
      k = hole(box);
    }
    if (hasPointers(v.type) || k.derefs < 0) e.flow(k, temps[i]!);
  });
}

/**
 * The number gc gives the first temporary made for the call: the count of variables the
 * function declared before the statement (parameters and results first, temporaries too).
 */
function autotmpBase(e: Escape, call: ast.CallExpr): number {
  const u = e.inl?.unit ?? e.curfn;
  let n = u.params.length + u.sig.results.length;
  const stmtStart = enclosingStmtStart(u, call);
  forEachNode(u.body, (x) => {
    if (x.kind === 'FuncLit') return false;
    if (x.kind === 'Ident' && e.info.defs.get(x) instanceof Var && before(x, stmtStart)) n++;
    // Earlier rewritten calls declared their own temporaries.
    if (x.kind === 'CallExpr' && x.args.length === 1 && before(x, stmtStart)) {
      const t = typeOf(e.info, x.args[0]!);
      if (t instanceof Tuple) n += t.vars.length;
    }
    return true;
  });
  return n;
}

function before(a: ast.Pos, b: ast.Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/** Where the statement of u's body that contains call starts. */
function enclosingStmtStart(u: FuncUnit, call: ast.CallExpr): ast.Pos {
  let found: ast.Pos = call;
  const visit = (list: readonly ast.Stmt[]): void => {
    for (const s of list) {
      let hit = false;
      forEachNode(s, (x) => {
        if (x === call) hit = true;
        return !hit;
      });
      if (!hit) continue;
      found = s.kind === 'AssignStmt' ? startPos(s.lhs[0]!) : s.kind === 'ExprStmt' ? startPos(s.x) : s;
      forEachNode(s, (x) => {
        if (x !== s && x.kind === 'BlockStmt') {
          let inner = false;
          forEachNode(x, (y) => {
            if (y === call) inner = true;
            return !inner;
          });
          if (inner) visit(x.list);
          return false;
        }
        return true;
      });
      return;
    }
  };
  if (u.body !== null) visit(u.body.list);
  return found;
}

function conversion(e: Escape, k: Hole, call: ast.CallExpr, to: Type): void {
  const x = call.args[0]!;
  const from = typeOf(e.info, x);
  if (isConst(e.info, call)) return;
  const tu = under(to);
  if (tu instanceof Interface) {
    if (from !== undefined && !(under(from) instanceof Interface)) e.analysis.needType(e.curfn, from, to);
    if (from !== undefined && !(under(from) instanceof Interface) && !isDirect(from)) k = e.spill(k, call, e.fmt.expr(call), call, '', true);
    expr(e, k, x);
    return;
  }
  const fu = from === undefined ? undefined : under(from);
  if (tu instanceof Basic && tu.kind === BasicKind.UnsafePointer && fu instanceof Basic && fu.kind === BasicKind.Uintptr) {
    unsafeValue(e, k, x);
    return;
  }
  const isStr = (t: Type | undefined): boolean => t !== undefined && (under(t) as { kind?: number }).kind !== undefined && ((under(t) as { name?: string }).name === 'string' || (under(t) as { name?: string }).name === 'untyped string');
  if (isStr(tu) && fu !== undefined && !isStr(fu)) {
    // string(bytes), string(runes), string(rune): a new string.
    e.spill(k, call, e.fmt.expr(call), call);
    discard(e, x);
    return;
  }
  if (tu instanceof Slice && isStr(fu)) {
    e.spill(k, call, e.fmt.expr(call), call);
    discard(e, x);
    return;
  }
  expr(e, k, x);
}

function isDirect(t: Type): boolean {
  return isDirectIfaceLocal(t);
}

import { isDirectIface as isDirectIfaceLocal } from './typeinfo.js';

function builtin(e: Escape, k: Hole, call: ast.CallExpr, fun: ast.Expr): void {
  const id = fun.kind === 'Ident' ? e.info.uses.get(fun) : fun.kind === 'SelectorExpr' ? e.info.uses.get(fun.sel) : undefined;
  const which = id instanceof Builtin ? id.builtinId : -1;
  const a = call.args;
  if (a.length === 1 && typeOf(e.info, a[0]!) instanceof Tuple) {
    // copy(f()), complex(f()): the results of a call.
    callExpr(e, [], unparen(a[0]!) as ast.CallExpr);
    return;
  }
  switch (which) {
    case BuiltinId.Append: {
      const st = typeOf(e.info, a[0]!);
      const elem = st !== undefined && under(st) instanceof Slice ? (under(st) as Slice).elem : undefined;
      let appendee = k;
      if (elem !== undefined && hasPointers(elem)) appendee = e.teeHole([k, deref(e.heapHole())]);
      expr(e, appendee, a[0]!);
      if (call.hasEllipsis) {
        const t2 = a[1] ? typeOf(e.info, a[1]) : undefined;
        const ptrs = t2 !== undefined && under(t2) instanceof Slice && hasPointers((under(t2) as Slice).elem);
        if (a[1]) expr(e, ptrs ? deref(e.heapHole()) : e.discardHole(), a[1]);
      } else {
        for (const x of a.slice(1)) exprTo(e, e.heapHole(), x, elem, stenciledAt(e, x, call) ?? x);
      }
      return;
    }
    case BuiltinId.Copy: {
      discard(e, a[0]!);
      const t2 = typeOf(e.info, a[1]!);
      const ptrs = t2 !== undefined && under(t2) instanceof Slice && hasPointers((under(t2) as Slice).elem);
      expr(e, ptrs ? deref(e.heapHole()) : e.discardHole(), a[1]!);
      return;
    }
    case BuiltinId.Panic: {
      // gc positions panic's conversion at the call for a constant, at the operand of a
      // dereference, and at the start of anything else.
      const x = a[0]!;
      const ux = unparen(x);
      const stenciled = stenciledAt(e, x, call);
      const at: ast.Expr = stenciled !== null ? (stenciled === x ? { ...x, ...startPos(x) } : stenciled) : isConst(e.info, x) ? call : panicPos(e, ux);
      exprTo(e, e.heapHole(), x, new Interface(), at);
      return;
    }
    case BuiltinId.New: {
      const t = typeOf(e.info, call);
      const elem = t !== undefined ? (under(t) as { elem?: Type }).elem : undefined;
      const why = elem !== undefined && safeSizeof(elem) > maxImplicitStackVarSize ? 'too large for stack' : '';
      e.spill(k, call, e.fmt.expr(call), call, why);
      return;
    }
    case BuiltinId.Make: {
      const t = typeOf(e.info, call);
      const u = t === undefined ? undefined : under(t);
      let why = '';
      if (u instanceof Chan) {
        for (const x of a.slice(1)) discard(e, x);
        return;
      }
      if (u instanceof Slice) {
        const r = a[2] ?? a[1];
        const v = r ? e.info.types.get(r)?.value : undefined;
        if (v === undefined || (v as { kind: number; value?: bigint }).value === undefined) why = 'non-constant size';
        else {
          const n = Number((v as { value: bigint }).value);
          const es = safeSizeof(u.elem);
          if (es !== 0 && n > maxImplicitStackVarSize / es) why = 'too large for stack';
        }
      }
      e.spill(k, call, e.fmt.expr(call), call, why);
      for (const x of a.slice(1)) discard(e, x);
      return;
    }
    case BuiltinId.Delete: {
      const mt = typeOf(e.info, a[0]!);
      discard(e, a[0]!);
      if (a[1]) exprTo(e, e.discardHole(), a[1], mt !== undefined ? (under(mt) as { key?: Type }).key : undefined, a[1]);
      return;
    }
    case BuiltinId.Add: case BuiltinId.Slice:
      expr(e, k, a[0]!);
      discard(e, a[1] ?? null);
      return;
    default:
      for (const x of a) discard(e, x);
  }
}

/** Walk an inlined call's body in place of the call. */
function inlineCall(e: Escape, ks: Hole[], call: ast.CallExpr, unit: FuncUnit, sig: Signature): void {
  e.inlinedCalls.add(call);
  const fun = unparen(call.fun);
  const sel = fun.kind === 'SelectorExpr' && e.info.selections.get(fun)?.kind === 'method' ? fun : null;
  const recvOffset = sel !== null ? 1 : 0;
  const argOf = (i: number): ast.Expr | undefined => {
    if (sig.variadic && i - recvOffset >= sig.params.length - 1) return undefined;
    return sel !== null ? (i === 0 ? sel.x : call.args[i - 1]) : call.args[i];
  };
  inlineBody(e, ks, unit, e.inl ?? call, (param) => {
    if (sel !== null) receiver(e, param(0), sel, e.info.selections.get(sel)!.obj as Func);
    else if (fun.kind !== 'FuncLit') expr(e, e.discardHole(), call.fun);
    args(e, call, sig, (i) => param(i + recvOffset));
  }, argOf, () => {
    // A closure called where it is written is still compiled as a function of its own (gc
    // analyses its body as the closure), though no closure value is ever built.
    if (fun.kind === 'FuncLit' && e.inl === null) walkClosure(e, unit);
  });
}

/**
 * Walk the body of `unit` inlined at `at` (gc's OINLCALL): its parameters become variables of
 * the function being analysed, which `bind` assigns; its results flow to ks. `argOf(i)` is the
 * expression parameter i is bound to, if it is one (for devirtualization, gc ir.StaticValue).
 * `beforeBody` runs once the results exist, just before the body is walked.
 */
export function inlineBody(
  e: Escape, ks: readonly Hole[], unit: FuncUnit, at: ast.Pos, bind: (param: (i: number) => Hole) => void,
  argOf: (i: number) => ast.Expr | undefined, beforeBody: () => void = () => {},
): void {
  const outer = e.inl;
  const paramLocs = unit.params.map((v) => (v === null ? null : e.newLoc('var', v, null, v.name, at)));
  bind((i) => {
    const l = paramLocs[i];
    return l ? hole(l) : e.discardHole();
  });
  const savedArgs = new Map<Var, ast.Expr | undefined>();
  unit.params.forEach((v, i) => {
    if (v !== null && paramLocs[i]) e.vars.set(v, paramLocs[i]!);
    if (v === null || e.analysis.inliner.reassignedVars.has(v)) return;
    const a = argOf(i);
    if (a === undefined) return;
    savedArgs.set(v, e.inlArgs.get(v));
    e.inlArgs.set(v, a);
  });
  const results = unit.sig.results.vars.map((_, i) => {
    const v = unit.results[i];
    const loc = e.newLoc('var', v && v.name !== '' && v.name !== '_' ? v : null, null, v?.name || `~R${i}`, at, false);
    if (v) e.vars.set(v, loc);
    return loc;
  });
  beforeBody();
  e.inl = { unit, line: at.line, col: at.col, results, stack: [...(outer?.stack ?? []), unit] };
  if (unit.body) block(e, unit.body.list);
  e.inl = outer;
  for (const [v, a] of savedArgs) {
    if (a === undefined) e.inlArgs.delete(v);
    else e.inlArgs.set(v, a);
  }
  results.forEach((r, i) => {
    if (ks[i] !== undefined) e.flow(ks[i]!, r);
  });
}

/** `go f(x)` / `defer f(x)` (gc goDeferStmt). */
export function goDefer(e: Escape, call: ast.CallExpr, isDefer: boolean): void {
  let k = e.heapHole();
  if (isDefer && e.loopDepth === 1 && e.analysis.flags.codegen === undefined) k = e.discardHole();
  const fun = unparen(call.fun);
  const ftv = e.info.types.get(fun);
  const sig = signatureOf(ftv?.type);
  if (ftv?.mode !== 'builtin' && ftv?.mode !== 'type' && sig !== null && call.args.length === 0 && sig.results.length === 0 && !(fun.kind === 'SelectorExpr' && e.info.selections.get(fun)?.kind === 'method')) {
    expr(e, k, call.fun);
    return;
  }
  if (ftv?.mode === 'builtin') {
    builtin(e, e.discardHole(), call, fun);
    return;
  }
  callExpr(e, [], call, k);
}

export { Var };

/**
 * Where gc positions the conversion of panic's operand: at the leftmost variable of the last
 * operand that is not a constant (`panic(i+j)` at j, `panic(a[5])` at a), at a call's
 * parenthesis, else at the expression.
 */
function panicPos(e: Escape, x: ast.Expr): ast.Expr {
  for (;;) {
    switch (x.kind) {
      case 'ParenExpr': x = x.x; continue;
      case 'BinaryExpr': x = isConst(e.info, x.y) ? x.x : x.y; continue;
      case 'IndexExpr': case 'SliceExpr': case 'StarExpr': x = x.x; continue;
      case 'SelectorExpr':
        if (e.info.selections.has(x)) { x = x.x; continue; }
        return x.sel;
      default: return x;
    }
  }
}

/**
 * unsafe.Pointer(u) for a uintptr expression u: the pointers converted to uintptr inside u
 * flow to k, so that pointer arithmetic keeps what it points into alive (gc unsafeValue).
 */
function unsafeValue(e: Escape, k: Hole, x: ast.Expr): void {
  x = unparen(x);
  switch (x.kind) {
    case 'CallExpr': {
      const ftv = e.info.types.get(x.fun);
      if (ftv?.mode === 'type' && x.args.length === 1) {
        const from = typeOf(e.info, x.args[0]!);
        const fu = from === undefined ? undefined : under(from);
        if (fu instanceof Basic && fu.kind === BasicKind.UnsafePointer) expr(e, k, x.args[0]!);
        else discard(e, x.args[0]!);
        return;
      }
      break;
    }
    case 'UnaryExpr':
      if (x.op === '+' || x.op === '-' || x.op === '^') {
        unsafeValue(e, k, x.x);
        return;
      }
      break;
    case 'BinaryExpr':
      if (x.op === '<<' || x.op === '>>') {
        unsafeValue(e, k, x.x);
        discard(e, x.y);
        return;
      }
      if (['+', '-', '|', '^', '*', '/', '%', '&', '&^'].includes(x.op)) {
        unsafeValue(e, k, x.x);
        unsafeValue(e, k, x.y);
        return;
      }
      break;
  }
  discard(e, x);
}
