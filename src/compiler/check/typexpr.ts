// Identifiers and type expressions (types2 typexpr.go, signature.go, struct.go, interface.go;
// spec "Types", "Function types", "Struct types", "Interface types", "Method declarations").
//
// Design
//   `ident` resolves a name through the scope chain, type-checks the object on demand (objDecl)
//   and records the use. `typ`/`varType`/`definedType` evaluate type expressions; for a
//   declaration `type T struct{...}`, definedType gets T's Named so that the struct can refer to
//   T before T's underlying type is set. Checks that need complete types (map key
//   comparability, receiver base types) run later through `check.later`.
//
//   Generic types are instantiated where written with arguments (`List[int]`, typeparams.ts); one
//   named without them is an error. A function type's type parameters, and a method's receiver
//   type parameters, are declared in a scope of their own that encloses the parameters and the
//   body. An interface with a type set (unions, `~T`, embedded non-interface types, comparable)
//   is a constraint only: varType reports its use as the type of a value.
//
// Differences from types2: interface methods with type parameters are rejected by the parser.
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { Kind, int64Val, toInt } from '../types/constant.js';
import { Const, Func, Nil, PkgName, TypeName, Var, Builtin, newField, newParam } from '../types/objects.js';
import { comparable, isInteger, isUntyped } from '../types/predicates.js';
import { representable } from '../types/representable.js';
import { typeString } from '../types/typestring.js';
import {
  ArrayType, BasicKind, Chan, ChanDir, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Typ,
  TypeParam, invalidType, under, type Type,
} from '../types/types.js';
import { universeIota } from '../types/universe.js';
import { typeSetOf } from '../types/typeset.js';
import { collectTypeParams, genericRecv, instantiatedType, isUnionExpr, union } from './typeparams.js';
import type { Checker } from './check.js';
import { objDecl, nilType, rhsOf, validAliases } from './decl.js';
import { expr } from './expr.js';
import { selector } from './call.js';
import { Operand, operandString } from './operand.js';
import { litOfScope } from './stmt.js';
import { unquoteString } from '../types/quote.js';
import { Scope } from '../types/scope.js';

export function ident(check: Checker, x: Operand, e: ast.Ident, def: Named | null, wantType: boolean): void {
  x.mode = 'invalid';
  x.expr = e;
  x.type = invalidType;
  const found = check.ctx.scope.lookupParent(e.name);
  if (found === undefined || e.name === '_') {
    if (e.name === '_') check.errorf(e, 'cannot use _ as value or type');
    else check.errorf(e, `undefined: ${e.name}`);
    return;
  }
  const [scope, obj] = found;
  check.recordUse(e, obj);
  let t = obj.type;
  if (t === nilType || (obj instanceof TypeName && wantType) || (check.objMap.has(obj) && !check.color.has(obj))) {
    objDecl(check, obj, def);
    t = obj.type;
  }
  if (scope.isPackage && scope.parent !== null && scope.parent.parent !== null && !(obj instanceof PkgName) && obj.pkg !== check.pkg) {
    markDotImportUsed(check, obj);
  }
  if (obj instanceof PkgName) {
    check.errorf(e, `use of package ${obj.name} not in selector`);
    return;
  }
  if (obj instanceof Const) {
    check.addDeclDep(obj);
    if (t === invalidType || t === nilType) return;
    if (obj === universeIota) {
      if (check.ctx.iota === undefined) {
        check.errorf(e, 'cannot use iota outside constant declaration');
        return;
      }
      x.val = check.ctx.iota;
    } else {
      x.val = obj.val;
    }
    x.mode = 'constant';
  } else if (obj instanceof TypeName) {
    if (obj.aliasDecl && t === invalidType && check.color.get(obj) === 'grey' && !validAliases.has(obj)) {
      check.errorf(e, `invalid use of type alias ${obj.name} in recursive type (see issue #50729)`);
      return;
    }
    x.mode = 'type';
  } else if (obj instanceof Var) {
    if (obj.pkg === check.pkg) obj.used = true;
    if (!scope.isPackage) recordCapture(check, obj, scope);
    check.addDeclDep(obj);
    if (t === invalidType || t === nilType) {
      if (t === nilType) obj.type = invalidType;
      return;
    }
    x.mode = 'variable';
  } else if (obj instanceof Func) {
    check.addDeclDep(obj);
    x.mode = 'value';
  } else if (obj instanceof Builtin) {
    x.id = obj.builtinId;
    x.mode = 'builtin';
  } else if (obj instanceof Nil) {
    x.mode = 'nilvalue';
  }
  x.type = obj.type;
}

