// Conversions `T(x)` (spec "Conversions"): numeric, string, slice, interface and pointer.
//
// Integer conversions keep the value when the target range contains the source range and
// otherwise wrap (WRAP_*); float→integer truncates (F2I64/F2U64, then a WRAP for narrower
// targets, as gc on amd64 converts through a 64-bit CVTTSD2SQ); integer→float rounds to nearest.
// String conversions are the runtime's (slicebytetostring, stringtoslicebyte, intstring, ...),
// with gc's stack buffers for those between strings and byte slices (strings.ts).
// Constant conversions never reach here: the checker folds them.
import type * as ast from '../../parser/ast.js';
import { Basic, BasicKind, Interface, Slice, under, type Type } from '../types/types.js';
import type { OpName } from '../../vm/opcodes.js';
import type { FuncCompiler } from './func.js';
import { regWidth } from './types.js';
import { convertTo, expr, numClass, type NumClass } from './expr.js';
import { bytesToString, stringToBytes } from './strings.js';

const ranges: Record<string, [number, number]> = {
  i8: [-128, 127],
  u8: [0, 255],
  i16: [-32768, 32767],
  u16: [0, 65535],
  i32: [-2147483648, 2147483647],
  u32: [0, 4294967295],
  i64: [-(2 ** 63), 2 ** 63 - 1],
  u64: [0, 2 ** 64 - 1],
};

function contains(to: NumClass, from: NumClass): boolean {
  const a = ranges[to]!;
  const b = ranges[from]!;
  return a[0] <= b[0] && a[1] >= b[1];
}

const wrapTo: Record<string, OpName> = {
  i8: 'WRAP_I8',
  u8: 'WRAP_U8',
  i16: 'WRAP_I16',
  u16: 'WRAP_U16',
  i32: 'WRAP_I32',
  u32: 'WRAP_U32',
  i64: 'WRAP_I64',
  u64: 'WRAP_U64',
};

const isIntC = (c: NumClass) => c in ranges;
const isFloatC = (c: NumClass) => c === 'f64' || c === 'f32';

/** `T(x)`; `call` is the conversion expression itself (escape analysis's site for it). */
export function conversion(fc: FuncCompiler, x: ast.Expr, T: Type, dst: number | undefined, call: ast.CallExpr): number {
  const b = fc.b;
  const V = fc.typeOf(x);
  const tu = under(T);
  const vu = under(V);
  if (tu instanceof Interface) return convertTo(fc, x, T, dst, call);
  const ct = numClass(T);
  const cv = numClass(V);
  if (ct === 'str' && vu instanceof Basic && cv !== 'str') {
    // string(rune)
    const v = expr(fc, x);
    const r = dst ?? fc.alloc(T);
    b.emit('STR_FROM_RUNE', r, v);
    return r;
  }
  if (ct === 'str' && vu instanceof Slice) {
    const v = expr(fc, x);
    const r = dst ?? fc.alloc(T);
    if (numClass(vu.elem) === 'u8') bytesToString(fc, call, v, r);
    else b.emit('STR_FROM_RUNES', r, v);
    return r;
  }
  if (tu instanceof Slice && cv === 'str') {
    const v = expr(fc, x);
    const r = dst ?? fc.alloc(T);
    if (numClass(tu.elem) === 'u8') stringToBytes(fc, call, v, r, fc.pc.types.index(tu.elem));
    else b.emit('RUNES_FROM_STR', r, v, fc.pc.types.index(tu.elem));
    return r;
  }
  if (isIntC(ct) && isIntC(cv)) {
    const v = expr(fc, x);
    if (contains(ct, cv)) {
      if (dst !== undefined) {
        b.emit('MOV', dst, v);
        return dst;
      }
      return v;
    }
    const r = dst ?? fc.alloc(T);
    b.emit(wrapTo[ct]!, r, v);
    return r;
  }
  if (isFloatC(ct) && isIntC(cv)) {
    const v = expr(fc, x);
    const r = dst ?? fc.alloc(T);
    b.emit(ct === 'f64' ? 'I2F64' : 'I2F32', r, v);
    return r;
  }
  if (isIntC(ct) && isFloatC(cv)) {
    const v = expr(fc, x);
    const r = dst ?? fc.alloc(T);
    b.emit(ct === 'u64' ? 'F2U64' : 'F2I64', r, v);
    if (ct !== 'u64' && ct !== 'i64') b.emit(wrapTo[ct]!, r, r);
    return r;
  }
  if (isFloatC(ct) && isFloatC(cv)) {
    const v = expr(fc, x);
    if (ct === 'f32' && cv === 'f64') {
      const r = dst ?? fc.alloc(T);
      b.emit('F2F32', r, v);
      return r;
    }
    return dst !== undefined ? (b.emit('MOV', dst, v), dst) : v;
  }
  if ((ct === 'c64' || ct === 'c128') && (cv === 'c64' || cv === 'c128')) {
    const v = expr(fc, x);
    const r = dst ?? fc.alloc(T);
    if (ct === 'c64' && cv === 'c128') {
      b.emit('F2F32', r, v);
      b.emit('F2F32', r + 1, v + 1);
    } else b.emit('MOV2', r, v);
    return r;
  }
  if (vu instanceof Basic && vu.kind === BasicKind.UntypedNil) return expr(fc, x, dst);
  // Same representation: pointers, unsafe.Pointer, uintptr, named types with identical underlying types.
  const v = expr(fc, x);
  if (dst !== undefined) {
    const w = regWidth(T);
    b.emit(w === 1 ? 'MOV' : w === 2 ? 'MOV2' : 'MOV3', dst, v);
    return dst;
  }
  return v;
}
