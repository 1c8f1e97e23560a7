// Expressions: typed opcode selection, constants, variables, addresses, loads and stores.
//
// Design
//   `expr(fc, e, dst?)` compiles e and returns the first register of its value (a register
//   block of the type's width; for memory-typed values, a register holding the value's address,
//   which may alias the variable it came from: whoever stores it copies). With `dst` the value
//   is produced in (or moved to) dst.
//
//   Addressable expressions compile to a `MemLoc` {reg, off}: the value is at regs[reg] + off.
//   Variables in registers are not addressable in memory; `lvalue` returns either kind, and
//   assignment (stmt.ts) stores through it.
//
//   Opcodes are chosen by the operand's numeric class (int64-like, uint64-like, 32-bit, 16- and
//   8-bit, floats, complex): 8- and 16-bit arithmetic is the 32-bit opcode followed by a WRAP,
//   as Go's wrapping needs. Constants come from the checker (Info.types[e].value) and are loaded
//   with LOADI when they fit an int32 immediate, else from the constant pool.
//
// How it differs from gc: no SSA, no common-subexpression elimination; bounds checks are in
// the INDEX/SLICE instructions, not separate compares.
import type * as ast from '../../parser/ast.js';
import { Kind as CKind, float64Val, float32Val, stringBytes, boolVal, real, imag, type Value } from '../types/constant.js';
import { Builtin, Const, Func, Nil, TypeName, Var } from '../types/objects.js';
import {
  ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, under, type Type,
} from '../types/types.js';
import { offsetsof, sizeof } from '../types/sizes.js';
import type { OpName } from '../../vm/opcodes.js';
import type { FuncCompiler } from './func.js';
import { isMemType, regWidth } from './types.js';
import { call, callResults, instantiatedFunc } from './call.js';
import { InternalError } from '../../runtime/error.js';
import { compileFuncLit } from './package.js';
import { BoundsCode } from '../../vm/errors.js';
import { nonEmptyIface } from './iface.js';
import { concat } from './strings.js';

export interface MemLoc {
  reg: number;
  off: number;
}

export type NumClass = 'i64' | 'u64' | 'i32' | 'u32' | 'i16' | 'u16' | 'i8' | 'u8' | 'f64' | 'f32' | 'c128' | 'c64' | 'bool' | 'str' | 'other';

export function numClass(t: Type): NumClass {
  const u = under(t);
  if (!(u instanceof Basic)) return 'other';
  switch (u.kind) {
    case BasicKind.Int: case BasicKind.Int64: case BasicKind.UntypedInt: return 'i64';
    case BasicKind.Uint: case BasicKind.Uint64: case BasicKind.Uintptr: return 'u64';
    case BasicKind.Int32: case BasicKind.UntypedRune: return 'i32';
    case BasicKind.Uint32: return 'u32';
    case BasicKind.Int16: return 'i16';
    case BasicKind.Uint16: return 'u16';
    case BasicKind.Int8: return 'i8';
    case BasicKind.Uint8: return 'u8';
    case BasicKind.Float64: case BasicKind.UntypedFloat: return 'f64';
    case BasicKind.Float32: return 'f32';
    case BasicKind.Complex128: case BasicKind.UntypedComplex: return 'c128';
    case BasicKind.Complex64: return 'c64';
    case BasicKind.Bool: case BasicKind.UntypedBool: return 'bool';
    case BasicKind.String: case BasicKind.UntypedString: return 'str';
    case BasicKind.UnsafePointer: return 'other';
    default: return 'other';
  }
}

const isSmall = (c: NumClass) => c === 'i16' || c === 'u16' || c === 'i8' || c === 'u8';
const isInt = (c: NumClass) => c === 'i64' || c === 'u64' || c === 'i32' || c === 'u32' || isSmall(c);
const isSigned = (c: NumClass) => c === 'i64' || c === 'i32' || c === 'i16' || c === 'i8';

export function wrapOpFor(c: NumClass): OpName | null {
  switch (c) {
    case 'i8': return 'WRAP_I8';
    case 'u8': return 'WRAP_U8';
    case 'i16': return 'WRAP_I16';
    case 'u16': return 'WRAP_U16';
    default: return null;
  }
}

