// Stenciling: the shape instances of a package's generic functions and methods, which gc 1.19
// inlines and analyses instead of the generic declarations (gc noder/stencil.go).
//
// Design
//   gc never analyses a generic body. Before inlining it makes, for every generic function or
//   method a program reaches, one copy per list of GC shapes of its type arguments (shape.ts):
//   `Sum[go.shape.int_0]`, `(*List[go.shape.string_0]).Push`, with a hidden first parameter
//   `.dict`, the dictionary of the real type arguments. Those copies are ordinary functions from
//   then on: costed, inlined and analysed like any other, and named so in -m lines. The
//   generic declarations themselves print nothing.
//
//   We do the same on the checked AST. `stencil` returns the package as the inliner and escape
//   analysis see it: its files plus one declaration per shape instance, a deep copy of the
//   generic FuncDecl, and an Info in which every node of a copy is recorded as the code
//   generator's InstanceInfo view records the generic node with the type parameters replaced by
//   the shapes: expression types, selections (a method of `List[T]` becomes the method of
//   `List[go.shape.int_0]`), instances. Each local variable of a copy is a new Var (origin: the
//   generic one), so every instance has its own locations. Uses of generic functions and
//   methods, in ordinary code and in copies alike, denote the shape instance's Func, so calls
//   reach the instance's unit and summary.
//
//   Which instances exist follows gc's buildInstantiations: (1) the methods of every
//   instantiated generic type the package mentions; (2) the instances used by ordinary code, in
//   source order; (3) for each one, its dictionary for the concrete type arguments: the
//   dictionaries of the generic calls in its body (their type arguments substituted), of the
//   methods of instantiated types it derives, and, for a method called on a type parameter
//   whose argument is an instance of a generic type, that type's method. A new instance is
//   appended to the package's declarations, so bottom-up visiting meets instances after the
//   ordinary functions that do not call them, as in gc.
//
//   What the dictionary costs. gc passes `&.dict.F[int]` (two IR nodes) from code that knows
//   the arguments, and a sub-dictionary entry loaded from the caller's own dictionary (four
//   nodes) from a shape instance whose call depends on its type parameters; `dictionaryCost`
//   says which for the inliner's cost model.
//
//   For the code generator, `foldInstances` gives each generic variable and allocation site the
//   worst decision among its shape instances (heap if any instance's copy escapes), so a
//   monomorphised instance is never placed on the stack where one of its shapes would not be.
//
// How it differs from gc: no dictionary is laid out; the copies are made from the checked AST,
// not IR; a generic function used as a value without a call (gc's instantiation closure) and
// generic functions of other packages are not stenciled.
import type * as ast from '../../parser/ast.js';
import type { CheckedPackage, Info, Selection } from '../check/info.js';
import { InstanceInfo } from '../codegen/instance.js';
import { instantiate, instantiateSignature } from '../types/instantiate.js';
import { Func, Var, type Obj } from '../types/objects.js';
import { makeSubstMap, subst, type SubstMap } from '../types/subst.js';
import {
  ArrayType, Chan, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, TypeParam, type Type,
} from '../types/types.js';
import type { Analysis, Escape } from './escape.js';
import { isShape, linkString, shapesOf } from './shape.js';

/** A generic declaration and what instantiating it needs. */
interface Generic {
  readonly decl: ast.FuncDecl;
  readonly func: Func;
  /** The type parameters its instances substitute: the function's, or its receiver type's. */
  readonly tparams: readonly TypeParam[];
}

interface ShapeInstance {
  readonly generic: Generic;
  readonly func: Func;
  readonly smap: SubstMap;
}

const shapeFuncs = new WeakSet<Func>();
/** Per stenciled package: the generic node each copied node was made from. */
const originsOf = new WeakMap<Info, Map<ast.Node, ast.Node>>();
/** Callee expressions of generic calls, by the dictionary they pass. */
const subDictCallees = new WeakSet<ast.Node>();
const mainDictCallees = new WeakSet<ast.Node>();

/** Whether f is a shape instance (gc marks them dupok: their parameters get no -m lines). */
export function isShapeInstance(f: Func | null): boolean {
  return f !== null && shapeFuncs.has(f);
}

