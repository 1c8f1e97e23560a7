// Type parameter declarations, constraints and explicit instantiation (types2 decl.go
// collectTypeParams/bound, union.go, typexpr.go instantiatedType, call.go funcInst,
// signature.go collectRecv; spec "Type parameter declarations", "Type constraints",
// "Instantiations").
//
// Design
//   collectTypeParams declares a list's names in the current scope first, then checks each
//   constraint (so `[P any, Q []P]` and `[T interface{ m() T }]` see all of them). A constraint
//   written as a union or a non-interface type (`[T ~int | string]`, `[T int]`) is an implicit
//   interface around it.
//
//   Unions (`~int | string`) are checked term by term: `~T` needs T to be its own underlying type,
//   a term cannot be a type parameter or an interface with methods, and `comparable` cannot be a
//   term. An interface that has a type set other than "all types with these methods" is a
//   constraint only: varType reports it where it is used as the type of a value.
//
//   `T[A, B]` in a type makes the instance (types/instantiate.ts), records it in Info.instances
//   under the generic type's identifier, and checks the arguments against the constraints once
//   the package's declarations are complete (a constraint may mention types declared later).
//   `f[A]` in an expression instantiates a generic function the same way; with fewer arguments
//   than parameters it is completed by inference (at a call, call.ts; elsewhere it cannot be).
//
//   A method of a generic type declares its own receiver type parameters (`func (l *List[E])`):
//   new TypeParams with the type's constraints renamed, and the receiver type is the generic type
//   instantiated with them (Signature.recvTypeParams).
//
// How it differs from types2: overlapping union terms are not reported.
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { TypeName } from '../types/objects.js';
import { identical } from '../types/predicates.js';
import { instantiate, instantiateSignature } from '../types/instantiate.js';
import { makeSubstMap, subst } from '../types/subst.js';
import { typeString } from '../types/typestring.js';
import { typeSetOf } from '../types/typeset.js';
import {
  Interface, Named, Pointer, Signature, Term, TypeParam, Union, invalidType, under, type Type,
} from '../types/types.js';
import { comparableType } from '../types/universe.js';
import { use } from './call.js';
import type { Checker } from './check.js';
import { startOf, type At } from './errors.js';
import { verify } from './instantiate.js';
import { Operand, operandString } from './operand.js';
import { ident, typ, varType } from './typexpr.js';
import { selector } from './call.js';

/** Declares the type parameters of a list in the current scope and checks their constraints. */
export function collectTypeParams(check: Checker, fields: readonly ast.Field[]): TypeParam[] {
  const tparams: TypeParam[] = [];
  for (const f of fields) {
    for (const id of f.names) {
      const obj = new TypeName(check.pos(id), check.pkg, id.name, invalidType);
      const tp = new TypeParam(obj, tparams.length, invalidType);
      obj.type = tp;
      check.declare(check.ctx.scope, id, obj);
      tparams.push(tp);
    }
  }
  let i = 0;
  for (const f of fields) {
    const b = bound(check, f.type);
    for (let k = 0; k < f.names.length; k++) tparams[i++]!.constraint = b;
  }
  return tparams;
}

/** A constraint: an interface, or an implicit interface around a union or a type. */
function bound(check: Checker, e: ast.Expr): Type {
  if (isUnionExpr(e)) {
    const u = union(check, e);
    check.recordTypeAndValue(e, 'type', u);
    return implicitIface(u);
  }
  const t = typ(check, e);
  if (t instanceof TypeParam) {
    check.errorf(e, `cannot use a type parameter as constraint`);
    return invalidType;
  }
  return t;
}

function implicitIface(t: Type): Interface {
  const i = new Interface([], [t]);
  i.implicit = true;
  return i;
}

