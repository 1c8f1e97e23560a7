// Index and slice expressions (types2 index.go; spec "Index expressions", "Slice expressions").
//
// Design
//   indexExpr dispatches on the operand's underlying type: strings (a byte value; constant
//   strings bound constant indices), arrays (addressable if the array is), pointers to arrays,
//   slices (always addressable), maps (mode mapindex: assignable, comma-ok, not addressable).
//   Constant indices are checked against known lengths ("index 5 out of bounds [0:3]").
//   sliceExpr checks each index, 3-index slices, unaddressable arrays, and constant index order.
//   `index` and `isValidIndex` are shared with make, composite literals and unsafe.Add/Slice.
//
//   `x[A]` where x is a generic type or function is an instantiation (typeparams.ts). Indexing a
//   value of type-parameter type goes through its core type.
//
// Differences from types2: indexing a type parameter whose type set mixes strings, arrays and
// slices without a core type is not supported (types2 allows it when element types agree).
import type * as ast from '../../parser/ast.js';
import { Kind, int64Val, sign, stringBytes, valueString } from '../types/constant.js';
import { isInteger, isString, isUntyped } from '../types/predicates.js';
import { representable } from '../types/representable.js';
import {
  ArrayType, Basic, BasicKind, MapType, Pointer, Signature, Slice, Tuple, Typ, TypeParam, byteType, invalidType, under,
  type Type,
} from '../types/types.js';
import { assignment } from './assign.js';
import { use } from './call.js';
import type { Checker } from './check.js';
import { S, convertUntyped, expr, exprOrType } from './expr.js';
import { infer } from './infer.js';
import { funcTypeArgs, instantiateFunc } from './typeparams.js';
import { typ } from './typexpr.js';
import { allTerms, coreType } from '../types/typeset.js';
import { identical } from '../types/predicates.js';
import { Operand } from './operand.js';

const invalidOp = 'invalid operation: ';
const invalidArg = 'invalid argument: ';

export function indexExpr(check: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
  exprOrType(check, x, e.x, true);
  indexOperand(check, x, e);
}

/** x[indices] for an evaluated x: an instantiation, or an index expression. */
export function indexOperand(check: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
  const indices = e.kind === 'IndexExpr' ? [e.index] : e.indices;
  if (x.mode === 'invalid') {
    use(check, indices);
    return;
  }
  if (x.mode === 'type') {
    x.type = typ(check, e);
    x.expr = e;
    if (x.type === invalidType) x.mode = 'invalid';
    return;
  }
  if (x.mode === 'value' && x.type instanceof Signature && x.type.typeParams.length > 0) {
    const targs = funcTypeArgs(check, x, indices);
    if (targs === null) {
      x.mode = 'invalid';
      return;
    }
    const at = { line: e.line, col: e.col };
    const full = infer(check, at, x.type.typeParams, targs, new Tuple(), []);
    if (full === null) {
      x.mode = 'invalid';
      return;
    }
    instantiateFunc(check, x, full, indices, at);
    x.expr = e;
    return;
  }
  let valid = false;
  let length = -1;
  if (x.type instanceof TypeParam && coreType(x.type) === null) {
    // Without a core type, every type in the set must index to one element type.
    const elem = indexedElem(x.type);
    if (elem !== null) {
      const strings = allTerms(x.type, (term) => term !== null && isString(term.type));
      const refs = allTerms(x.type, (term) => term !== null && (under(term.type) instanceof Slice || under(term.type) instanceof Pointer));
      x.mode = !strings && (x.mode === 'variable' || refs) ? 'variable' : 'value';
      x.type = elem;
      x.val = undefined;
      index(check, singleIndex(check, indices), -1);
      return;
    }
  }
  const u = x.type instanceof TypeParam ? coreType(x.type) ?? invalidType : under(x.type);
  if (u instanceof Basic) {
    if (isString(u)) {
      valid = true;
      if (x.mode === 'constant') length = stringBytes(x.val!).length;
      x.mode = 'value';
      x.type = byteType;
    }
  } else if (u instanceof ArrayType) {
    valid = true;
    length = u.len;
    if (x.mode !== 'variable') x.mode = 'value';
    x.type = u.elem;
  } else if (u instanceof Pointer) {
    const a = under(u.elem);
    if (a instanceof ArrayType) {
      valid = true;
      length = a.len;
      x.mode = 'variable';
      x.type = a.elem;
    }
  } else if (u instanceof Slice) {
    valid = true;
    x.mode = 'variable';
    x.type = u.elem;
  } else if (u instanceof MapType) {
    const idx = singleIndex(check, indices);
    const key = new Operand();
    expr(check, key, idx);
    assignment(check, key, u.key, 'map index');
    x.mode = 'mapindex';
    x.type = u.elem;
    x.val = undefined;
    x.expr = e;
    return;
  }
  x.val = undefined;
  if (!valid) {
    check.errorf({ line: e.line, col: e.col }, `${invalidOp}cannot index ${S(check, x)}`);
    use(check, indices);
    x.mode = 'invalid';
    return;
  }
  index(check, singleIndex(check, indices), length);
}

