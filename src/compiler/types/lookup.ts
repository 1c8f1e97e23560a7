// Field and method lookup (spec "Selectors", "Method sets", "Struct types" on promotion), and the
// search for methods an interface requires (spec "Implementing an interface").
//
// Design
//   `lookupFieldOrMethod` is a breadth-first search over embedding depth, as in go/types:
//     1. Start with T (or, for *T, T marked indirect). A pointer to an interface has no methods.
//     2. At each depth, look in every type at that depth: a Named type's declared methods first,
//        then the fields of its struct (collecting embedded fields, dereferenced, for the next
//        depth; a pointer on the path makes everything below `indirect`), or an interface's
//        methods.
//     3. The first depth with a match decides. Two matches at that depth, or one found through a
//        type that occurs several times at that depth, is an ambiguous selector.
//     4. A method with a pointer receiver found on a value that is neither addressable nor
//        reached through a pointer cannot be called: the result says so (`needsAddress`), so
//        the checker can word gc's error.
//   Named types already visited at a shallower depth are skipped, which ends the search on
//   recursive embeddings (`type T struct{ *T }`).
//
//   `missingMethod` finds the first method of interface T (in method order) that V lacks, plus an
//   "alternative" explaining why: the method exists on *V (pointer receiver), exists with another
//   signature, or exists with different letter case. `missingMethodReason` words that as gc does
//   with CompilerErrorMessages set: "(missing M method)", "(M method has pointer receiver)",
//   "(wrong type for M method)\n\t\thave M(int)\n\t\twant M(string)".
//
// Differences from go/types: results are a tagged union rather than (obj, index, indirect) with
// nil conventions; no instance lookup for generic types yet.
import { Func, Var } from './objects.js';
import type { Package } from './package.js';
import { identical } from './predicates.js';
import { funcString, typeString, type Qualifier } from './typestring.js';
import { lookupInterfaceMethod, typeSetOf } from './typeset.js';
import { Interface, Named, Pointer, Struct, TypeParam, under, type Type } from './types.js';

export type LookupResult =
  | { readonly kind: 'found'; readonly obj: Var | Func; readonly index: readonly number[]; readonly indirect: boolean }
  | { readonly kind: 'notFound' }
  /** Several fields or methods at the shallowest depth (gc: "ambiguous selector x.f"). */
  | { readonly kind: 'ambiguous'; readonly index: readonly number[] }
  /** A pointer-receiver method on a value that is not addressable. */
  | { readonly kind: 'needsAddress'; readonly obj: Func; readonly index: readonly number[] };

const notFound: LookupResult = { kind: 'notFound' };

export interface EmbeddedType {
  readonly typ: Type;
  /** Field indices from the outermost struct. */
  readonly index: readonly number[];
  /** A pointer was dereferenced on the way here. */
  readonly indirect: boolean;
  /** typ occurs several times at this depth. */
  readonly multiples: boolean;
}

/** deref of a pointer type literal (not of a named pointer type). */
export function deref(t: Type): [Type, boolean] {
  return t instanceof Pointer ? [t.elem, true] : [t, false];
}

/** The field or method `name` of T (spec "Selectors"). */
export function lookupFieldOrMethod(T: Type, addressable: boolean, pkg: Package | null, name: string): LookupResult {
  if (name === '_') return notFound;
  // Methods of a named pointer type's base are not in its method set: only fields are found.
  if (T instanceof Named) {
    const p = T.underlying();
    if (p instanceof Pointer) {
      const r = lookup(p, false, pkg, name, false);
      return r.kind === 'found' && r.obj instanceof Func ? notFound : r;
    }
  }
  return lookup(T, addressable, pkg, name, false);
}