export function isUnionExpr(e: ast.Expr): boolean {
  return (e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~');
}

/** A union element `A | ~B | ...` (a single term without ~ is just the type). */
export function union(check: Checker, e: ast.Expr): Type {
  const list: ast.Expr[] = [];
  const flatten = (x: ast.Expr): void => {
    if (x.kind === 'BinaryExpr' && x.op === '|') {
      flatten(x.x);
      flatten(x.y);
    } else list.push(x);
  };
  flatten(e);
  const terms: Term[] = [];
  for (const x of list) {
    const tilde = x.kind === 'UnaryExpr' && x.op === '~';
    const te = tilde ? (x as ast.UnaryExpr).x : x;
    const t = typ(check, te);
    if (t === invalidType) continue;
    const term = new Term(tilde, t);
    if (list.length === 1 && !tilde) return t;
    check.later(() => checkTerm(check, x, term, list.length));
    terms.push(term);
  }
  return new Union(terms);
}

function checkTerm(check: Checker, at: ast.Expr, term: Term, n: number): void {
  const t = term.type;
  const s = (x: Type) => typeString(x, check.qf);
  if (t instanceof TypeParam) {
    check.errorf(at, term.tilde ? `type in term ${exprString(at)} cannot be a type parameter` : `term cannot be a type parameter`);
    return;
  }
  const u = under(t);
  if (term.tilde && !identical(t, u)) {
    check.errorf(at, `invalid use of ~ (underlying type of ${s(t)} is ${s(u)})`);
    return;
  }
  if (u instanceof Interface && n > 1) {
    if (t === comparableType) check.errorf(at, `cannot use comparable in union`);
    else if (typeSetOf(u).methods.length > 0) check.errorf(at, `cannot use ${s(t)} in union (${s(t)} contains methods)`);
  }
}

/** The generic Named denoted by a type expression, or null after reporting. */
function genericType(check: Checker, e: ast.Expr): Named | null {
  const x = new Operand();
  if (e.kind === 'Ident') ident(check, x, e, null, true);
  else if (e.kind === 'SelectorExpr') selector(check, x, e, true);
  else {
    typ(check, e);
    check.errorf(e, `${exprString(e)} is not a generic type`);
    return null;
  }
  if (x.mode === 'invalid') return null;
  if (x.mode !== 'type') {
    check.errorf(e, `${exprString(e)} is not a type`);
    return null;
  }
  const t = x.type;
  if (!(t instanceof Named) || t.typeParams.length === 0 || t.typeArgs !== null) {
    if (t !== invalidType) check.errorf(e, `${typeString(t, check.qf)} is not a generic type`);
    return null;
  }
  check.recordTypeAndValue(e, 'type', t);
  return t;
}

/** The identifier naming a generic type or function (`List`, `pkg.List`). */
export function instanceIdent(e: ast.Expr): ast.Ident | null {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'Ident') return e;
  if (e.kind === 'SelectorExpr') return e.sel;
  return null;
}

/** `T[A, ...]` in a type (types2 instantiatedType). */
export function instantiatedType(check: Checker, e: ast.IndexExpr | ast.IndexListExpr): Type {
  const indices = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  const gtyp = genericType(check, e.x);
  if (gtyp === null) {
    use(check, indices);
    return invalidType;
  }
  const targs = indices.map((x) => varType(check, x));
  if (targs.includes(invalidType)) return invalidType;
  if (targs.length !== gtyp.typeParams.length) {
    check.errorf(e.x, `got ${targs.length} arguments but ${gtyp.typeParams.length} type parameters`);
    return invalidType;
  }
  const inst = instantiate(gtyp, targs);
  const id = instanceIdent(e.x);
  if (id !== null) check.info.instances.set(id, { typeArgs: targs, type: inst });
  const fileName = check.ctx.fileName;
  check.later(() => {
    const r = verify(gtyp.typeParams, targs, check.qf);
    if (r === null) return;
    const saved = check.ctx.fileName;
    check.ctx.fileName = fileName;
    check.errorf(indices[r.index]!, r.cause);
    check.ctx.fileName = saved;
  });
  return inst;
}

/**
 * Explicit type arguments of `f[A, ...]` for generic function x (x is the evaluated `f`): the
 * types, or null after reporting. Fewer arguments than parameters are allowed (inference).
 */
export function funcTypeArgs(check: Checker, x: Operand, indices: readonly ast.Expr[]): Type[] | null {
  const sig = x.type as Signature;
  const targs = indices.map((e) => varType(check, e));
  if (targs.includes(invalidType)) return null;
  if (targs.length > sig.typeParams.length) {
    check.errorf(indices[sig.typeParams.length]!, `got ${targs.length} type arguments but ${operandString(x, check.qf)} has ${sig.typeParams.length} type parameters`);
    return null;
  }
  return targs;
}

