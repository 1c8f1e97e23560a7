// Bounds checks gc's walk removes from indexing of arrays and constant strings, and reports
// under -m as `index bounds check elided` (gc walk/expr.go walkIndex and bounded).
//
// Design
//   An index whose type cannot hold a value outside the array's bounds needs no check: an
//   unsigned index of b bits into an array of at least 2^b elements, `i & c` or `i &^ c` with a
//   small constant c below the length, an unsigned `i % c` with c at most the length, and an
//   unsigned `i / c` or `i >> c`, which narrow the range by the bits c removes. Constant
//   indexes are checked by the type checker and not reported. gc prints the line while it
//   compiles the function after escape analysis, at the index expression; escape analysis sees
//   the same expressions (inlined bodies included, reported at the call), so it records them in
//   its walk (Analysis.compileEvents) and wrappers.ts prints them in the order gc compiles.
//
// How it differs from gc: the index is the checked AST's, where gc looks at the typechecked IR;
// constant folding is the checker's.
import type * as ast from '../../parser/ast.js';
import { Kind } from '../types/constant.js';
import { ArrayType, Basic, BasicInfo, Pointer, under } from '../types/types.js';
import type { Info } from '../check/info.js';
import { safeSizeof, typeOf } from './typeinfo.js';

/** Whether indexing x[index] (IndexExpr n) has its bounds check elided by the index's range. */
export function boundsCheckElided(info: Info, n: ast.IndexExpr): boolean {
  const tv = info.types.get(n.index);
  if (tv === undefined || tv.value !== undefined) return false;
  const t = typeOf(info, n.x);
  if (t === undefined) return false;
  let u = under(t);
  if (u instanceof Pointer) u = under(u.elem);
  if (u instanceof ArrayType) return bounded(info, n.index, BigInt(u.len));
  const sv = info.types.get(n.x)?.value;
  if (sv !== undefined && sv.kind === Kind.String) return bounded(info, n.index, BigInt(sv.bytes.length));
  return false;
}

/** gc's bounded: whether integer n is always in [0, max). */
function bounded(info: Info, n: ast.Expr, max: bigint): boolean {
  while (n.kind === 'ParenExpr') n = n.x;
  const t = typeOf(info, n);
  const u = t === undefined ? undefined : under(t);
  if (!(u instanceof Basic) || (u.info & BasicInfo.IsInteger) === 0) return false;
  const signed = (u.info & BasicInfo.IsUnsigned) === 0;
  let bits = BigInt(8 * safeSizeof(u));
  const c = smallIntConst(info, n);
  if (c !== null) return c >= 0n && c < max;
  if (n.kind === 'BinaryExpr') {
    const x = smallIntConst(info, n.x), y = smallIntConst(info, n.y);
    switch (n.op) {
      case '&': case '&^': {
        let v = -1n;
        if (x !== null) v = x;
        else if (y !== null) {
          v = y;
          if (n.op === '&^') {
            v = ~v;
            if (!signed) v &= (1n << bits) - 1n;
          }
        }
        if (v >= 0n && v < max) return true;
        break;
      }
      case '%':
        if (!signed && y !== null && y >= 0n && y <= max) return true;
        break;
      case '/':
        if (!signed && y !== null) {
          for (let v = y; bits > 0n && v >= 2n; v >>= 1n) bits--;
        }
        break;
      case '>>':
        if (!signed && y !== null) {
          if (y > bits) return true;
          bits -= y;
        }
        break;
    }
  }
  return !signed && bits <= 62n && 1n << bits <= max;
}

/** gc IsSmallIntConst: an integer constant that fits in 32 bits. */
function smallIntConst(info: Info, n: ast.Expr): bigint | null {
  const v = info.types.get(n)?.value;
  if (v === undefined || v.kind !== Kind.Int) return null;
  return BigInt.asIntN(32, v.value) === v.value ? v.value : null;
}
