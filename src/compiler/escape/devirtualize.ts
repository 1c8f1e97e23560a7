// Devirtualization: an interface method call whose receiver is statically a conversion of a
// concrete value calls the concrete method directly (gc devirtualize/devirtualize.go).
//
// Design
//   gc runs the pass after inlining, over every function body (inlined bodies included), and
//   before escape analysis, which then sees a direct call with the receiver `i.(T)`. For a call
//   `x.M(...)` on an interface:
//     1. Find the static value of x (gc ir.StaticValue): follow a local variable to the
//        expression it is defined with, when it is assigned nowhere else and its address is never
//        taken (an inlined callee's parameter is such a variable, defined by the argument; the
//        callee's other variables are not, gc's inlined copies lose their definitions), and
//        an inlined call to its only `return` expression, when the callee has exactly one
//        non-empty return and unnamed results (gc canDelayResults). Conversions that change
//        nothing (to an identical type) are looked through.
//     2. That value must be a conversion of a concrete value to an interface: an explicit one,
//        or the implicit one the checker leaves where a concrete value is assigned, passed or
//        returned as an interface. A conversion between two different interface types stops
//        the search (gc's OCONVIFACE with an interface operand).
//     3. The method M of the concrete type T decides: a concrete method (possibly promoted
//        through embedded fields) makes the call direct, `devirtualizing x.M to T`; one promoted
//        from an embedded interface leaves an interface call on that field, `partially
//        devirtualizing x.M to T`.
//
// How it differs from gc: gc rewrites the IR; here the decision is made while escape analysis
// walks the call (call.ts), in the inlining context it is walked in, and the -m lines are sorted
// into gc's order (functions in source order, calls by position) when the package is done.
import type * as ast from '../../parser/ast.js';
import { Func, Var } from '../types/objects.js';
import { lookupFieldOrMethod } from '../types/lookup.js';
import { identical } from '../types/predicates.js';
import { isEmptyInterface } from '../types/typeset.js';
import { Interface, Tuple, under, type Type } from '../types/types.js';
import type { Escape } from './escape.js';
import type { FuncUnit } from './funcs.js';
import { unparen } from './stmt.js';
import { isNil, typeOf } from './typeinfo.js';

export interface Devirtualized {
  /** The dynamic type of the receiver. */
  readonly type: Type;
  /** The method called: concrete, or for a partial devirtualization the embedded interface's. */
  readonly method: Func;
  /** Embedded fields from a T value to the method's receiver, then the method's index. */
  readonly index: readonly number[];
  readonly partial: boolean;
}

/**
 * Where a variable's static value is looked up: inlined callees' parameters are bound to their
 * call's arguments, which are read in the binding's outer scope.
 */
interface Scope {
  lookup(v: Var): { x: ast.Expr; scope: Scope } | undefined;
  /** The functions being inlined at this point (the inliner's context). */
  readonly stack: readonly FuncUnit[];
}

export function devirtualize(e: Escape, sel: ast.SelectorExpr): Devirtualized | null {
  const s = e.info.selections.get(sel);
  // A method of an embedded interface field (`s.I.M()`) is called on that field, not on x.
  if (s === undefined || s.kind !== 'method' || s.index.length !== 1 || !isIface(typeOf(e.info, sel.x))) return null;
  const t = concreteOperand(e, sel.x, walkScope(e));
  if (t === null) return null;
  const r = lookupFieldOrMethod(t, false, s.obj.pkg, sel.sel.name);
  if (r.kind !== 'found' || !(r.obj instanceof Func)) return null;
  const recv = (r.obj.type as { recv: Var | null }).recv;
  const partial = recv !== null && isIface(recv.type);
  return { type: t, method: r.obj, index: r.index, partial };
}

/** The scope of the walk in progress: the arguments of the inlined calls being walked. */
function walkScope(e: Escape): Scope {
  const scope: Scope = {
    lookup: (v) => {
      // An inlined body's own variables lose their definitions (only its parameters, bound to
      // the arguments, keep one).
      const x = e.inlArgs.get(v) ?? (ownLocal(e.curfn, v) ? e.analysis.inliner.staticDefs.get(v) : undefined);
      return x === undefined ? undefined : { x, scope };
    },
    stack: e.inl?.stack ?? [],
  };
  return scope;
}

