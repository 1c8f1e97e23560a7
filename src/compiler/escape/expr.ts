// Expressions: where the value of each kind of expression comes from (gc escape/expr.go).
//
// Design
//   expr(k, n) evaluates n into hole k. A variable flows its location; `&x` is x with one
//   fewer dereference, `*p` and `s[i]` of a slice one more; a field of a struct value is the
//   struct itself (fields are not tracked separately, as in gc). Allocations are spilled: the
//   expression's value is the address of a new location that their contents flow into.
//   Interface conversions box a value that is not pointer-shaped into a new allocation, printed
//   as the operand (`x escapes to heap`). Conversions the checker leaves implicit (assignment,
//   argument passing, return, composite literal elements, sends) are found by exprTo from the
//   type of the destination. Arithmetic, comparisons and lengths carry no pointers: their
//   operands are walked into the blank hole only to find allocations inside them.
//
// Differences from gc: positions of implicit conversions follow the AST (the operand, or for
// `=` assignments and sends the destination), which is where gc places them.
import type * as ast from '../../parser/ast.js';
import { Builtin, Const, Func, Var } from '../types/objects.js';
import { ArrayType, Basic, BasicKind, MapType, Pointer, Slice, Struct, Tuple, under, type Type } from '../types/types.js';
import type { Escape } from './escape.js';
import { maxImplicitStackVarSize } from './escape.js';
import { addr, deref, hole, shift, type Hole } from './graph.js';
import { callExpr } from './call.js';
import { boundsCheckElided } from './bounds.js';
import { dotType, pathDerefs, unparen, walkClosure } from './stmt.js';
import { compositeElemType, convertsToIface, hasPointers, isConst, isDirectIface, safeSizeof, typeOf } from './typeinfo.js';

export function discard(e: Escape, n: ast.Expr | null): void {
  if (n !== null) expr(e, e.discardHole(), n);
}

/** The -m name of an operand being boxed into an interface. */
function operandName(e: Escape, n: ast.Expr): string {
  return e.fmt.boxed(n);
}

/**
 * Evaluate n into k where the destination has type `target`: a concrete value assigned to an
 * interface is converted (boxed) first. `at` is where gc positions the implicit conversion.
 */
export function exprTo(e: Escape, k: Hole, n: ast.Expr, target: Type | undefined, at: ast.Pos): void {
  if (convertsToIface(e.info, n, target)) {
    const t = typeOf(e.info, n)!;
    e.analysis.needType(e.curfn, t, target!);
    if (!isDirectIface(t)) {
      k = e.spill(k, n, operandName(e, n), { line: at.line, col: at.col }, '', true);
    }
  }
  expr(e, k, n);
}