function lookup(T: Type, addressable: boolean, pkg: Package | null, name: string, foldCase: boolean): LookupResult {
  if (name === '_') return notFound;
  const [typ, isPtr] = deref(T);
  if (isPtr && under(typ) instanceof Interface && !(typ instanceof TypeParam)) return notFound;

  let current: EmbeddedType[] = [{ typ, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();

  while (current.length > 0) {
    const next: EmbeddedType[] = [];
    let obj: Var | Func | null = null;
    let index: readonly number[] = [];
    let indirect = false;

    for (const e of current) {
      const t = e.typ;
      if (t instanceof Named) {
        if (seen.has(t)) continue;
        seen.add(t);
        const i = t.methods.findIndex((m) => nameMatches(m, pkg, name, foldCase));
        if (i >= 0) {
          index = [...e.index, i];
          if (obj !== null || e.multiples) return { kind: 'ambiguous', index };
          obj = t.methods[i]!;
          indirect = e.indirect;
          continue;
        }
      }
      const u = under(t);
      if (u instanceof Struct) {
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i]!;
          if (f.sameId(pkg, name)) {
            index = [...e.index, i];
            if (obj !== null || e.multiples) return { kind: 'ambiguous', index };
            obj = f;
            indirect = e.indirect;
            continue;
          }
          if (obj === null && f.embedded) {
            const [ft, fptr] = deref(f.type);
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || fptr, multiples: e.multiples });
          }
        }
      } else if (u instanceof Interface) {
        const found = lookupInterfaceMethod(u, pkg, name, foldCase);
        if (found !== null) {
          index = [...e.index, found[0]];
          if (obj !== null || e.multiples) return { kind: 'ambiguous', index };
          obj = found[1];
          indirect = e.indirect;
        }
      }
    }

    if (obj !== null) {
      if (obj instanceof Func && obj.hasPtrRecv() && !indirect && !addressable) return { kind: 'needsAddress', obj, index };
      return { kind: 'found', obj, index, indirect };
    }
    current = consolidateMultiples(next);
  }
  return notFound;
}

function nameMatches(m: Func, pkg: Package | null, name: string, foldCase: boolean): boolean {
  if (m.name === name) return m.sameId(pkg, name);
  return foldCase && m.name.toLowerCase() === name.toLowerCase() && m.sameId(pkg, m.name);
}

/** Merges entries of identical types, marking them as occurring several times. */
export function consolidateMultiples(list: EmbeddedType[]): EmbeddedType[] {
  if (list.length <= 1) return list;
  const out: EmbeddedType[] = [];
  for (const e of list) {
    const i = out.findIndex((o) => o.typ === e.typ || identical(o.typ, e.typ));
    if (i >= 0) out[i] = { ...out[i]!, multiples: true };
    else out.push(e);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Interface satisfaction

export interface MissingMethod {
  /** The method of T that V lacks. */
  readonly method: Func;
  /** A method of V (or *V) that almost matches: pointer receiver, wrong type or wrong case. */
  readonly alt: Func | null;
}

/**
 * The first method of T missing from V, or null if V has them all. If V is an interface and
 * `static` is false (a type assertion), only methods present in both must agree.
 */
export function missingMethod(V: Type, T: Interface, isStatic: boolean): MissingMethod | null {
  const required = typeSetOf(T).methods;
  if (required.length === 0) return null;

  const vu = under(V);
  if (vu instanceof Interface) {
    for (const m of required) {
      const f = lookupInterfaceMethod(vu, m.pkg, m.name)?.[1];
      if (f === undefined) {
        if (!isStatic) continue;
        return { method: m, alt: null };
      }
      if (!identical(f.type, m.type)) return { method: m, alt: f };
    }
    return null;
  }

  for (const m of required) {
    let r = lookup(V, false, m.pkg, m.name, false);
    const found = r.kind === 'found';
    if (!found) {
      r = lookup(new Pointer(V), false, m.pkg, m.name, false);
      if (r.kind !== 'found') r = lookup(V, false, m.pkg, m.name, true);
    }
    const f = r.kind === 'found' ? r.obj : null;
    if (!(f instanceof Func)) return { method: m, alt: null };
    if (!found || !identical(f.type, m.type)) return { method: m, alt: f };
  }
  return null;
}

/** Pointer to an interface (gc explains such types specially). */
export function isInterfacePtr(t: Type): boolean {
  const u = under(t);
  return u instanceof Pointer && under(u.elem) instanceof Interface;
}

/** "type *I is pointer to interface, not interface" (or to a type parameter). */
export function interfacePtrError(t: Type, qf?: Qualifier): string {
  const p = under(t) as Pointer;
  if (p.elem instanceof TypeParam) return `type ${typeString(t, qf)} is pointer to type parameter, not type parameter`;
  return `type ${typeString(t, qf)} is pointer to interface, not interface`;
}

/** The parenthesised reason V does not implement T, in gc's words (see the header). */
export function missingMethodReason(V: Type, T: Type, m: Func, alt: Func | null, qf?: Qualifier): string {
  const mname = `${m.name} method`;
  if (alt !== null) {
    if (m.name !== alt.name) return `(missing ${mname})\n\t\thave ${funcString(alt, qf)}\n\t\twant ${funcString(m, qf)}`;
    if (identical(m.type, alt.type)) return `(${mname} has pointer receiver)`;
    return `(wrong type for ${mname})\n\t\thave ${funcString(alt, qf)}\n\t\twant ${funcString(m, qf)}`;
  }
  if (isInterfacePtr(V)) return `(${interfacePtrError(V, qf)})`;
  if (isInterfacePtr(T)) return `(${interfacePtrError(T, qf)})`;
  return `(missing ${mname})`;
}
