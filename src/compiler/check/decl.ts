// Package-level and local declarations (types2 decl.go; spec "Constant declarations", "Iota",
// "Type declarations", "Variable declarations", "Function declarations", "Method declarations").
//
// Design
//   objDecl checks one package-level object on demand, depth-first: an object is grey while its
//   declaration is being checked and black afterwards; meeting a grey object again is a cycle.
//   A cycle through values only is left to the initialization-order check ("initialization
//   cycle", initorder.ts); a cycle through types needs at least one defined (non-alias) type,
//   else it is "invalid recursive type". Types that contain themselves by value
//   (`type T struct{ t T }`) are found afterwards by validType.
//
//   Objects start with `nilType` (types2's nil type: "not yet known") until their declaration
//   says otherwise; an object used while its type is unknown (a cycle) becomes invalid.
//
//   A generic type declares its type parameters in a scope of their own around its right-hand
//   side (typeparams.ts); a generic function's are declared by funcType, around its signature
//   and body.
//
// Differences from types2: methods are collected per base type name by the resolver and
// type-checked when their type is declared.
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { makeInt, makeUnknown } from '../types/constant.js';
import { Const, Func, TypeName, Var, type Obj } from '../types/objects.js';
import { isConstType } from '../types/predicates.js';
import { Scope } from '../types/scope.js';
import { typeString } from '../types/typestring.js';
import {
  ArrayType, Basic, BasicKind, Interface, Named, Pointer, Signature, Struct, invalidType, under, type Type,
} from '../types/types.js';
import type { Checker, DeclInfo } from './check.js';
import { initConst, initVar, initVars } from './assign.js';
import { expr } from './expr.js';
import { Operand } from './operand.js';
import { funcBody } from './stmt.js';
import { definedType, funcType, typ, varType } from './typexpr.js';
import { orphanKey } from './resolver.js';
import { collectTypeParams } from './typeparams.js';

/** "No type yet" (types2's nil Type). Never escapes the checker. */
export const nilType = new Basic(BasicKind.Invalid, 0, 'invalid type');

export function packageObjects(check: Checker): void {
  // Type declarations first (types2 does aliases last; order matters only for diagnostics).
  // Non-alias type declarations first, then aliases, then everything else (as types2 does; it
  // decides which cycle is reported where).
  const isAlias = (o: Obj) => check.objMap.get(o)?.tdecl?.assign === true;
  for (const obj of check.objList) if (obj instanceof TypeName && !isAlias(obj)) objDecl(check, obj, null);
  for (const obj of check.objList) if (obj instanceof TypeName && isAlias(obj)) objDecl(check, obj, null);
  for (const obj of check.objList) if (!(obj instanceof TypeName)) objDecl(check, obj, null);
  // Methods whose receiver base type name is not a type in this package.
  for (const m of check.methods.get(orphanKey) ?? []) objDecl(check, m, null);
}

export function objDecl(check: Checker, obj: Obj, def: Named | null): void {
  const c = check.color.get(obj);
  if (c === 'black') return;
  const d = check.objMap.get(obj);
  if (d === undefined) return;
  if (c === 'grey') {
    const valid = validCycle(check, obj);
    if (obj instanceof Const || obj instanceof Var) {
      if (!valid || obj.type === nilType) obj.type = invalidType;
    } else if (obj instanceof TypeName) {
      if (!valid) obj.type = invalidType;
    }
    return;
  }
  check.color.set(obj, 'grey');
  check.objPath.push(obj);
  const saved = check.ctx;
  check.ctx = {
    decl: d, scope: d.fileScope, iota: undefined, errpos: null, sig: null, hasLabel: false, fileName: d.fileName, funcLit: null,
  };
  try {
    if (obj instanceof Const) constDecl(check, obj, d);
    else if (obj instanceof Var) varDecl(check, obj, d);
    else if (obj instanceof TypeName) typeDecl(check, obj, d.tdecl!, def);
    else if (obj instanceof Func) funcDecl(check, obj, d);
  } finally {
    check.ctx = saved;
    check.objPath.pop();
    check.color.set(obj, 'black');
  }
}

