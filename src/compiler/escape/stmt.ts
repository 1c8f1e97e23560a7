// Statements: how each kind of statement moves values between locations (gc escape/stmt.go,
// assign.go).
//
// Design
//   Assignments evaluate the right-hand side into the hole of the left-hand side (`addrHole`):
//   a local variable's location; the heap for a package-level variable, a store through a
//   pointer (`*p = v`, `p.f = v`, `s[i] = v`) and a map element; the variable itself for a field
//   or element of a local struct or array. Loops raise the loop depth for what they declare
//   (`for` and `range` bodies, and labels that a later `goto` jumps back to). `go` and `defer`
//   hand their call to a wrapper closure: its arguments flow to the heap, except for a `defer`
//   at the top level of the function, which runs before the frame dies.
//
// Differences from gc: the zero-value initialisation of `var x T` and the range and type switch
// variables are recognised from the AST, not from ODCL/Defn links.
import type * as ast from '../../parser/ast.js';
import { startPos } from '../../parser/ast.js';
import { Var } from '../types/objects.js';
import { Kind } from '../types/constant.js';
import { constSwitch, liveStmts } from '../inline/deadcode.js';
import { ArrayType, Interface, Pointer, Slice, Tuple, under, type Type } from '../types/types.js';
import { argTypes, hasPointers, isConst as isConstExpr, isDirectIface, safeSizeof, typeOf } from './typeinfo.js';
import type { Escape } from './escape.js';
import type { FuncUnit } from './funcs.js';
import { addr, deref, hole, type Hole } from './graph.js';
import { discard, expr, exprTo } from './expr.js';
import { stenciledAt } from './stencil.js';
import { callExpr, goDefer } from './call.js';
import { boundsCheckElided } from './bounds.js';
import { isSelfAssign } from './selfassign.js';

/** Walk a top-level function (its closures are walked where they appear). */
export function walkFunc(e: Escape, u: FuncUnit): void {
  if (u.body === null) return;
  e.curfn = u;
  e.loopDepth = 1;
  e.labels = findLoopingLabels(u.body);
  block(e, u.body.list);
}

/** Walk a closure's body as a nested function. */
export function walkClosure(e: Escape, u: FuncUnit): void {
  const saveFn = e.curfn, saveDepth = e.loopDepth, saveLabels = e.labels, saveInl = e.inl;
  e.curfn = u;
  e.loopDepth = 1;
  e.inl = null;
  e.labels = findLoopingLabels(u.body!);
  block(e, u.body!.list);
  e.curfn = saveFn;
  e.loopDepth = saveDepth;
  e.labels = saveLabels;
  e.inl = saveInl;
}