/** IR nodes of a dictionary entry load: `(*(*[N]uintptr)(unsafe.Pointer(.dict)))[i]`. */
export const dictionaryEntryCost = 4;

/** The inlining cost of the dictionary argument a call passes (0 for a call that passes none). */
export function dictionaryCost(call: ast.CallExpr): number {
  let f = call.fun;
  while (f.kind === 'ParenExpr' || f.kind === 'IndexExpr' || f.kind === 'IndexListExpr') f = f.x;
  if (subDictCallees.has(f)) return dictionaryEntryCost;
  if (mainDictCallees.has(f)) return 2;
  return 0;
}

/**
 * Where an implicit conversion of operand x sits in a shape instance's own body (not inlined
 * elsewhere); null elsewhere, where the walkers' own rules hold. gc's stenciler adds a generic
 * body's implicit conversions as it copies each statement, at the position the typechecker is
 * at: the operand's own, except that a name does not move it, so a variable converted by a
 * return, assignment, declaration, send, append or panic is positioned at that statement,
 * call or declared name (`at`).
 */
export function stenciledAt(e: Escape, x: ast.Expr, at: ast.Node): ast.Expr | null {
  if (e.inl !== null || e.curfn === undefined || !isShapeInstance(e.curfn.top.obj)) return null;
  let u = x;
  while (u.kind === 'ParenExpr') u = u.x;
  if (u.kind === 'Ident' && e.info.uses.get(u) instanceof Var) return { kind: 'BadExpr', line: at.line, col: at.col };
  return x;
}

/** The package with its shape instances (see the header); cp itself when it has no generic code. */
export function stencil(cp: CheckedPackage): CheckedPackage {
  const s = new Stenciler(cp);
  if (s.generics.size === 0) return cp;
  return s.run();
}

/** Give generic variables and allocation sites their instances' worst decisions (see the header). */
export function foldInstances(a: Analysis): void {
  const origins = originsOf.get(a.pkg.info);
  if (origins === undefined) return;
  const worse = <K>(m: Map<K, { escapes: boolean }>, k: K, loc: { escapes: boolean }): void => {
    const cur = m.get(k);
    if (cur === undefined || (!cur.escapes && loc.escapes)) m.set(k, loc as never);
  };
  for (const [v, loc] of [...a.varLocs]) if (v.origin !== null && isLocalClone(v)) worse(a.varLocs, v.origin, loc);
  for (const [n, loc] of [...a.allocLocs]) {
    const o = origins.get(n);
    if (o !== undefined) worse(a.allocLocs, o, loc);
  }
  for (const [n, loc] of [...a.boxLocs]) {
    const o = origins.get(n);
    if (o !== undefined) worse(a.boxLocs, o, loc);
  }
  for (const v of [...a.capturedByRef]) if (v.origin !== null && isLocalClone(v)) a.capturedByRef.add(v.origin);
  for (const v of [...a.capturedByValue]) if (v.origin !== null && isLocalClone(v)) a.capturedByValue.add(v.origin);
}

const localClones = new WeakSet<Var>();

function isLocalClone(v: Var): boolean {
  return localClones.has(v);
}

class Stenciler {
  readonly generics = new Map<Func, Generic>();
  private readonly info: Info;
  private readonly instances = new Map<string, ShapeInstance>();
  private readonly queue: ShapeInstance[] = [];
  private readonly dicts = new Set<string>();
  private readonly instTypes = new Set<Named>();
  private readonly decls: ast.FuncDecl[] = [];
  private readonly origins = new Map<ast.Node, ast.Node>();

  constructor(private readonly cp: CheckedPackage) {
    const base = cp.info;
    this.info = {
      types: new Map(base.types), defs: new Map(base.defs), uses: new Map(base.uses),
      implicits: new Map(base.implicits), selections: new Map(base.selections), scopes: base.scopes,
      initOrder: base.initOrder, captures: new Map(base.captures), instances: new Map(base.instances),
    };
    for (const file of cp.files) {
      for (const d of file.decls) {
        if (d.kind !== 'FuncDecl' || d.body === null) continue;
        const f = base.defs.get(d.name);
        if (!(f instanceof Func)) continue;
        const tparams = typeParamsOf(f);
        if (tparams !== null) this.generics.set(f, { decl: d, func: f, tparams });
      }
    }
  }