function validCycle(check: Checker, obj: Obj): boolean {
  const start = check.objPath.indexOf(obj);
  const cycle = check.objPath.slice(start);
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o instanceof Const || o instanceof Var) nval++;
    else if (o instanceof TypeName) {
      const d = check.objMap.get(o);
      const alias = d?.tdecl ? d.tdecl.assign : o.isAlias();
      if (!alias) ndef++;
    }
  }
  if (nval === cycle.length) return true;
  if (nval === 0 && ndef > 0) return true;
  cycleError(check, cycle);
  return false;
}

/** Aliases whose cycle was reported: uses of them stay quiet (types2 validAlias). */
export const validAliases = new WeakSet<TypeName>();

/** "invalid recursive type T" with the cycle spelled out (types2 cycleError). */
export function cycleError(check: Checker, cycle: Obj[]): void {
  let i = 0;
  for (let k = 1; k < cycle.length; k++) {
    const a = cycle[k]!.pos;
    const b = cycle[i]!.pos;
    if (a.line < b.line || (a.line === b.line && a.col < b.col)) i = k;
  }
  let obj = cycle[i]!;
  const name = (o: Obj) => (o.pkg !== null && o.pkg !== check.pkg ? o.pkg.name + '.' : '') + o.name;
  const p = (o: Obj) => `${o.pos.file}:${o.pos.line}:${o.pos.col}`;
  const first = obj;
  if (obj instanceof TypeName && check.objMap.get(obj)?.tdecl?.assign) validAliases.add(obj);
  let msg = obj instanceof TypeName ? `invalid recursive type ${name(obj)}` : `illegal cycle in declaration of ${name(obj)}`;
  for (let k = 0; k < cycle.length; k++) {
    msg += `\n\t${p(obj)}: ${name(obj)} refers to`;
    i = (i + 1) % cycle.length;
    obj = cycle[i]!;
  }
  msg += `\n\t${p(obj)}: ${name(obj)}`;
  check.errorAtObj(first.pos, msg);
}

function constDecl(check: Checker, obj: Const, d: DeclInfo): void {
  check.ctx.iota = makeInt(d.iota ?? 0);
  obj.val = makeUnknown();
  let declared: Type | null = null;
  if (d.vtype) {
    const t = typ(check, d.vtype);
    if (!isConstType(t)) {
      if (under(t) !== invalidType) check.errorf(d.vtype, `invalid constant type ${typeString(t, check.qf)}`);
      obj.type = invalidType;
      return;
    }
    declared = t;
    obj.type = t;
  } else {
    obj.type = nilType;
  }
  const x = new Operand();
  if (d.init) {
    if (d.inherited) check.ctx.errpos = d.constPos!;
    expr(check, x, d.init);
  }
  initConst(check, obj, x, declared !== null);
  check.ctx.errpos = null;
}

const doneMulti = new WeakSet<DeclInfo>();

function varDecl(check: Checker, obj: Var, d: DeclInfo): void {
  if (d.lhs && d.lhs.length > 1) {
    if (doneMulti.has(d)) return;
    doneMulti.add(d);
    for (const v of d.lhs) {
      v.type = nilType;
      if (v !== obj) check.color.set(v, 'grey');
    }
    if (d.vtype) {
      const t = varType(check, d.vtype);
      for (const v of d.lhs) v.type = t;
    }
    initVars(check, d.lhs, [d.init!], null);
    for (const v of d.lhs) if (v !== obj) check.color.set(v, 'black');
    return;
  }
  obj.type = d.vtype ? varType(check, d.vtype) : nilType;
  if (!d.init) {
    if (!d.vtype) obj.type = invalidType;
    return;
  }
  const x = new Operand();
  expr(check, x, d.init);
  initVar(check, obj, x, 'variable declaration');
}

