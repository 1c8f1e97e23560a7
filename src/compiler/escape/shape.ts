// GC shapes: the types gc 1.19 compiles generic code for (gc typecheck.Shapify), and the link
// strings that name them and the instances made from them (gc types.LinkString).
//
// Design
//   gc compiles a generic function once per list of GC shapes of its type arguments, with a
//   dictionary describing the real arguments (stencil.ts). The shape of a type argument is a
//   defined type in the pseudo-package `go.shape` whose underlying type is the argument's
//   underlying type, named `go.shape.<link string of that underlying type>_<index of the type
//   parameter>`: int and `type MyInt int` share `go.shape.int_0`; every pointer type shares
//   `go.shape.*uint8_N`, except a pointer to an array (slice-to-array-pointer conversions need the
//   element type) and a pointer argument of a type parameter whose constraint has a core type.
//   A type that already contains shapes (an argument computed inside a shape instance, like
//   `[]go.shape.int_0`) is first rewritten with each shape replaced by its underlying type, so
//   instantiations reached through other instances share shapes with those written directly.
//   Shapes are unique objects (one per name), so instances of generic types over them are unique
//   too (types/instantiate.ts caches by type identity).
//
//   `linkString` prints a type as gc's fmtTypeID mode does: types qualified by package path
//   (`main.T`), unexported struct fields and interface methods qualified too (`struct { main.x
//   int }`), embedded fields as their type, `interface {}`, instances as `List[int]` with their
//   arguments' link strings. It names shapes, instances (`F[go.shape.int_0]`,
//   `(*List[go.shape.string_0]).Push`) and dictionaries (`.dict.F[main.T]`).
//
// How it differs from gc: a type declared inside a function is numbered `·1` whatever its rank
// among the package's local types of that name (gc's vargen counts them); shapes are Named
// types of the checker's type representation with an empty method set, not a separate kind.
import { Func, TypeName, Var, isExported, noPos } from '../types/objects.js';
import { Package } from '../types/package.js';
import { instantiate } from '../types/instantiate.js';
import { coreType } from '../types/typeset.js';
import {
  ArrayType, Basic, BasicKind, Chan, ChanDir, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, TypeParam, Typ,
  under, type Type,
} from '../types/types.js';
import { typeSetOf } from '../types/typeset.js';

/** gc's types.ShapePkg. */
const shapePkg = new Package('go.shape', 'go.shape', null);
const shapes = new Map<string, Named>();
const shapeSet = new WeakSet<Named>();

/** Whether t is a shape type (gc Type.IsShape). */
export function isShape(t: Type): t is Named {
  return t instanceof Named && shapeSet.has(t);
}

/** Whether t mentions a shape type anywhere (gc Type.HasShape). */
export function hasShape(t: Type): boolean {
  let found = false;
  mapShapes(t, (s) => {
    found = true;
    return s;
  });
  return found;
}

/** The shape of type argument t for type parameter tparam at index (gc typecheck.Shapify). */
export function shapify(t: Type, index: number, tparam: TypeParam): Named {
  let u = under(mapShapes(t, (s) => s.underlying()));
  if (u instanceof Pointer && !(under(u.elem) instanceof ArrayType) && coreType(tparam) === null) {
    u = new Pointer(Typ[BasicKind.Uint8]!);
  }
  const name = `${linkString(u)}_${index}`;
  let s = shapes.get(name);
  if (s === undefined) {
    s = new Named(new TypeName(noPos, shapePkg, name, u as Type), u);
    s.obj.type = s;
    shapes.set(name, s);
    shapeSet.add(s);
  }
  return s;
}

/** The shapes of a generic object's type arguments. */
export function shapesOf(targs: readonly Type[], tparams: readonly TypeParam[]): Named[] {
  return targs.map((t, i) => shapify(t, i, tparams[i]!));
}

/**
 * t with each shape type in it replaced by f(shape). Types without shapes come back as the same
 * object (like subst).
 */
function mapShapes(t: Type, f: (s: Named) => Type): Type {
  const m = (x: Type): Type => mapShapes(x, f);
  if (t instanceof Named) {
    if (shapeSet.has(t)) return f(t);
    if (t.typeArgs === null) return t;
    const args = t.typeArgs.map(m);
    return args.every((a, i) => a === t.typeArgs![i]) ? t : instantiate(t.orig, args);
  }
  if (t instanceof Pointer) {
    const e = m(t.elem);
    return e === t.elem ? t : new Pointer(e);
  }
  if (t instanceof Slice) {
    const e = m(t.elem);
    return e === t.elem ? t : new Slice(e);
  }
  if (t instanceof ArrayType) {
    const e = m(t.elem);
    return e === t.elem ? t : new ArrayType(e, t.len);
  }
  if (t instanceof MapType) {
    const k = m(t.key);
    const e = m(t.elem);
    return k === t.key && e === t.elem ? t : new MapType(k, e);
  }
  if (t instanceof Chan) {
    const e = m(t.elem);
    return e === t.elem ? t : new Chan(t.dir, e);
  }
  if (t instanceof Struct) {
    const fs = t.fields.map((v) => {
      const ft = m(v.type);
      return ft === v.type ? v : new Var(v.pos, v.pkg, v.name, ft, v.isField, v.embedded);
    });
    return fs.every((v, i) => v === t.fields[i]) ? t : new Struct(fs, t.tags);
  }
  if (t instanceof Tuple) {
    const vs = t.vars.map((v) => {
      const vt = m(v.type);
      return vt === v.type ? v : new Var(v.pos, v.pkg, v.name, vt);
    });
    return vs.every((v, i) => v === t.vars[i]) ? t : new Tuple(vs);
  }
  if (t instanceof Signature) {
    const p = m(t.params) as Tuple;
    const r = m(t.results) as Tuple;
    return p === t.params && r === t.results ? t : new Signature(t.recv, p, r, t.variadic);
  }
  return t;
}

