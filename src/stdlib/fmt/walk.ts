// Printing one operand: nil, %T and %p, methods, then the value by its kind, recursively.
//
// `printOperand` is the entry for an operand of Print/Printf (a dynamic value or nil):
//   1. nil prints `<nil>` under %v and %T, else `%!verb(<nil>)`;
//   2. %T prints the type string (cut and padded like %s); %p prints the address, before any
//      method is consulted;
//   3. a value of a predeclared type (and []byte) is printed by its kind: such types have no
//      methods, and Go 1.19 prints them before it looks for methods, which shows in one place:
//      Errorf's %w of such a value is a plain bad verb that leaves wrapping enabled;
//   4. everything else goes to `printValue` at depth 0.
// `printValue(v, verb, depth, readOnly)` first lets methods.ts print v through a method (unless
// v is read-only), then prints by kind:
//
//   kind            %v                        %#v (sharpV)                 other verbs
//   bool            true                      true                         %t
//   ints, uints     decimal                   uints as 0x hex              integer.ts
//   floats, complex strconv %g                same                         strconv's float verbs
//   string          the bytes                 "quoted"                     text.ts
//   array, slice    [e0 e1]                   T{e0, e1}, nil: T(nil)        per element; byte
//                                                                          elements under
//                                                                          %s %q %x %X: text.ts
//   map             map[k:v k:v], sorted      T{k:v, k:v}, nil: T(nil)     per key and value
//   struct          {f0 f1}, %+v {A:f0 B:f1}  T{A:f0, B:f1}                per field
//   interface       the dynamic value, nil: <nil>; %#v nil: T(nil)
//   pointer         at depth 0, to an array, slice, struct or map: & and the pointee;
//                   otherwise like chan, func, unsafe.Pointer: 0x address (nil: <nil>;
//                   %#v: (T)(0x...) or (T)(nil)); %p the address; %b %o %d %x %X the address
//                   as an integer
// A verb a kind does not take prints `%!verb(T=value)`, the value as %v without methods.
//
// `readOnly` marks a value reached through an unexported struct field: Go's reflect does not
// let fmt call its methods, and the mark stays on everything reached from it.
//
// How it differs from Go's fmt: Go prints the common predeclared types with a type switch before
// using reflection; here every value is a GoValue, so there is one path, and the only visible
// difference of Go's fast path is kept by hand: a top-level []byte spells its type `[]byte`
// under %#v (nested ones are `[]uint8`, as reflect spells them).

import { printComplex, printFloat, type FmtFlags } from '../strconv/ftoa.js';
import { utf8 } from './buffer.js';
import { formatInteger, isIntegerVerb } from './integer.js';
import { printByMethod } from './methods.js';
import type { Printer } from './print.js';
import { sortMap } from './sort.js';
import { formatBool, formatText, isStringVerb, plain } from './text.js';
import { type GoValue, Kind, isPredeclared, kindBits } from './value.js';

const V = 0x76;
const T = 0x54;
const P = 0x70;

/** Prints one operand of a print call (null: a nil interface). */
export function printOperand(p: Printer, arg: GoValue | null, verb: number): void {
  if (arg === null) {
    if (verb === V || verb === T) p.out.padded(utf8('<nil>'), p.spec);
    else badVerb(p, null, verb);
    return;
  }
  if (verb === T) {
    plain(p.out, p.spec, utf8(arg.typeString()));
    return;
  }
  if (verb === P) {
    printAddress(p, arg, verb);
    return;
  }
  if (isPredeclared(arg)) printKind(p, arg, verb, 0, false);
  else printValue(p, arg, verb, 0, false);
}

/** `%!verb(T=value)`, or `%!verb(<nil>)`; the value is printed as %v, methods not consulted. */
export function badVerb(p: Printer, v: GoValue | null, verb: number): void {
  p.erroring = true;
  p.out.ascii('%!');
  p.out.rune(verb);
  p.out.byte(0x28);
  if (v === null) {
    p.out.ascii('<nil>');
  } else {
    p.out.text(v.typeString());
    p.out.byte(0x3d);
    printValue(p, v, V, 0, true);
  }
  p.out.byte(0x29);
  p.erroring = false;
}

function floatFlags(p: Printer): FmtFlags {
  const s = p.spec;
  const f: FmtFlags = { plus: s.plus, space: s.space, sharp: s.sharp, zero: s.zero, minus: s.minus };
  if (s.widSet) f.wid = s.wid;
  if (s.precSet) f.prec = s.prec;
  return f;
}

/** Prints v by its methods or its kind; see the file comment. */
export function printValue(p: Printer, v: GoValue, verb: number, depth: number, readOnly: boolean): void {
  if (!readOnly && printByMethod(p, v, verb)) return;
  printKind(p, v, verb, depth, readOnly);
}

