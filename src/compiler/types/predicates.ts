// Type predicates (spec "Properties of types and values"): classification of basic types, type
// identity, comparability, nil-ability and the default types of untyped values.
//
// Design
//   Classification predicates look at the underlying type (`isInteger(T)` holds for `type T int`)
//   through Basic.info bits, like go/types. `isTyped`/`isUntyped` look at the type itself.
//
//   `identical` is the spec's "Type identity": named types are identical only to themselves,
//   composite types structurally, struct tags count (unless ignored, as conversions do),
//   parameter and result names do not, nor do receivers. Interfaces compare by their method sets;
//   recursion through interface methods (`type I interface{ M() interface{ I } }`) is cut by
//   remembering the interface pairs under comparison.
//
//   `comparable` optionally reports why a type is not comparable, in types2's words, for messages
//   like "invalid operation: a == b (struct containing []int cannot be compared)".
//
//   The `allX` predicates are the operator rules for operands whose type may be a type parameter
//   (types2 allBasic): for a type parameter, every type in its set must qualify (a set of all
//   types qualifies for nothing); for other types they are the plain predicates.
//
// Differences from go/types: type parameters are only identical to themselves and generic
// signatures only to themselves (go/types also matches them up to renaming); instances are
// identical when their origins and arguments are.
import {
  ArrayType, Basic, BasicInfo, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple,
  Typ, TypeParam, Union, invalidType, runeType, under, type Type,
} from './types.js';
import { allTerms, typeSetOf } from './typeset.js';
import { typeString, type Qualifier } from './typestring.js';

function infoOf(t: Type): number {
  const u = under(t);
  return u instanceof Basic ? u.info : 0;
}

export const isBoolean = (t: Type): boolean => (infoOf(t) & BasicInfo.IsBoolean) !== 0;
export const isInteger = (t: Type): boolean => (infoOf(t) & BasicInfo.IsInteger) !== 0;
export const isUnsigned = (t: Type): boolean => (infoOf(t) & BasicInfo.IsUnsigned) !== 0;
export const isFloat = (t: Type): boolean => (infoOf(t) & BasicInfo.IsFloat) !== 0;
export const isComplex = (t: Type): boolean => (infoOf(t) & BasicInfo.IsComplex) !== 0;
export const isNumeric = (t: Type): boolean => (infoOf(t) & BasicInfo.IsNumeric) !== 0;
export const isString = (t: Type): boolean => (infoOf(t) & BasicInfo.IsString) !== 0;
export const isIntegerOrFloat = (t: Type): boolean => (infoOf(t) & (BasicInfo.IsInteger | BasicInfo.IsFloat)) !== 0;
export const isOrdered = (t: Type): boolean => (infoOf(t) & BasicInfo.IsOrdered) !== 0;
export const isConstType = (t: Type): boolean => (infoOf(t) & BasicInfo.IsConstType) !== 0;

function allBasic(t: Type, info: number): boolean {
  if (t instanceof TypeParam) return allTerms(t, (term) => term !== null && (infoOf(term.type) & info) !== 0);
  return (infoOf(t) & info) !== 0;
}

export const allBoolean = (t: Type): boolean => allBasic(t, BasicInfo.IsBoolean);
export const allInteger = (t: Type): boolean => allBasic(t, BasicInfo.IsInteger);
export const allUnsigned = (t: Type): boolean => allBasic(t, BasicInfo.IsUnsigned);
export const allNumeric = (t: Type): boolean => allBasic(t, BasicInfo.IsNumeric);
export const allString = (t: Type): boolean => allBasic(t, BasicInfo.IsString);
export const allOrdered = (t: Type): boolean => allBasic(t, BasicInfo.IsOrdered);
export const allNumericOrString = (t: Type): boolean => allBasic(t, BasicInfo.IsNumeric | BasicInfo.IsString);