/** The concrete type converted to an interface to make x's static value, or null (steps 1, 2). */
function concreteOperand(e: Escape, x: ast.Expr, scope: Scope): Type | null {
  for (let guard = 0; guard < 100; guard++) {
    x = unparen(x);
    const t = typeOf(e.info, x);
    if (t === undefined || t instanceof Tuple || isNil(e.info, x)) return null;
    if (!isIface(t)) return t;
    const next = staticValue1(e, x, t, scope);
    if (next === null) return null;
    x = next.x;
    scope = next.scope;
  }
  return null;
}

/**
 * One step of the static value of x, an expression of interface type t: what x is defined as,
 * when that is known and converts to t either not at all or from a concrete type.
 */
function staticValue1(e: Escape, x: ast.Expr, t: Type, scope: Scope): { x: ast.Expr; scope: Scope } | null {
  let next: { x: ast.Expr; scope: Scope } | null = null;
  if (x.kind === 'Ident') {
    const v = e.info.uses.get(x);
    if (!(v instanceof Var)) return null;
    next = scope.lookup(v) ?? null;
  } else if (x.kind === 'CallExpr') {
    const ftv = e.info.types.get(x.fun);
    if (ftv?.mode === 'type') next = x.args.length === 1 ? { x: x.args[0]!, scope } : null;
    else next = inlinedResult(e, x, scope);
  }
  if (next === null) return null;
  const nt = typeOf(e.info, next.x);
  if (nt === undefined) return null;
  if (isIface(nt) && !convNop(nt, t)) return null;
  return next;
}

/** gc convertop: an interface converts to another without a new itab only when identical. */
function convNop(from: Type, to: Type): boolean {
  if (identical(from, to)) return true;
  const fu = under(from);
  return fu instanceof Interface && isEmptyInterface(fu) && identical(fu, under(to));
}

/** The single result of an inlined call whose callee returns once (gc SingleResult, canDelayResults). */
function inlinedResult(e: Escape, call: ast.CallExpr, scope: Scope): { x: ast.Expr; scope: Scope } | null {
  const t = e.analysis.inliner.target(call, e.curfn, scope.stack, (v) => scope.lookup(v)?.x);
  if (t === null || t.kind !== 'unit' || t.unit.body === null) return null;
  const u = t.unit;
  if (u.sig.results.length !== 1 || u.results.some((v) => v !== null && v.name !== '' && v.name !== '_')) return null;
  const ret = singleReturn(u.body!);
  if (ret === null || ret.results.length !== 1) return null;
  const fun = unparen(call.fun);
  const sel = fun.kind === 'SelectorExpr' && e.info.selections.get(fun)?.kind === 'method' ? fun : null;
  const args = sel !== null ? [sel.x, ...call.args] : call.args;
  const variadic = u.sig.variadic ? u.params.length - 1 : Infinity;
  const inner: Scope = {
    lookup: (v) => {
      const i = u.params.indexOf(v);
      if (i >= 0) {
        if (i >= variadic || e.analysis.inliner.reassignedVars.has(v) || args[i] === undefined) return undefined;
        return { x: args[i]!, scope };
      }
      return undefined;
    },
    stack: [...scope.stack, u],
  };
  return { x: ret.results[0]!, scope: inner };
}

/** The function's only return statement, when it has exactly one (closures' returns not counted). */
function singleReturn(body: ast.BlockStmt): ast.ReturnStmt | null {
  let found: ast.ReturnStmt | null = null;
  let n = 0;
  const visit = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    const node = x as ast.Node;
    if (node.kind === 'FuncLit') return;
    if (node.kind === 'ReturnStmt') {
      n += node.results.length === 0 ? 2 : 1;
      found = node;
    }
    for (const k in node) {
      if (k === 'kind') continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(body.list);
  return n === 1 ? found : null;
}

/** Whether v is a local variable of u itself (not of a closure in it). */
function ownLocal(u: FuncUnit, v: Var): boolean {
  if (u.body === null || !within(u.body, v.pos)) return false;
  return !u.closures.some((c) => c.body !== null && within(c.body, v.pos));
}

function within(b: ast.BlockStmt, p: ast.Pos): boolean {
  const after = p.line > b.line || (p.line === b.line && p.col >= b.col);
  const before = p.line < b.rbraceLine || (p.line === b.rbraceLine && p.col <= b.rbraceCol);
  return after && before;
}

function isIface(t: Type | undefined): boolean {
  return t !== undefined && under(t) instanceof Interface;
}