  run(): CheckedPackage {
    const base = this.cp.info;
    // (1) Methods of the instantiated types the package mentions.
    for (const file of this.cp.files) {
      forEach(file.decls, (n) => {
        const t = base.types.get(n as ast.Expr)?.type;
        if (t !== undefined) for (const named of instanceTypesIn(t)) this.instantiateMethods(named);
      });
    }
    // (2) Instances used by ordinary code.
    for (const file of this.cp.files) {
      for (const d of file.decls) {
        if (d.kind === 'FuncDecl' && this.generics.has(base.defs.get(d.name) as Func)) continue;
        forEach(d, (n) => this.redirect(n));
      }
    }
    for (let i = 0; i < this.queue.length; i++) this.copy(this.queue[i]!);
    originsOf.set(this.info, this.origins);
    const file = this.cp.files[this.cp.files.length - 1]!;
    return { ...this.cp, info: this.info, files: [...this.cp.files, { ...file, imports: [], decls: this.decls }] };
  }

  /** Point a use of a generic function or method in ordinary code at its shape instance. */
  private redirect(n: ast.Node): void {
    const base = this.cp.info;
    if (n.kind === 'Ident') {
      const o = base.uses.get(n);
      const inst = base.instances.get(n);
      const g = o instanceof Func ? this.generics.get(o) : undefined;
      if (g === undefined || inst === undefined) return;
      this.info.uses.set(n, this.request(g, inst.typeArgs));
      this.dict(g, inst.typeArgs);
      mainDictCallees.add(n);
    } else if (n.kind === 'SelectorExpr') {
      const sel = base.selections.get(n);
      const m = sel === undefined ? null : this.methodInstance(sel);
      if (sel === undefined || m === null) return;
      this.info.selections.set(n, { ...sel, obj: this.request(m.generic, m.targs) });
      this.dict(m.generic, m.targs);
      mainDictCallees.add(n);
    }
  }

  /** The generic method and type arguments of a selected method of an instantiated type. */
  private methodInstance(sel: Selection): { generic: Generic; targs: readonly Type[] } | null {
    const f = sel.obj;
    if (!(f instanceof Func) || f.origin === null) return null;
    const g = this.generics.get(f.origin);
    if (g === undefined) return null;
    let rt = (f.type as Signature).recv?.type;
    if (rt instanceof Pointer) rt = rt.elem;
    if (!(rt instanceof Named) || rt.typeArgs === null) return null;
    return { generic: g, targs: rt.typeArgs };
  }

  /** The shape instance of g for type arguments targs (made and queued on first request). */
  private request(g: Generic, targs: readonly Type[]): Func {
    const shapes = shapesOf(targs, g.tparams);
    const key = `${g.decl.line}:${g.decl.col}[${shapes.map((s) => s.obj.name).join(',')}]`;
    let inst = this.instances.get(key);
    if (inst === undefined) {
      const sig = g.func.type as Signature;
      let func: Func;
      if (sig.recv === null) {
        func = new Func(g.func.pos, g.func.pkg, `${g.func.name}[${shapes.map(linkString).join(',')}]`, instantiateSignature(sig, shapes));
        func.origin = g.func;
      } else {
        const orig = receiverBase(sig)!;
        func = instantiate(orig, shapes).methods.find((m) => m.origin === g.func || m === g.func)!;
      }
      shapeFuncs.add(func);
      inst = { generic: g, func, smap: makeSubstMap(g.tparams, shapes) };
      this.instances.set(key, inst);
      this.queue.push(inst);
    }
    return inst.func;
  }