/** The 32/64 family suffix for integer class c. */
function fam(c: NumClass): 'I64' | 'U64' | 'I32' | 'U32' {
  if (c === 'i64') return 'I64';
  if (c === 'u64') return 'U64';
  return isSigned(c) ? 'I32' : 'U32';
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Compile e; its value is in the returned register block (dst if given). */
export function expr(fc: FuncCompiler, e: ast.Expr, dst?: number): number {
  const tv = fc.info.types.get(e);
  if (tv !== undefined && tv.value !== undefined && tv.mode === 'constant') return constant(fc, tv.type, tv.value, dst);
  fc.b.setPos(e);
  const r = exprInner(fc, e, dst);
  if (dst !== undefined && r !== dst) move(fc, dst, r, fc.typeOf(e));
  return dst ?? r;
}

/** Move a register value of type t from src to dst. */
export function move(fc: FuncCompiler, dst: number, src: number, t: Type): void {
  if (dst === src) return;
  const w = regWidth(t);
  if (w === 1) fc.b.emit('MOV', dst, src);
  else if (w === 2) fc.b.emit('MOV2', dst, src);
  else fc.b.emit('MOV3', dst, src);
}

function exprInner(fc: FuncCompiler, e: ast.Expr, dst?: number): number {
  switch (e.kind) {
    case 'ParenExpr':
      return expr(fc, e.x, dst);
    case 'Ident':
      return ident(fc, e, dst);
    case 'BinaryExpr':
      return binary(fc, e, dst);
    case 'UnaryExpr':
      return unary(fc, e, dst);
    case 'StarExpr': {
      const t = fc.typeOf(e);
      const p = expr(fc, e.x);
      if (isMemType(t)) {
        fc.b.emit('NILCHK', p);
        return p;
      }
      return load(fc, { reg: p, off: 0 }, t, dst);
    }
    case 'SelectorExpr':
      return selector(fc, e, dst);
    case 'IndexExpr': case 'IndexListExpr': {
      const f = instantiatedFunc(fc, e);
      if (f !== null) return expr(fc, f, dst);
      if (e.kind === 'IndexListExpr') throw new InternalError(`codegen: index list at ${e.line}:${e.col}`);
      return index(fc, e, dst);
    }
    case 'SliceExpr':
      return sliceExpr(fc, e, dst);
    case 'CallExpr':
      return call(fc, e, dst);
    case 'CompositeLit':
      return compositeLit(fc, e, dst);
    case 'FuncLit':
      return compileFuncLit(fc, e, dst);
    case 'TypeAssertExpr':
      return typeAssert(fc, e, dst, false);
    default:
      throw new Error(`codegen: expression ${e.kind} not supported yet`);
  }
}

// ---------------------------------------------------------------------------------------------
// Constants

export function constant(fc: FuncCompiler, t: Type, v: Value, dst?: number): number {
  const r = dst ?? fc.alloc(t);
  const b = fc.b;
  const c = numClass(t);
  switch (v.kind) {
    case CKind.Bool:
      b.emit('LOADI', r, boolVal(v) ? 1 : 0);
      break;
    case CKind.String: {
      const bytes = stringBytes(v);
      b.loadNum(r, fc.pc.stringLit(bytes));
      b.loadNum(r + 1, bytes.length);
      break;
    }
    case CKind.Int:
    case CKind.Float:
      if (isInt(c)) {
        if (v.kind === CKind.Int) b.loadInt(r, v.value);
        else b.loadNum(r, float64Val(v)[0]);
      } else if (c === 'f32') b.loadNum(r, float32Val(v)[0]);
      else if (c === 'c128' || c === 'c64') {
        const f = c === 'c64' ? float32Val : float64Val;
        b.loadNum(r, f(v)[0]);
        b.loadNum(r + 1, 0);
      } else if (under(t) instanceof Interface) {
        // An untyped constant converted to an interface was recorded with its default type.
        throw new Error('codegen: constant of interface type');
      } else b.loadNum(r, float64Val(v)[0]);
      break;
    case CKind.Complex: {
      const f = c === 'c64' ? float32Val : float64Val;
      b.loadNum(r, f(real(v))[0]);
      b.loadNum(r + 1, f(imag(v))[0]);
      break;
    }
    default:
      throw new Error('codegen: unknown constant');
  }
  return r;
}

/** The zero value of t in registers (memory types: a zeroed frame slot's address). */
export function zeroValue(fc: FuncCompiler, t: Type, dst?: number): number {
  if (isMemType(t)) {
    const r = fc.frameSlot(t);
    fc.b.emit('MEMCLR', r, sizeof(t));
    if (dst !== undefined) {
      fc.b.emit('MOV', dst, r);
      return dst;
    }
    return r;
  }
  const r = dst ?? fc.alloc(t);
  fc.zeroRegs(r, t);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Variables

function ident(fc: FuncCompiler, e: ast.Ident, dst?: number): number {
  const obj = fc.info.uses.get(e) ?? fc.info.defs.get(e);
  const t = fc.typeOf(e);
  if (obj instanceof Nil || (obj === undefined && e.name === 'nil')) return zeroValue(fc, t, dst);
  if (obj instanceof Var) {
    const loc = varLoc(fc, obj);
    if (loc.kind === 'reg') {
      if (dst !== undefined) {
        move(fc, dst, loc.reg, obj.type);
        return dst;
      }
      return loc.reg;
    }
    return load(fc, memOf(fc, loc), obj.type, dst);
  }
  if (obj instanceof Func) {
    const r = dst ?? fc.b.regs.alloc(1, [true]);
    fc.b.loadNum(r, fc.pc.staticFuncval(obj));
    return r;
  }
  if (obj instanceof Const) return constant(fc, t, obj.val, dst);
  throw new Error(`codegen: identifier ${e.name} (${obj?.constructor.name})`);
}

export function varLoc(fc: FuncCompiler, v: Var) {
  const loc = fc.vars.get(v) ?? fc.pc.globalLoc(v);
  if (loc === undefined) throw new Error(`codegen: variable ${v.name} has no location`);
  return loc;
}

/** The memory location of a variable that lives in memory. */
export function memOf(fc: FuncCompiler, loc: { kind: 'mem'; reg: number } | { kind: 'global'; addr: number }): MemLoc {
  if (loc.kind === 'mem') return { reg: loc.reg, off: 0 };
  const r = fc.b.regs.alloc(1, [true]);
  fc.b.loadNum(r, loc.addr);
  return { reg: r, off: 0 };
}

// ---------------------------------------------------------------------------------------------
// Loads and stores

/** Load a value of type t from memory at loc (memory types: its address). */
export function load(fc: FuncCompiler, loc: MemLoc, t: Type, dst?: number): number {
  const b = fc.b;
  const r = dst ?? fc.alloc(t);
  const { reg, off } = loc;
  if (isMemType(t)) {
    if (off !== 0) b.emit('ADDI', r, reg, off);
    else if (r !== reg) b.emit('MOV', r, reg);
    return r;
  }
  const u = under(t);
  if (u instanceof Basic) {
    switch (numClass(t)) {
      case 'i64': b.emit('LOAD_I64', r, reg, off); return r;
      case 'u64': b.emit('LOAD_U64', r, reg, off); return r;
      case 'i32': b.emit('LOAD_I32', r, reg, off); return r;
      case 'u32': b.emit('LOAD_U32', r, reg, off); return r;
      case 'i16': b.emit('LOAD_I16', r, reg, off); return r;
      case 'u16': b.emit('LOAD_U16', r, reg, off); return r;
      case 'i8': b.emit('LOAD_I8', r, reg, off); return r;
      case 'u8': case 'bool': b.emit('LOAD_U8', r, reg, off); return r;
      case 'f64': b.emit('LOAD_F64', r, reg, off); return r;
      case 'f32': b.emit('LOAD_F32', r, reg, off); return r;
      case 'c128': b.emit('LOAD_F64', r, reg, off); b.emit('LOAD_F64', r + 1, reg, off + 8); return r;
      case 'c64': b.emit('LOAD_F32', r, reg, off); b.emit('LOAD_F32', r + 1, reg, off + 4); return r;
      case 'str': b.emit('LOAD_PTR', r, reg, off); b.emit('LOAD_I64', r + 1, reg, off + 8); return r;
      default: b.emit('LOAD_PTR', r, reg, off); return r;
    }
  }
  if (u instanceof Slice) {
    b.emit('LOAD_PTR', r, reg, off);
    b.emit('LOAD_I64', r + 1, reg, off + 8);
    b.emit('LOAD_I64', r + 2, reg, off + 16);
    return r;
  }
  if (u instanceof Interface) {
    b.emit('LOAD_PTR', r, reg, off);
    b.emit('LOAD_PTR', r + 1, reg, off + 8);
    return r;
  }
  b.emit('LOAD_PTR', r, reg, off);
  return r;
}

/** Store the value of type t in registers src (memory types: src holds its address) to loc. */
export function store(fc: FuncCompiler, loc: MemLoc, t: Type, src: number): void {
  const b = fc.b;
  const { reg, off } = loc;
  if (isMemType(t)) {
    let dst = reg;
    if (off !== 0) {
      dst = fc.b.regs.alloc(1, [true]);
      b.emit('ADDI', dst, reg, off);
    }
    b.emit('TYPEDMOVE', dst, src, fc.pc.types.index(t));
    return;
  }
  const u = under(t);
  if (u instanceof Basic) {
    switch (numClass(t)) {
      case 'i64': case 'u64': b.emit('STORE_64', reg, src, off); return;
      case 'i32': case 'u32': b.emit('STORE_32', reg, src, off); return;
      case 'i16': case 'u16': b.emit('STORE_16', reg, src, off); return;
      case 'i8': case 'u8': case 'bool': b.emit('STORE_8', reg, src, off); return;
      case 'f64': b.emit('STORE_F64', reg, src, off); return;
      case 'f32': b.emit('STORE_F32', reg, src, off); return;
      case 'c128': b.emit('STORE_F64', reg, src, off); b.emit('STORE_F64', reg, src + 1, off + 8); return;
      case 'c64': b.emit('STORE_F32', reg, src, off); b.emit('STORE_F32', reg, src + 1, off + 4); return;
      case 'str': b.emit('STORE_PTR', reg, src, off); b.emit('STORE_64', reg, src + 1, off + 8); return;
      default: b.emit('STORE_PTR', reg, src, off); return;
    }
  }
  if (u instanceof Slice) {
    b.emit('STORE_PTR', reg, src, off);
    b.emit('STORE_64', reg, src + 1, off + 8);
    b.emit('STORE_64', reg, src + 2, off + 16);
    return;
  }
  if (u instanceof Interface) {
    b.emit('STORE_PTR', reg, src, off);
    b.emit('STORE_PTR', reg, src + 1, off + 8);
    return;
  }
  b.emit('STORE_PTR', reg, src, off);
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** An assignable place: registers of a variable, a memory location, or a map element. */
export type LValue =
  | { kind: 'reg'; reg: number; type: Type }
  | { kind: 'mem'; loc: MemLoc; type: Type }
  | { kind: 'map'; map: number; key: number; mapType: MapType; type: Type }
  | { kind: 'blank' };

export function lvalue(fc: FuncCompiler, e: ast.Expr): LValue {
  const b = fc.b;
  if (e.kind === 'ParenExpr') return lvalue(fc, e.x);
  if (e.kind === 'Ident') {
    if (e.name === '_') return { kind: 'blank' };
    const obj = fc.info.uses.get(e) ?? fc.info.defs.get(e);
    if (obj instanceof Var) {
      const loc = varLoc(fc, obj);
      if (loc.kind === 'reg') return { kind: 'reg', reg: loc.reg, type: obj.type };
      return { kind: 'mem', loc: memOf(fc, loc), type: obj.type };
    }
  }
  if (e.kind === 'IndexExpr') {
    const mt = under(fc.typeOf(e.x));
    if (mt instanceof MapType) {
      // Copies: the operands are evaluated now, before any assignment of the statement happens
      // (`i, m[i] = 1, 2` uses the old i).
      const m = b.regs.alloc(1, [true]);
      expr(fc, e.x, m);
      const k = fc.alloc(mt.key);
      convertTo(fc, e.index, mt.key, k);
      return { kind: 'map', map: m, key: k, mapType: mt, type: mt.elem };
    }
  }
  return { kind: 'mem', loc: addr(fc, e), type: fc.typeOf(e) };
}

/** The memory location of an addressable (or memory-typed) expression. */
export function addr(fc: FuncCompiler, e: ast.Expr, check = false): MemLoc {
  const b = fc.b;
  // A memory-typed value that is not addressable (a map element, a call result): its copy.
  if ((e.kind === 'IndexExpr' && under(fc.typeOf(e.x)) instanceof MapType) || e.kind === 'CallExpr' || e.kind === 'TypeAssertExpr') {
    return { reg: expr(fc, e), off: 0 };
  }
  switch (e.kind) {
    case 'ParenExpr':
      return addr(fc, e.x, check);
    case 'Ident': {
      const obj = fc.info.uses.get(e) ?? fc.info.defs.get(e);
      if (obj instanceof Var) {
        const loc = varLoc(fc, obj);
        if (loc.kind !== 'reg') return memOf(fc, loc);
        if (isMemType(obj.type)) return { reg: loc.reg, off: 0 };
      }
      break;
    }
    case 'StarExpr': {
      // A load or store through the address faults on nil by itself (offset 0 < 4096).
      const p = expr(fc, e.x);
      if (check) b.emit('NILCHK', p);
      return { reg: p, off: 0 };
    }
    case 'SelectorExpr': {
      const sel = fc.info.selections.get(e);
      if (sel === undefined) {
        // A qualified identifier pkg.V.
        const obj = fc.info.uses.get(e.sel);
        if (obj instanceof Var) {
          const loc = varLoc(fc, obj);
          if (loc.kind !== 'reg') return memOf(fc, loc);
        }
        break;
      }
      if (sel.kind !== 'field') break;
      return fieldAddr(fc, e.x, sel.index, check);
    }
    case 'IndexExpr': {
      const xt = under(fc.typeOf(e.x));
      if (xt instanceof Slice) {
        const s = expr(fc, e.x);
        const i = expr(fc, e.index);
        const r = b.regs.alloc(1, [true]);
        b.emit('INDEX', r, s, i, sizeof(xt.elem), s + 1);
        return { reg: r, off: 0 };
      }
      let at: ArrayType;
      let base: MemLoc;
      if (xt instanceof Pointer) {
        at = under(xt.elem) as ArrayType;
        const p = expr(fc, e.x);
        b.emit('NILCHK', p);
        base = { reg: p, off: 0 };
      } else {
        at = xt as ArrayType;
        base = addr(fc, e.x, check);
        // The array may sit behind a nil pointer (p.arr[i]): past the first page a fault would
        // not be recognised as a nil dereference, so check the base explicitly, as gc does.
        if (!check && base.off + sizeof(at) >= 4096) b.emit('NILCHK', base.reg);
      }
      const es = sizeof(at.elem);
      const ctv = fc.info.types.get(e.index);
      if (ctv?.value !== undefined && ctv.value.kind === CKind.Int) {
        return { reg: base.reg, off: base.off + Number(ctv.value.value) * es };
      }
      const i = expr(fc, e.index);
      const len = b.regs.alloc(1);
      b.emit('LOADI', len, at.len);
      let p = base.reg;
      if (base.off !== 0) {
        p = b.regs.alloc(1, [true]);
        b.emit('ADDI', p, base.reg, base.off);
      }
      const r = b.regs.alloc(1, [true]);
      b.emit('INDEX', r, p, i, es, len);
      return { reg: r, off: 0 };
    }
    case 'CompositeLit': {
      const r = compositeLit(fc, e);
      return { reg: r, off: 0 };
    }
    default: {
      const t = fc.typeOf(e);
      if (isMemType(t)) return { reg: expr(fc, e), off: 0 };
    }
  }
  const t = fc.typeOf(e);
  if (isMemType(t)) return { reg: expr(fc, e), off: 0 };
  throw new Error(`codegen: cannot take the address of ${e.kind} at ${e.line}:${e.col}`);
}

/**
 * The address of field path `index` starting at expression x (a struct or a pointer to one).
 * Nil pointers on the way are caught like gc catches them: an access at a small offset from
 * nil faults by itself (the first page is unmapped), so an explicit NILCHK is emitted only when
 * the offset is 4096 or more, or when `check` says the address is taken without an access.
 */
export function fieldAddr(fc: FuncCompiler, x: ast.Expr, index: readonly number[], check = false): MemLoc {
  const b = fc.b;
  let t = fc.typeOf(x);
  let loc: MemLoc;
  let base = -1; // a pointer register not yet nil-checked
  if (under(t) instanceof Pointer) {
    const p = expr(fc, x);
    base = p;
    loc = { reg: p, off: 0 };
    t = (under(t) as Pointer).elem;
  } else {
    loc = addr(fc, x, check);
  }
  for (let k = 0; k < index.length; k++) {
    let st = under(t);
    if (st instanceof Pointer) {
      if (base >= 0 && loc.off >= 4096) b.emit('NILCHK', base);
      const p = b.regs.alloc(1, [true]);
      b.emit('LOAD_PTR', p, loc.reg, loc.off);
      base = p;
      loc = { reg: p, off: 0 };
      t = st.elem;
      st = under(t);
    }
    const s = st as Struct;
    const i = index[k]!;
    loc = { reg: loc.reg, off: loc.off + offsetsof(s)[i]! };
    t = s.fields[i]!.type;
  }
  if (base >= 0 && (check || loc.off >= 4096)) b.emit('NILCHK', base);
  return loc;
}

// ---------------------------------------------------------------------------------------------
// Selectors, index, slice

function selector(fc: FuncCompiler, e: ast.SelectorExpr, dst?: number): number {
  const sel = fc.info.selections.get(e);
  if (sel === undefined) {
    const obj = fc.info.uses.get(e.sel);
    if (obj instanceof Var) return load(fc, addr(fc, e), obj.type, dst);
    if (obj instanceof Func) {
      const r = dst ?? fc.b.regs.alloc(1, [true]);
      fc.b.loadNum(r, fc.pc.staticFuncval(obj));
      return r;
    }
    if (obj instanceof Const) return constant(fc, fc.typeOf(e), obj.val, dst);
    throw new Error(`codegen: selector ${e.sel.name}`);
  }
  if (sel.kind === 'field') {
    // A field of a register-resident value cannot be (structs are memory types), so go by address.
    return load(fc, fieldAddr(fc, e.x, sel.index), fc.typeOf(e), dst);
  }
  return methodValue(fc, e, dst);
}

function methodValue(fc: FuncCompiler, e: ast.SelectorExpr, dst?: number): number {
  return fc.pc.methodValue(fc, e, dst);
}

function index(fc: FuncCompiler, e: ast.IndexExpr, dst?: number): number {
  const xt = under(fc.typeOf(e.x));
  const t = fc.typeOf(e);
  if (xt instanceof Basic) {
    const s = expr(fc, e.x);
    const i = expr(fc, e.index);
    const r = dst ?? fc.alloc(t);
    fc.b.emit('STR_INDEX', r, s, i);
    return r;
  }
  if (xt instanceof MapType) return fc.pc.mapIndex(fc, e, dst, false);
  if (xt instanceof ArrayType && fc.info.types.get(e.x)?.mode !== 'variable' && !isMemType(fc.typeOf(e.x))) {
    throw new Error('codegen: index of non-addressable array');
  }
  return load(fc, addr(fc, e), t, dst);
}

function sliceExpr(fc: FuncCompiler, e: ast.SliceExpr, dst?: number): number {
  const b = fc.b;
  const xt0 = fc.typeOf(e.x);
  const xt = under(xt0);
  const t = fc.typeOf(e);
  const optIdx = (x: ast.Expr | null): number => (x === null ? -1 : expr(fc, x));
  if (xt instanceof Basic) {
    const s = expr(fc, e.x);
    const lo = optIdx(e.low);
    const hi = optIdx(e.high);
    const r = dst ?? fc.alloc(t);
    b.emit('STR_SLICE', r, s, lo, hi);
    return r;
  }
  let ptr: number;
  let cap: number;
  let len: number;
  let es: number;
  let isLen = 0;
  if (xt instanceof Slice) {
    const s = expr(fc, e.x);
    ptr = s;
    len = s + 1;
    cap = s + 2;
    es = sizeof(xt.elem);
  } else {
    let at: ArrayType;
    if (xt instanceof Pointer) {
      at = under(xt.elem) as ArrayType;
      ptr = expr(fc, e.x);
      b.emit('NILCHK', ptr);
    } else {
      at = xt as ArrayType;
      const loc = addr(fc, e.x, true);
      ptr = loc.reg;
      if (loc.off !== 0) {
        ptr = b.regs.alloc(1, [true]);
        b.emit('ADDI', ptr, loc.reg, loc.off);
      }
    }
    len = b.regs.alloc(1);
    b.emit('LOADI', len, at.len);
    cap = len;
    es = sizeof(at.elem);
    isLen = 1;
  }
  const lo = optIdx(e.low);
  const hi = e.high === null ? len : expr(fc, e.high);
  const max = optIdx(e.max);
  const r = dst ?? fc.alloc(t);
  b.emit('SLICE', r, ptr, cap, lo, hi, max, es * 2 + isLen);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Operators

function binary(fc: FuncCompiler, e: ast.BinaryExpr, dst?: number): number {
  const b = fc.b;
  const t = fc.typeOf(e);
  if (e.op === '&&' || e.op === '||') {
    const r = dst ?? fc.alloc(t);
    const end = b.newLabel();
    expr(fc, e.x, r);
    b.emitJump(e.op === '&&' ? 'JF' : 'JT', end, 2, r);
    expr(fc, e.y, r);
    b.bind(end);
    return r;
  }
  if (e.op === '==' || e.op === '!=' || e.op === '<' || e.op === '<=' || e.op === '>' || e.op === '>=') {
    return comparison(fc, e.op, e.x, e.y, dst);
  }
  if (e.op === '+' && numClass(t) === 'str') return concat(fc, e, dst);
  const mark = b.regs.mark();
  const x = expr(fc, e.x);
  if (e.op === '<<' || e.op === '>>') {
    const y = expr(fc, e.y);
    const r = dst ?? resultReg(fc, t, mark);
    shift(fc, e.op, numClass(t), r, x, y, fc.typeOf(e.y));
    return r;
  }
  const c = numClass(t);
  // x + small constant: one instruction.
  const ytv = fc.info.types.get(e.y);
  if (c === 'i64' && (e.op === '+' || e.op === '-') && ytv?.value?.kind === CKind.Int) {
    const k = e.op === '+' ? ytv.value.value : -ytv.value.value;
    if (k >= -2147483648n && k <= 2147483647n) {
      const r = dst ?? resultReg(fc, t, mark);
      b.emit('ADDK_I64', r, x, Number(k));
      return r;
    }
  }
  const y = expr(fc, e.y);
  const r = dst ?? resultReg(fc, t, mark);
  arith(fc, e.op, c, r, x, y);
  return r;
}

/** A result register for an operation: reuse the first temp if the operands were temps. */
function resultReg(fc: FuncCompiler, t: Type, mark: number): number {
  void mark;
  return fc.alloc(t);
}

export function arith(fc: FuncCompiler, op: string, c: NumClass, r: number, x: number, y: number): void {
  const b = fc.b;
  if (c === 'str') {
    if (op !== '+') throw new Error('codegen: string op ' + op);
    b.emit('CONCAT', r, x, y);
    return;
  }
  if (c === 'f64' || c === 'f32') {
    const s = c === 'f64' ? 'F64' : 'F32';
    const name = ({ '+': 'ADD_', '-': 'SUB_', '*': 'MUL_', '/': 'DIV_' } as Record<string, string>)[op];
    if (name === undefined) throw new Error('codegen: float op ' + op);
    b.emit((name + s) as OpName, r, x, y);
    return;
  }
  if (c === 'c128' || c === 'c64') {
    complexArith(fc, op, c, r, x, y);
    return;
  }
  const f = fam(c);
  const is64 = f === 'I64' || f === 'U64';
  let name: string;
  switch (op) {
    case '+': name = 'ADD_' + f; break;
    case '-': name = 'SUB_' + f; break;
    case '*': name = 'MUL_' + f; break;
    case '/': name = 'DIV_' + f; break;
    case '%': name = 'REM_' + f; break;
    case '&': name = is64 ? 'AND_64' : 'AND_' + f; break;
    case '|': name = is64 ? 'OR_64' : 'OR_' + f; break;
    case '^': name = is64 ? 'XOR_64' : 'XOR_' + f; break;
    case '&^': name = is64 ? 'ANDNOT_64' : 'ANDNOT_' + f; break;
    default: throw new Error('codegen: int op ' + op);
  }
  b.emit(name as OpName, r, x, y);
  const w = wrapOpFor(c);
  if (w !== null && (op === '+' || op === '-' || op === '*' || op === '/')) b.emit(w, r, r);
}

function complexArith(fc: FuncCompiler, op: string, c: NumClass, r: number, x: number, y: number): void {
  const b = fc.b;
  const s = c === 'c128' ? 'F64' : 'F32';
  const add = ('ADD_' + s) as OpName;
  const sub = ('SUB_' + s) as OpName;
  const mul = ('MUL_' + s) as OpName;
  switch (op) {
    case '+':
      b.emit(add, r, x, y);
      b.emit(add, r + 1, x + 1, y + 1);
      return;
    case '-':
      b.emit(sub, r, x, y);
      b.emit(sub, r + 1, x + 1, y + 1);
      return;
    case '*': {
      const t = b.regs.alloc(4);
      b.emit(mul, t, x, y);
      b.emit(mul, t + 1, x + 1, y + 1);
      b.emit(mul, t + 2, x, y + 1);
      b.emit(mul, t + 3, x + 1, y);
      b.emit(sub, r, t, t + 1);
      b.emit(add, r + 1, t + 2, t + 3);
      return;
    }
    case '/': {
      const n = fc.pc.nativeIndex(c === 'c128' ? 'runtime.complex128div' : 'runtime.complex64div');
      const w = b.regs.alloc(4);
      b.emit('MOV2', w, x);
      b.emit('MOV2', w + 2, y);
      b.emit('CALLN', n, w);
      b.emit('MOV2', r, w);
      return;
    }
  }
  throw new Error('codegen: complex op ' + op);
}

export function shift(fc: FuncCompiler, op: '<<' | '>>', c: NumClass, r: number, x: number, y: number, yt: Type): void {
  const b = fc.b;
  if (isSigned(numClass(yt))) {
    // A negative shift count panics (Go 1.13+): check it.
    const ok = b.newLabel();
    b.emitJump('JGEK_I', ok, 3, y, 0);
    b.emit('CALLN', fc.pc.nativeIndex('runtime.panicshift'), y);
    b.bind(ok);
  }
  const f = fam(c);
  b.emit(((op === '<<' ? 'SHL_' : 'SHR_') + f) as OpName, r, x, y);
  const w = wrapOpFor(c);
  if (w !== null && op === '<<') b.emit(w, r, r);
}

function comparison(fc: FuncCompiler, op: string, xe: ast.Expr, ye: ast.Expr, dst?: number): number {
  const b = fc.b;
  let t = fc.typeOf(xe);
  const yt = fc.typeOf(ye);
  if (t instanceof Basic && t.kind === BasicKind.UntypedNil) t = yt;
  const r = dst ?? b.regs.alloc(1);
  // Interface compared with a concrete value: convert the concrete side.
  if (under(t) instanceof Interface !== under(yt) instanceof Interface && !isNilExpr(fc, xe) && !isNilExpr(fc, ye)) {
    const it = under(t) instanceof Interface ? t : yt;
    const x = convertTo(fc, xe, it);
    const y = convertTo(fc, ye, it);
    b.emit('EQ_IFACE', r, x, y, nonEmptyIface(it));
    if (op === '!=') b.emit('NOT', r, r);
    return r;
  }
  if (under(t) instanceof Interface && under(yt) instanceof Interface && nonEmptyIface(t) !== nonEmptyIface(yt)) {
    // An empty and a non-empty interface: both as empty interfaces (type words compare).
    const x = convertTo(fc, xe, fc.pc.emptyInterface);
    const y = convertTo(fc, ye, fc.pc.emptyInterface);
    b.emit('EQ_IFACE', r, x, y, nonEmptyIface(fc.pc.emptyInterface));
    if (op === '!=') b.emit('NOT', r, r);
    return r;
  }
  let x = expr(fc, xe);
  let y = expr(fc, ye);
  const c = numClass(t);
  if (op === '>' || op === '>=') {
    [x, y] = [y, x];
    op = op === '>' ? '<' : '<=';
  }
  const u = under(t);
  if (c === 'str') {
    if (op === '==' || op === '!=') {
      b.emit('EQ_STR', r, x, y);
      if (op === '!=') b.emit('NOT', r, r);
    } else {
      b.emit('CMP_STR', r, x, y);
      const k = b.regs.alloc(1);
      b.emit('LOADI', k, 0);
      b.emit(op === '<' ? 'LT_F' : 'LE_F', r, r, k);
    }
    return r;
  }
  if (c === 'c128' || c === 'c64') {
    const t2 = b.regs.alloc(1);
    b.emit('EQ_F', r, x, y);
    b.emit('EQ_F', t2, x + 1, y + 1);
    b.emit('AND_I32', r, r, t2);
    if (op === '!=') b.emit('NOT', r, r);
    return r;
  }
  if (u instanceof Interface) {
    b.emit('EQ_IFACE', r, x, y, nonEmptyIface(t));
    if (op === '!=') b.emit('NOT', r, r);
    return r;
  }
  if (u instanceof Slice) {
    // Only comparison with nil is allowed: compare the pointer word.
    b.emit(op === '==' ? 'EQ_F' : 'NE_F', r, x, y);
    return r;
  }
  if (isMemType(t)) {
    b.emit('EQ_MEM', r, x, y, fc.pc.types.index(t));
    if (op === '!=') b.emit('NOT', r, r);
    return r;
  }
  const wide = c === 'i64' || c === 'u64';
  const name = ({ '==': 'EQ_', '!=': 'NE_', '<': 'LT_', '<=': 'LE_' } as Record<string, string>)[op]! + (wide ? 'I' : 'F');
  b.emit(name as OpName, r, x, y);
  return r;
}

function isNilExpr(fc: FuncCompiler, e: ast.Expr): boolean {
  const t = fc.typeOf(e);
  return t instanceof Basic && t.kind === BasicKind.UntypedNil;
}

function unary(fc: FuncCompiler, e: ast.UnaryExpr, dst?: number): number {
  const b = fc.b;
  const t = fc.typeOf(e);
  switch (e.op) {
    case '+':
      return expr(fc, e.x, dst);
    case '!': {
      const x = expr(fc, e.x);
      const r = dst ?? fc.alloc(t);
      b.emit('NOT', r, x);
      return r;
    }
    case '-': {
      const x = expr(fc, e.x);
      const r = dst ?? fc.alloc(t);
      const c = numClass(t);
      if (c === 'f64' || c === 'f32') b.emit('NEG_F', r, x);
      else if (c === 'c128' || c === 'c64') {
        b.emit('NEG_F', r, x);
        b.emit('NEG_F', r + 1, x + 1);
      } else {
        b.emit(('NEG_' + fam(c)) as OpName, r, x);
        const w = wrapOpFor(c);
        if (w !== null) b.emit(w, r, r);
      }
      return r;
    }
    case '^': {
      const x = expr(fc, e.x);
      const r = dst ?? fc.alloc(t);
      const c = numClass(t);
      b.emit(('COM_' + fam(c)) as OpName, r, x);
      const w = wrapOpFor(c);
      if (w !== null) b.emit(w, r, r);
      return r;
    }
    case '&': {
      let x = e.x;
      while (x.kind === 'ParenExpr') x = x.x;
      if (x.kind === 'CompositeLit') {
        // &T{...}: a new object (frame memory or heap) initialised in place.
        const r = fc.newObject(fc.typeOf(x), e, dst);
        compositeInto(fc, x, { reg: r, off: 0 });
        return r;
      }
      const loc = addr(fc, x, true);
      const r = dst ?? b.regs.alloc(1, [true]);
      if (loc.off !== 0) b.emit('ADDI', r, loc.reg, loc.off);
      else if (r !== loc.reg) b.emit('MOV', r, loc.reg);
      return r;
    }
    case '<-':
      return fc.pc.chans.recv(fc, e, dst);
    default:
      throw new Error(`codegen: unary ${e.op} not supported yet`);
  }
}

// ---------------------------------------------------------------------------------------------
// Composite literals

function compositeLit(fc: FuncCompiler, e: ast.CompositeLit, dst?: number): number {
  const t = fc.typeOf(e);
  const u = under(t);
  const b = fc.b;
  if (u instanceof Struct || u instanceof ArrayType) {
    const r = fc.frameSlot(t);
    b.emit('MEMCLR', r, sizeof(t));
    compositeInto(fc, e, { reg: r, off: 0 }, true);
    if (dst !== undefined) {
      b.emit('MOV', dst, r);
      return dst;
    }
    return r;
  }
  if (u instanceof Slice) {
    let n = 0;
    let k = 0;
    for (const el of e.elts) {
      if (el.kind === 'KeyValueExpr') k = constIndex(fc, el.key);
      k++;
      if (k > n) n = k;
    }
    const p = fc.newObject(new ArrayType(u.elem, n), e);
    fillArray(fc, e, { reg: p, off: 0 }, u.elem);
    const r = dst ?? fc.alloc(t);
    b.emit('MOV', r, p);
    b.emit('LOADI', r + 1, n);
    b.emit('LOADI', r + 2, n);
    return r;
  }
  if (u instanceof MapType) return fc.pc.mapLit(fc, e, dst);
  if (u instanceof Pointer) {
    // An elided `&T{...}` inside another literal ([]*T{{...}}).
    const r = fc.newObject(u.elem, e, dst);
    compositeInto(fc, e, { reg: r, off: 0 }, true, u.elem);
    return r;
  }
  throw new Error('codegen: composite literal of ' + t.constructor.name);
}

function constIndex(fc: FuncCompiler, e: ast.Expr): number {
  const tv = fc.info.types.get(e);
  if (tv?.value?.kind === CKind.Int) return Number(tv.value.value);
  throw new Error('codegen: non-constant index in composite literal');
}

/** Store the composite literal e into memory at loc (already zeroed if `zeroed`). */
export function compositeInto(fc: FuncCompiler, e: ast.CompositeLit, loc: MemLoc, zeroed = true, typ?: Type): void {
  const t = typ ?? fc.typeOf(e);
  const u = under(t);
  void zeroed;
  if (u instanceof Struct) {
    const offs = offsetsof(u);
    e.elts.forEach((el, i) => {
      let fi = i;
      let ve = el;
      if (el.kind === 'KeyValueExpr') {
        const name = (el.key as ast.Ident).name;
        fi = u.fields.findIndex((f) => f.name === name);
        ve = el.value;
      }
      const f = u.fields[fi]!;
      elemInto(fc, ve, { reg: loc.reg, off: loc.off + offs[fi]! }, f.type);
    });
    return;
  }
  if (u instanceof ArrayType) {
    fillArray(fc, e, loc, u.elem);
    return;
  }
  // Slices and maps stored into memory: build the value, then store it.
  const mark = fc.b.regs.mark();
  const r = compositeLit(fc, e);
  store(fc, loc, t, r);
  fc.b.regs.release(mark);
}

function fillArray(fc: FuncCompiler, e: ast.CompositeLit, loc: MemLoc, elem: Type): void {
  const es = sizeof(elem);
  let k = 0;
  for (const el of e.elts) {
    let ve = el;
    if (el.kind === 'KeyValueExpr') {
      k = constIndex(fc, el.key);
      ve = el.value;
    }
    elemInto(fc, ve, { reg: loc.reg, off: loc.off + k * es }, elem);
    k++;
  }
}

/** Store element expression ve (possibly an elided composite literal) of type t at loc. */
function elemInto(fc: FuncCompiler, ve: ast.Expr, loc: MemLoc, t: Type): void {
  const mark = fc.b.regs.mark();
  if (ve.kind === 'CompositeLit' && isMemType(t) && !(under(t) instanceof Interface)) {
    compositeInto(fc, ve, loc);
  } else if (ve.kind === 'UnaryExpr' && ve.op === '&' && ve.x.kind === 'CompositeLit' && ve.x.type === null) {
    const r = expr(fc, ve);
    store(fc, loc, t, r);
  } else {
    const r = convertTo(fc, ve, t);
    store(fc, loc, t, r);
  }
  fc.b.regs.release(mark);
}

// ---------------------------------------------------------------------------------------------
// Assignability conversions (value → interface) and type assertions

/**
 * Evaluate e as a value of type t (converting a concrete value to an interface if needed).
 * `site` is the node escape analysis knows a conversion by: e itself for an implicit one, the
 * conversion call `T(e)` for an explicit one.
 */
export function convertTo(fc: FuncCompiler, e: ast.Expr, t: Type, dst?: number, site: ast.Node = e): number {
  const et = fc.typeOf(e);
  if (under(t) instanceof Interface && !(under(et) instanceof Interface)) {
    if (et instanceof Basic && et.kind === BasicKind.UntypedNil) return zeroValue(fc, t, dst);
    const c = fc.info.types.get(e)?.value;
    if (c !== undefined) {
      const r = fc.pc.iface.constToInterface(fc, et, c, t, dst);
      if (r !== null) return r;
    }
    const v = expr(fc, e);
    return fc.pc.toInterface(fc, v, et, t, dst, site);
  }
  if (under(t) instanceof Interface && under(et) instanceof Interface) {
    const v = expr(fc, e);
    return fc.pc.ifaceToIface(fc, v, et, t, dst);
  }
  return expr(fc, e, dst);
}

/**
 * Registers src holding a value of type from, as a value of assignable type to: boxed into an
 * interface, or converted between interfaces (an itab and a type word differ); other values
 * are the same registers.
 */
export function convertRegs(fc: FuncCompiler, src: number, from: Type, to: Type, dst?: number): number {
  if (!(under(to) instanceof Interface)) return src;
  if (under(from) instanceof Interface) return fc.pc.ifaceToIface(fc, src, from, to, dst);
  return fc.pc.toInterface(fc, src, from, to, dst);
}

function typeAssert(fc: FuncCompiler, e: ast.TypeAssertExpr, dst: number | undefined, commaOk: boolean): number {
  return fc.pc.typeAssert(fc, e, dst, commaOk);
}

export { Builtin, TypeName, Chan, Named, Signature, Tuple, BoundsCode, callResults };
