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
//   Before generics every interface's type set is "all types" (terms null) plus its methods;
//   `comparable` marks sets restricted to comparable types. Embedded non-interface types and
//   unions (constraints) are collected as terms so the generics stage can intersect them.
//
//   A cycle through embedding (`type I interface{ J }; type J interface{ I }`, an error the
//   checker reports) terminates: while an interface's set is being computed, it reads as empty.
//
// Differences from go/types: no term-list normalisation or intersection yet (generics stage);
// positions for duplicate reports are the methods' own.
import type { Func } from './objects.js';
import type { Package } from './package.js';
import { identical } from './predicates.js';
import { Interface, Term, Union, under, type Type, type TypeSet } from './types.js';

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
  let terms: Term[] | null = null;
  for (const e of iface.embeddeds) {
    const u = under(e);
    if (u instanceof Interface) {
      const ts = typeSetOf(u);
      for (const m of ts.methods) add(m, false);
      comparable ||= ts.comparable;
      if (ts.terms !== null) terms = [...(terms ?? []), ...ts.terms];
    } else if (e instanceof Union) {
      terms = [...(terms ?? []), ...e.terms];
    } else {
      terms = [...(terms ?? []), new Term(false, e)];
    }
  }
  all.sort(methodOrder);
  const ts: TypeSet = { methods: all, comparable, terms, duplicates };
  iface.tset = ts;
  return ts;
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
