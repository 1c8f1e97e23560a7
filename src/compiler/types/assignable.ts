// The relations between types that the spec defines in prose: "Implementing an interface",
// "Assignability" and (for non-constant operands) "Conversions".
//
// Design
//   Each relation takes an operand description (`OperandInfo`: its type and, for a constant,
//   its value, since assignability of an untyped constant depends on representability) and a
//   target type, and returns ok plus, on failure, the cause in gc's words for the checker to
//   append to its message:
//     cannot use x (variable of type T) as I value in assignment: T does not implement I
//       (M method has pointer receiver)
//   `implicitTypeAndValue` is the untyped-operand conversion the checker applies before binary
//   operations and assignments: it says which type an untyped operand takes in a context, or why
//   it cannot (types2 error codes, which the checker turns into "truncated", "overflows" or
//   "cannot use ... as ...").
//
//   Conversions of constants (`int8(300)`, `string(65)`) are decided in the checker's
//   conversions.ts; `convertibleTo` is the rule for non-constant operands, which is also the
//   fallback there for constants converted to non-constant types (`[]byte("abc")`).
//
//   Type parameters are handled term by term, as types2 does: an untyped value converts to T if it
//   converts to every type in T's set; a value of an unnamed type is assignable to T if it is
//   assignable to every type in the set (and a T value to an unnamed type if every type in T's
//   set is); conversions between type parameters hold if they hold for every pair of terms.
//
// Differences from types2: the go1.17 version gate on slice-to-array-pointer conversion is
// omitted (the language is 1.19).
import type { Value } from './constant.js';
import { missingMethod, missingMethodReason, isInterfacePtr } from './lookup.js';
import {
  comparable, defaultType, hasName, hasNil, identical, identicalIgnoreTags, isBoolean, isBytesOrRunes, isComplex,
  isInteger, isIntegerOrFloat, isNumeric, isPointer, isString, isTyped, isUintptr, isUnsafePointer, isUntyped,
} from './predicates.js';
import { representable, representationCause } from './representable.js';
import { typeString, type Qualifier } from './typestring.js';
import { allTerms, isEmptyInterface, typeSetOf } from './typeset.js';
import { ArrayType, Basic, BasicKind, Chan, ChanDir, Interface, Pointer, Slice, TypeParam, invalidType, under, type Type } from './types.js';

export interface OperandInfo {
  readonly type: Type;
  /** The constant value, if the operand is a constant. */
  readonly value?: Value;
}

export interface Relation {
  readonly ok: boolean;
  /** Why not (empty if there is nothing to add to the checker's own message). */
  readonly cause: string;
}

const yes: Relation = { ok: true, cause: '' };
const fail = (cause = ''): Relation => ({ ok: false, cause });

/**
 * Whether V implements interface T; on failure the cause as gc words it:
 * "T does not implement I (missing M method)".
 */
export function implementsIface(V: Type, T: Type, qf?: Qualifier): Relation {
  const Vu = under(V);
  const Tu = under(T);
  if (Vu === invalidType || Tu === invalidType) return yes;
  if (Vu instanceof Pointer && under(Vu.elem) === invalidType) return yes;
  const vs = typeString(V, qf);
  const ts = typeString(T, qf);

  if (!(Tu instanceof Interface)) {
    const cause = isInterfacePtr(Tu) ? `type ${ts} is pointer to interface, not interface` : `${ts} is not an interface`;
    return fail(`${vs} does not implement ${ts} (${cause})`);
  }
  if (isEmptyInterface(Tu)) return yes;

  const mm = missingMethod(V, Tu, true);
  if (mm !== null) return fail(`${vs} does not implement ${ts} ${missingMethodReason(V, T, mm.method, mm.alt, qf)}`);

  if (typeSetOf(Tu).comparable && !comparable(V)) return fail(`${vs} does not implement comparable`);
  return yes;
}

export type UntypedError = 'InvalidUntypedConversion' | 'TruncatedFloat' | 'NumericOverflow' | 'InvalidConstVal';

export type ImplicitResult =
  | { readonly ok: true; readonly type: Type; /** the converted constant, if any */ readonly value?: Value }
  | { readonly ok: false; readonly error: UntypedError };

/**
 * The type (and constant value) an untyped operand takes when used where `target` is expected
 * (types2 implicitTypeAndValue). A typed operand keeps its type.
 */