/** A type as gc's LinkString prints it (see the header). */
export function linkString(t: Type): string {
  return new LinkPrinter().type(t);
}

class LinkPrinter {
  private readonly visiting = new Set<Type>();

  type(t: Type): string {
    if (t instanceof Basic) {
      if (t.kind === BasicKind.Uint8) return 'uint8';
      if (t.kind === BasicKind.Int32) return 'int32';
      if (t.kind === BasicKind.UnsafePointer) return 'unsafe.Pointer';
      return t.name;
    }
    if (t instanceof Named) return this.named(t);
    if (t instanceof TypeParam) return t.obj.name;
    if (this.visiting.has(t)) return '@';
    this.visiting.add(t);
    try {
      return this.composite(t);
    } finally {
      this.visiting.delete(t);
    }
  }

  named(t: Named): string {
    if (shapeSet.has(t)) return `go.shape.${t.obj.name}`;
    const obj = t.obj;
    if (obj.pkg === null) return obj.name;
    let name = `${obj.pkg.path}.${obj.name}`;
    if (obj.parent !== null && obj.parent !== obj.pkg.scope) name += '·1';
    if (t.typeArgs !== null) name += `[${t.typeArgs.map((a) => this.type(a)).join(',')}]`;
    return name;
  }

  private composite(t: Type): string {
    if (t instanceof Pointer) return '*' + this.type(t.elem);
    if (t instanceof Slice) return '[]' + this.type(t.elem);
    if (t instanceof ArrayType) return `[${t.len}]${this.type(t.elem)}`;
    if (t instanceof MapType) return `map[${this.type(t.key)}]${this.type(t.elem)}`;
    if (t instanceof Chan) {
      if (t.dir === ChanDir.RecvOnly) return '<-chan ' + this.type(t.elem);
      if (t.dir === ChanDir.SendOnly) return 'chan<- ' + this.type(t.elem);
      const e = t.elem;
      const paren = e instanceof Chan && e.dir === ChanDir.RecvOnly;
      return 'chan ' + (paren ? `(${this.type(e)})` : this.type(e));
    }
    if (t instanceof Struct) {
      if (t.fields.length === 0) return 'struct {}';
      return 'struct { ' + t.fields.map((f) => this.field(f)).join('; ') + ' }';
    }
    if (t instanceof Signature) return 'func' + this.signature(t);
    if (t instanceof Interface) {
      const ms = typeSetOf(t).methods;
      if (ms.length === 0) return 'interface {}';
      return 'interface { ' + ms.map((f) => this.qualified(f) + this.signature(f.type as Signature)).join('; ') + ' }';
    }
    return '?';
  }

  private qualified(o: Var | Func): string {
    return isExported(o.name) || o.pkg === null ? o.name : `${o.pkg.path}.${o.name}`;
  }

  private field(f: Var): string {
    if (f.embedded) {
      const base = f.type instanceof Pointer ? f.type.elem : f.type;
      const tn = base instanceof Named || base instanceof Basic ? (base instanceof Named ? base.obj.name : base.name) : '';
      const ts = this.type(f.type);
      return tn === f.name ? ts : `${this.qualified(f)} = ${ts}`;
    }
    return `${this.qualified(f)} ${this.type(f.type)}`;
  }

  /** Parameters and results without names (gc's 'S' verb on a function type). */
  signature(s: Signature): string {
    const ps = s.params.vars.map((v, i) =>
      s.variadic && i === s.params.vars.length - 1 ? '...' + this.type((v.type as Slice).elem) : this.type(v.type));
    const rs = s.results.vars.map((v) => this.type(v.type));
    const res = rs.length === 0 ? '' : rs.length === 1 ? ' ' + rs[0] : ` (${rs.join(', ')})`;
    return `(${ps.join(', ')})${res}`;
  }
}

/**
 * gc's rule for calls in and into shape instances (inline/inl.go mkinlcall, issues 49309 and
 * 51909): a callee whose parameters mention no shape is not inlined at a call passing a
 * shape-typed argument, and one whose parameters do is inlined only where some argument is
 * shape-typed (so a call from ordinary code, which passes concrete values and a dictionary, is
 * never inlined, unless the callee has no parameters at all). Arguments include the receiver
 * of a method of a generic type, which becomes the instance's first parameter.
 */
export function shapeArgsAllowInlining(calleeParams: readonly Type[], argTypes: readonly Type[]): boolean {
  const argShape = argTypes.some(hasShape);
  if (!calleeParams.some(hasShape)) return !argShape;
  return argShape || argTypes.length === 0;
}
