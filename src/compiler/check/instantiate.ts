// Constraint satisfaction (types2 instantiate.go verify/implements; spec "Instantiations",
// "Satisfying a type constraint").
//
// Design
//   Before an instance is used, each type argument must satisfy its parameter's constraint, with
//   the instantiation's own arguments substituted into the constraints (`[K comparable, M ~map[K]V]`).
//   `implementsConstraint` is types2's implements, in gc's words:
//     1. the argument has every method of the constraint ("T does not implement C (missing M
//        method)");
//     2. if the constraint is comparable, the argument is strictly comparable: an interface type
//        is not ("any does not implement comparable"), since Go 1.19 reads comparable as "== never
//        panics";
//     3. the argument is in the constraint's type set ("string does not implement Number (string
//        missing in ~int | ~float64)"); an interface argument's own type set must be a subset.
//
// How it differs from types2: the "possibly missing ~" hint is given for a single-term set
// only.
import { missingMethod, missingMethodReason } from '../types/lookup.js';
import { comparable } from '../types/predicates.js';
import { makeSubstMap, subst } from '../types/subst.js';
import { typeString, type Qualifier } from '../types/typestring.js';
import { termsInclude, termsSubset, typeSetOf } from '../types/typeset.js';
import { ArrayType, Interface, Struct, Term, TypeParam, invalidType, under, type Type } from '../types/types.js';

/** The first type argument that fails its constraint, and why; null if all satisfy. */
export function verify(tparams: readonly TypeParam[], targs: readonly Type[], qf?: Qualifier): { index: number; cause: string } | null {
  const smap = makeSubstMap(tparams, targs);
  for (let i = 0; i < tparams.length && i < targs.length; i++) {
    const c = tparams[i]!.constraint;
    const bound = subst(under(c) instanceof Interface ? c : tparams[i]!.iface(), smap);
    const cause = implementsConstraint(targs[i]!, bound, qf);
    if (cause !== '') return { index: i, cause };
  }
  return null;
}

/** Comparable without run-time panics: interfaces count only if their type set is comparable. */
export function strictlyComparable(t: Type): boolean {
  const u = under(t);
  if (t instanceof TypeParam) return comparable(t);
  if (u instanceof Interface) {
    const ts = typeSetOf(u);
    return ts.comparable || (ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => strictlyComparable(x.type)));
  }
  if (u instanceof Struct) return u.fields.every((f) => strictlyComparable(f.type));
  if (u instanceof ArrayType) return strictlyComparable(u.elem);
  return comparable(t);
}

function termListString(terms: readonly Term[], qf?: Qualifier): string {
  return terms.map((t) => (t.tilde ? '~' : '') + typeString(t.type, qf)).join(' | ');
}

/** '' if V satisfies constraint T, else gc's message (see the header). */
export function implementsConstraint(V: Type, T: Type, qf?: Qualifier): string {
  const Vu = under(V);
  const Tu = under(T);
  if (Vu === invalidType || Tu === invalidType) return '';
  const vs = typeString(V, qf);
  const ts = typeString(T, qf);
  if (!(Tu instanceof Interface)) return `${ts} is not an interface`;
  const tset = typeSetOf(Tu);
  if (tset.methods.length === 0 && tset.terms === null && !tset.comparable) return '';
  if (tset.terms !== null && tset.terms.length === 0) return `cannot implement ${ts} (empty type set)`;
  const mm = missingMethod(V, Tu, true);
  if (mm !== null) return `${vs} does not implement ${ts} ${missingMethodReason(V, T, mm.method, mm.alt, qf)}`;
  if (tset.comparable && !strictlyComparable(V)) return `${vs} does not implement comparable`;
  if (tset.terms === null) return '';
  if (Vu instanceof Interface && !(V instanceof TypeParam)) {
    return termsSubset(typeSetOf(Vu).terms, tset.terms) ? '' : `${vs} does not implement ${ts}`;
  }
  if (V instanceof TypeParam) {
    const vterms = typeSetOf(V.iface()).terms;
    if (termsSubset(vterms, tset.terms)) return '';
    if (vterms === null) return `${vs} does not implement ${ts}`;
    const missing = vterms.find((x) => !termsSubset([x], tset.terms));
    return `${vs} does not implement ${ts} (${missing !== undefined ? (missing.tilde ? '~' : '') + typeString(missing.type, qf) : vs} missing in ${termListString(tset.terms, qf)})`;
  }
  if (termsInclude(tset.terms, V)) return '';
  const single = tset.terms.length === 1 ? tset.terms[0]! : null;
  if (single !== null && !single.tilde && single.type === under(single.type) && termsInclude([new Term(true, single.type)], V)) {
    return `${vs} does not implement ${ts} (possibly missing ~ for ${typeString(single.type, qf)} in constraint ${ts})`;
  }
  return `${vs} does not implement ${ts} (${vs} missing in ${termListString(tset.terms, qf)})`;
}