export function implicitTypeAndValue(x: OperandInfo, target: Type): ImplicitResult {
  if (isTyped(x.type) || target === invalidType) return { ok: true, type: x.type };
  const xb = x.type as Basic;
  if (isUntyped(target)) {
    const tb = target as Basic;
    if (isNumeric(xb) && isNumeric(tb)) return { ok: true, type: xb.kind < tb.kind ? tb : xb };
    return xb.kind === tb.kind ? { ok: true, type: xb } : { ok: false, error: 'InvalidUntypedConversion' };
  }
  if (target instanceof TypeParam) {
    const ok = allTerms(target, (t) => t !== null && implicitTypeAndValue(x, t.type).ok);
    if (!ok) return { ok: false, error: 'InvalidUntypedConversion' };
    return { ok: true, type: xb.kind === BasicKind.UntypedNil ? xb : target };
  }
  if (xb.kind === BasicKind.UntypedNil) {
    return hasNil(target) ? { ok: true, type: target } : { ok: false, error: 'InvalidUntypedConversion' };
  }
  const u = under(target);
  if (u instanceof Basic) {
    if (x.value !== undefined) {
      const r = representable(x.value, u);
      if (!r.ok) {
        if (isNumeric(xb) && isNumeric(u)) return { ok: false, error: representationCause(xb, u) === 'truncated' ? 'TruncatedFloat' : 'NumericOverflow' };
        return { ok: false, error: 'InvalidConstVal' };
      }
      return { ok: true, type: target, value: r.value };
    }
    const fits =
      xb.kind === BasicKind.UntypedBool ? isBoolean(target)
      : xb.kind === BasicKind.UntypedString ? isString(target)
      : isNumeric(xb) ? isNumeric(target)
      : false;
    return fits ? { ok: true, type: target } : { ok: false, error: 'InvalidUntypedConversion' };
  }
  if (u instanceof Interface && !(target instanceof TypeParam)) {
    // Untyped values get their default type inside an interface; only empty interfaces accept them.
    if (!isEmptyInterface(u)) return { ok: false, error: 'InvalidUntypedConversion' };
    return { ok: true, type: defaultType(xb), value: x.value };
  }
  return { ok: false, error: 'InvalidUntypedConversion' };
}

/** A value x is assignable to a variable of type T (spec "Assignability"). */
export function assignableTo(x: OperandInfo, T: Type, qf?: Qualifier): Relation {
  const V = x.type;
  if (V === invalidType || T === invalidType) return yes;
  if (identical(V, T)) return yes;
  const Vu = under(V);
  const Tu = under(T);

  if (isUntyped(Vu)) return implicitTypeAndValue(x, T).ok ? yes : fail();

  // Identical underlying types and at least one of V, T is not a named type.
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !(V instanceof TypeParam) && !(T instanceof TypeParam)) return yes;

  // T is an interface and V implements T.
  if ((Tu instanceof Interface && !(T instanceof TypeParam)) || isInterfacePtr(Tu)) {
    const r = implementsIface(V, T, qf);
    return r.ok ? yes : fail(r.cause);
  }

  // An interface value is never assignable to a non-interface type, but say when an assertion would do.
  if (Vu instanceof Interface && !(V instanceof TypeParam)) {
    if (implementsIface(T, V).ok) return fail('need type assertion');
  }

  // A bidirectional channel to a channel type of identical element type, one of them unnamed.
  if (Vu instanceof Chan && Vu.dir === ChanDir.SendRecv && Tu instanceof Chan && identical(Vu.elem, Tu.elem)) {
    return !hasName(V) || !hasName(T) ? yes : fail();
  }
  // Type parameters: term by term.
  if (T instanceof TypeParam && !hasName(V)) {
    return allTerms(T, (t) => t !== null && assignableTo(x, t.type, qf).ok) ? yes : fail();
  }
  if (V instanceof TypeParam && !hasName(T)) {
    return allTerms(V, (t) => t !== null && assignableTo({ type: t.type }, T, qf).ok) ? yes : fail();
  }
  return fail();
}

/** A non-constant x can be converted to T (spec "Conversions"). */
export function convertibleTo(x: OperandInfo, T: Type, qf?: Qualifier): Relation {
  if (assignableTo(x, T, qf).ok) return yes;
  const V = x.type;
  const Vu = under(V);
  const Tu = under(T);
  const tp = V instanceof TypeParam || T instanceof TypeParam;

  // Identical underlying types, ignoring struct tags.
  if (!tp && identicalIgnoreTags(Vu, Tu)) return yes;
  // Unnamed pointer types whose base types have identical underlying types (ignoring tags).
  if (V instanceof Pointer && T instanceof Pointer && identicalIgnoreTags(under(V.elem), under(T.elem))) return yes;
  // Numeric conversions.
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return yes;
  if (isComplex(Vu) && isComplex(Tu)) return yes;
  // Integers, []byte and []rune to string; string to []byte and []rune.
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return yes;
  if (isString(Vu) && isBytesOrRunes(Tu)) return yes;
  // unsafe.Pointer to and from pointers and uintptr.
  if ((isPointer(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu)) return yes;
  if (isUnsafePointer(Vu) && (isPointer(Tu) || isUintptr(Tu))) return yes;
  // A slice to a pointer to an array of identical element type (Go 1.17).
  if (Vu instanceof Slice && Tu instanceof Pointer) {
    const a = under(Tu.elem);
    if (a instanceof ArrayType && identical(Vu.elem, a.elem)) return yes;
  }
  if (!tp) return fail();
  // Type parameters: every pair of terms must convert.
  const ts = (t: Type) => typeString(t, qf);
  let cause = '';
  const each = (P: Type, f: (t: Type) => boolean) =>
    P instanceof TypeParam ? allTerms(P, (term) => term !== null && f(term.type)) : f(P);
  const ok = each(V, (v) => each(T, (t) => {
    if (convertibleTo({ type: v }, t, qf).ok) return true;
    const from = V instanceof TypeParam ? `${ts(v)} (in ${ts(V)})` : ts(v);
    const to = T instanceof TypeParam ? `${ts(t)} (in ${ts(T)})` : ts(t);
    cause = `cannot convert ${from} to ${to}`;
    return false;
  }));
  return ok ? yes : fail(cause);
}
