// Interface method sets and type sets (spec "Interface types", "Embedded interfaces").
//
// Design
//   An interface's type set is computed on first use and cached in the Interface (`tset`): all
//   its methods, explicit and from embedded interfaces, sorted in go/types' order (exported names
//   first, then by name, then by package path). A method embedded twice with identical
//   signatures is one method (allowed since Go 1.14); a clash with a different signature is
//   recorded in `duplicates` for the checker to report as gc does ("duplicate method M").
//   Explicit duplicates are the checker's to report when it builds the interface.
//
//   The type set proper (spec "General interfaces") is a term list: null for "all types", else
//   the union of its terms (`T` is the type T, `~T` every type whose underlying type is T); an
//   empty list is the empty set. Each embedded element contributes a set: an interface its own,
//   a union the union of its terms' sets, any other type the single term T. The interface's set
//   is the intersection of them all, normalised so that no term is a subset of another (types2
//   termlist). `comparable` marks sets restricted to comparable types; with terms, only the
//   comparable terms remain.
//
//   `coreType` is the spec's core type: for a type parameter, the one underlying type all types
//   in its set share (null if there is none, or the set is all types); for other types the
//   underlying type. `allTerms` applies a predicate to every term, as operators on type
//   parameter operands need (types2 allBasic).
//
//   A cycle through embedding (`type I interface{ J }; type J interface{ I }`, an error the
//   checker reports) terminates: while an interface's set is being computed, it reads as empty.
//
// Differences from go/types: term lists are arrays of Term (no 𝓤 term: null stands for it);
// positions for duplicate reports are the methods' own; the channel-direction rule of core types
// is applied (a bidirectional channel gives way to one direction) but not for more than one.
import type { Func } from './objects.js';
import type { Package } from './package.js';
import { comparable as comparableType, identical } from './predicates.js';
import { Chan, ChanDir, Interface, Term, TypeParam, Union, under, type Type, type TypeSet } from './types.js';

const computing: TypeSet = { methods: [], comparable: false, terms: null, duplicates: [] };

/** The (cached) type set of an interface. */
export function typeSetOf(iface: Interface): TypeSet {
  if (iface.tset !== null) return iface.tset;
  iface.tset = computing;
  const byId = new Map<string, Func>();
  const all: Func[] = [];
  const duplicates: { method: Func; other: Func }[] = [];
  const add = (m: Func, explicit: boolean) => {
    const other = byId.get(m.id());
    if (other === undefined) {
      byId.set(m.id(), m);
      all.push(m);
    } else if (!explicit && !identical(m.type, other.type)) {
      duplicates.push({ method: m, other });
    }
  };
  for (const m of iface.methods) add(m, true);
  let comparable = false;
  let terms: readonly Term[] | null = null;
  for (const e of iface.embeddeds) {
    const u = under(e);
    let set: readonly Term[] | null;
    if (u instanceof Interface && !(e instanceof TypeParam)) {
      const ts = typeSetOf(u);
      for (const m of ts.methods) add(m, false);
      comparable ||= ts.comparable;
      set = ts.terms;
    } else if (e instanceof Union) {
      set = unionTerms(e);
    } else {
      set = [new Term(false, e)];
    }
    terms = intersectTerms(terms, set);
  }
  if (comparable && terms !== null) terms = terms.filter((t) => comparableType(t.type));
  all.sort(methodOrder);
  const ts: TypeSet = { methods: all, comparable, terms, duplicates };
  iface.tset = ts;
  return ts;
}

/** The set of a union element: the union of its terms' sets (null: all types). */
function unionTerms(u: Union): readonly Term[] | null {
  let out: Term[] = [];
  for (const t of u.terms) {
    const tu = under(t.type);
    if (!t.tilde && tu instanceof Interface && !(t.type instanceof TypeParam)) {
      const ts = typeSetOf(tu);
      if (ts.terms === null) return null;
      out = [...out, ...ts.terms];
    } else out.push(t);
  }
  return normalize(out);
}