export function typeDecl(check: Checker, obj: TypeName, tdecl: ast.TypeSpec, def: Named | null): void {
  if (tdecl.assign && tdecl.typeParams !== null && tdecl.typeParams.length > 0) {
    check.errorf(tdecl, 'generic type cannot be alias');
    obj.type = invalidType;
    return;
  }
  if (tdecl.assign) {
    obj.aliasDecl = true;
    obj.type = invalidType;
    const rhs = typ(check, tdecl.type);
    obj.type = rhs;
    return;
  }
  const named = new Named(obj);
  obj.type = named;
  if (def !== null) def.setUnderlying(named);
  const outer = check.ctx.scope;
  if (tdecl.typeParams !== null && tdecl.typeParams.length > 0) {
    check.ctx.scope = new Scope(outer, check.pos(tdecl), undefined, 'type parameters');
    named.typeParams = collectTypeParams(check, tdecl.typeParams);
  }
  const rhs = definedType(check, tdecl.type, named);
  check.ctx.scope = outer;
  if (named.rawUnderlying() === null) named.setUnderlying(rhs);
  // Follow a chain of defined types (type A B; type B C; ...) to its end; a chain that comes
  // back is an invalid recursive type (types2 Named.under). A chain may end at a type whose
  // declaration is still in progress further up (type T3 struct{ Next *T4 }; type T4 T5;
  // type T5 T3 reaches T3 from inside T3's struct): its underlying type is not known yet, so
  // this one stays the Named and underlying() finds the end on first use, after T3 is done.
  if (named.rawUnderlying() instanceof Named) {
    const path: Named[] = [named];
    let u: Type = named.rawUnderlying()!;
    while (u instanceof Named) {
      const i = path.indexOf(u);
      if (i >= 0) {
        cycleError(check, path.slice(i).map((n) => n.obj));
        u = invalidType;
        break;
      }
      path.push(u);
      const next = u.rawUnderlying();
      if (next === null) break;
      u = next;
    }
    named.setUnderlying(u);
  }
  validType(check, named);
  collectMethods(check, obj);
  for (const m of named.methods) objDecl(check, m, null);
}

/** Reports types that contain themselves by value (types2 validType). */
function validType(check: Checker, t: Named): void {
  const visit = (typ: Type, nest: Named[], path: Named[]): boolean => {
    if (typ instanceof ArrayType) return visit(typ.elem, nest, path);
    if (typ instanceof Struct) {
      for (const f of typ.fields) if (!visit(f.type, nest, path)) return false;
      return true;
    }
    if (typ instanceof Interface) {
      for (const e of typ.embeddeds) if (!visit(e, nest, path)) return false;
      return true;
    }
    if (typ instanceof Named) {
      if (typ.obj.pkg !== check.pkg) return true;
      if (typ.underlying() === invalidType) return false;
      if (nest.includes(typ)) {
        typ.setUnderlying(invalidType);
        const start = path.indexOf(typ);
        cycleError(check, path.slice(start).map((n) => n.obj));
        return false;
      }
      const rhs = rhsOf.get(typ) ?? typ.underlying();
      if (!visit(rhs, [...nest, typ], [...path, typ])) return false;
      return true;
    }
    return true;
  };
  visit(t, [], []);
}

const validTypes = new WeakSet<Named>();
/** The type as written on the right of a declaration (may be another Named). */
export const rhsOf = new WeakMap<Named, Type>();

function collectMethods(check: Checker, obj: TypeName): void {
  collectMethodsInto(check, obj, obj.type instanceof Named ? obj.type : null);
}

function collectMethodsInto(check: Checker, obj: TypeName, base: Named | null): void {
  const ms = check.methods.get(obj);
  if (ms === undefined) return;
  check.methods.delete(obj);
  const seen = new Map<string, Func>();
  for (const m of base?.methods ?? []) seen.set(m.name, m);
  for (const m of ms) {
    if (m.name === '_') continue;
    const alt = seen.get(m.name);
    if (alt !== undefined) {
      check.errorAtObj(m.pos, `${obj.name}.${m.name} redeclared in this block\n\t${alt.pos.file}:${alt.pos.line}:${alt.pos.col}: other declaration of ${m.name}`);
      continue;
    }
    seen.set(m.name, m);
    if (base !== null) base.addMethod(m);
  }
  // Fields of a struct clash with methods of the same name (types2 checkFieldUniqueness).
  if (base !== null) {
    const b = base;
    check.later(() => {
      const st = b.underlying();
      if (!(st instanceof Struct)) return;
      for (const m of b.methods) {
        const f = st.fields.find((f) => f.name === m.name && f.name !== '_');
        if (f !== undefined) {
          check.errorAtObj(m.pos, `field and method with the same name ${m.name}\n\t${f.pos.file}:${f.pos.line}:${f.pos.col}: other declaration of ${m.name}`);
        }
      }
    });
  }
}

