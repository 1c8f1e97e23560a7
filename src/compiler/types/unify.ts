// Unification of types for type inference (types2 unify.go).
//
// Design
//   A unifier holds the type parameters being inferred and, for each, a handle: the type
//   inferred so far, or null. Unifying x and y walks both structurally; where one side is one of
//   the parameters, it is bound to the other side (or, if already bound, its binding is unified
//   with the other side). Two unbound parameters unified with each other share one handle from
//   then on, so binding either binds both (types2 join).
//
//   Inexact unification (the only kind inference uses) also lets a defined type match a type
//   literal through its underlying type (`type MySlice []int` against `[]E`), lets a type
//   parameter with a core type match a type literal through that core type, and ignores channel
//   directions. Instances unify when their origins match, argument by argument.
//
// How it differs from go/types: one parameter list for both sides (types2 keeps an x and a y
// list; inference renames self-recursive calls' parameters first, so one suffices); a depth
// limit ends runaway recursion with failure instead of a panic.
import { hasName } from './predicates.js';
import { coreType, typeSetOf } from './typeset.js';
import {
  ArrayType, Basic, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, TypeParam, under, type Type,
} from './types.js';

interface Handle {
  type: Type | null;
}

const depthLimit = 50;

export class Unifier {
  private readonly handles: Handle[];
  private depth = 0;

  constructor(readonly tparams: readonly TypeParam[], readonly exact = false) {
    this.handles = tparams.map(() => ({ type: null }));
  }

  /** The parameter's index in the list, or -1. */
  index(t: Type): number {
    return t instanceof TypeParam ? this.tparams.indexOf(t) : -1;
  }

  at(i: number): Type | null {
    return this.handles[i]!.type;
  }

  set(i: number, t: Type): void {
    this.handles[i]!.type = t;
  }

  /** Number of parameters not inferred yet. */
  unknowns(): number {
    return this.handles.filter((h) => h.type === null).length;
  }

  /** The inferred types (null where unknown). */
  types(): (Type | null)[] {
    return this.handles.map((h) => h.type);
  }

  unify(x: Type, y: Type): boolean {
    return this.nify(x, y, []);
  }

  private nify(x: Type, y: Type, pairs: readonly [Interface, Interface][]): boolean {
    if (x === y) return true;
    if (this.depth >= depthLimit) return false;
    this.depth++;
    try {
      return this.nify0(x, y, pairs);
    } finally {
      this.depth--;
    }
  }

  private nify0(x: Type, y: Type, pairs: readonly [Interface, Interface][]): boolean {
    if (!this.exact) {
      if (x instanceof Named && !hasName(y)) return this.nify(under(x), y, pairs);
      if (y instanceof Named && !hasName(x)) return this.nify(x, under(y), pairs);
    }
    const i = this.index(x);
    const j = this.index(y);
    if (i >= 0 && j >= 0) {
      const hx = this.handles[i]!;
      const hy = this.handles[j]!;
      if (hx === hy) return true;
      if (hx.type === null || hy.type === null) {
        // Join: both names share the bound one's handle (or a fresh common one).
        const h = hx.type !== null ? hx : hy;
        const other = h === hx ? hy : hx;
        this.handles.forEach((k, n) => {
          if (k === other) this.handles[n] = h;
        });
        return true;
      }
      return this.nify(hx.type, hy.type, pairs);
    }
    if (i >= 0) {
      const tx = this.at(i);
      if (tx !== null) return this.nify(tx, y, pairs);
      this.set(i, y);
      return true;
    }
    if (j >= 0) {
      const ty = this.at(j);
      if (ty !== null) return this.nify(x, ty, pairs);
      this.set(j, x);
      return true;
    }
    if (!this.exact) {
      if (x instanceof TypeParam && !hasName(y)) {
        const cx = coreType(x);
        if (cx !== null) return this.nify(cx, y, pairs);
      } else if (y instanceof TypeParam && !hasName(x)) {
        const cy = coreType(y);
        if (cy !== null) return this.nify(x, cy, pairs);
      }
    }
    if (x instanceof Basic) return y instanceof Basic && x.kind === y.kind;
    if (x instanceof ArrayType) return y instanceof ArrayType && (x.len < 0 || y.len < 0 || x.len === y.len) && this.nify(x.elem, y.elem, pairs);
    if (x instanceof Slice) return y instanceof Slice && this.nify(x.elem, y.elem, pairs);
    if (x instanceof Pointer) return y instanceof Pointer && this.nify(x.elem, y.elem, pairs);
    if (x instanceof MapType) return y instanceof MapType && this.nify(x.key, y.key, pairs) && this.nify(x.elem, y.elem, pairs);
    if (x instanceof Chan) return y instanceof Chan && (!this.exact || x.dir === y.dir) && this.nify(x.elem, y.elem, pairs);
    if (x instanceof Struct) {
      if (!(y instanceof Struct) || x.fields.length !== y.fields.length) return false;
      return x.fields.every((f, k) => {
        const g = y.fields[k]!;
        return f.embedded === g.embedded && x.tags[k] === y.tags[k] && f.sameId(g.pkg, g.name) && this.nify(f.type, g.type, pairs);
      });
    }
    if (x instanceof Tuple) {
      return y instanceof Tuple && x.length === y.length && x.vars.every((v, k) => this.nify(v.type, y.vars[k]!.type, pairs));
    }
    if (x instanceof Signature) {
      return y instanceof Signature && x.variadic === y.variadic && this.nify(x.params, y.params, pairs) && this.nify(x.results, y.results, pairs);
    }
    if (x instanceof Interface) {
      if (!(y instanceof Interface)) return false;
      const xs = typeSetOf(x);
      const ys = typeSetOf(y);
      if (xs.comparable !== ys.comparable || (xs.terms === null) !== (ys.terms === null)) return false;
      if (xs.methods.length !== ys.methods.length) return false;
      if (pairs.some(([a, b]) => (a === x && b === y) || (a === y && b === x))) return true;
      const inner: [Interface, Interface][] = [...pairs, [x, y]];
      return xs.methods.every((m, k) => {
        const n = ys.methods[k]!;
        return m.id() === n.id() && this.nify(m.type, n.type, inner);
      });
    }
    if (x instanceof Named) {
      if (!(y instanceof Named)) return false;
      const xa = x.typeArgs ?? [];
      const ya = y.typeArgs ?? [];
      if (xa.length !== ya.length || x.orig !== y.orig) return false;
      return xa.every((a, k) => this.nify(a, ya[k]!, pairs));
    }
    return false;
  }
}

/** Whether t mentions any of tparams (types2 isParameterized). */
export function isParameterized(tparams: readonly TypeParam[], t: Type): boolean {
  const seen = new Set<Type>();
  const walk = (t: Type): boolean => {
    if (seen.has(t)) return false;
    seen.add(t);
    if (t instanceof TypeParam) return tparams.includes(t);
    if (t instanceof Pointer || t instanceof Slice || t instanceof ArrayType || t instanceof Chan) return walk(t.elem);
    if (t instanceof MapType) return walk(t.key) || walk(t.elem);
    if (t instanceof Struct) return t.fields.some((f) => walk(f.type));
    if (t instanceof Tuple) return t.vars.some((v) => walk(v.type));
    if (t instanceof Signature) return walk(t.params) || walk(t.results);
    if (t instanceof Interface) {
      const ts = typeSetOf(t);
      return ts.methods.some((m) => walk(m.type)) || (ts.terms ?? []).some((term) => walk(term.type));
    }
    if (t instanceof Named) return (t.typeArgs ?? []).some(walk);
    return false;
  };
  return walk(t);
}