  /**
   * The dictionary of g for concrete type arguments targs: the instances its sub-dictionaries,
   * derived types and bound method calls need (step 3 of the header).
   */
  private dict(g: Generic, targs: readonly Type[]): void {
    if (targs.some(mentionsTypeParam)) return;
    const key = `${g.decl.line}:${g.decl.col}[${targs.map(linkString).join(',')}]`;
    if (this.dicts.has(key)) return;
    this.dicts.add(key);
    this.request(g, targs);
    const base = this.cp.info;
    const smap = makeSubstMap(g.tparams, targs);
    forEach(g.decl.body, (n) => {
      if (n.kind === 'Ident') {
        const o = base.uses.get(n);
        const inst = base.instances.get(n);
        const callee = o instanceof Func ? this.generics.get(o) : undefined;
        if (callee !== undefined && inst !== undefined) this.dict(callee, inst.typeArgs.map((t) => subst(t, smap)));
      } else if (n.kind === 'SelectorExpr') {
        const sel = base.selections.get(n);
        if (sel === undefined || !(sel.obj instanceof Func)) return;
        const m = this.methodInstance(sel);
        if (m !== null) {
          this.dict(m.generic, m.targs.map((t) => subst(t, smap)));
          return;
        }
        // A method of a type parameter: the argument's own method when it is a generic type's.
        const recv = sel.recv instanceof Pointer ? sel.recv.elem : sel.recv;
        if (!(recv instanceof TypeParam)) return;
        const arg = smap.get(recv);
        const named = arg instanceof Pointer ? arg.elem : arg;
        if (!(named instanceof Named) || named.typeArgs === null) return;
        const meth = named.methods.find((x) => x.name === sel.obj.name);
        const mg = meth?.origin ? this.generics.get(meth.origin) : undefined;
        if (mg !== undefined) this.dict(mg, named.typeArgs);
      }
      const t = base.types.get(n as ast.Expr)?.type;
      if (t !== undefined && mentionsTypeParam(t)) for (const named of instanceTypesIn(subst(t, smap))) this.instantiateMethods(named);
    });
  }

  /** gc instantiateMethods: every method of a new instantiated type gets its instance. */
  private instantiateMethods(t: Named): void {
    if (this.instTypes.has(t) || t.typeArgs === null || t.typeArgs.some(mentionsTypeParam)) return;
    this.instTypes.add(t);
    for (const m of t.orig.methods) {
      const g = this.generics.get(m);
      if (g !== undefined) this.dict(g, t.typeArgs);
    }
  }

  /** Copy an instance's generic declaration and record its nodes (see the header). */
  private copy(inst: ShapeInstance): void {
    const view = new InstanceInfo(this.cp.info, inst.smap, {
      instanceFunc: (f, targs) => {
        const g = this.generics.get(f);
        return g === undefined ? f : this.request(g, targs);
      },
    });
    const vars = new Map<Var, Var>();
    const local = (o: Obj | undefined, viewObj: Obj | undefined): Obj | undefined => {
      if (!(o instanceof Var) || !(viewObj instanceof Var) || o.isField || o.parent === this.cp.pkg.scope) return viewObj;
      let v = vars.get(o);
      if (v === undefined) {
        v = new Var(o.pos, o.pkg, o.name, viewObj.type, o.isField, o.embedded);
        v.origin = o;
        v.parent = o.parent;
        v.used = o.used;
        localClones.add(v);
        vars.set(o, v);
      }
      return v;
    };
    const pairs: [ast.Node, ast.Node][] = [];
    const decl = cloneNode(inst.generic.decl, pairs);
    const base = this.cp.info;
    for (const [orig, c] of pairs) {
      this.origins.set(c, orig);
      const tv = view.types.get(orig as ast.Expr);
      if (tv !== undefined) this.info.types.set(c as ast.Expr, tv);
      if (orig.kind === 'Ident') {
        const d = base.defs.get(orig);
        if (d !== undefined) this.info.defs.set(c as ast.Ident, local(d, view.defs.get(orig))!);
        const u = base.uses.get(orig);
        if (u !== undefined) {
          this.info.uses.set(c as ast.Ident, local(u, view.uses.get(orig))!);
          const i = base.instances.get(orig);
          if (i !== undefined && u instanceof Func && this.generics.has(u)) {
            (i.typeArgs.some(mentionsTypeParam) ? subDictCallees : mainDictCallees).add(c);
          }
        }
        const i = view.instances.get(orig);
        if (i !== undefined) this.info.instances.set(c as ast.Ident, i);
      }
      const im = base.implicits.get(orig);
      if (im !== undefined) this.info.implicits.set(c, local(im, view.implicits.get(orig))!);
      if (orig.kind === 'SelectorExpr') {
        const s = view.selections.get(orig);
        if (s !== undefined) {
          const m = this.methodInstance(s);
          this.info.selections.set(c as ast.SelectorExpr, m === null ? s : { ...s, obj: this.request(m.generic, m.targs) });
          if (m !== null) {
            const bs = base.selections.get(orig)!;
            const brecv = bs.recv instanceof Pointer ? bs.recv.elem : bs.recv;
            (brecv instanceof Named && (brecv.typeArgs ?? []).some(mentionsTypeParam) ? subDictCallees : mainDictCallees).add(c);
          }
        }
      }
      if (orig.kind === 'FuncLit') {
        const caps = base.captures.get(orig);
        if (caps !== undefined) this.info.captures.set(c as ast.FuncLit, caps.map((v) => local(v, view.variable(v)) as Var));
      }
    }
    this.info.defs.set(decl.name, inst.func);
    this.decls.push(decl);
  }
}

