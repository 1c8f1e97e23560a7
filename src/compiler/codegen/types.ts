// Runtime type descriptors and the register shapes of types (DESIGN decisions 2 and 5).
//
// Design
//   Shapes. Every Go type has a register shape: how many registers a value takes and which of
//   them hold pointers. Scalars, pointers, maps, channels and funcs take one register; strings,
//   complex numbers and interfaces two; slices three. Structs and arrays are "memory" types:
//   their values live in memory and a register holds their address (so a memory-typed
//   expression evaluates to an address, and copying one is a typedmemmove).
//
//   Descriptors. `typeIndex(t)` gives the VM's index of the runtime type for t, creating it on
//   first use: a VMType record (size, ptrdata, pointer mask, kind, the name as Go's runtime
//   prints it) and its descriptor in the data segment, laid out like the head of Go's _type:
//
//     0 size  8 ptrdata  16 hash u32, tflag, align, fieldAlign, kind  24 equal (0)
//     32 gcdata pointer  40 name pointer  48 name length  56 elem descriptor  64 VM type index
//
//   Interface values and type switches use descriptor addresses (type words) as identities; the
//   VM maps an address back to its VMType. Identity: two identical types get one descriptor,
//   keyed by their type string qualified by package path.
//
//   An instance of a generic type is its own type with its own descriptor, named as reflect
//   names it: `main.Pair[int,main.T]`.
//
// How it differs from gc: no uncommon type / method tables in memory yet (the VM keeps method
// tables beside the VMType); no GC programs; the hash is FNV-1a of the name, not gc's.
import { sizeof, alignof, offsetsof } from '../types/sizes.js';
import {
  ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, under, type Type,
} from '../types/types.js';
import { typeString } from '../types/typestring.js';
import type { AddressSpace } from '../../runtime/mem.js';
import type { VMType } from '../../vm/program.js';
import { Kind } from '../../vm/kind.js';
import { typeSetOf } from '../types/typeset.js';

/** Registers a value of type t occupies (memory types: 1, the address). */
export function regWidth(t: Type): number {
  const u = under(t);
  if (u instanceof Basic) {
    if (u.kind === BasicKind.String || u.kind === BasicKind.Complex64 || u.kind === BasicKind.Complex128 || u.kind === BasicKind.UntypedString) return 2;
    return 1;
  }
  if (u instanceof Slice) return 3;
  if (u instanceof Interface) return 2;
  return 1;
}

/** Whether values of t live in memory (structs, arrays) rather than registers. */
export function isMemType(t: Type): boolean {
  const u = under(t);
  return u instanceof Struct || u instanceof ArrayType;
}

/** Which registers of t's shape hold pointers (for the frame's register pointer map). */
export function ptrRegsOf(t: Type): boolean[] {
  const u = under(t);
  if (isMemType(t)) return [true];
  if (u instanceof Basic) {
    if (u.kind === BasicKind.String || u.kind === BasicKind.UntypedString) return [true, false];
    if (u.kind === BasicKind.UnsafePointer) return [true];
    return regWidth(t) === 2 ? [false, false] : [false];
  }
  if (u instanceof Slice) return [true, false, false];
  if (u instanceof Interface) return [true, true];
  return [true]; // pointer, map, chan, func
}

/** Pointer mask of t's memory layout: word offsets (in words) that hold pointers. */
export function pointerWords(t: Type, out: number[] = [], baseWord = 0): number[] {
  const u = under(t);
  if (u instanceof Basic) {
    if (u.kind === BasicKind.String || u.kind === BasicKind.UnsafePointer) out.push(baseWord);
    return out;
  }
  if (u instanceof Pointer || u instanceof MapType || u instanceof Chan || u instanceof Signature) {
    out.push(baseWord);
    return out;
  }
  if (u instanceof Slice) {
    out.push(baseWord);
    return out;
  }
  if (u instanceof Interface) {
    out.push(baseWord, baseWord + 1);
    return out;
  }
  if (u instanceof ArrayType) {
    const es = sizeof(u.elem);
    if (es === 0) return out;
    const inner = pointerWords(u.elem);
    if (inner.length === 0) return out;
    for (let i = 0; i < u.len; i++) for (const w of inner) out.push(baseWord + (i * es) / 8 + w);
    return out;
  }
  if (u instanceof Struct) {
    const offs = offsetsof(u);
    u.fields.forEach((f, i) => pointerWords(f.type, out, baseWord + offs[i]! / 8));
    return out;
  }
  return out;
}