/** Records obj as captured by every function literal between the use and obj's scope. */
function recordCapture(check: Checker, obj: Var, declScope: Scope): void {
  for (let s: Scope | null = check.ctx.scope; s !== null && s !== declScope; s = s.parent) {
    if (!s.isFunc) continue;
    const lit = litOfScope.get(s);
    if (lit === undefined) continue;
    const list = check.info.captures.get(lit) ?? [];
    if (!list.includes(obj)) list.push(obj);
    check.info.captures.set(lit, list);
  }
}

function markDotImportUsed(check: Checker, obj: { pkg: import('../types/package.js').Package | null }): void {
  for (const p of check.imports) if (p.name === '.' && p.imported === obj.pkg) p.used = true;
}

/** A type expression's type, or Invalid (types2 typ). */
export function typ(check: Checker, e: ast.Expr): Type {
  return definedType(check, e, null);
}

/**
 * Like typ, for the type of a variable (or field, parameter, element): an interface that is a
 * constraint only is reported (types2 varType).
 */
export function varType(check: Checker, e: ast.Expr): Type {
  const t = definedType(check, e, null);
  const fileName = check.ctx.fileName;
  check.later(() => {
    const u = under(t);
    if (!(u instanceof Interface) || t instanceof TypeParam) return;
    const ts = typeSetOf(u);
    if (ts.terms === null && !ts.comparable) return;
    const saved = check.ctx.fileName;
    check.ctx.fileName = fileName;
    const why = ts.comparable ? 'interface is (or embeds) comparable' : 'interface contains type constraints';
    check.errorf(e, `cannot use type ${typeString(t, check.qf)} outside a type constraint: ${why}`);
    check.ctx.fileName = saved;
  });
  return t;
}

export function definedType(check: Checker, e: ast.Expr, def: Named | null): Type {
  const t = typInternal(check, e, def);
  check.recordTypeAndValue(e, 'type', t);
  if (def !== null) rhsOf.set(def, t);
  return t;
}

function typInternal(check: Checker, e0: ast.Expr, def: Named | null): Type {
  const e = e0;
  switch (e.kind) {
    case 'BadExpr':
      return invalidType;
    case 'Ident': case 'SelectorExpr': {
      const x = new Operand();
      if (e.kind === 'Ident') ident(check, x, e, def, true);
      else selector(check, x, e, true);
      switch (x.mode) {
        case 'type': {
          if (x.type instanceof Named && x.type.typeParams.length > 0 && x.type.typeArgs === null) {
            check.errorf(e, `cannot use generic type ${typeString(x.type, check.qf)} without instantiation`);
            return invalidType;
          }
          if (def !== null && x.type !== invalidType) def.setUnderlying(x.type);
          return x.type;
        }
        case 'invalid': break;
        case 'novalue': check.errorf(x, `${operandString(x, check.qf)} used as type`); break;
        default: check.errorf(x, `${operandString(x, check.qf)} is not a type`);
      }
      return invalidType;
    }
    case 'IndexExpr': case 'IndexListExpr': {
      const t = instantiatedType(check, e);
      if (def !== null && t !== invalidType) def.setUnderlying(t);
      return t;
    }
    case 'ParenExpr':
      return definedType(check, e.x, def);
    case 'ArrayType': {
      if (e.len === null) {
        const t = new Slice(varType(check, e.elt));
        return t;
      }
      if (e.len.kind === 'Ellipsis') {
        check.errorf(e, 'invalid use of [...] array (outside a composite literal)');
        varType(check, e.elt);
        return invalidType;
      }
      const n = arrayLength(check, e.len);
      const elem = varType(check, e.elt);
      if (n < 0) return invalidType;
      return new ArrayType(elem, n);
    }
    case 'Ellipsis':
      check.errorf(e, "invalid use of '...'");
      return invalidType;
    case 'StructType':
      return structType(check, e);
    case 'StarExpr': {
      const p = new Pointer(invalidType);
      const elem = varType(check, e.x);
      return new Pointer(elem === invalidType ? invalidType : elem) ?? p;
    }
    case 'FuncType':
      return funcType(check, null, e);
    case 'InterfaceType':
      return interfaceType(check, e, def);
    case 'MapType': {
      const key = varType(check, e.key);
      const elem = varType(check, e.value);
      const t = new MapType(key, elem);
      const fileName = check.ctx.fileName;
      check.later(() => {
        if (!comparable(t.key) && under(t.key) !== invalidType) {
          const saved = check.ctx.fileName;
          check.ctx.fileName = fileName;
          check.errorf(e.key, `invalid map key type ${typeString(t.key, check.qf)}`);
          check.ctx.fileName = saved;
        }
      });
      return t;
    }
    case 'ChanType': {
      const dir = e.dir === 'both' ? ChanDir.SendRecv : e.dir === 'send' ? ChanDir.SendOnly : ChanDir.RecvOnly;
      return new Chan(dir, varType(check, e.value));
    }
    default: {
      check.errorf(e0, `${exprString(e0)} is not a type`);
      return invalidType;
    }
  }
}

