// Composite literals (types2 expr.go compositeLit, index.go indexedElts; spec "Composite literals").
//
// Design
//   The literal's type comes from the source (`T{...}`, with `[...]T` getting its length from
//   the elements) or, for an elided inner literal, from the enclosing literal's element type
//   (`hint`; `*T` as hint means `&T{...}`). Then per kind:
//     struct   all elements keyed (field names; duplicates; unknown fields) or none keyed (in
//              order; too many/few values; unexported fields of other packages)
//     array    optional constant integer keys, bounds, duplicate indices; [...] length is the
//     slice    largest index + 1
//     map      every element keyed; constant keys checked for duplicates (1 and 1.0 are the
//              same key; in an interface-keyed map the key's type counts too)
//
// Differences from types2: none intended.
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { Kind, exactString, toInt, imag, real, sign, valueString, type Value } from '../types/constant.js';
import { identical, isInterface } from '../types/predicates.js';
import { ArrayType, MapType, Pointer, Slice, Struct, TypeParam, invalidType, under, type Type } from '../types/types.js';
import { assignment } from './assign.js';
import { use } from './call.js';
import type { Checker } from './check.js';
import { coreType } from '../types/typeset.js';
import { S, expr } from './expr.js';
import { index } from './index.js';
import { Operand } from './operand.js';
import { typ as typExpr, varType } from './typexpr.js';

export function compositeLit(check: Checker, x: Operand, e: ast.CompositeLit, hint: Type | null): void {
  let typ: Type;
  let base: Type;
  if (e.type !== null) {
    const at = e.type;
    if (at.kind === 'ArrayType' && at.len !== null && at.len.kind === 'Ellipsis') {
      typ = new ArrayType(varType(check, at.elt), -1);
      base = typ;
    } else {
      typ = typExpr(check, e.type);
      base = typ;
    }
  } else if (hint !== null) {
    typ = hint;
    const u = typ instanceof TypeParam ? coreType(typ) ?? invalidType : under(typ);
    base = u instanceof Pointer ? u.elem : typ;
  } else {
    check.errorf(e, 'missing type in composite literal');
    x.mode = 'invalid';
    return;
  }

  // A type parameter's literal is one of its core type (spec "Composite literals").
  const utyp = base instanceof TypeParam ? coreType(base) ?? invalidType : under(base);
  if (utyp instanceof Struct) {
    const fields = utyp.fields;
    if (e.elts.length > 0) {
      if (e.elts[0]!.kind === 'KeyValueExpr') {
        const visited = new Set<number>();
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            check.errorf(el, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          const key = el.key;
          const v = new Operand();
          if (key.kind !== 'Ident') {
            expr(check, v, el.value);
            check.errorf(el, `invalid field name ${exprString(key)} in struct literal`);
            continue;
          }
          const i = key.name === '_' ? -1 : fields.findIndex((f) => f.sameId(check.pkg, key.name));
          if (i < 0) {
            expr(check, v, el.value);
            check.errorf(key, `unknown field '${key.name}' in struct literal of type ${S(check, base)}`);
            continue;
          }
          const fld = fields[i]!;
          check.recordUse(key, fld);
          expr(check, v, el.value);
          assignment(check, v, fld.type, 'struct literal');
          if (visited.has(i)) {
            check.errorf(el, `duplicate field name ${key.name} in struct literal`);
            continue;
          }
          visited.add(i);
        }
      } else {
        for (let i = 0; i < e.elts.length; i++) {
          const el = e.elts[i]!;
          if (el.kind === 'KeyValueExpr') {
            check.errorf(el, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          const v = new Operand();
          expr(check, v, el);
          if (i >= fields.length) {
            check.errorf(v, `too many values in ${S(check, base)}{…}`);
            break;
          }
          const fld = fields[i]!;
          if (!fld.exported() && fld.pkg !== check.pkg) {
            check.errorf(v, `implicit assignment to unexported field ${fld.name} in ${S(check, typ)} literal`);
            continue;
          }
          assignment(check, v, fld.type, 'struct literal');
        }
        if (e.elts.length < fields.length) {
          check.errorf({ line: e.rbraceLine, col: e.rbraceCol }, `too few values in ${S(check, base)}{…}`);
        }
      }
    }
  } else if (utyp instanceof ArrayType) {
    const n = indexedElts(check, e.elts, utyp.elem, utyp.len);
    if (utyp.len < 0) {
      utyp.len = n;
      if (e.type !== null) check.recordTypeAndValue(e.type, 'type', utyp);
    }
  } else if (utyp instanceof Slice) {
    indexedElts(check, e.elts, utyp.elem, -1);
  } else if (utyp instanceof MapType) {
    const visited = new Map<string, Type[]>();
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') {
        check.errorf(el, 'missing key in map literal');
        continue;
      }
      const k = new Operand();
      expr(check, k, el.key, utyp.key);
      assignment(check, k, utyp.key, 'map literal');
      if (k.mode === 'constant' && k.val!.kind !== Kind.Unknown) {
        const key = keyVal(k.val!);
        let dup = false;
        if (isInterface(utyp.key)) {
          const ts = visited.get(key) ?? [];
          dup = ts.some((t) => identical(t, k.type));
          visited.set(key, [...ts, k.type]);
        } else {
          dup = visited.has(key);
          visited.set(key, []);
        }
        if (dup) {
          check.errorf(k, `duplicate key ${valueString(k.val!)} in map literal`);
          continue;
        }
      }
      const v = new Operand();
      expr(check, v, el.value, utyp.elem);
      assignment(check, v, utyp.elem, 'map literal');
    }
  } else {
    for (const el of e.elts) use(check, [el.kind === 'KeyValueExpr' ? el.value : el]);
    if (utyp !== invalidType) {
      check.errorf(e, `invalid composite literal type ${S(check, typ)}`);
    }
    x.mode = 'invalid';
    return;
  }
  x.mode = 'value';
  x.type = typ;
  x.val = undefined;
}

function keyVal(v: Value): string {
  switch (v.kind) {
    case Kind.Complex:
      if (sign(imag(v)) === 0) return keyVal(real(v));
      return 'c' + exactString(v);
    case Kind.Float: {
      const i = toInt(v);
      if (i.kind === Kind.Int) return 'n' + exactString(i);
      return 'n' + exactString(v);
    }
    case Kind.Int:
      return 'n' + exactString(v);
    case Kind.String:
      return 's' + exactString(v);
    case Kind.Bool:
      return 'b' + String(v.value);
    default:
      return '?';
  }
}

/** Elements of an array or slice literal; returns the length (max index + 1). */
function indexedElts(check: Checker, elts: ast.Expr[], elemType: Type, length: number): number {
  const visited = new Set<number>();
  let idx = 0;
  let max = 0;
  for (const e of elts) {
    let validIndex = false;
    let ev = e;
    if (e.kind === 'KeyValueExpr') {
      const [t, i] = index(check, e.key, length);
      if (t !== invalidType) {
        if (i >= 0) {
          idx = i;
          validIndex = true;
        } else {
          check.errorf(e, `index ${exprString(e.key)} must be integer constant`);
        }
      }
      ev = e.value;
    } else if (length >= 0 && idx >= length) {
      check.errorf(e, `index ${idx} is out of bounds (>= ${length})`);
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.has(idx)) check.errorf(e, `duplicate index ${idx} in array or slice literal`);
      visited.add(idx);
    }
    idx++;
    if (idx > max) max = idx;
    const x = new Operand();
    expr(check, x, ev, elemType);
    assignment(check, x, elemType, 'array or slice literal');
  }
  return max;
}