/** The name of t as Go's runtime prints it (reflect's String): `main.T`, `[]int`, `interface {}`. */
export function rtypeName(t: Type): string {
  if (t instanceof Named) {
    const pkg = t.obj.pkg;
    const args = t.typeArgs === null ? '' : `[${t.typeArgs.map(rtypeName).join(',')}]`;
    return (pkg === null ? t.obj.name : `${pkg.name}.${t.obj.name}`) + args;
  }
  if (t instanceof Basic) {
    // Runtime type names never say byte or rune (reflect prints uint8 and int32).
    if (t.kind === BasicKind.Uint8) return 'uint8';
    if (t.kind === BasicKind.Int32) return 'int32';
    return t.kind === BasicKind.UnsafePointer ? 'unsafe.Pointer' : t.name;
  }
  if (t instanceof Pointer) return '*' + rtypeName(t.elem);
  if (t instanceof Slice) return '[]' + rtypeName(t.elem);
  if (t instanceof ArrayType) return `[${t.len}]` + rtypeName(t.elem);
  if (t instanceof MapType) return `map[${rtypeName(t.key)}]${rtypeName(t.elem)}`;
  if (t instanceof Chan) return (t.dir === 2 ? '<-chan ' : t.dir === 1 ? 'chan<- ' : 'chan ') + rtypeName(t.elem);
  if (t instanceof Interface) {
    if (t.methods.length === 0 && t.embeddeds.length === 0) return 'interface {}';
    return 'interface { ' + t.methods.map((m) => m.name + sigBody(m.type as Signature)).join('; ') + ' }';
  }
  if (t instanceof Struct) {
    if (t.fields.length === 0) return 'struct {}';
    return 'struct { ' + t.fields.map((f) => (f.embedded ? rtypeName(f.type) : `${f.name} ${rtypeName(f.type)}`)).join('; ') + ' }';
  }
  if (t instanceof Signature) return 'func' + sigBody(t);
  return typeString(t);
}

function sigBody(s: Signature): string {
  const ps = s.params.vars.map((v, i) => (s.variadic && i === s.params.length - 1 ? '...' + rtypeName((v.type as Slice).elem) : rtypeName(v.type)));
  const rs = s.results.vars.map((v) => rtypeName(v.type));
  let out = '(' + ps.join(', ') + ')';
  if (rs.length === 1) out += ' ' + rs[0];
  else if (rs.length > 1) out += ' (' + rs.join(', ') + ')';
  return out;
}

function kindOf(t: Type): Kind {
  const u = under(t);
  if (u instanceof Basic) {
    switch (u.kind) {
      case BasicKind.Bool: case BasicKind.UntypedBool: return Kind.Bool;
      case BasicKind.Int: case BasicKind.UntypedInt: return Kind.Int;
      case BasicKind.Int8: return Kind.Int8;
      case BasicKind.Int16: return Kind.Int16;
      case BasicKind.Int32: case BasicKind.UntypedRune: return Kind.Int32;
      case BasicKind.Int64: return Kind.Int64;
      case BasicKind.Uint: return Kind.Uint;
      case BasicKind.Uint8: return Kind.Uint8;
      case BasicKind.Uint16: return Kind.Uint16;
      case BasicKind.Uint32: return Kind.Uint32;
      case BasicKind.Uint64: return Kind.Uint64;
      case BasicKind.Uintptr: return Kind.Uintptr;
      case BasicKind.Float32: return Kind.Float32;
      case BasicKind.Float64: case BasicKind.UntypedFloat: return Kind.Float64;
      case BasicKind.Complex64: return Kind.Complex64;
      case BasicKind.Complex128: case BasicKind.UntypedComplex: return Kind.Complex128;
      case BasicKind.String: case BasicKind.UntypedString: return Kind.String;
      case BasicKind.UnsafePointer: return Kind.UnsafePointer;
      default: return Kind.Invalid;
    }
  }
  if (u instanceof ArrayType) return Kind.Array;
  if (u instanceof Chan) return Kind.Chan;
  if (u instanceof Signature) return Kind.Func;
  if (u instanceof Interface) return Kind.Interface;
  if (u instanceof MapType) return Kind.Map;
  if (u instanceof Pointer) return Kind.Pointer;
  if (u instanceof Slice) return Kind.Slice;
  if (u instanceof Struct) return Kind.Struct;
  return Kind.Invalid;
}

export interface CGType extends VMType {
  readonly goType: Type;
  /** Methods by name → function index (filled by the package compiler), for itabs. */
  readonly methods: Map<string, number>;
}

/** A method's identity for itabs: its id and its signature (without receiver). */
export function methodKey(m: { id(): string; type: Type }): string {
  return `${m.id()}|${typeKey(m.type)}`;
}

const namedIds = new WeakMap<object, number>();
let nextNamedId = 0;