function funcDecl(check: Checker, obj: Func, d: DeclInfo): void {
  const fdecl = d.fdecl!;
  obj.type = new Signature(null, emptyTuple(), emptyTuple(), false);
  const sig = funcType(check, fdecl.recv, fdecl.type);
  obj.type = sig;
  if (fdecl.body !== null) {
    const body = fdecl.body;
    const fileName = check.ctx.fileName;
    const fileScope = d.fileScope;
    check.later(() => {
      const saved = check.ctx;
      check.ctx = { ...saved, decl: d, scope: fileScope, fileName, iota: undefined, errpos: null };
      funcBody(check, d, obj.name, sig, body, fdecl.type);
      check.ctx = saved;
    });
  }
}

import { Tuple } from '../types/types.js';
function emptyTuple(): Tuple {
  return new Tuple();
}

/** Local declarations in a function body (types2 declStmt). */
export function declStmt(check: Checker, decl: ast.GenDecl): void {
  const pkg = check.pkg;
  let last: ast.ValueSpec | null = null;
  for (const spec of decl.specs) {
    if (spec.kind === 'ValueSpec' && decl.tok === 'const') {
      let inherited = false;
      if (spec.type !== null || spec.values.length > 0) last = spec;
      else if (last !== null) inherited = true;
      const src = last ?? spec;
      const lhs: Const[] = [];
      for (let i = 0; i < spec.names.length; i++) {
        const id = spec.names[i]!;
        const obj = new Const(check.pos(id), pkg, id.name, nilType, makeUnknown());
        lhs.push(obj);
        const init = src.values[i] ?? null;
        const savedIota = check.ctx.iota;
        check.ctx.iota = makeInt(spec.iota);
        let declared = false;
        if (src.type) {
          const t = typ(check, src.type);
          if (!isConstType(t)) {
            if (under(t) !== invalidType) check.errorf(src.type, `invalid constant type ${typeString(t, check.qf)}`);
            obj.type = invalidType;
          } else obj.type = t;
          declared = true;
        }
        const x = new Operand();
        if (obj.type !== invalidType || !declared) {
          if (init) {
            if (inherited) check.ctx.errpos = id;
            expr(check, x, init);
          }
          initConst(check, obj, x, declared);
        }
        check.ctx.errpos = null;
        check.ctx.iota = savedIota;
      }
      arityLocal(check, spec, spec.names, src.values, true, inherited);
      for (let i = 0; i < lhs.length; i++) check.declare(check.ctx.scope, spec.names[i]!, lhs[i]!);
    } else if (spec.kind === 'ValueSpec') {
      const lhs = spec.names.map((id) => new Var(check.pos(id), pkg, id.name, nilType));
      lhs.forEach((v) => check.usage.push(v));
      if (spec.type) {
        const t = varType(check, spec.type);
        for (const v of lhs) v.type = t;
      }
      if (spec.values.length === 0) {
        if (!spec.type) for (const v of lhs) v.type = invalidType;
      } else if (spec.values.length === lhs.length) {
        for (let i = 0; i < lhs.length; i++) {
          const x = new Operand();
          expr(check, x, spec.values[i]!);
          initVar(check, lhs[i]!, x, 'variable declaration');
        }
      } else if (spec.values.length === 1) {
        initVars(check, lhs, spec.values, null);
      } else {
        for (const v of lhs) { if (v.type === nilType) v.type = invalidType; v.used = true; }
        for (const e of spec.values) { const x = new Operand(); expr(check, x, e); }
      }
      if (spec.type === null || spec.values.length > 0) arityLocal(check, spec, spec.names, spec.values, false, false);
      for (let i = 0; i < lhs.length; i++) check.declare(check.ctx.scope, spec.names[i]!, lhs[i]!);
    } else if (spec.kind === 'TypeSpec') {
      const obj = new TypeName(check.pos(spec.name), pkg, spec.name.name, invalidType);
      check.declare(check.ctx.scope, spec.name, obj);
      typeDecl(check, obj, spec, null);
    }
  }
}

function arityLocal(check: Checker, s: ast.ValueSpec, names: ast.Ident[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void {
  const l = names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l]!;
    if (inherited) check.errorf(s, `extra init expr at ${check.ctx.fileName}:${n.line}:${n.col}`);
    else check.errorf(n, `extra init expr ${exprString(n)}`);
  } else if (l > r && (constDecl || r !== 1)) {
    const n = names[r]!;
    check.errorf(n, `missing init expr for ${n.name}`);
  }
}

