// Type questions escape analysis and the inliner ask of the checked AST: which values carry
// pointers, which fit in an interface word, where the checker left an implicit conversion to an
// interface (gc's OCONVIFACE nodes, which types2 does not materialize), and what a call's
// parameters are.
//
// Differences from gc: gc reads these facts from typechecked IR, where implicit conversions are
// explicit nodes; we recompute them from the context of each expression.
import type * as ast from '../../parser/ast.js';
import type { Info } from '../check/info.js';
import {
  ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, under,
  type Type,
} from '../types/types.js';
import { sizeof } from '../types/sizes.js';

export function isIface(t: Type | undefined): boolean {
  return t !== undefined && under(t) instanceof Interface;
}

const pointerCache = new WeakMap<object, boolean>();

/** Whether values of t contain pointers the collector must see (gc types.HasPointers). */
export function hasPointers(t: Type): boolean {
  const hit = pointerCache.get(t);
  if (hit !== undefined) return hit;
  const r = computeHasPointers(t);
  pointerCache.set(t, r);
  return r;
}

function computeHasPointers(t: Type): boolean {
  const u = under(t);
  if (u instanceof Basic) return u.kind === BasicKind.String || u.kind === BasicKind.UnsafePointer || u.kind === BasicKind.UntypedString || u.kind === BasicKind.UntypedNil;
  if (u instanceof ArrayType) return u.len > 0 && hasPointers(u.elem);
  if (u instanceof Struct) return u.fields.some((f) => hasPointers(f.type));
  if (u instanceof Tuple) return u.vars.some((v) => hasPointers(v.type));
  return true;
}

/** Whether a value of t is stored directly in an interface's data word (gc types.IsDirectIface). */
export function isDirectIface(t: Type): boolean {
  const u = under(t);
  if (u instanceof Pointer || u instanceof Chan || u instanceof MapType || u instanceof Signature) return true;
  if (u instanceof Basic) return u.kind === BasicKind.UnsafePointer;
  if (u instanceof ArrayType) return u.len === 1 && isDirectIface(u.elem);
  if (u instanceof Struct) return u.fields.length === 1 && isDirectIface(u.fields[0]!.type);
  return false;
}

export function safeSizeof(t: Type): number {
  try {
    return sizeof(t);
  } catch {
    return 8;
  }
}

export function typeOf(info: Info, e: ast.Expr): Type | undefined {
  return info.types.get(e)?.type;
}

export function isConst(info: Info, e: ast.Expr): boolean {
  return info.types.get(e)?.value !== undefined;
}

export function isNil(info: Info, e: ast.Expr): boolean {
  const t = info.types.get(e);
  return t !== undefined && t.type instanceof Basic && t.type.kind === BasicKind.UntypedNil;
}

/** Whether assigning e to a location of type target converts a concrete value to an interface. */
export function convertsToIface(info: Info, e: ast.Expr, target: Type | undefined): boolean {
  if (target === undefined || !isIface(target)) return false;
  const t = typeOf(info, e);
  if (t === undefined || isNil(info, e)) return false;
  if (t instanceof Tuple) return false;
  return !isIface(t);
}

/** The parameter types a call's arguments are assigned to (the variadic tail expanded). */
export function argTypes(sig: Signature, nargs: number, hasEllipsis: boolean): (Type | undefined)[] {
  const ps = sig.params.vars;
  const out: (Type | undefined)[] = [];
  for (let i = 0; i < nargs; i++) {
    if (sig.variadic && i >= ps.length - 1) {
      const last = ps[ps.length - 1]!.type;
      if (hasEllipsis) out.push(last);
      else out.push((under(last) as Slice).elem);
    } else out.push(ps[i]?.type);
  }
  return out;
}

export function signatureOf(t: Type | undefined): Signature | null {
  if (t === undefined) return null;
  const u = under(t);
  return u instanceof Signature ? u : null;
}

export function resultTypes(sig: Signature): Type[] {
  return sig.results.vars.map((v) => v.type);
}

/** The element type of a composite literal's elements for position i (struct field or elem). */
export function compositeElemType(t: Type | undefined, i: number, key: ast.Expr | null): Type | undefined {
  if (t === undefined) return undefined;
  let u = under(t);
  if (u instanceof Pointer) u = under(u.elem);
  if (u instanceof Struct) {
    if (key !== null && key.kind === 'Ident') return u.fields.find((f) => f.name === key.name)?.type;
    return u.fields[i]?.type;
  }
  if (u instanceof ArrayType || u instanceof Slice) return u.elem;
  if (u instanceof MapType) return u.elem;
  return undefined;
}

export function namedOrUnder(t: Type): Type {
  return t instanceof Named ? t : under(t);
}