/** t is not an untyped type (looks at t itself, not its underlying type). */
export function isTyped(t: Type): boolean {
  return !(t instanceof Basic) || (t.info & BasicInfo.IsUntyped) === 0;
}

export function isUntyped(t: Type): boolean {
  return !isTyped(t);
}

export function isBasicKind(t: Type, kind: BasicKind): boolean {
  const u = under(t);
  return u instanceof Basic && u.kind === kind;
}

export const isUintptr = (t: Type): boolean => isBasicKind(t, BasicKind.Uintptr);
export const isUnsafePointer = (t: Type): boolean => isBasicKind(t, BasicKind.UnsafePointer);
export const isPointer = (t: Type): boolean => under(t) instanceof Pointer;
export const isTypeParam = (t: Type): boolean => t instanceof TypeParam;
export const isValid = (t: Type): boolean => under(t) !== invalidType;

/** An interface type (not a type parameter, whose underlying type is also an interface). */
export function isInterface(t: Type): boolean {
  return !(t instanceof TypeParam) && under(t) instanceof Interface;
}

/** []byte or []rune (also with defined element types of those kinds). */
export function isBytesOrRunes(t: Type): boolean {
  const u = under(t);
  if (!(u instanceof Slice)) return false;
  const e = under(u.elem);
  return e instanceof Basic && (e.kind === BasicKind.Byte || e.kind === BasicKind.Rune);
}

/** Predeclared, defined and type-parameter types have names; type literals do not. */
export function hasName(t: Type): boolean {
  return t instanceof Basic || t instanceof Named || t instanceof TypeParam;
}

/** Values of t can be nil (spec "The zero value"). */
export function hasNil(t: Type): boolean {
  if (t instanceof TypeParam) return allTerms(t, (term) => term !== null && hasNil(term.type));
  const u = under(t);
  if (u instanceof Basic) return u.kind === BasicKind.UnsafePointer;
  if (u instanceof Interface) return !(t instanceof TypeParam);
  return u instanceof Slice || u instanceof Pointer || u instanceof Signature || u instanceof MapType || u instanceof Chan;
}

/**
 * Values of t can be compared with == (spec "Comparison operators"). `why`, if given, receives
 * types2's explanation for the first incomparable part.
 */
export function comparable(t: Type, why?: (cause: string) => void, qf?: Qualifier): boolean {
  return comparableRec(t, new Set<Type>(), why, qf);
}

function comparableRec(t: Type, seen: Set<Type>, why?: (cause: string) => void, qf?: Qualifier): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = under(t);
  if (t instanceof TypeParam) {
    const ts = typeSetOf(t.iface());
    if (ts.terms === null) return ts.comparable;
    return ts.terms.length > 0 && ts.terms.every((term) => comparableRec(term.type, seen));
  }
  if (u instanceof Basic) return u.kind !== BasicKind.UntypedNil;
  if (u instanceof Pointer || u instanceof Chan || u instanceof Interface) return true;
  if (u instanceof Struct) {
    for (const f of u.fields) {
      if (!comparableRec(f.type, seen)) {
        why?.(`struct containing ${typeString(f.type, qf)} cannot be compared`);
        return false;
      }
    }
    return true;
  }
  if (u instanceof ArrayType) {
    if (!comparableRec(u.elem, seen)) {
      why?.(`${typeString(u, qf)} cannot be compared`);
      return false;
    }
    return true;
  }
  return false;
}

/**
 * The type an untyped value takes where a typed one is needed (spec "Constants"). Untyped runes
 * default to the `rune` alias, which prints as "rune".
 */