function findLoopingLabels(body: ast.BlockStmt): Map<string, 'looping' | 'nonlooping'> {
  const labels = new Map<string, 'looping' | 'nonlooping'>();
  const seen = new Set<string>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const s = n as ast.Node;
    if (s.kind === 'FuncLit') return;
    if (s.kind === 'LabeledStmt') {
      seen.add(s.label.name);
      labels.set(s.label.name, 'nonlooping');
    }
    if (s.kind === 'BranchStmt' && s.tok === 'goto' && s.label && seen.has(s.label.name)) labels.set(s.label.name, 'looping');
    for (const k in s) {
      if (k === 'kind') continue;
      const v = (s as unknown as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(body);
  return labels;
}

export function flowClosures(e: Escape): void {
  for (const { k, unit } of e.closures) {
    for (const v of unit.captures) {
      const loc = e.varLoc(v);
      if (loc === null) continue;
      const byval = !loc.addrtaken && !loc.reassigned && safeSizeof(v.type) <= 128;
      (byval ? e.analysis.capturedByValue : e.analysis.capturedByRef).add(v);
      e.flow(byval ? k : addr(k), loc);
    }
  }
}

export function block(e: Escape, list: readonly ast.Stmt[]): void {
  for (const s of liveStmts(e.info, list)) stmt(e, s);
}

function defVar(e: Escape, id: ast.Expr): Var | null {
  if (id.kind !== 'Ident') return null;
  const v = e.info.defs.get(id);
  return v instanceof Var ? v : null;
}

/** The hole for assigning to an expression (gc escape.addr). */
export function addrHole(e: Escape, n: ast.Expr): Hole {
  while (n.kind === 'ParenExpr') n = n.x;
  switch (n.kind) {
    case 'Ident': {
      if (n.name === '_') return e.discardHole();
      const v = e.info.uses.get(n) ?? e.info.defs.get(n);
      if (!(v instanceof Var)) return e.discardHole();
      const loc = e.varLoc(v);
      return loc === null ? e.heapHole() : hole(loc);
    }
    case 'SelectorExpr': {
      const sel = e.info.selections.get(n);
      if (sel === undefined) {
        const v = e.info.uses.get(n.sel);
        return v instanceof Var ? e.heapHole() : e.discardHole();
      }
      if (pathDerefs(e, n) > 0) {
        discard(e, n.x);
        return e.heapHole();
      }
      return addrHole(e, n.x);
    }
    case 'IndexExpr': {
      if (boundsCheckElided(e.info, n)) e.analysis.boundsElided(e.curfn, e.inl ?? n);
      const t = typeOf(e.info, n.x);
      const u = t === undefined ? undefined : under(t);
      if (u instanceof ArrayType) {
        discard(e, n.index);
        return addrHole(e, n.x);
      }
      if (u !== undefined && !(u instanceof Slice) && !(u instanceof Pointer)) {
        // A map element: the key is stored in the map.
        discard(e, n.x);
        exprTo(e, e.heapHole(), n.index, (u as { key?: Type }).key, lastPos(e, n) ?? startPos(n));
        return e.heapHole();
      }
      discard(e, n.x);
      discard(e, n.index);
      return e.heapHole();
    }
    case 'StarExpr':
      discard(e, n.x);
      return e.heapHole();
    default:
      discard(e, n);
      return e.heapHole();
  }
}

/** Dereferences on the way from x to x.f (x itself a pointer, embedded pointers). */
export function pathDerefs(e: Escape, n: ast.SelectorExpr): number {
  const sel = e.info.selections.get(n);
  if (sel === undefined) return 0;
  let t: Type | undefined = typeOf(e.info, n.x);
  let d = 0;
  const steps = sel.kind === 'field' ? sel.index : sel.index.slice(0, -1);
  for (const i of steps) {
    if (t === undefined) break;
    let u = under(t);
    if (u instanceof Pointer) {
      d++;
      u = under(u.elem);
    }
    const f = (u as { fields?: readonly Var[] }).fields?.[i];
    t = f?.type;
  }
  return d;
}

function markReassigned(e: Escape, ks: readonly Hole[]): void {
  for (const k of ks) if (k.dst.kind === 'var' || k.dst.kind === 'param' || k.dst.kind === 'result') k.dst.reassigned = true;
}

/** `lhs... = rhs...` (also `:=`, where the new variables are declared first). */
function assign(e: Escape, s: ast.AssignStmt): void {
  const define = s.tok === ':=';
  if (s.tok !== '=' && !define) {
    const k = addrHole(e, s.lhs[0]!);
    expr(e, selfAssign(e, s, 0) ? e.discardHole() : k, s.rhs[0]!);
    markReassigned(e, [k]);
    return;
  }
  const ks: Hole[] = [];
  const fresh: boolean[] = [];
  for (const l of s.lhs) {
    const v = define ? defVar(e, l) : null;
    if (v !== null && v.name !== '_') {
      ks.push(hole(e.declare(v)));
      fresh.push(true);
    } else {
      ks.push(addrHole(e, l));
      fresh.push(false);
    }
  }
  // As in gc, the variables count as reassigned after the right-hand side is walked: a closure
  // there that captures one of them (`q, g = 1, func() int { return q }`) must see it
  // reassigned, and the first capture forgets earlier reassignments (closure in expr.ts).
  const reassigned = ks.filter((_, i) => !fresh[i]);
  if (s.lhs.length === s.rhs.length) {
    // gc converts the values of `=` where its position is after the left-hand side: at the last
    // variable (or call) in the last destination.
    const last = s.lhs[s.lhs.length - 1]!;
    const convPos = lastPos(e, last) ?? startPos(last);
    s.rhs.forEach((r, i) => {
      const l = s.lhs[i]!;
      exprTo(e, !define && selfAssign(e, s, i) ? e.discardHole() : ks[i]!, r, typeOf(e.info, l), stenciledAt(e, r, s) ?? (define ? r : convPos));
    });
    markReassigned(e, reassigned);
    return;
  }
  // v1, v2 = f() / m[k] / x.(T) / <-c
  const r = unparen(s.rhs[0]!);
  if (r.kind === 'CallExpr' && typeOf(e.info, r) instanceof Tuple) callExpr(e, ks, r);
  else expr(e, ks[0]!, r);
  markReassigned(e, reassigned);
}

/** Whether the i-th assignment of s stores nothing new (selfassign.ts); -m says so. */
function selfAssign(e: Escape, s: ast.AssignStmt, i: number): boolean {
  if (!isSelfAssign(e.info, s.lhs[i]!, s.rhs[i]!)) return false;
  if (e.analysis.flags.m > 0) {
    const where = `${s.lhs.map((x) => e.fmt.expr(x)).join(', ')} ${s.tok} ${s.rhs.map((x) => e.fmt.expr(x)).join(', ')}`;
    e.walkLines.push({ ...(e.inl ?? s), msg: `${e.curfn.name} ignoring self-assignment in ${where}` });
  }
  return true;
}

export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

function valueSpec(e: Escape, sp: ast.ValueSpec): void {
  const ks = sp.names.map((n) => {
    const v = e.info.defs.get(n);
    return v instanceof Var && n.name !== '_' ? hole(e.declare(v)) : e.discardHole();
  });
  if (sp.values.length === sp.names.length) {
    sp.values.forEach((x, i) => {
      const v = e.info.defs.get(sp.names[i]!);
      // gc positions the conversion at the last variable (or call) in the value, and that of
      // a constant at the variable being declared.
      exprTo(e, ks[i]!, x, v instanceof Var ? v.type : undefined, stenciledAt(e, x, sp.names[i]!) ?? lastPos(e, x) ?? sp.names[i]!);
    });
  } else if (sp.values.length === 1) {
    const r = unparen(sp.values[0]!);
    if (r.kind === 'CallExpr') callExpr(e, ks, r);
    else expr(e, ks[0]!, r);
  }
}

function returnStmt(e: Escape, s: ast.ReturnStmt): void {
  const u = e.inl ? e.inl.unit : e.curfn;
  const results = e.inl ? e.inl.results : e.resultLocs.get(e.curfn) ?? [];
  if (s.results.length === 0) return;
  const ks = results.map((l) => hole(l));
  if (s.results.length === 1 && results.length > 1) {
    const r = unparen(s.results[0]!);
    if (r.kind === 'CallExpr') callExpr(e, ks, r);
  } else s.results.forEach((r, i) => exprTo(e, ks[i] ?? e.discardHole(), r, u.sig.results.vars[i]?.type, stenciledAt(e, r, s) ?? r));
  // `return v` assigns the results (a deferred closure capturing a named result sees it).
  markReassigned(e, ks);
}

export function stmt(e: Escape, s: ast.Stmt | null): void {
  if (s === null) return;
  switch (s.kind) {
    case 'BadStmt': case 'EmptyStmt': case 'BranchStmt': return;
    case 'ExprStmt': {
      const x = unparen(s.x);
      if (x.kind === 'CallExpr') callExpr(e, [], x);
      else discard(e, x);
      return;
    }
    case 'DeclStmt':
      if (s.decl.tok === 'var') for (const sp of s.decl.specs) if (sp.kind === 'ValueSpec') valueSpec(e, sp);
      return;
    case 'LabeledStmt':
      if (e.labels.get(s.label.name) === 'looping') e.loopDepth++;
      stmt(e, s.stmt);
      return;
    case 'SendStmt':
      discard(e, s.chan);
      {
        const ct = typeOf(e.info, s.chan);
        const elem = ct !== undefined ? (under(ct) as { elem?: Type }).elem : undefined;
        exprTo(e, e.heapHole(), s.value, elem, stenciledAt(e, s.value, s) ?? (e.inSelect ? s.value : isConstExpr(e.info, s.value) ? s.chan : lastPos(e, s.value) ?? s.value));
      }
      return;
    case 'IncDecStmt': markReassigned(e, [addrHole(e, s.x)]); return;
    case 'AssignStmt': assign(e, s); return;
    case 'GoStmt': goDefer(e, s.call, false); return;
    case 'DeferStmt': goDefer(e, s.call, true); return;
    case 'ReturnStmt': returnStmt(e, s); return;
    case 'BlockStmt': block(e, s.list); return;
    case 'IfStmt': {
      stmt(e, s.init);
      // Dead code is removed before escape analysis (gc deadcode).
      const c = e.info.types.get(s.cond)?.value;
      if (c !== undefined && c.kind === Kind.Bool) {
        if (c.value) block(e, s.body.list);
        else stmt(e, s.else);
        return;
      }
    }
      discard(e, s.cond);
      block(e, s.body.list);
      stmt(e, s.else);
      return;
    case 'ForStmt':
      stmt(e, s.init);
      e.loopDepth++;
      if (s.cond) discard(e, s.cond);
      stmt(e, s.post);
      block(e, s.body.list);
      e.loopDepth--;
      return;
    case 'RangeStmt': rangeStmt(e, s); return;
    case 'SwitchStmt': {
      const only = constSwitch(e.info, s);
      if (only !== null) {
        if (only.clause !== null) block(e, only.clause.body);
        return;
      }
      stmt(e, s.init);
      if (s.tag) discard(e, s.tag);
      for (const cl of s.body) {
        for (const x of cl.list ?? []) discard(e, x);
        block(e, cl.body);
      }
      return;
    }
    case 'TypeSwitchStmt': typeSwitch(e, s); return;
    case 'SelectStmt':
      for (const cl of s.body) {
        e.inSelect = true;
        stmt(e, cl.comm);
        e.inSelect = false;
        block(e, cl.body);
      }
      return;
    case 'CaseClause': case 'CommClause': block(e, s.body); return;
  }
}

function rangeStmt(e: Escape, s: ast.RangeStmt): void {
  const tmp = e.newLoc('temp', null, null, '', s, false);
  expr(e, hole(tmp), s.x);
  e.loopDepth++;
  const ks = [s.key, s.value].map((x) => {
    if (x === null) return e.discardHole();
    if (s.tok === ':=') {
      // Go 1.19: one variable for the whole loop, declared where the range statement is.
      const v = defVar(e, x);
      if (v === null || v.name === '_') return e.discardHole();
      e.loopDepth--;
      const loc = e.declare(v);
      e.loopDepth++;
      return hole(loc);
    }
    return addrHole(e, x);
  });
  const xt = typeOf(e.info, s.x);
  const isArray = xt !== undefined && under(xt) instanceof ArrayType;
  e.flow(isArray ? ks[1]! : deref(ks[1]!), tmp);
  markReassigned(e, ks);
  block(e, s.body.list);
  e.loopDepth--;
}

function typeSwitch(e: Escape, s: ast.TypeSwitchStmt): void {
  stmt(e, s.init);
  const g = s.assign.kind === 'ExprStmt' ? s.assign.x : s.assign.rhs[0]!;
  const x = unparen(g).kind === 'TypeAssertExpr' ? (unparen(g) as ast.TypeAssertExpr).x : g;
  const ks: Hole[] = [];
  if (s.assign.kind === 'AssignStmt') {
    for (const cl of s.body) {
      const v = e.info.implicits.get(cl);
      if (!(v instanceof Var)) continue;
      const loc = e.declare(v, s.assign.lhs[0]!);
      if (hasPointers(v.type)) ks.push(dotType(hole(loc), v.type));
    }
  }
  expr(e, e.teeHole(ks), x);
  const xt = typeOf(e.info, x);
  for (const cl of s.body) {
    for (const c of cl.list ?? []) {
      const t = e.info.types.get(c);
      if (t?.mode === 'type' && !(under(t.type) instanceof Interface)) e.analysis.needType(e.curfn, t.type, xt ?? null);
    }
  }
  for (const cl of s.body) block(e, cl.body);
}

/** The hole for a value extracted from an interface as type t (gc hole.dotType). */
export function dotType(k: Hole, t: Type): Hole {
  if (!(under(t) instanceof Interface) && !isDirectIface(t)) return deref(k);
  return k;
}

export { argTypes };

/**
 * The position of the last variable or call evaluated in x, where gc's typechecker position is
 * left after x (the implicit conversions it then adds sit there); null for a constant.
 */
export function lastPos(e: Escape, x: ast.Expr): ast.Pos | null {
  if (isConstExpr(e.info, x)) return null;
  switch (x.kind) {
    case 'ParenExpr': case 'StarExpr': case 'UnaryExpr': case 'TypeAssertExpr': return lastPos(e, x.x);
    case 'BinaryExpr': return lastPos(e, x.y) ?? lastPos(e, x.x);
    case 'IndexExpr': return lastPos(e, x.index) ?? lastPos(e, x.x);
    case 'SliceExpr': return (x.max && lastPos(e, x.max)) ?? (x.high && lastPos(e, x.high)) ?? (x.low && lastPos(e, x.low)) ?? lastPos(e, x.x);
    case 'SelectorExpr': return e.info.selections.has(x) ? lastPos(e, x.x) : x.sel;
    case 'KeyValueExpr': return lastPos(e, x.value);
    case 'CompositeLit':
      for (let i = x.elts.length - 1; i >= 0; i--) {
        const p = lastPos(e, x.elts[i]!);
        if (p !== null) return p;
      }
      return x;
    case 'CallExpr':
      if (e.info.types.get(x.fun)?.mode === 'type' && x.args.length === 1) return lastPos(e, x.args[0]!);
      return x;
    default: return x;
  }
}