/** The type parameters of a generic function or method of a generic type, else null. */
function typeParamsOf(f: Func): readonly TypeParam[] | null {
  const sig = f.type;
  if (!(sig instanceof Signature)) return null;
  if (sig.typeParams.length > 0) return sig.typeParams;
  const orig = receiverBase(sig);
  if (orig === null || orig.typeParams.length === 0) return null;
  return sig.recvTypeParams.length > 0 ? sig.recvTypeParams : orig.typeParams;
}

function receiverBase(sig: Signature): Named | null {
  let rt = sig.recv?.type;
  if (rt instanceof Pointer) rt = rt.elem;
  return rt instanceof Named ? rt.orig : null;
}

/** Whether t mentions a type parameter (it is not a type of a fully instantiated program). */
function mentionsTypeParam(t: Type): boolean {
  let found = false;
  walkType(t, (x) => {
    if (x instanceof TypeParam) found = true;
  });
  return found;
}

/** The instances of generic types in t (not looking into any Named's underlying type). */
function instanceTypesIn(t: Type): Named[] {
  const out: Named[] = [];
  walkType(t, (x) => {
    if (x instanceof Named && x.typeArgs !== null && !isShape(x)) out.push(x);
  });
  return out;
}

function walkType(t: Type, f: (t: Type) => void, seen = new Set<Type>()): void {
  if (seen.has(t)) return;
  seen.add(t);
  f(t);
  const w = (x: Type): void => walkType(x, f, seen);
  if (t instanceof Named) (t.typeArgs ?? []).forEach(w);
  else if (t instanceof Pointer || t instanceof Slice || t instanceof ArrayType || t instanceof Chan) w(t.elem);
  else if (t instanceof MapType) {
    w(t.key);
    w(t.elem);
  } else if (t instanceof Struct) t.fields.forEach((v) => w(v.type));
  else if (t instanceof Tuple) t.vars.forEach((v) => w(v.type));
  else if (t instanceof Signature) {
    w(t.params);
    w(t.results);
  }
}

/** A deep copy of an AST subtree; pairs receives (original, copy) for every node. */
function cloneNode<T>(n: T, pairs: [ast.Node, ast.Node][]): T {
  if (n === null || typeof n !== 'object') return n;
  if (Array.isArray(n)) return n.map((x) => cloneNode(x, pairs)) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(n)) out[k] = cloneNode((n as Record<string, unknown>)[k], pairs);
  if (typeof (n as { kind?: unknown }).kind === 'string') pairs.push([n as unknown as ast.Node, out as unknown as ast.Node]);
  return out as T;
}

/** Visit every node under root, parents first, in source order. */
function forEach(root: unknown, visit: (n: ast.Node) => void): void {
  if (root === null || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (const x of root) forEach(x, visit);
    return;
  }
  if (typeof (root as { kind?: unknown }).kind === 'string') visit(root as ast.Node);
  for (const k of Object.keys(root)) {
    const v = (root as Record<string, unknown>)[k];
    if (v !== null && typeof v === 'object') forEach(v, visit);
  }
}
