// Monomorphisation: the checker's Info seen through one instantiation's substitution.
//
// Design
//   The bytecode is typed (the VM never asks a value what it is), so a generic function or method
//   is compiled once per distinct list of type arguments, as if written with them. The compiler
//   reads types only through Info and objects, so an instance is compiled from an `InstanceInfo`:
//   a view of the package's Info in which every recorded type has the instance's substitution
//   (type parameter → type argument) applied:
//     - types: each expression's type (constants keep their value: the code generator emits a
//       constant by the type it is given);
//     - defs, uses, implicits: a local variable or parameter becomes a variable of the
//       substituted type, made once per view (Var.origin is the generic one, so escape
//       analysis's decisions about it apply; see func.ts Placement). Escape analysis reads
//       its shape instances through this view too (escape/stencil.ts);
//     - uses of generic functions: the instance for the use's type arguments (themselves
//       substituted), a Func whose origin is the generic one (ProgramCompiler.instanceFunc);
//     - selections: the receiver type substituted, and the selected field or method taken from
//       that type: a method of `List[T]` becomes the method of `List[int]`, a method of a type
//       parameter (through its constraint) becomes the argument type's own method, found again
//       by name.
//   Every function is compiled through a view, with an empty substitution outside generic code,
//   so that a call of a generic function from ordinary code finds its instance the same way.
//
// How it differs from gc: gc compiles one body per GC shape with a dictionary of type
// information (so F[int] and F[MyInt] share code); minigo compiles one body per instance, which
// is simpler and what a typed bytecode wants.
import type * as ast from '../../parser/ast.js';
import type { Info, Instance, Selection, TypeAndValue } from '../check/info.js';
import { lookupFieldOrMethod } from '../types/lookup.js';
import { Func, Var, type Obj } from '../types/objects.js';
import { subst, type SubstMap } from '../types/subst.js';
import { typeSetOf } from '../types/typeset.js';
import { Basic, Interface, Named, Pointer, Signature, Struct, Tuple, TypeParam, under, type Type } from '../types/types.js';
import { Kind, makeStringBytes, uint64Val, type Value } from '../types/constant.js';
import { isConstType, isString } from '../types/predicates.js';
import { encodeRune } from '../types/quote.js';
import { representable } from '../types/representable.js';

/** What the view needs from the program compiler: the instance of a generic function. */
export interface Instantiator {
  instanceFunc(f: Func, targs: readonly Type[]): Func;
}

/** A Map whose reads go through a transformation (the view's maps; never written). */
class ViewMap<K, V> extends Map<K, V> {
  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly f: (v: V, k: K) => V,
  ) {
    super();
  }
  override get(k: K): V | undefined {
    const v = this.base.get(k);
    return v === undefined ? undefined : this.f(v, k);
  }
  override has(k: K): boolean {
    return this.base.has(k);
  }
}

export class InstanceInfo implements Info {
  readonly types: Map<ast.Expr, TypeAndValue>;
  readonly defs: Map<ast.Ident, Obj>;
  readonly uses: Map<ast.Ident, Obj>;
  readonly implicits: Map<ast.Node, Obj>;
  readonly selections: Map<ast.SelectorExpr, Selection>;
  readonly scopes: Info['scopes'];
  readonly initOrder: Info['initOrder'];
  readonly captures: Info['captures'];
  readonly instances: Map<ast.Ident, Instance>;
  private readonly vars = new Map<Var, Var>();
  private readonly tvs = new Map<ast.Expr, TypeAndValue>();

  constructor(
    readonly base: Info,
    readonly smap: SubstMap,
    private readonly pc: Instantiator,
  ) {
    this.types = new ViewMap(base.types, (tv, e) => this.typeAndValue(tv, e));
    this.defs = new ViewMap(base.defs, (o) => this.obj(o));
    this.uses = new ViewMap(base.uses, (o, id) => this.use(o, id));
    this.implicits = new ViewMap(base.implicits, (o) => this.obj(o));
    this.selections = new ViewMap(base.selections, (s) => this.selection(s));
    this.instances = new ViewMap(base.instances, (i) => ({ typeArgs: i.typeArgs.map((t) => this.type(t)), type: this.type(i.type) }));
    this.scopes = base.scopes;
    this.initOrder = base.initOrder;
    this.captures = base.captures;
  }

  type(t: Type): Type {
    return subst(t, this.smap);
  }