export function defaultType(t: Type): Type {
  if (!(t instanceof Basic)) return t;
  switch (t.kind) {
    case BasicKind.UntypedBool: return Typ[BasicKind.Bool]!;
    case BasicKind.UntypedInt: return Typ[BasicKind.Int]!;
    case BasicKind.UntypedRune: return runeType;
    case BasicKind.UntypedFloat: return Typ[BasicKind.Float64]!;
    case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128]!;
    case BasicKind.UntypedString: return Typ[BasicKind.String]!;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Type identity

interface Pair {
  readonly x: Interface;
  readonly y: Interface;
}

/** Types x and y are identical (spec "Type identity"). */
export function identical(x: Type, y: Type): boolean {
  return identicalRec(x, y, true, []);
}

/** Identity ignoring struct tags (conversions). */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  return identicalRec(x, y, false, []);
}

function identicalRec(x: Type, y: Type, cmpTags: boolean, pairs: Pair[]): boolean {
  if (x === y) return true;
  if (x instanceof Basic) return y instanceof Basic && x.kind === y.kind;
  if (x instanceof ArrayType) return y instanceof ArrayType && x.len === y.len && identicalRec(x.elem, y.elem, cmpTags, pairs);
  if (x instanceof Slice) return y instanceof Slice && identicalRec(x.elem, y.elem, cmpTags, pairs);
  if (x instanceof Struct) {
    if (!(y instanceof Struct) || x.fields.length !== y.fields.length) return false;
    return x.fields.every((f, i) => {
      const g = y.fields[i]!;
      return (
        f.embedded === g.embedded &&
        (!cmpTags || x.tags[i] === y.tags[i]) &&
        f.sameId(g.pkg, g.name) &&
        identicalRec(f.type, g.type, cmpTags, pairs)
      );
    });
  }
  if (x instanceof Pointer) return y instanceof Pointer && identicalRec(x.elem, y.elem, cmpTags, pairs);
  if (x instanceof Tuple) {
    if (!(y instanceof Tuple) || x.length !== y.length) return false;
    return x.vars.every((v, i) => identicalRec(v.type, y.vars[i]!.type, cmpTags, pairs));
  }
  if (x instanceof Signature) {
    return (
      y instanceof Signature &&
      x.typeParams.length === 0 &&
      y.typeParams.length === 0 &&
      x.variadic === y.variadic &&
      identicalRec(x.params, y.params, cmpTags, pairs) &&
      identicalRec(x.results, y.results, cmpTags, pairs)
    );
  }
  if (x instanceof Union) {
    if (!(y instanceof Union) || x.terms.length !== y.terms.length) return false;
    const covers = (a: Union, b: Union) =>
      a.terms.every((t) => b.terms.some((u) => t.tilde === u.tilde && identicalRec(t.type, u.type, cmpTags, pairs)));
    return covers(x, y) && covers(y, x);
  }
  if (x instanceof Interface) {
    if (!(y instanceof Interface)) return false;
    const xs = typeSetOf(x);
    const ys = typeSetOf(y);
    if (xs.comparable !== ys.comparable || (xs.terms === null) !== (ys.terms === null)) return false;
    if (xs.methods.length !== ys.methods.length) return false;
    for (const p of pairs) if ((p.x === x && p.y === y) || (p.x === y && p.y === x)) return true;
    const inner = [...pairs, { x, y }];
    return xs.methods.every((m, i) => {
      const n = ys.methods[i]!;
      return m.id() === n.id() && identicalRec(m.type, n.type, cmpTags, inner);
    });
  }
  if (x instanceof MapType) return y instanceof MapType && identicalRec(x.key, y.key, cmpTags, pairs) && identicalRec(x.elem, y.elem, cmpTags, pairs);
  if (x instanceof Chan) return y instanceof Chan && x.dir === y.dir && identicalRec(x.elem, y.elem, cmpTags, pairs);
  if (x instanceof Named) {
    if (!(y instanceof Named)) return false;
    // Instances of one generic type are identical if their arguments are (generics stage).
    if (x.typeArgs === null || y.typeArgs === null || x.orig !== y.orig) return false;
    return x.typeArgs.length === y.typeArgs.length && x.typeArgs.every((a, i) => identicalRec(a, y.typeArgs![i]!, cmpTags, pairs));
  }
  return false;
}