/**
 * Instantiates generic function x with complete type arguments targs, verifying them: x takes
 * the instantiated signature; the instance is recorded. `at` is where a failing argument is
 * reported when it was inferred (explicit ones are reported at themselves).
 */
export function instantiateFunc(check: Checker, x: Operand, targs: readonly Type[], explicit: readonly ast.Expr[], at: At): void {
  const sig = x.type as Signature;
  const r = verify(sig.typeParams, targs, check.qf);
  if (r !== null) {
    check.errorf(explicit[r.index] ?? at, r.cause);
    x.mode = 'invalid';
    return;
  }
  const inst = instantiateSignature(sig, targs);
  const id = x.expr !== null ? instanceIdent(x.expr) : null;
  if (id !== null) check.info.instances.set(id, { typeArgs: targs, type: inst });
  x.type = inst;
  if (x.expr !== null) check.recordTypeAndValue(x.expr, 'value', inst);
}

/** Whether x is a generic function or type used without instantiation (types2 nonGeneric). */
export function nonGeneric(check: Checker, x: Operand): void {
  if (x.mode === 'invalid' || x.mode === 'novalue') return;
  let what = '';
  if (x.type instanceof Named && x.mode === 'type' && x.type.typeParams.length > 0 && x.type.typeArgs === null) what = 'type';
  else if (x.type instanceof Signature && x.type.typeParams.length > 0) what = 'function';
  if (what === '') return;
  check.errorf(x, `cannot use generic ${what} ${x.expr !== null ? exprString(x.expr) : typeString(x.type, check.qf)} without instantiation`);
  x.mode = 'invalid';
  x.type = invalidType;
}

/**
 * The receiver type of a method of generic type `base` written `base[P, Q]` (or `*base[P, Q]`):
 * declares P, Q in the current scope as new type parameters constrained like base's, and returns
 * the receiver type and them.
 */
export function genericRecv(check: Checker, rtype: ast.Expr): { type: Type; tparams: TypeParam[] } | null {
  let e = rtype;
  let ptr = false;
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'StarExpr') {
    ptr = true;
    e = e.x;
    while (e.kind === 'ParenExpr') e = e.x;
  }
  if (e.kind !== 'IndexExpr' && e.kind !== 'IndexListExpr') return null;
  const names = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  const x = new Operand();
  if (e.x.kind !== 'Ident') return null;
  ident(check, x, e.x, null, true);
  if (x.mode !== 'type' || !(x.type instanceof Named) || x.type.typeParams.length === 0) {
    if (x.mode === 'type' && x.type !== invalidType) check.errorf(e.x, `${typeString(x.type, check.qf)} is not a generic type`);
    use(check, names);
    return { type: invalidType, tparams: [] };
  }
  const base = x.type;
  if (names.length !== base.typeParams.length) {
    check.errorf(names[0]!, `got ${names.length} type parameters, but receiver base type declares ${base.typeParams.length}`);
    return { type: invalidType, tparams: [] };
  }
  const tparams: TypeParam[] = [];
  names.forEach((n, i) => {
    const name = n.kind === 'Ident' ? n.name : '_';
    if (n.kind !== 'Ident') check.errorf(n, `receiver type parameter ${exprString(n)} must be an identifier`);
    const obj = new TypeName(check.pos(startOf(n)), check.pkg, name, invalidType);
    const tp = new TypeParam(obj, i, invalidType);
    obj.type = tp;
    if (n.kind === 'Ident') check.declare(check.ctx.scope, n, obj);
    tparams.push(tp);
  });
  const smap = makeSubstMap(base.typeParams, tparams);
  tparams.forEach((tp, i) => {
    tp.constraint = subst(base.typeParams[i]!.constraint, smap);
  });
  const inst = instantiate(base, tparams);
  check.recordTypeAndValue(e, 'type', inst);
  check.info.instances.set(e.x, { typeArgs: tparams, type: inst });
  const t = ptr ? new Pointer(inst) : inst;
  check.recordTypeAndValue(rtype, 'type', t);
  return { type: t, tparams };
}