/** x ⊆ y for single terms. */
function termSubset(x: Term, y: Term): boolean {
  if (y.tilde) return identical(under(x.type), under(y.type));
  return !x.tilde && identical(x.type, y.type);
}

/** Drops terms contained in another term of the list. */
function normalize(list: readonly Term[]): Term[] {
  const out: Term[] = [];
  list.forEach((t, i) => {
    const covered = list.some((u, j) => j !== i && termSubset(t, u) && (!termSubset(u, t) || j < i));
    if (!covered) out.push(t);
  });
  return out;
}

/** The intersection of two term lists (null: all types). */
export function intersectTerms(x: readonly Term[] | null, y: readonly Term[] | null): readonly Term[] | null {
  if (x === null) return y;
  if (y === null) return x;
  const out: Term[] = [];
  for (const a of x) {
    for (const b of y) {
      if (termSubset(a, b)) out.push(a);
      else if (termSubset(b, a)) out.push(b);
    }
  }
  return normalize(out);
}

/** Whether type t is in the set of term list terms (null: all types). */
export function termsInclude(terms: readonly Term[] | null, t: Type): boolean {
  if (terms === null) return true;
  return terms.some((term) => (term.tilde ? identical(under(t), under(term.type)) : identical(t, term.type)));
}

/** Whether every type of list x is in list y. */
export function termsSubset(x: readonly Term[] | null, y: readonly Term[] | null): boolean {
  if (y === null) return true;
  if (x === null) return false;
  return x.every((a) => y.some((b) => termSubset(a, b)));
}

/**
 * f holds for every term of t's type set (t a type parameter); with no terms (all types, or none)
 * the answer is f(null), as types2's typeset.is gives.
 */
export function allTerms(t: TypeParam, f: (term: Term | null) => boolean): boolean {
  const terms = typeSetOf(t.iface()).terms;
  if (terms === null || terms.length === 0) return f(null);
  return terms.every((term) => f(term));
}

/** The spec's core type of t, or null (see the header). */
export function coreType(t: Type): Type | null {
  if (!(t instanceof TypeParam)) return under(t);
  const terms = typeSetOf(t.iface()).terms;
  if (terms === null || terms.length === 0) return null;
  let su: Type | null = null;
  for (const term of terms) {
    const u = under(term.type);
    if (su === null) {
      su = u;
      continue;
    }
    if (identical(su, u)) continue;
    if (su instanceof Chan && u instanceof Chan && identical(su.elem, u.elem)) {
      if (su.dir === ChanDir.SendRecv) su = u;
      else if (u.dir !== ChanDir.SendRecv && u.dir !== su.dir) return null;
      continue;
    }
    return null;
  }
  return su;
}

/** go/types' method order: exported first, then by name, then by package path. */
export function methodOrder(a: Func, b: Func): number {
  const ea = a.exported();
  const eb = b.exported();
  if (ea !== eb) return ea ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  const pa = a.pkg?.path ?? '';
  const pb = b.pkg?.path ?? '';
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** All methods of an interface type. */
export function interfaceMethods(t: Type): readonly Func[] {
  const u = under(t);
  return u instanceof Interface ? typeSetOf(u).methods : [];
}

/** The interface has no methods and admits all types (`interface{}`, `any`). */
export function isEmptyInterface(iface: Interface): boolean {
  const ts = typeSetOf(iface);
  return ts.methods.length === 0 && ts.terms === null && !ts.comparable;
}

/** Looks up a method of the interface's type set by package-qualified name. */
export function lookupInterfaceMethod(
  iface: Interface,
  pkg: Package | null,
  name: string,
  foldCase = false,
): [number, Func] | null {
  const ms = typeSetOf(iface).methods;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if ((m.name === name || (foldCase && m.name.toLowerCase() === name.toLowerCase())) && m.sameId(pkg, m.name)) return [i, m];
  }
  return null;
}