export function expr(e: Escape, k: Hole, n: ast.Expr): void {
  const tv = e.info.types.get(n);
  if (tv !== undefined && (tv.mode === 'constant' || tv.mode === 'type' || tv.mode === 'builtin')) return;
  // A value without pointers cannot make anything escape (gc exprSkipInit).
  if (k.derefs >= 0 && tv !== undefined && !(tv.type instanceof Tuple) && !hasPointers(tv.type)) k = e.discardHole();
  switch (n.kind) {
    case 'Ident': {
      const o = e.info.uses.get(n);
      if (o instanceof Var) {
        const loc = e.varLoc(o);
        if (loc !== null) e.flow(k, loc);
      }
      return;
    }
    case 'BasicLit': case 'BadExpr': return;
    case 'ParenExpr': expr(e, k, n.x); return;
    case 'FuncLit': closure(e, k, n); return;
    case 'CompositeLit': composite(e, k, n, n); return;
    case 'SelectorExpr': {
      const sel = e.info.selections.get(n);
      if (sel === undefined) return;
      if (sel.kind === 'field') {
        expr(e, shift(k, pathDerefs(e, n)), n.x);
        return;
      }
      if (sel.kind === 'method') {
        // A method value: a closure holding the receiver.
        const k2 = e.spill(k, n, e.fmt.expr(n), n);
        receiver(e, k2, n, sel.obj as Func);
      }
      return;
    }
    case 'IndexExpr': {
      if (boundsCheckElided(e.info, n)) e.analysis.boundsElided(e.curfn, e.inl ?? n);
      const t = typeOf(e.info, n.x);
      const u = t === undefined ? undefined : under(t);
      if (u instanceof MapType) exprTo(e, e.discardHole(), n.index, u.key, n.index);
      else discard(e, n.index);
      if (u instanceof ArrayType) expr(e, k, n.x);
      else if (u instanceof Pointer || u instanceof Slice) expr(e, deref(k), n.x);
      else discard(e, n.x);
      return;
    }
    case 'IndexListExpr': return;
    case 'SliceExpr': {
      const t = typeOf(e.info, n.x);
      const u = t === undefined ? undefined : under(t);
      discard(e, n.low);
      discard(e, n.high);
      discard(e, n.max);
      if (u instanceof ArrayType) expr(e, addr(k), n.x);
      else expr(e, k, n.x);
      return;
    }
    case 'TypeAssertExpr':
      if (n.type) e.analysis.needType(e.curfn, typeOf(e.info, n) ?? typeOf(e.info, n.x)!, typeOf(e.info, n.x) ?? null);
      expr(e, n.type ? dotType(k, typeOf(e.info, n) ?? typeOf(e.info, n.x)!) : k, n.x);
      return;
    case 'StarExpr': expr(e, deref(k), n.x); return;
    case 'UnaryExpr':
      if (n.op === '&') {
        const x = unparen(n.x);
        if (x.kind === 'CompositeLit') {
          const t = typeOf(e.info, x);
          const why = t !== undefined && safeSizeof(t) > maxImplicitStackVarSize ? 'too large for stack' : '';
          const k2 = e.spill(k, n, '&' + e.fmt.composite(x), n, why);
          composite(e, k2, x, n);
          return;
        }
        expr(e, addr(k), n.x);
        return;
      }
      discard(e, n.x);
      return;
    case 'BinaryExpr': {
      const t = typeOf(e.info, n);
      if (n.op === '+' && t !== undefined && under(t) instanceof Basic && (under(t) as Basic).kind === BasicKind.String) {
        e.spill(k, n, e.fmt.expr(n), n);
        // The result may be an operand itself. gc's runtime copies an operand whose bytes are
        // on the stack rather than return it; the VM cannot tell, so for the code generator
        // the operands go where the result goes (codegen/strings.ts).
        const ko = e.analysis.flags.codegen !== undefined ? k : e.discardHole();
        for (const o of concatOperands(e, n)) expr(e, ko, o);
        return;
      }
      discard(e, n.x);
      discard(e, n.y);
      return;
    }
    case 'KeyValueExpr': discard(e, n.key); expr(e, k, n.value); return;
    case 'CallExpr': callExpr(e, [k], n); return;
    default: return;
  }
}

function concatOperands(e: Escape, n: ast.Expr): ast.Expr[] {
  const out: ast.Expr[] = [];
  const flat = (x: ast.Expr): void => {
    if (x.kind === 'BinaryExpr' && x.op === '+' && !isConst(e.info, x)) {
      flat(x.x);
      flat(x.y);
    } else out.push(x);
  };
  flat(n);
  return out;
}

/** The receiver of a method call or method value, with its implicit & or *. */
export function receiver(e: Escape, k: Hole, sel: ast.SelectorExpr, m: Func): void {
  const s = e.info.selections.get(sel);
  const t = typeOf(e.info, sel.x);
  const d = s === undefined || t === undefined ? pathDerefs(e, sel) : recvDerefs(t, s.index, m);
  if (d < 0) {
    expr(e, addr(shift(k, d + 1)), sel.x);
    return;
  }
  expr(e, shift(k, d), sel.x);
}

