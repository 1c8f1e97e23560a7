// Conversions and type assertions (types2 conversions.go, expr.go typeAssertion; spec
// "Conversions", "Type assertions").
//
// Design
//   A constant converted to a constant type stays a constant if representable (`int8(100)`,
//   `float32(0.1)` rounds), and an integer constant converts to a one-rune string
//   (`string(65)`; out-of-range values become "\uFFFD"). Everything else follows
//   assignable.ts convertibleTo and yields a value. An untyped operand is given its final type:
//   T, or its default type when T is an interface or a non-constant type.
//
//   A type assertion `x.(T)` with concrete T is impossible when T lacks a method of x's
//   interface; the message names the method as lookup.ts missingMethodReason words it.
//
//   A constant converted to a type parameter must be representable in every type of its set
//   ("cannot convert 1.5 (untyped float constant) to int (in T)"); the result is a value, never
//   a constant, since its type differs per instance.
//
// Differences from types2: none in the rules; messages are gc's.
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { Kind, makeStringBytes, toInt, uint64Val } from '../types/constant.js';
import { assignableTo, convertibleTo } from '../types/assignable.js';
import { missingMethod, missingMethodReason } from '../types/lookup.js';
import { defaultType, isBytesOrRunes, isConstType, isInteger, isInterface, isString, isUntyped } from '../types/predicates.js';
import { allTerms } from '../types/typeset.js';
import { representable } from '../types/representable.js';
import { encodeRune } from '../types/quote.js';
import { Basic, BasicKind, Interface, Typ, TypeParam, under, type Type } from '../types/types.js';
import type { Checker } from './check.js';
import { S, updateExprType } from './expr.js';
import type { Operand } from './operand.js';

export function conversion(check: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === 'constant';
  let ok = false;
  let cause = '';
  if (constArg && T instanceof TypeParam) {
    ok = allTerms(T, (term) => {
      if (term === null) {
        cause = `${S(check, T)} does not contain specific types`;
        return false;
      }
      const u = under(term.type);
      if (isString(x.type) && isBytesOrRunes(u)) return true;
      if (!isConstType(u)) {
        cause = `${S(check, T)} does not contain specific types`;
        return convertibleTo({ type: x.type }, u, check.qf).ok;
      }
      if (x.val!.kind !== Kind.Unknown && !representable(x.val!, u as Basic).ok && !(isInteger(x.type) && isString(u))) {
        cause = `cannot convert ${S(check, x)} to ${S(check, u)} (in ${S(check, T)})`;
        return false;
      }
      return true;
    });
    x.mode = 'value';
  } else if (constArg && isConstType(T)) {
    const t = under(T) as Basic;
    if (x.val!.kind === Kind.Unknown) ok = true;
    else {
      const r = representable(x.val!, t);
      if (r.ok) {
        ok = true;
        x.val = r.value;
      } else if (isInteger(t) && toInt(x.val!).kind === Kind.Int) {
        x.val = toInt(x.val!);
      } else if (isInteger(x.type) && isString(t)) {
        let cp = 0xfffd;
        const [i, exact] = uint64Val(x.val!);
        if (exact && i <= 0x10ffffn && !(i >= 0xd800n && i <= 0xdfffn)) cp = Number(i);
        x.val = makeStringBytes(encodeRune(cp));
        ok = true;
      }
    }
  } else {
    const r = convertibleTo({ type: x.type, value: x.mode === 'constant' ? x.val : undefined }, T, check.qf);
    if (r.ok) {
      ok = true;
      x.mode = 'value';
    } else {
      // types2 keeps the assignability cause ("T does not implement I ...") when nothing else applies.
      cause = r.cause || assignableTo({ type: x.type, value: x.mode === 'constant' ? x.val : undefined }, T, check.qf).cause;
    }
  }
  if (!ok) {
    if (cause !== '') check.errorf(x, `cannot convert ${S(check, x)} to type ${S(check, T)}:\n\t${cause}`);
    else check.errorf(x, `cannot convert ${S(check, x)} to type ${S(check, T)}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (x.type === Typ[BasicKind.UntypedNil]) {
      // keep T
    } else if (isInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode === 'constant' && isInteger(x.type) && isString(under(T))) {
      final = x.type;
    }
    updateExprType(check, x.expr, final, true);
  }
  if (x.mode === 'constant' && !isConstType(T)) x.mode = 'value';
  x.type = T;
}

export function typeAssertion(check: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  const xi = under(x.type);
  if (!(xi instanceof Interface)) return;
  if (isInterface(T)) return;
  const mm = missingMethod(T, xi, false);
  if (mm === null) return;
  const cause = missingMethodReason(T, x.type, mm.method, mm.alt, check.qf);
  if (typeSwitch) {
    check.errorf(e, `impossible type switch case: ${exprString(e)}\n\t${S(check, x)} cannot have dynamic type ${S(check, T)} ${cause}`);
    return;
  }
  check.errorf(e, `impossible type assertion: ${exprString(e)}\n\t${S(check, T)} does not implement ${S(check, x.type)} ${cause}`);
}