/** The element type all types of tp's set index to (strings, arrays, pointers to arrays, slices), or null. */
function indexedElem(tp: TypeParam): Type | null {
  let elem: Type | null = null;
  const ok = allTerms(tp, (term) => {
    if (term === null) return false;
    let u = under(term.type);
    if (u instanceof Pointer) u = under(u.elem);
    const e = u instanceof ArrayType || u instanceof Slice ? u.elem : isString(u) ? byteType : null;
    if (e === null || (elem !== null && !identical(elem, e))) return false;
    elem = e;
    return true;
  });
  return ok ? elem : null;
}

function singleIndex(check: Checker, indices: ast.Expr[]): ast.Expr {
  if (indices.length > 1) check.errorf(indices[1]!, `${invalidOp}more than one index`);
  return indices[0]!;
}

export function sliceExpr(check: Checker, x: Operand, e: ast.SliceExpr): void {
  expr(check, x, e.x);
  const idx = [e.low, e.high, e.max];
  if (x.mode === 'invalid') {
    use(check, idx);
    return;
  }
  let valid = false;
  let length = -1;
  const u = x.type instanceof TypeParam ? coreType(x.type) ?? invalidType : under(x.type);
  if (u instanceof Basic) {
    if (isString(u)) {
      if (e.slice3) {
        check.errorf(e.max ?? e, `${invalidOp}3-index slice of string`);
        x.mode = 'invalid';
        return;
      }
      valid = true;
      if (x.mode === 'constant') length = stringBytes(x.val!).length;
      if (isUntyped(x.type)) x.type = Typ[BasicKind.String]!;
    }
  } else if (u instanceof ArrayType) {
    valid = true;
    length = u.len;
    if (x.mode !== 'variable') {
      check.errorf(x, `${invalidOp}${S(check, x)} (slice of unaddressable value)`);
      x.mode = 'invalid';
      return;
    }
    x.type = new Slice(u.elem);
  } else if (u instanceof Pointer) {
    const a = under(u.elem);
    if (a instanceof ArrayType) {
      valid = true;
      length = a.len;
      x.type = new Slice(a.elem);
    }
  } else if (u instanceof Slice) {
    valid = true;
  }
  if (!valid) {
    check.errorf(x, `${invalidOp}cannot slice ${S(check, x)}`);
    x.mode = 'invalid';
    return;
  }
  x.mode = 'value';
  x.val = undefined;
  const ind: number[] = [];
  idx.forEach((ex, i) => {
    if (i === 2 && !e.slice3) return;
    let v = -1;
    if (ex !== null) {
      const max = length >= 0 ? length + 1 : -1;
      const [, val] = index(check, ex, max);
      if (val >= 0) v = val;
    } else if (i === 0) v = 0;
    else if (length >= 0) v = length;
    ind.push(v);
  });
  outer: for (let i = 0; i < ind.length - 1; i++) {
    const a = ind[i]!;
    if (a > 0) {
      for (let j = i + 1; j < ind.length; j++) {
        const b = ind[j]!;
        if (b >= 0 && b < a) {
          check.errorf(idx[j]!, `invalid slice indices: ${b} < ${a}`);
          break outer;
        }
      }
    }
  }
}

/** Checks an index expression; returns its type and constant value (or -1). */
export function index(check: Checker, e: ast.Expr, max: number): [Type, number] {
  const x = new Operand();
  expr(check, x, e);
  if (!isValidIndex(check, x, 'index', false)) return [invalidType, -1];
  if (x.mode !== 'constant') return [x.type, -1];
  if (x.val!.kind === Kind.Unknown) return [invalidType, -1];
  const [v] = int64Val(x.val!);
  if (max >= 0 && v >= BigInt(max)) {
    check.errorf(x, `${invalidArg}index ${valueString(x.val!)} out of bounds [0:${max}]`);
    return [invalidType, -1];
  }
  return [x.type, Number(v)];
}

export function isValidIndex(check: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === 'invalid') return false;
  convertUntyped(check, x, Typ[BasicKind.Int]!);
  if (x.invalid()) return false;
  if (!isInteger(x.type)) {
    check.errorf(x, `${invalidArg}${what} ${S(check, x)} must be integer`);
    return false;
  }
  if (x.mode === 'constant' && x.val!.kind !== Kind.Unknown) {
    if (!allowNegative && sign(x.val!) < 0) {
      check.errorf(x, `${invalidArg}${what} ${S(check, x)} must not be negative`);
      return false;
    }
    const r = representable(x.val!, Typ[BasicKind.Int]!);
    if (!r.ok) {
      check.errorf(x, `${invalidArg}${what} ${S(check, x)} overflows int`);
      return false;
    }
    x.val = r.value;
  }
  return true;
}