  /** A signature with this view's variables (the ones the body's identifiers denote). */
  signature(sig: Signature): Signature {
    const recv = sig.recv === null ? null : this.variable(sig.recv);
    const params = sig.params.vars.map((v) => this.variable(v));
    const results = sig.results.vars.map((v) => this.variable(v));
    if (this.smap.size === 0 && sig.typeParams.length === 0 && sig.recvTypeParams.length === 0) return sig;
    return new Signature(recv, new Tuple(params), new Tuple(results), sig.variadic);
  }

  variable(v: Var): Var {
    if (this.smap.size === 0) return v;
    let w = this.vars.get(v);
    if (w === undefined) {
      const t = this.type(v.type);
      if (t === v.type) w = v;
      else {
        w = new Var(v.pos, v.pkg, v.name, t, v.isField, v.embedded);
        w.origin = v.origin ?? v;
        w.parent = v.parent;
        w.used = v.used;
      }
      this.vars.set(v, w);
    }
    return w;
  }

  private obj(o: Obj): Obj {
    return o instanceof Var ? this.variable(o) : o;
  }

  private use(o: Obj, id: ast.Ident): Obj {
    if (o instanceof Func && o.type instanceof Signature && o.type.typeParams.length > 0) {
      const inst = this.base.instances.get(id);
      if (inst !== undefined) return this.pc.instanceFunc(o, inst.typeArgs.map((t) => this.type(t)));
    }
    return this.obj(o);
  }

  private typeAndValue(tv: TypeAndValue, e: ast.Expr): TypeAndValue {
    if (this.smap.size === 0 && !(tv.type instanceof Signature && e.kind === 'FuncLit')) return tv;
    let got = this.tvs.get(e);
    if (got === undefined) {
      const t = e.kind === 'FuncLit' && tv.type instanceof Signature ? this.signature(tv.type) : this.type(tv.type);
      got = t === tv.type ? tv : { ...tv, type: t };
      if (tv.type instanceof TypeParam && e.kind === 'CallExpr' && isConstType(t)) got = this.constConversion(got, e) ?? got;
      this.tvs.set(e, got);
    }
    return got;
  }

  /**
   * `T(c)` of a constant c is a constant in an instance where T is a basic type (gc folds it per
   * instance: the checker could not, T differing per instance).
   */
  private constConversion(tv: TypeAndValue, e: ast.CallExpr): TypeAndValue | null {
    const fun = this.base.types.get(e.fun);
    const arg = e.args.length === 1 ? this.base.types.get(e.args[0]!) : undefined;
    if (fun?.mode !== 'type' || arg?.value === undefined) return null;
    const u = under(tv.type) as Basic;
    let v: Value;
    if (isString(u) && arg.value.kind === Kind.Int) {
      const [i, ok] = uint64Val(arg.value);
      v = makeStringBytes(encodeRune(ok && i <= 0x10ffffn && !(i >= 0xd800n && i <= 0xdfffn) ? Number(i) : 0xfffd));
    } else {
      const r = representable(arg.value, u);
      if (!r.ok) return null;
      v = r.value;
    }
    return { mode: 'constant', type: tv.type, value: v };
  }

  private selection(s: Selection): Selection {
    if (this.smap.size === 0) return s;
    const recv = this.type(s.recv);
    if (recv === s.recv) return s;
    const type = this.type(s.type);
    const base = s.recv instanceof Pointer ? s.recv.elem : s.recv;
    if (base instanceof TypeParam && s.obj instanceof Func) {
      // A method of a type parameter's constraint: the argument type's own method.
      const r = lookupFieldOrMethod(recv, true, s.obj.pkg, s.obj.name);
      if (r.kind === 'found' || r.kind === 'needsAddress') {
        return { kind: s.kind, recv, obj: r.obj, index: r.index, indirect: r.kind === 'found' ? r.indirect : false, type };
      }
    }
    return { ...s, recv, type, obj: selectedObj(recv, s.index, s.obj) };
  }
}

/** The field or method at path index from type recv (the instance's own object). */
function selectedObj(recv: Type, index: readonly number[], obj: Var | Func): Var | Func {
  const deref = (t: Type) => {
    const u = under(t);
    return u instanceof Pointer ? u.elem : t;
  };
  let t = deref(recv);
  for (const i of index.slice(0, -1)) {
    const st = under(t);
    if (!(st instanceof Struct)) return obj;
    t = deref(st.fields[i]!.type);
  }
  const last = index[index.length - 1]!;
  if (obj instanceof Var) {
    const st = under(t);
    return st instanceof Struct ? st.fields[last] ?? obj : obj;
  }
  if (t instanceof Named && t.methods[last]?.name === obj.name) return t.methods[last]!;
  const u = under(t);
  if (u instanceof Interface) return typeSetOf(u).methods[last] ?? obj;
  return obj;
}
