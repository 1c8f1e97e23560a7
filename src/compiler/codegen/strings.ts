// Strings made at run time: concatenation and the conversions between strings and byte slices,
// with gc's stack buffers (walk/string.go, runtime/string.go).
//
// Design
//   gc gives the runtime a 32-byte buffer in the caller's frame (tmpBuf) when escape analysis
//   says the result does not escape; the runtime uses it when the result fits and allocates
//   otherwise. The VM's string instructions always allocate, so the code generator makes that
//   choice itself, in line, with the instructions it has (COPY into frame memory):
//
//   a + b + ...   concatstrings: the operands of a chain are evaluated, then joined at once —
//                 "" if all are empty, the one non-empty operand itself if there is one, else
//                 copied into the stack buffer (result not escaping, at most 32 bytes) or a new
//                 heap array. A two-operand concatenation that escapes is the VM's CONCAT,
//                 which does the same.
//   string(b)     slicebytetostring: a one-byte string is its staticuint64s entry; otherwise
//                 the stack buffer or STR_FROM_BYTES.
//   []byte(s)     stringtoslicebyte: the zeroed stack buffer (capacity 32) or BYTES_FROM_STR.
//
//   A concatenation may return one of its operands, so the code generator's escape analysis
//   lets the operands flow where the result goes (escape/expr.ts): stack bytes never reach an
//   escaping string that way (gc checks at run time whether an operand's bytes are on the
//   stack; the VM cannot).
//
// How it differs from gc: string(rune), []rune(s) and string(runes) always allocate (gc uses
// stack buffers for them too when they do not escape).
import type * as ast from '../../parser/ast.js';
import { ArrayType, BasicKind, Typ } from '../types/types.js';
import type { FuncCompiler } from './func.js';
import { expr } from './expr.js';

/** runtime.tmpBuf's size. */
const tmpBufSize = 32;
const tmpBuf = new ArrayType(Typ[BasicKind.Uint8]!, tmpBufSize);

/** The operands of a chain of string additions, as escape analysis sees them (not through parentheses). */
function concatOperands(fc: FuncCompiler, e: ast.Expr): ast.Expr[] {
  const out: ast.Expr[] = [];
  const flat = (x: ast.Expr): void => {
    if (x.kind === 'BinaryExpr' && x.op === '+' && fc.info.types.get(x)?.value === undefined) {
      flat(x.x);
      flat(x.y);
    } else out.push(x);
  };
  flat(e);
  return out;
}

/** `a + b + ...` on strings (e the outermost addition). */
export function concat(fc: FuncCompiler, e: ast.BinaryExpr, dst?: number): number {
  const b = fc.b;
  const ops = concatOperands(fc, e);
  const stack = fc.place.onStack(e);
  const vals = ops.map((o) => expr(fc, o));
  const r = dst ?? b.regs.alloc(2, [true, false]);
  if (ops.length === 2 && !stack) {
    b.emit('CONCAT', r, vals[0]!, vals[1]!);
    return r;
  }
  // The result is built in res (r may be one of the operands' variables).
  const res = b.regs.alloc(2, [true, false]);
  const tot = b.regs.alloc(1);
  const cnt = b.regs.alloc(1);
  b.emit('CLEARN', res, 2);
  b.emit('LOADI', tot, 0);
  b.emit('LOADI', cnt, 0);
  for (const v of vals) {
    const skip = b.newLabel();
    b.emit('ADD_I64', tot, tot, v + 1);
    b.emitJump('JF', skip, 2, v + 1);
    b.emit('MOV2', res, v);
    b.emit('ADDK_I64', cnt, cnt, 1);
    b.bind(skip);
  }
  const done = b.newLabel();
  b.emitJump('JLTK_I', done, 3, cnt, 2);
  const p = b.regs.alloc(1, [true]);
  const heap = b.newLabel();
  const fill = b.newLabel();
  if (stack) {
    b.emitJump('JGEK_I', heap, 3, tot, tmpBufSize + 1);
    b.emit('MOV', p, fc.frameSlot(tmpBuf));
    b.jump(fill);
  }
  b.bind(heap);
  const sl = b.regs.alloc(3, [true, false, false]);
  b.emit('MAKESLICE', sl, fc.pc.types.index(Typ[BasicKind.Uint8]!), tot, tot);
  b.emit('MOV', p, sl);
  b.bind(fill);
  const off = b.regs.alloc(1);
  const d = b.regs.alloc(3, [true, false, false]);
  const n = b.regs.alloc(1);
  b.emit('LOADI', off, 0);
  for (const v of vals) {
    b.emit('ADD_I64', d, p, off);
    b.emit('SUB_I64', d + 1, tot, off);
    b.emit('MOV', d + 2, d + 1);
    b.emit('COPY', n, d, v, 1);
    b.emit('ADD_I64', off, off, v + 1);
  }
  b.emit('MOV', res, p);
  b.emit('MOV', res + 1, tot);
  b.bind(done);
  b.emit('MOV2', r, res);
  return r;
}

/** `string(v)` for a byte slice v; call is the conversion. */
export function bytesToString(fc: FuncCompiler, call: ast.CallExpr, v: number, r: number): void {
  const b = fc.b;
  const tmp = b.regs.alloc(2, [true, false]);
  const done = b.newLabel();
  const notOne = b.newLabel();
  const heap = b.newLabel();
  const c = b.regs.alloc(2);
  b.emit('LOADI', c + 1, 1);
  b.emit('EQ_I', c, v + 1, c + 1);
  b.emitJump('JF', notOne, 2, c);
  b.emit('LOAD_U8', c, v, 0);
  fc.pc.iface.staticEntry(fc, tmp, c);
  b.emit('LOADI', tmp + 1, 1);
  b.jump(done);
  b.bind(notOne);
  if (fc.place.onStack(call)) {
    b.emitJump('JGEK_I', heap, 3, v + 1, tmpBufSize + 1);
    const buf = b.regs.alloc(3, [true, false, false]);
    b.emit('MOV', buf, fc.frameSlot(tmpBuf));
    b.emit('LOADI', buf + 1, tmpBufSize);
    b.emit('LOADI', buf + 2, tmpBufSize);
    b.emit('COPY', c, buf, v, 1);
    b.emit('MOV', tmp, buf);
    b.emit('MOV', tmp + 1, v + 1);
    b.jump(done);
  }
  b.bind(heap);
  b.emit('STR_FROM_BYTES', tmp, v);
  b.bind(done);
  b.emit('MOV2', r, tmp);
}

/** `[]byte(v)` for a string v into slice registers r (elemType: the byte type's index); call is the conversion. */
export function stringToBytes(fc: FuncCompiler, call: ast.CallExpr, v: number, r: number, elemType: number): void {
  const b = fc.b;
  const done = b.newLabel();
  const heap = b.newLabel();
  if (fc.place.onStack(call)) {
    b.emitJump('JGEK_I', heap, 3, v + 1, tmpBufSize + 1);
    const buf = b.regs.alloc(3, [true, false, false]);
    b.emit('MOV', buf, fc.stackAlloc(tmpBuf));
    b.emit('LOADI', buf + 1, tmpBufSize);
    b.emit('LOADI', buf + 2, tmpBufSize);
    const n = b.regs.alloc(1);
    b.emit('COPY', n, buf, v, 1);
    b.emit('MOV', buf + 1, v + 1);
    b.emit('MOV3', r, buf);
    b.jump(done);
  }
  b.bind(heap);
  b.emit('BYTES_FROM_STR', r, v, elemType);
  b.bind(done);
}