/** A string equal for identical types only: named types by object, the rest structurally. */
export function typeKey(t: Type): string {
  if (t instanceof Named) {
    let id = namedIds.get(t.obj);
    if (id === undefined) {
      id = ++nextNamedId;
      namedIds.set(t.obj, id);
    }
    const args = t.typeArgs === null ? '' : `[${t.typeArgs.map(typeKey).join(',')}]`;
    return `${t.obj.pkg?.path ?? ''}.${t.obj.name}#${id}${args}`;
  }
  if (t instanceof Basic) {
    if (t.kind === BasicKind.Uint8) return 'uint8';
    if (t.kind === BasicKind.Int32) return 'int32';
    return t.name;
  }
  if (t instanceof Pointer) return '*' + typeKey(t.elem);
  if (t instanceof Slice) return '[]' + typeKey(t.elem);
  if (t instanceof ArrayType) return `[${t.len}]` + typeKey(t.elem);
  if (t instanceof MapType) return `map[${typeKey(t.key)}]` + typeKey(t.elem);
  if (t instanceof Chan) return `chan${t.dir} ` + typeKey(t.elem);
  if (t instanceof Signature) {
    return `func(${t.params.vars.map((v) => typeKey(v.type)).join(',')}${t.variadic ? '...' : ''})(${t.results.vars.map((v) => typeKey(v.type)).join(',')})`;
  }
  if (t instanceof Struct) {
    return `struct{${t.fields.map((f, i) => `${f.embedded ? '!' : ''}${f.id()} ${typeKey(f.type)} ${JSON.stringify(t.tags[i] ?? '')}`).join(';')}}`;
  }
  if (t instanceof Interface) {
    return `interface{${typeSetOf(t).methods.map((m) => `${m.id()}${typeKey(m.type)}`).join(';')}}`;
  }
  if (t instanceof Tuple) return `(${t.vars.map((v) => typeKey(v.type)).join(',')})`;
  return typeString(t);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The program's runtime types, laid out in the data segment as they are first needed. */
export class TypeTable {
  readonly types: CGType[] = [];
  private byKey = new Map<string, number>();

  constructor(private readonly mem: AddressSpace) {}

  /** Canonical identity key for t (spec "Type identity"): equal keys ⇔ identical types. */
  static key(t: Type): string {
    return typeKey(t);
  }

  index(t: Type): number {
    const key = TypeTable.key(t);
    const got = this.byKey.get(key);
    if (got !== undefined) return got;
    const idx = this.types.length;
    this.byKey.set(key, idx);
    const u = under(t);
    const isTuple = t instanceof Tuple;
    const size = isTuple ? 0 : sizeof(t);
    const words = isTuple ? [] : pointerWords(t);
    const ptrdata = words.length === 0 ? 0 : (words[words.length - 1]! + 1) * 8;
    const gcdata = new Uint8Array(Math.ceil(ptrdata / 64));
    for (const w of words) gcdata[w >> 3]! |= 1 << (w & 7);
    const name = rtypeName(t);
    const mem = this.mem;
    const addr = mem.dataAlloc(72, 8);
    const vt: CGType = {
      size,
      ptrdata,
      gcdata,
      addr,
      name,
      kind: kindOf(t),
      goType: t,
      methods: new Map(),
    };
    this.types.push(vt);
    // Lay out the descriptor.
    mem.store64(addr, size);
    mem.store64(addr + 8, ptrdata);
    mem.store32(addr + 16, fnv1a(name));
    mem.store8(addr + 21, isTuple ? 1 : alignof(t));
    mem.store8(addr + 22, isTuple ? 1 : alignof(t));
    mem.store8(addr + 23, vt.kind);
    if (gcdata.length > 0) {
      const g = mem.dataAlloc(gcdata.length, 1);
      mem.bytes(g, gcdata.length).set(gcdata);
      mem.storePtr(addr + 32, g);
    }
    const nameBytes = new TextEncoder().encode(name);
    const np = mem.dataAlloc(nameBytes.length, 1);
    mem.bytes(np, nameBytes.length).set(nameBytes);
    mem.storePtr(addr + 40, np);
    mem.store64(addr + 48, nameBytes.length);
    mem.store64(addr + 64, idx);
    if (u instanceof Pointer || u instanceof Slice || u instanceof ArrayType || u instanceof Chan || u instanceof MapType) {
      const ei = this.index(u.elem);
      vt.elemType = ei;
      mem.storePtr(addr + 56, this.types[ei]!.addr);
    }
    if (u instanceof MapType) vt.keyType = this.index(u.key);
    if (u instanceof ArrayType) vt.len = u.len;
    if (u instanceof Struct) {
      const offs = offsetsof(u);
      vt.fieldNames = u.fields.map((f) => f.name);
      vt.fields = u.fields.map((f, i) => ({ off: offs[i]!, type: this.index(f.type) }));
    }
    if (u instanceof Interface) vt.imethods = typeSetOf(u).methods.map((m) => methodKey(m));
    return idx;
  }

  get(t: Type): CGType {
    return this.types[this.index(t)]!;
  }
}
