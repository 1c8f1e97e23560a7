// Type substitution: replacing type parameters by types (types2 subst.go).
//
// Design
//   A substitution map takes type parameters to types (the arguments of an instantiation, or
//   fresh type parameters when inference renames them). `subst` rebuilds a type bottom-up and
//   returns the very same object when nothing in it changed, so substituting into a type that
//   does not mention the parameters costs no allocation and keeps identities.
//
//   Named types are not walked into: an instance's arguments are substituted and the result is
//   the instance for the new arguments (instantiate.ts, through its cache, so `List[T]` with
//   T := int is the one `List[int]`). That is also what makes recursive generic types finite:
//   the underlying type of an instance is only expanded when someone asks for it.
//
//   Substituted fields, parameters and methods are new objects that keep their name, package
//   and position; a field or parameter remembers the generic one (`Var.origin`).
//
// How it differs from go/types: no per-call cache of substituted types (a type seen twice in one
// substitution is rebuilt twice; identical results compare equal anyway); a signature's own type
// parameters are left to the caller (instantiateSignature clears them).
import { Func, Var } from './objects.js';
import {
  ArrayType, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Term, Tuple, TypeParam, Union, type Type,
} from './types.js';

export type SubstMap = ReadonlyMap<TypeParam, Type>;

export function makeSubstMap(tparams: readonly TypeParam[], targs: readonly Type[]): Map<TypeParam, Type> {
  const m = new Map<TypeParam, Type>();
  tparams.forEach((p, i) => {
    const a = targs[i];
    if (a !== undefined) m.set(p, a);
  });
  return m;
}

/** The instance of a generic Named for arguments (instantiate.ts installs it; no import cycle). */
let instantiateNamed: (orig: Named, targs: readonly Type[]) => Named = () => {
  throw new Error('subst: instantiate.ts not loaded');
};

export function setInstantiateNamed(f: (orig: Named, targs: readonly Type[]) => Named): void {
  instantiateNamed = f;
}

/** t with every type parameter in smap replaced (see the header). */
export function subst(t: Type, smap: SubstMap): Type {
  if (smap.size === 0) return t;
  return new Subster(smap).typ(t);
}

class Subster {
  constructor(private readonly smap: SubstMap) {}

  typ(t: Type): Type {
    if (t instanceof TypeParam) return this.smap.get(t) ?? t;
    if (t instanceof Pointer) {
      const e = this.typ(t.elem);
      return e === t.elem ? t : new Pointer(e);
    }
    if (t instanceof Slice) {
      const e = this.typ(t.elem);
      return e === t.elem ? t : new Slice(e);
    }
    if (t instanceof ArrayType) {
      const e = this.typ(t.elem);
      return e === t.elem ? t : new ArrayType(e, t.len);
    }
    if (t instanceof MapType) {
      const k = this.typ(t.key);
      const e = this.typ(t.elem);
      return k === t.key && e === t.elem ? t : new MapType(k, e);
    }
    if (t instanceof Chan) {
      const e = this.typ(t.elem);
      return e === t.elem ? t : new Chan(t.dir, e);
    }
    if (t instanceof Struct) {
      const fields = this.vars(t.fields);
      return fields === t.fields ? t : new Struct(fields, t.tags);
    }
    if (t instanceof Tuple) {
      const vars = this.vars(t.vars);
      return vars === t.vars ? t : new Tuple(vars);
    }
    if (t instanceof Signature) return this.signature(t);
    if (t instanceof Union) {
      let changed = false;
      const terms = t.terms.map((term) => {
        const u = this.typ(term.type);
        if (u === term.type) return term;
        changed = true;
        return new Term(term.tilde, u);
      });
      return changed ? new Union(terms) : t;
    }
    if (t instanceof Interface) return this.iface(t);
    if (t instanceof Named) {
      if (t.typeArgs === null) return t;
      let changed = false;
      const args = t.typeArgs.map((a) => {
        const b = this.typ(a);
        if (b !== a) changed = true;
        return b;
      });
      return changed ? instantiateNamed(t.orig, args) : t;
    }
    return t;
  }

  /** An interface method's receiver (the interface itself) is kept, which ends the recursion. */
  signature(t: Signature, keepRecv = false): Signature {
    const params = this.typ(t.params) as Tuple;
    const results = this.typ(t.results) as Tuple;
    const recv = t.recv === null || keepRecv ? t.recv : this.one(t.recv);
    if (params === t.params && results === t.results && recv === t.recv) return t;
    const s = new Signature(recv, params, results, t.variadic);
    s.typeParams = t.typeParams;
    s.recvTypeParams = t.recvTypeParams;
    return s;
  }

  private iface(t: Interface): Interface {
    let changed = false;
    const methods = t.methods.map((m) => {
      const sig = m.type instanceof Signature ? this.signature(m.type, true) : m.type;
      if (sig === m.type) return m;
      changed = true;
      return new Func(m.pos, m.pkg, m.name, sig);
    });
    const embeddeds = t.embeddeds.map((e) => {
      const u = this.typ(e);
      if (u !== e) changed = true;
      return u;
    });
    if (!changed) return t;
    const i = new Interface(methods, embeddeds);
    i.implicit = t.implicit;
    return i;
  }

  private one(v: Var): Var {
    const t = this.typ(v.type);
    if (t === v.type) return v;
    const w = new Var(v.pos, v.pkg, v.name, t, v.isField, v.embedded);
    w.origin = v.origin ?? v;
    return w;
  }

  private vars(list: readonly Var[]): readonly Var[] {
    let changed = false;
    const out = list.map((v) => {
      const w = this.one(v);
      if (w !== v) changed = true;
      return w;
    });
    return changed ? out : list;
  }
}
