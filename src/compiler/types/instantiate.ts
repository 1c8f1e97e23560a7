// Instantiation of generic types and signatures (types2 instantiate.go, named.go, context.go).
//
// Design
//   `instantiate(orig, targs)` gives the instance of generic Named `orig` for type arguments
//   `targs`. Instances are unique: a cache per origin, keyed by `typeHash` of the arguments (a
//   string equal exactly for identical types), makes `List[int]` written twice, or reached by
//   substituting int for T in `List[T]`, one object. So code that compares Named types by
//   reference, and the code generator's type descriptors, see one type, as the spec's identity
//   rule for instances requires (types2 Context).
//
//   An instance is expanded lazily (types.ts): its underlying type is the origin's with the
//   arguments substituted, computed the first time it is needed (and only once the origin's own
//   declaration has produced it); its methods are the origin's, each a new Func whose signature
//   has the method's receiver type parameters replaced by the arguments (`Func.origin` is the
//   generic method). A method whose declaration has not been checked yet is handed out as the
//   generic method until it has been.
//
//   `instantiateSignature` gives a generic function's signature for its type arguments, without
//   type parameters.
//
// How it differs from go/types: the cache is per origin and lives as long as the origin (a
// WeakMap), not a Context passed around; argument counts and constraints are verified by the
// checker (check/instantiate.ts) before it asks for an instance.
import { Func } from './objects.js';
import { makeSubstMap, setInstantiateNamed, subst } from './subst.js';
import { typeSetOf } from './typeset.js';
import {
  ArrayType, Basic, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, TypeParam, Union, invalidType,
  type Type,
} from './types.js';

const instances = new WeakMap<Named, Map<string, Named>>();
const expanded = new WeakMap<Named, (Func | null)[]>();
const namedIds = new WeakMap<object, number>();
let nextId = 0;

function idOf(o: object): number {
  let id = namedIds.get(o);
  if (id === undefined) {
    id = ++nextId;
    namedIds.set(o, id);
  }
  return id;
}

/** The instance of generic type orig for targs (see the header). */
export function instantiate(orig: Named, targs: readonly Type[]): Named {
  let byArgs = instances.get(orig);
  if (byArgs === undefined) {
    byArgs = new Map();
    instances.set(orig, byArgs);
  }
  const key = targs.map(typeHash).join(',');
  const got = byArgs.get(key);
  if (got !== undefined) return got;
  const inst = new Named(orig.obj);
  inst.orig = orig;
  inst.typeArgs = targs;
  inst.typeParams = orig.typeParams;
  inst.resolver = (t) => {
    const u = orig.underlying();
    if (u === invalidType && orig.rawUnderlying() === null) return;
    t.setUnderlying(subst(u, makeSubstMap(orig.typeParams, targs)));
  };
  inst.expandMethods = instanceMethods;
  byArgs.set(key, inst);
  return inst;
}

setInstantiateNamed(instantiate);

function instanceMethods(t: Named): readonly Func[] {
  const origMethods = t.orig.methods;
  let cache = expanded.get(t);
  if (cache === undefined) {
    cache = [];
    expanded.set(t, cache);
  }
  return origMethods.map((m, i) => {
    const got = cache[i];
    if (got !== undefined && got !== null) return got;
    const sig = m.type;
    if (!(sig instanceof Signature) || sig.recv === null) return m;
    const tparams = sig.recvTypeParams.length > 0 ? sig.recvTypeParams : t.orig.typeParams;
    const s = subst(sig, makeSubstMap(tparams, t.typeArgs ?? [])) as Signature;
    const inst = s === sig ? sig : new Signature(s.recv, s.params, s.results, s.variadic);
    const f = new Func(m.pos, m.pkg, m.name, inst);
    f.origin = m;
    cache[i] = f;
    return f;
  });
}

/** A generic function's signature for type arguments targs: no type parameters left. */
export function instantiateSignature(sig: Signature, targs: readonly Type[]): Signature {
  const s = subst(sig, makeSubstMap(sig.typeParams, targs)) as Signature;
  const out = new Signature(s.recv, s.params, s.results, s.variadic);
  return out;
}

/** A string equal for identical types only (type parameters by identity). */
export function typeHash(t: Type): string {
  return new Hasher().typ(t);
}

class Hasher {
  private readonly seen = new Set<Type>();

  typ(t: Type): string {
    if (t instanceof Basic) return `b${t.kind}`;
    if (t instanceof TypeParam) return `$${t.id}`;
    if (t instanceof Named) {
      const base = `n${idOf(t.orig.obj)}`;
      return t.typeArgs === null ? base : `${base}[${t.typeArgs.map((a) => this.typ(a)).join(',')}]`;
    }
    if (t instanceof Pointer) return '*' + this.typ(t.elem);
    if (t instanceof Slice) return '[]' + this.typ(t.elem);
    if (t instanceof ArrayType) return `[${t.len}]` + this.typ(t.elem);
    if (t instanceof MapType) return `map[${this.typ(t.key)}]${this.typ(t.elem)}`;
    if (t instanceof Chan) return `chan${t.dir} ${this.typ(t.elem)}`;
    if (t instanceof Tuple) return `(${t.vars.map((v) => this.typ(v.type)).join(',')})`;
    if (t instanceof Signature) return `func${this.typ(t.params)}${t.variadic ? '...' : ''}${this.typ(t.results)}`;
    if (t instanceof Struct) {
      return `struct{${t.fields.map((f, i) => `${f.embedded ? '!' : ''}${f.id()} ${this.typ(f.type)} ${JSON.stringify(t.tags[i])}`).join(';')}}`;
    }
    if (t instanceof Union) return t.terms.map((x) => (x.tilde ? '~' : '') + this.typ(x.type)).join('|');
    if (t instanceof Interface) {
      if (this.seen.has(t)) return `iface${idOf(t)}`;
      this.seen.add(t);
      const ts = typeSetOf(t);
      const ms = ts.methods.map((m) => m.id() + this.typ(m.type)).join(';');
      const terms = ts.terms === null ? '' : '|' + ts.terms.map((x) => (x.tilde ? '~' : '') + this.typ(x.type)).join('|');
      this.seen.delete(t);
      return `interface{${ms}${ts.comparable ? ';comparable' : ''}${terms}}`;
    }
    return '?';
  }
}
