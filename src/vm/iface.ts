// Interfaces at run time: getitab, type assertions, interface and memory equality (Go's
// runtime/iface.go and alg.go).
//
// An interface is (tab, data): for an empty interface tab is the dynamic type's descriptor, for
// a non-empty one an itab [interface descriptor, type descriptor, hash, fun...] (codegen/iface.ts
// lays out the static ones). getitab builds the others on demand from the concrete type's
// method table and caches them by (type, interface), sharing the cache with the compile-time
// itabs so that one (type, interface) pair has exactly one itab.
//
// Equality (efaceeq/ifaceeq/memequal by type): two interfaces are equal when their dynamic types
// are identical and their values are equal by that type's ==; comparing values of a type
// without == (slices, maps, funcs) panics `runtime error: comparing uncomparable type T`.
//
// How it differs from Go: itabs live in the data segment (Go uses persistentalloc); no itab
// hash table (a JS Map by key).
import type { AddressSpace } from '../runtime/mem.js';
import { PlainPanic } from '../runtime/error.js';
import { Kind } from './kind.js';
import type { VMType } from './program.js';
import { RuntimePanic } from './errors.js';
import { eqstring } from './string.js';

export interface IfaceRuntime {
  readonly mem: AddressSpace;
  readonly types: readonly VMType[];
  typeAt(addr: number): VMType | undefined;
  readonly itabs: Map<string, number>;
}

/** The itab key of `Error() string` (codegen/types.ts methodKey). */
export const errorMethodKey = 'Error|func()(string)';

/** The method name in a method key (`pkg/path.name|signature` for unexported methods). */
function methodName(key: string): string {
  const id = key.slice(0, key.indexOf('|') < 0 ? key.length : key.indexOf('|'));
  const i = id.lastIndexOf('.');
  return i < 0 ? id : id.slice(i + 1);
}

/** getitab: the itab for dynamic type t in interface it, or 0 if t lacks a method and canfail. */
export function getitab(rt: IfaceRuntime, t: VMType, it: VMType, canfail: boolean): number {
  const key = `${t.addr}:${it.addr}`;
  const got = rt.itabs.get(key);
  if (got !== undefined) return got;
  const ms = it.imethods ?? [];
  const fns: number[] = [];
  for (const m of ms) {
    const fi = t.methods?.get(m);
    if (fi === undefined) {
      if (canfail) return 0;
      throw new PlainPanic(`interface conversion: ${t.name} is not ${it.name}: missing method ${methodName(m)}`, true);
    }
    fns.push(fi);
  }
  const mem = rt.mem;
  const a = mem.dataAlloc(24 + 8 * fns.length, 8);
  mem.storePtr(a, it.addr);
  mem.storePtr(a + 8, t.addr);
  mem.store32(a + 16, mem.load32(t.addr + 16));
  fns.forEach((f, i) => mem.store64(a + 24 + 8 * i, f));
  rt.itabs.set(key, a);
  return a;
}

/** The dynamic type descriptor address of an interface's tab word. */
export function dynType(mem: AddressSpace, tab: number, nonEmpty: boolean): number {
  if (tab === 0) return 0;
  return nonEmpty ? mem.loadPtr(tab + 8) : tab;
}

/** panic for a failed x.(T) with concrete T. */
export function assertTypeError(rt: IfaceRuntime, src: VMType, dyn: number, want: VMType): PlainPanic {
  const have = dyn === 0 ? 'nil' : (rt.typeAt(dyn)?.name ?? '?');
  // Two types that print alike (local types of different functions): Go says why they differ.
  // minigo's packages all have distinct names, so alike types come from different scopes.
  const why = have === want.name ? ' (types from different scopes)' : '';
  return new PlainPanic(`interface conversion: ${src.name} is ${have}, not ${want.name}${why}`, true);
}

export function assertNilError(want: VMType): PlainPanic {
  return new PlainPanic(`interface conversion: interface is nil, not ${want.name}`, true);
}

const pointerShaped = (k: number) => k === Kind.Pointer || k === Kind.Map || k === Kind.Chan || k === Kind.Func || k === Kind.UnsafePointer;

/** Interface equality (tab and data words of each; nonEmpty says whether tab is an itab). */
export function ifaceEq(rt: IfaceRuntime, t1: number, d1: number, t2: number, d2: number, nonEmpty: boolean): boolean {
  const mem = rt.mem;
  const a = dynType(mem, t1, nonEmpty);
  const b = dynType(mem, t2, nonEmpty);
  if (a !== b) return false;
  if (a === 0) return true;
  const t = rt.typeAt(a)!;
  if (pointerShaped(t.kind)) {
    if (t.kind === Kind.Func || t.kind === Kind.Map) throw new RuntimePanic(`comparing uncomparable type ${t.name}`);
    return d1 === d2;
  }
  return valueEq(rt, t, d1, d2);
}

/** Go == for values of type t at addresses p and q. */
export function valueEq(rt: IfaceRuntime, t: VMType, p: number, q: number): boolean {
  const mem = rt.mem;
  switch (t.kind) {
    case Kind.Float32:
      return mem.loadF32(p) === mem.loadF32(q);
    case Kind.Float64:
      return mem.loadF64(p) === mem.loadF64(q);
    case Kind.Complex64:
      return mem.loadF32(p) === mem.loadF32(q) && mem.loadF32(p + 4) === mem.loadF32(q + 4);
    case Kind.Complex128:
      return mem.loadF64(p) === mem.loadF64(q) && mem.loadF64(p + 8) === mem.loadF64(q + 8);
    case Kind.String:
      return eqstring(mem, mem.loadPtr(p), mem.load64(p + 8), mem.loadPtr(q), mem.load64(q + 8));
    case Kind.Interface: {
      const nonEmpty = (t.imethods?.length ?? 0) > 0;
      return ifaceEq(rt, mem.loadPtr(p), mem.loadPtr(p + 8), mem.loadPtr(q), mem.loadPtr(q + 8), nonEmpty);
    }
    case Kind.Struct: {
      // Blank fields take no part in ==.
      const fs = t.fields ?? [];
      for (let i = 0; i < fs.length; i++) {
        const f = fs[i]!;
        if (t.fieldNames?.[i] === '_') continue;
        if (!valueEq(rt, rt.types[f.type]!, p + f.off, q + f.off)) return false;
      }
      return true;
    }
    case Kind.Array: {
      const et = rt.types[t.elemType!]!;
      for (let i = 0; i < t.len!; i++) if (!valueEq(rt, et, p + i * et.size, q + i * et.size)) return false;
      return true;
    }
    case Kind.Slice:
    case Kind.Map:
    case Kind.Func:
      throw new RuntimePanic(`comparing uncomparable type ${t.name}`);
    default:
      return t.size === 0 || mem.memequal(p, q, t.size);
  }
}