/** Prints v by its kind. */
function printKind(p: Printer, v: GoValue, verb: number, depth: number, readOnly: boolean): void {
  const out = p.out;
  const spec = p.spec;
  switch (v.kind) {
    case Kind.Bool:
      if (verb === V || verb === 0x74) formatBool(out, spec, v.bool());
      else badVerb(p, v, verb);
      return;
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
      if (isIntegerVerb(verb)) formatInteger(out, spec, BigInt(v.int()), verb);
      else badVerb(p, v, verb);
      return;
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      if (isIntegerVerb(verb)) formatInteger(out, spec, BigInt(v.uint()), verb, spec.sharpV ? true : undefined);
      else badVerb(p, v, verb);
      return;
    case Kind.Float32: case Kind.Float64: {
      const s = printFloat(v.float(), kindBits(v.kind), verb, floatFlags(p));
      if (s === null) badVerb(p, v, verb);
      else out.ascii(s);
      return;
    }
    case Kind.Complex64: case Kind.Complex128: {
      const [re, im] = v.complex();
      const s = printComplex(re, im, kindBits(v.kind), verb, floatFlags(p));
      if (s === null) badVerb(p, v, verb);
      else out.ascii(s);
      return;
    }
    case Kind.String:
      if (isStringVerb(verb)) formatText(out, spec, v.str(), verb);
      else badVerb(p, v, verb);
      return;
    case Kind.Map:
      printMap(p, v, verb, depth, readOnly);
      return;
    case Kind.Struct:
      printStruct(p, v, verb, depth, readOnly);
      return;
    case Kind.Interface: {
      const e = v.elem();
      if (e !== null) printValue(p, e, verb, depth + 1, readOnly);
      else if (spec.sharpV) out.text(v.typeString() + '(nil)');
      else out.ascii('<nil>');
      return;
    }
    case Kind.Array: case Kind.Slice:
      printList(p, v, verb, depth, readOnly);
      return;
    case Kind.Pointer:
      if (depth === 0 && !v.isNil()) {
        const ek = v.elemKind();
        if (ek === Kind.Array || ek === Kind.Slice || ek === Kind.Struct || ek === Kind.Map) {
          out.byte(0x26);
          printValue(p, v.elem()!, verb, depth + 1, readOnly);
          return;
        }
      }
      printAddress(p, v, verb);
      return;
    case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
      printAddress(p, v, verb);
      return;
  }
  badVerb(p, v, verb);
}

function printList(p: Printer, v: GoValue, verb: number, depth: number, readOnly: boolean): void {
  const out = p.out;
  const n = v.len();
  if (v.elemKind() === Kind.Uint8 && isStringVerb(verb) && verb !== V) {
    formatText(out, p.spec, listBytes(v, n), verb);
    return;
  }
  if (p.spec.sharpV) {
    out.text(depth === 0 && isPredeclared(v) ? '[]byte' : v.typeString());
    if (v.kind === Kind.Slice && v.isNil()) {
      out.ascii('(nil)');
      return;
    }
    out.byte(0x7b);
    for (let i = 0; i < n; i++) {
      if (i > 0) out.ascii(', ');
      printValue(p, v.index(i), verb, depth + 1, readOnly);
    }
    out.byte(0x7d);
    return;
  }
  out.byte(0x5b);
  for (let i = 0; i < n; i++) {
    if (i > 0) out.byte(0x20);
    printValue(p, v.index(i), verb, depth + 1, readOnly);
  }
  out.byte(0x5d);
}

function listBytes(v: GoValue, n: number): Uint8Array {
  if (v.bytes !== undefined) return v.bytes();
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Number(v.index(i).uint());
  return b;
}

function printMap(p: Printer, v: GoValue, verb: number, depth: number, readOnly: boolean): void {
  const out = p.out;
  const sharpV = p.spec.sharpV;
  if (sharpV) {
    out.text(v.typeString());
    if (v.isNil()) {
      out.ascii('(nil)');
      return;
    }
    out.byte(0x7b);
  } else {
    out.ascii('map[');
  }
  sortMap(v).forEach(([key, val], i) => {
    if (i > 0) out.ascii(sharpV ? ', ' : ' ');
    printValue(p, key, verb, depth + 1, readOnly);
    out.byte(0x3a);
    printValue(p, val, verb, depth + 1, readOnly);
  });
  out.byte(sharpV ? 0x7d : 0x5d);
}

function printStruct(p: Printer, v: GoValue, verb: number, depth: number, readOnly: boolean): void {
  const out = p.out;
  const sharpV = p.spec.sharpV;
  if (sharpV) out.text(v.typeString());
  out.byte(0x7b);
  for (let i = 0; i < v.numField(); i++) {
    if (i > 0) out.ascii(sharpV ? ', ' : ' ');
    if (sharpV || p.spec.plusV) {
      out.text(v.fieldName(i));
      out.byte(0x3a);
    }
    printValue(p, v.field(i), verb, depth + 1, readOnly || !v.fieldExported(i));
  }
  out.byte(0x7d);
}

/** A pointer-like value (pointer, chan, func, unsafe.Pointer, and map or slice under %p). */
function printAddress(p: Printer, v: GoValue, verb: number): void {
  switch (v.kind) {
    case Kind.Pointer: case Kind.Chan: case Kind.Func: case Kind.UnsafePointer: case Kind.Map: case Kind.Slice:
      break;
    default:
      badVerb(p, v, verb);
      return;
  }
  const u = BigInt(v.pointer());
  const out = p.out;
  const spec = p.spec;
  switch (verb) {
    case V:
      if (spec.sharpV) {
        out.byte(0x28);
        out.text(v.typeString());
        out.ascii(')(');
        if (u === 0n) out.ascii('nil');
        else formatInteger(out, spec, u, V, true);
        out.byte(0x29);
      } else if (u === 0n) {
        out.padded(utf8('<nil>'), spec);
      } else {
        formatInteger(out, spec, u, V, true);
      }
      return;
    case P:
      formatInteger(out, spec, u, V, !spec.sharp);
      return;
    case 0x62: case 0x6f: case 0x64: case 0x78: case 0x58:
      formatInteger(out, spec, u, verb);
      return;
  }
  badVerb(p, v, verb);
}