/**
 * The dereferences from a value of type t to the receiver of method m reached through the
 * embedded fields of `index` (all but its last element): one per pointer walked through, one
 * more for a value method called on a pointer, one fewer for a pointer method on a value.
 */
export function recvDerefs(t: Type, index: readonly number[], m: Func): number {
  let d = 0;
  let cur: Type | undefined = t;
  for (const i of index.slice(0, -1)) {
    if (cur === undefined) break;
    let u = under(cur);
    if (u instanceof Pointer) {
      d++;
      u = under(u.elem);
    }
    cur = (u as { fields?: readonly Var[] }).fields?.[i]?.type;
  }
  const recv = (m.type as { recv: Var | null }).recv;
  const havePtr = cur !== undefined && under(cur) instanceof Pointer;
  const wantPtr = recv !== null && under(recv.type) instanceof Pointer;
  if (wantPtr && !havePtr) d -= 1;
  if (!wantPtr && havePtr) d += 1;
  return d;
}

function closure(e: Escape, k: Hole, lit: ast.FuncLit): void {
  const u = e.analysis.table.byLit.get(lit);
  const k2 = e.spill(k, lit, 'func literal', lit);
  if (u === undefined) return;
  e.closures.push({ k: k2, unit: u });
  for (const v of u.captures) {
    const loc = e.varLoc(v);
    if (loc === null || loc.captured) continue;
    loc.captured = true;
    if (loc.loopDepth === e.loopDepth) loc.reassigned = false;
  }
  walkClosure(e, u);
}

/** A composite literal's elements flow into k (for slices and maps, into a new allocation). */
export function composite(e: Escape, k: Hole, n: ast.CompositeLit, _outer: ast.Expr): void {
  const t = typeOf(e.info, n);
  const u = t === undefined ? undefined : under(t);
  if (u instanceof Slice) {
    const k2 = e.spill(k, n, e.fmt.composite(n), n);
    elements(e, k2, n, t);
    return;
  }
  if (u instanceof MapType) {
    e.spill(k, n, e.fmt.composite(n), n);
    for (const x of n.elts) {
      if (x.kind === 'KeyValueExpr') {
        exprTo(e, e.heapHole(), x.key, u.key, x.key);
        exprTo(e, e.heapHole(), x.value, u.elem, x);
      } else discard(e, x);
    }
    return;
  }
  elements(e, k, n, t);
}

function elements(e: Escape, k: Hole, n: ast.CompositeLit, t: Type | undefined): void {
  const isStruct = t !== undefined && under(t) instanceof Struct;
  n.elts.forEach((x0, i) => {
    const v = x0.kind === 'KeyValueExpr' ? x0.value : x0;
    if (!isStruct && elidedPtr(e, v, compositeElemType(t, i, null))) {
      if (x0.kind === 'KeyValueExpr') discard(e, x0.key);
      const lit = v as ast.CompositeLit;
      const k2 = e.spill(k, lit, '&' + e.fmt.composite(lit), lit);
      composite(e, k2, lit, lit);
      return;
    }
    const x = x0;
    if (x.kind === 'KeyValueExpr') {
      if (!isStruct) discard(e, x.key);
      exprTo(e, k, x.value, compositeElemType(t, i, isStruct ? x.key : null), x);
    } else exprTo(e, k, x, compositeElemType(t, i, null), x);
  });
}

/** An element `{...}` whose type is elided to `*T` in a literal of pointers is `&T{...}`. */
function elidedPtr(e: Escape, x: ast.Expr, elem: Type | undefined): boolean {
  return x.kind === 'CompositeLit' && x.type === null && elem !== undefined && under(elem) instanceof Pointer;
}

export function isGlobalVar(e: Escape, o: unknown): boolean {
  return o instanceof Var && o.parent === e.analysis.pkg.pkg.scope;
}

export { Builtin, Const, hole };
