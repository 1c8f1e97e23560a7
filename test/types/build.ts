// Helpers that build types the way the checker will, so tests can state Go types compactly.
import { Func, TypeName, Var, newField, newParam, noPos } from '../../src/compiler/types/objects.js';
import type { Package } from '../../src/compiler/types/package.js';
import {
  ArrayType, BasicKind, Chan, ChanDir, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Typ, type Type,
} from '../../src/compiler/types/types.js';
import { newPackage } from '../../src/compiler/types/universe.js';

export const main = newPackage('main', 'main');
export const fmt = newPackage('fmt', 'fmt');
export const io = newPackage('io', 'io');
main.imports.push(fmt, io);

export const int = Typ[BasicKind.Int]!;
export const int8 = Typ[BasicKind.Int8]!;
export const int16 = Typ[BasicKind.Int16]!;
export const int32 = Typ[BasicKind.Int32]!;
export const int64 = Typ[BasicKind.Int64]!;
export const uint8 = Typ[BasicKind.Uint8]!;
export const uint = Typ[BasicKind.Uint]!;
export const uintptr = Typ[BasicKind.Uintptr]!;
export const float32 = Typ[BasicKind.Float32]!;
export const float64 = Typ[BasicKind.Float64]!;
export const complex64 = Typ[BasicKind.Complex64]!;
export const complex128 = Typ[BasicKind.Complex128]!;
export const string = Typ[BasicKind.String]!;
export const bool = Typ[BasicKind.Bool]!;
export const unsafePointer = Typ[BasicKind.UnsafePointer]!;

export const ptr = (t: Type) => new Pointer(t);
export const slice = (t: Type) => new Slice(t);
export const array = (n: number, t: Type) => new ArrayType(t, n);
export const map = (k: Type, v: Type) => new MapType(k, v);
export const chan = (t: Type, dir = ChanDir.SendRecv) => new Chan(dir, t);

/** A defined type `type name underlying` in pkg. */
export function named(pkg: Package, name: string, underlying: Type | null = null): Named {
  const obj = new TypeName(noPos, pkg, name, Typ[BasicKind.Invalid]!);
  const t = new Named(obj, underlying);
  obj.type = t;
  pkg.scope.insert(obj);
  return t;
}

type FieldSpec = [name: string, type: Type, tag?: string] | Var;

/** struct{...}: [name, type, tag?] entries; an embedded field is written [`*T` or `T`, type]. */
export function struct(fields: FieldSpec[], pkg: Package = main): Struct {
  const vars: Var[] = [];
  const tags: string[] = [];
  for (const f of fields) {
    if (f instanceof Var) {
      vars.push(f);
      tags.push('');
      continue;
    }
    const [name, type, tag] = f;
    const embedded = name.startsWith('#');
    const fname = embedded ? name.slice(1) : name;
    vars.push(newField(noPos, pkg, fname, type, embedded));
    tags.push(tag ?? '');
  }
  return new Struct(vars, tags);
}

/** An embedded field of type t (named after the type's name). */
export function embed(t: Type): [string, Type] {
  const base = t instanceof Pointer ? t.elem : t;
  return ['#' + (base as Named).obj.name, t];
}

type ParamSpec = Type | [name: string, type: Type];

export function tuple(ps: ParamSpec[], pkg: Package = main): Tuple {
  return new Tuple(ps.map((p) => (Array.isArray(p) ? newParam(noPos, pkg, p[0], p[1]) : newParam(noPos, pkg, '', p))));
}

export function func(params: ParamSpec[], results: ParamSpec[] = [], variadic = false): Signature {
  return new Signature(null, tuple(params), tuple(results), variadic);
}

/** Declares method `name` on named type recv (pointer receiver if ptrRecv). */
export function method(recv: Named, name: string, sig: Signature, ptrRecv = false, pkg?: Package): Func {
  const p = pkg ?? recv.obj.pkg;
  const s = new Signature(newParam(noPos, p, 'r', ptrRecv ? new Pointer(recv) : recv), sig.params, sig.results, sig.variadic);
  const f = new Func(noPos, p, name, s);
  recv.addMethod(f);
  return f;
}

/** interface{ name sig; ...; embedded... } */
export function iface(methods: [string, Signature][], embeddeds: Type[] = [], pkg: Package = main): Interface {
  const it = new Interface([], embeddeds);
  for (const [name, sig] of methods) {
    const s = new Signature(newParam(noPos, pkg, '', it), sig.params, sig.results, sig.variadic);
    it.methods.push(new Func(noPos, pkg, name, s));
  }
  return it;
}