export function arrayLength(check: Checker, e: ast.Expr): number {
  if (e.kind === 'Ident') {
    const found = check.ctx.scope.lookupParent(e.name);
    if (found === undefined) {
      check.errorf(e, `undeclared name ${e.name} for array length`);
      return -1;
    }
    if (!(found[1] instanceof Const)) {
      check.errorf(e, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = new Operand();
  expr(check, x, e);
  if (x.mode !== 'constant') {
    if (x.mode !== 'invalid') check.errorf(x, `array length ${operandString(x, check.qf)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const v = toInt(x.val!);
    if (v.kind === Kind.Int) {
      if (representable(v, Typ[BasicKind.Int]!).ok) {
        const [n, ok] = int64Val(v);
        if (ok && n >= 0n) return Number(n);
        check.errorf(x, `invalid array length ${operandString(x, check.qf)}`);
        return -1;
      }
    }
  }
  check.errorf(x, `array length ${operandString(x, check.qf)} must be integer`);
  return -1;
}

/** A function signature; for methods, also the receiver (types2 funcType + collectRecv). */
export function funcType(check: Checker, recvField: ast.Field | null, ft: ast.FuncType): Signature {
  let recv: Var | null = null;
  const scope = check.ctx.scope;
  // Type parameters (the function's, or the receiver's) get a scope around the signature.
  check.ctx.scope = new Scope(scope, check.pos(ft), undefined, 'type parameters');
  let recvTypeParams: TypeParam[] = [];
  let typeParams: TypeParam[] = [];
  if (recvField !== null) {
    const g = genericRecv(check, recvField.type);
    let rt: Type;
    if (g !== null) {
      rt = g.type;
      recvTypeParams = g.tparams;
    } else rt = varType(check, recvField.type);
    const id = recvField.names[0];
    recv = newParam(check.pos(id ?? recvField.type), check.pkg, id?.name ?? '', rt);
    if (id) check.recordDef(id, recv);
    else check.info.implicits.set(recvField, recv);
  }
  if (ft.typeParams !== null && ft.typeParams.length > 0) {
    if (recvField !== null) check.errorf(ft.typeParams[0]!, 'methods cannot have type parameters');
    else typeParams = collectTypeParams(check, ft.typeParams);
  }
  const [params, variadic] = collectParams(check, ft.params, true);
  const [results] = collectParams(check, ft.results, false);
  const sig = new Signature(recv, new Tuple(params), new Tuple(results), variadic);
  if (typeParams.length > 0) sig.typeParams = typeParams;
  if (recvTypeParams.length > 0) sig.recvTypeParams = recvTypeParams;
  // The function's scope holds its receiver, parameters and results (types2 collectParams).
  const fscope = new Scope(check.ctx.scope, check.pos(ft), undefined, 'function');
  check.ctx.scope = scope;
  fscope.isFunc = true;
  check.recordScope(ft, fscope);
  for (const v of [...(recv !== null ? [recv] : []), ...params, ...results]) {
    v.used = true;
    if (v.name !== '' && v.name !== '_') check.declare(fscope, null, v);
  }
  check.sigScopes.set(sig, fscope);
  if (recv !== null) {
    const r = recv;
    const at = recvField!.type;
    const fileName = check.ctx.fileName;
    check.later(() => validateRecv(check, r, { line: r.pos.line, col: r.pos.col }, fileName));
  }
  void scope;
  return sig;
}

function validateRecv(check: Checker, recv: Var, at: { line: number; col: number }, fileName: string): void {
  const saved = check.ctx.fileName;
  check.ctx.fileName = fileName;
  let rt = recv.type;
  if (rt instanceof Pointer) rt = rt.elem;
  if (rt === invalidType) { check.ctx.fileName = saved; return; }
  const s = (t: Type) => typeString(t, check.qf);
  if (rt instanceof Named) {
    if (rt.obj.pkg !== check.pkg) {
      check.errorf(at, `cannot define new methods on non-local type ${s(rt)}`);
    } else {
      const u = rt.underlying();
      let cause = '';
      if (u === Typ[BasicKind.UnsafePointer]) cause = 'unsafe.Pointer';
      else if (u instanceof Pointer || u instanceof Interface) cause = 'pointer or interface type';
      if (cause !== '') check.errorf(at, `invalid receiver type ${s(rt)} (${cause})`);
    }
  } else if (rt.constructor.name === 'Basic') {
    check.errorf(at, `cannot define new methods on non-local type ${s(rt)}`);
  } else {
    check.errorf(at, `invalid receiver type ${s(recv.type)}`);
  }
  check.ctx.fileName = saved;
}

/** Parameters or results: (vars, variadic). Names are recorded; scope insertion is funcBody's. */
function collectParams(check: Checker, list: ast.Field[], variadicOk: boolean): [Var[], boolean] {
  const vars: Var[] = [];
  let variadic = false;
  list.forEach((f, i) => {
    let ftype = f.type;
    let isVariadic = false;
    if (ftype.kind === 'Ellipsis' && ftype.elt !== null) {
      ftype = ftype.elt;
      if (variadicOk && i === list.length - 1 && f.names.length <= 1) isVariadic = true;
      else check.errorf(f.type, "can only use ... with final parameter in list");
    }
    let t = varType(check, ftype);
    if (isVariadic) {
      t = new Slice(t);
      variadic = true;
    }
    if (f.names.length === 0) {
      const v = newParam(check.pos(f.type), check.pkg, '', t);
      check.info.implicits.set(f, v);
      vars.push(v);
    } else {
      for (const id of f.names) {
        const v = newParam(check.pos(id), check.pkg, id.name, t);
        check.recordDef(id, v);
        vars.push(v);
      }
    }
  });
  return [vars, variadic];
}

function structType(check: Checker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  const add = (v: Var, at: ast.Pos) => {
    if (v.name !== '_') {
      const alt = seen.get(v.name);
      if (alt !== undefined) {
        check.errorf(at, `${v.name} redeclared\n\t${alt.pos.file}:${alt.pos.line}:${alt.pos.col}: other declaration of ${v.name}`);
        return;
      }
      seen.set(v.name, v);
    }
    fields.push(v);
  };
  for (const f of e.fields) {
    const t = varType(check, f.type);
    const tag = f.tag !== null ? unquoteString(f.tag.value) ?? '' : '';
    if (f.names.length > 0) {
      for (const id of f.names) {
        const v = newField(check.pos(id), check.pkg, id.name, t, false);
        check.recordDef(id, v);
        add(v, id);
        tags.push(tag);
      }
    } else {
      // Embedded field: T, *T, pkg.T, *pkg.T.
      let te = f.type;
      if (te.kind === 'StarExpr') te = te.x;
      while (te.kind === 'ParenExpr') te = te.x;
      const name = te.kind === 'Ident' ? te.name : te.kind === 'SelectorExpr' ? te.sel.name : te.kind === 'IndexExpr' && te.x.kind === 'Ident' ? te.x.name : '_';
      const pos = te.kind === 'SelectorExpr' ? te.sel : te;
      const v = newField(check.pos(pos), check.pkg, name, t, true);
      add(v, pos);
      tags.push(tag);
      const embeddedPos = f.type;
      check.later(() => {
        const [base, isPtr] = t instanceof Pointer ? [t.elem, true] : [t, false];
        const u = under(base);
        if (u === invalidType) return;
        if (u === Typ[BasicKind.UnsafePointer]) check.errorf(embeddedPos, 'embedded field type cannot be unsafe.Pointer');
        else if (u instanceof Pointer) check.errorf(embeddedPos, 'embedded field type cannot be a pointer');
        else if (isPtr && u instanceof Interface) check.errorf(embeddedPos, 'embedded field type cannot be a pointer to an interface');
      });
    }
  }
  return new Struct(fields, tags);
}

function interfaceType(check: Checker, e: ast.InterfaceType, def: Named | null): Interface {
  const methods: Func[] = [];
  const embeddeds: Type[] = [];
  const iface = new Interface(methods, embeddeds);
  if (def !== null) def.setUnderlying(iface);
  const seen = new Map<string, Func>();
  for (const f of e.methods) {
    if (f.names.length === 0) {
      const t = isUnionExpr(f.type) ? union(check, f.type) : typ(check, f.type);
      if (t === invalidType) continue;
      if (t instanceof TypeParam) {
        check.errorf(f.type, `cannot embed a type parameter`);
        continue;
      }
      embeddeds.push(t);
      continue;
    }
    const id = f.names[0]!;
    if (id.name === '_') {
      check.errorf(id, 'methods must have a unique non-blank name');
      continue;
    }
    const sig = funcType(check, null, f.type as ast.FuncType);
    sig.recv = newParam(check.pos(id), check.pkg, '', def ?? iface);
    const m = new Func(check.pos(id), check.pkg, id.name, sig);
    check.recordDef(id, m);
    const alt = seen.get(id.name);
    if (alt !== undefined) {
      check.errorf(id, `duplicate method ${id.name}\n\t${alt.pos.file}:${alt.pos.line}:${alt.pos.col}: other declaration of ${id.name}`);
      continue;
    }
    seen.set(id.name, m);
    methods.push(m);
  }
  // Duplicate methods through embedding are reported once the embedded types are complete.
  check.later(() => {
    iface.invalidate();
  });
  return iface;
}
