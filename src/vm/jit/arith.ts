// Translation of the register-to-register instructions: moves, constants, integer and float
// arithmetic, conversions and comparisons.
//
// Design
//   Each instruction becomes the expression the interpreter's case computes (vm.ts), on locals
//   instead of register-file reads, so the results are the same bit for bit. The 64-bit integer
//   instructions keep int64.ts's split: a fast path on plain doubles inline, and when an operand
//   is NaN (its exact value is in the side store) or the result leaves ±(2^53-1), the same slow
//   path the interpreter calls, on the register file, after which the local is reloaded.
//
// How it differs from Go: as the interpreter's (int64.ts), integers are doubles with an exact
// side store; V8 compiles the fast paths to integer or double machine arithmetic.
import { Arith } from '../int64.js';
import { Op, type OpCode } from '../opcodes.js';
import type { Site } from './site.js';

const MAX = '9007199254740991';

/** a = b op c for the 64-bit ops with a fast path `r = expr` valid when `ok(r)`. */
function fastOrSlow(s: Site, expr: string, ok: string, arith: Arith, signed: boolean): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  em.r(b);
  em.r(c);
  em.line(`{ const r = ${expr}; if (${ok}) { x${a} = r; R[B + ${a}] = r; } else { ${em.reload(a, `slowArith(R, big, B + ${a}, B + ${b}, B + ${c}, ${arith}, ${signed})`)} } }`);
  em.assume(a);
}

export function move(s: Site, op: OpCode): void {
  const em = s.em;
  const a = s.w(1);
  const b = s.w(2);
  switch (op) {
    case Op.NOP:
      return;
    case Op.MOV: {
      const x = em.r(b);
      em.w(a, x);
      em.line(`if (x${a} !== x${a}) { const t = big[B + ${b}]; if (t !== undefined) big[B + ${a}] = t; }`);
      return;
    }
    case Op.MOV2:
    case Op.MOV3:
    case Op.MOVN: {
      const n = op === Op.MOV2 ? 2 : op === Op.MOV3 ? 3 : s.w(3);
      // One register after the other, as the interpreter copies: MOV2/MOV3 upwards and only
      // the words (they never hold 64-bit integers); MOVN with side values, in the direction
      // that is right for overlapping windows.
      const order = op !== Op.MOVN || a < b ? [...Array(n).keys()] : [...Array(n).keys()].reverse();
      for (const i of order) {
        em.w(a + i, em.r(b + i));
        if (op === Op.MOVN) em.line(`if (x${a + i} !== x${a + i}) { const t = big[B + ${b + i}]; if (t !== undefined) big[B + ${a + i}] = t; }`);
      }
      return;
    }
    case Op.LOADK: {
      const v = s.f.consts[b]!;
      if (v === v) em.w(a, numberLiteral(v));
      else {
        em.w(a, 'NaN');
        em.line(`{ const t = bigConsts[${b}]; if (t !== undefined) big[B + ${a}] = t; }`);
      }
      return;
    }
    case Op.LOADI:
      em.w(a, String(b));
      return;
    case Op.CLEARN:
      for (let i = 0; i < b; i++) em.w(a + i, '0');
      return;
    default:
      throw new Error(`move: ${op}`);
  }
}

/** A JS literal for a double, -0, infinities and NaN included. */
export function numberLiteral(v: number): string {
  if (v !== v) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return v < 0 ? `(${v})` : String(v);
}

export function int64(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const x = `x${b}`;
  const y = `x${c}`;
  switch (op) {
    case Op.ADD_I64: return fastOrSlow(s, `${x} + ${y}`, `r <= ${MAX} && r >= -${MAX}`, Arith.Add, true);
    case Op.ADD_U64: return fastOrSlow(s, `${x} + ${y}`, `r <= ${MAX}`, Arith.Add, false);
    case Op.SUB_I64: return fastOrSlow(s, `${x} - ${y}`, `r <= ${MAX} && r >= -${MAX}`, Arith.Sub, true);
    case Op.SUB_U64: return fastOrSlow(s, `${x} - ${y}`, `r <= ${MAX} && r >= 0`, Arith.Sub, false);
    case Op.MUL_I64: return fastOrSlow(s, `${x} * ${y} + 0`, `r < ${MAX} && r > -${MAX}`, Arith.Mul, true);
    case Op.MUL_U64: return fastOrSlow(s, `${x} * ${y} + 0`, `r < ${MAX}`, Arith.Mul, false);
    case Op.DIV_I64:
    case Op.DIV_U64:
      em.r(b);
      em.r(c);
      s.mayFail();
      em.line(`if (${y} === 0) throw divideError();`);
      return fastOrSlow(s, `Math.trunc(${x} / ${y}) + 0`, `Math.abs(${x}) + Math.abs(${y}) <= ${MAX}`, Arith.Div, op === Op.DIV_I64);
    case Op.REM_I64:
    case Op.REM_U64:
      em.r(b);
      em.r(c);
      s.mayFail();
      em.line(`if (${y} === 0) throw divideError();`);
      return fastOrSlow(s, `(${x} % ${y}) + 0`, `${x} === ${x} && ${y} === ${y}`, Arith.Rem, op === Op.REM_I64);
    case Op.AND_64:
    case Op.OR_64:
    case Op.XOR_64:
    case Op.ANDNOT_64: {
      const [expr, ar] =
        op === Op.AND_64 ? [`${x} & ${y}`, Arith.And] : op === Op.OR_64 ? [`${x} | ${y}`, Arith.Or] : op === Op.XOR_64 ? [`${x} ^ ${y}`, Arith.Xor] : [`${x} & ~${y}`, Arith.AndNot];
      em.r(b);
      em.r(c);
      // The exact result of a bitwise op on two int64 (or two uint64) values is in range.
      const slow = `slowArith(R, big, B + ${a}, B + ${b}, B + ${c}, ${ar}, !(getBig(R, big, B + ${b}) >= 0n && getBig(R, big, B + ${c}) >= 0n))`;
      em.line(`if ((${x} | 0) === ${x} && (${y} | 0) === ${y}) { x${a} = ${expr}; R[B + ${a}] = x${a}; } else { ${em.reload(a, slow)} }`);
      em.assume(a);
      return;
    }
    case Op.SHL_I64:
    case Op.SHL_U64: {
      em.r(b);
      em.line(`{ const s = regToCount(R, big, B + ${c}); const r = s < 64 ? ${x} * 2 ** s : 0;`);
      const ok = op === Op.SHL_U64 ? `r <= ${MAX} && r >= 0` : `r <= ${MAX} && r >= -${MAX}`;
      em.line(`if (${ok}) { x${a} = r; R[B + ${a}] = r; } else { ${em.reload(a, `slowArith(R, big, B + ${a}, B + ${b}, B + ${c}, ${Arith.Shl}, ${op === Op.SHL_I64})`)} } }`);
      em.assume(a);
      return;
    }
    case Op.SHR_I64:
    case Op.SHR_U64: {
      em.r(b);
      em.line(`{ const s = regToCount(R, big, B + ${c});`);
      em.line(`if (${x} === ${x}) { x${a} = s < 64 ? Math.floor(${x} / 2 ** s) + 0 : ${x} < 0 ? -1 : 0; R[B + ${a}] = x${a}; }`);
      em.line(`else { ${em.reload(a, `slowArith(R, big, B + ${a}, B + ${b}, B + ${c}, ${Arith.Shr}, ${op === Op.SHR_I64})`)} } }`);
      em.assume(a);
      return;
    }
    case Op.NEG_I64:
      return unaryExact(s, `${x} === ${x}`, `0 - ${x}`, `setI64(R, big, B + ${a}, -getBig(R, big, B + ${b}))`);
    case Op.NEG_U64:
      return unaryExact(s, `${x} === 0`, '0', `setU64(R, big, B + ${a}, -getBig(R, big, B + ${b}))`);
    case Op.COM_I64:
      return unaryExact(s, `${x} === ${x}`, `-${x} - 1`, `setI64(R, big, B + ${a}, ~getBig(R, big, B + ${b}))`);
    case Op.COM_U64:
      return unaryExact(s, 'false', '0', `setU64(R, big, B + ${a}, ~getBig(R, big, B + ${b}))`);
    case Op.ADDK_I64: {
      em.r(b);
      em.line(`{ const r = ${x} + ${numberLiteral(c)}; if (r <= ${MAX} && r >= -${MAX}) { x${a} = r; R[B + ${a}] = r; }`);
      em.line(`else { ${em.reload(a, `setI64(R, big, B + ${a}, getBig(R, big, B + ${b}) + ${c}n)`)} } }`);
      em.assume(a);
      return;
    }
    default:
      throw new Error(`int64: ${op}`);
  }
}

/** a = fast when `cond` on the plain operand b, else the exact statement `slow` on the register file. */
function unaryExact(s: Site, cond: string, fast: string, slow: string): void {
  const em = s.em;
  const a = s.w(1);
  em.r(s.w(2));
  em.line(`if (${cond}) { x${a} = ${fast}; R[B + ${a}] = x${a}; } else { ${em.reload(a, slow)} }`);
  em.assume(a);
}

export function int32(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const x = em.r(b);
  const unary = op === Op.NEG_I32 || op === Op.NEG_U32 || op === Op.COM_I32 || op === Op.COM_U32;
  const y = unary ? '' : op >= Op.SHL_I32 && op <= Op.SHR_U32 ? '' : em.r(c);
  const count = `regToCount(R, big, B + ${c})`;
  switch (op) {
    case Op.ADD_I32: return em.w(a, `(${x} + ${y}) | 0`);
    case Op.ADD_U32: return em.w(a, `(${x} + ${y}) >>> 0`);
    case Op.SUB_I32: return em.w(a, `(${x} - ${y}) | 0`);
    case Op.SUB_U32: return em.w(a, `(${x} - ${y}) >>> 0`);
    case Op.MUL_I32: return em.w(a, `Math.imul(${x}, ${y})`);
    case Op.MUL_U32: return em.w(a, `Math.imul(${x}, ${y}) >>> 0`);
    case Op.DIV_I32:
    case Op.DIV_U32:
    case Op.REM_I32:
    case Op.REM_U32:
      s.mayFail();
      em.line(`if (${y} === 0) throw divideError();`);
      return em.w(a, op === Op.DIV_I32 ? `(${x} / ${y}) | 0` : op === Op.DIV_U32 ? `Math.trunc(${x} / ${y})` : `(${x} % ${y}) + 0`);
    case Op.AND_I32: return em.w(a, `${x} & ${y}`);
    case Op.AND_U32: return em.w(a, `(${x} & ${y}) >>> 0`);
    case Op.OR_I32: return em.w(a, `${x} | ${y}`);
    case Op.OR_U32: return em.w(a, `(${x} | ${y}) >>> 0`);
    case Op.XOR_I32: return em.w(a, `${x} ^ ${y}`);
    case Op.XOR_U32: return em.w(a, `(${x} ^ ${y}) >>> 0`);
    case Op.ANDNOT_I32: return em.w(a, `${x} & ~${y}`);
    case Op.ANDNOT_U32: return em.w(a, `(${x} & ~${y}) >>> 0`);
    case Op.SHL_I32:
      em.line(`{ const s = ${count}; x${a} = s < 32 ? ${x} << s : 0; R[B + ${a}] = x${a}; }`);
      return em.assume(a);
    case Op.SHL_U32:
      em.line(`{ const s = ${count}; x${a} = s < 32 ? (${x} << s) >>> 0 : 0; R[B + ${a}] = x${a}; }`);
      return em.assume(a);
    case Op.SHR_I32:
      em.line(`{ const s = ${count}; x${a} = ${x} >> (s < 32 ? s : 31); R[B + ${a}] = x${a}; }`);
      return em.assume(a);
    case Op.SHR_U32:
      em.line(`{ const s = ${count}; x${a} = s < 32 ? ${x} >>> s : 0; R[B + ${a}] = x${a}; }`);
      return em.assume(a);
    case Op.NEG_I32: return em.w(a, `-${x} | 0`);
    case Op.NEG_U32: return em.w(a, `-${x} >>> 0`);
    case Op.COM_I32: return em.w(a, `~${x}`);
    case Op.COM_U32: return em.w(a, `~${x} >>> 0`);
    default:
      throw new Error(`int32: ${op}`);
  }
}

export function convert(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b] = [s.w(1), s.w(2)];
  const x = em.r(b);
  const wrap = (fast: string, bits: number, signed: boolean) =>
    em.w(a, `${x} === ${x} ? ${fast} : wrapBig(R, big, B + ${b}, ${bits}, ${signed})`);
  switch (op) {
    case Op.WRAP_I8: return wrap(`(${x} << 24) >> 24`, 8, true);
    case Op.WRAP_U8: return wrap(`${x} & 0xff`, 8, false);
    case Op.WRAP_I16: return wrap(`(${x} << 16) >> 16`, 16, true);
    case Op.WRAP_U16: return wrap(`${x} & 0xffff`, 16, false);
    case Op.WRAP_I32: return wrap(`${x} | 0`, 32, true);
    case Op.WRAP_U32: return wrap(`${x} >>> 0`, 32, false);
    case Op.WRAP_I64:
      return unaryExact(s, `${x} === ${x}`, x, `setI64(R, big, B + ${a}, getBig(R, big, B + ${b}))`);
    case Op.WRAP_U64:
      return unaryExact(s, `${x} >= 0`, x, `setU64(R, big, B + ${a}, getBig(R, big, B + ${b}))`);
    case Op.I2F64: return em.w(a, `${x} === ${x} ? ${x} + 0 : Number(getBig(R, big, B + ${b}))`);
    case Op.I2F32: return em.w(a, `Math.fround(${x} === ${x} ? ${x} + 0 : Number(getBig(R, big, B + ${b})))`);
    case Op.F2I64:
    case Op.F2U64:
      em.line(em.reload(a, `${op === Op.F2I64 ? 'f2i64' : 'f2u64'}(R, big, B + ${a}, ${x})`));
      return em.assume(a);
    case Op.F2F32: return em.w(a, `Math.fround(${x})`);
    default:
      throw new Error(`convert: ${op}`);
  }
}

export function float(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const x = em.r(b);
  if (op === Op.NEG_F) return em.w(a, `-${x}`);
  const y = em.r(c);
  switch (op) {
    case Op.ADD_F64: return em.w(a, `${x} + ${y}`);
    case Op.SUB_F64: return em.w(a, `${x} - ${y}`);
    case Op.MUL_F64: return em.w(a, `${x} * ${y}`);
    case Op.DIV_F64: return em.w(a, `${x} / ${y}`);
    case Op.ADD_F32: return em.w(a, `Math.fround(${x} + ${y})`);
    case Op.SUB_F32: return em.w(a, `Math.fround(${x} - ${y})`);
    case Op.MUL_F32: return em.w(a, `Math.fround(${x} * ${y})`);
    case Op.DIV_F32: return em.w(a, `Math.fround(${x} / ${y})`);
    default:
      throw new Error(`float: ${op}`);
  }
}

/** The JS operator of a comparison opcode. */
const relation: Partial<Record<number, string>> = {
  [Op.EQ_I]: '===', [Op.NE_I]: '!==', [Op.LT_I]: '<', [Op.LE_I]: '<=',
  [Op.EQ_F]: '===', [Op.NE_F]: '!==', [Op.LT_F]: '<', [Op.LE_F]: '<=',
};

export function compare(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const x = em.r(b);
  if (op === Op.NOT) return em.w(a, `${x} === 0 ? 1 : 0`);
  const y = em.r(c);
  const rel = relation[op]!;
  if (op === Op.EQ_F || op === Op.NE_F || op === Op.LT_F || op === Op.LE_F) return em.w(a, `${x} ${rel} ${y} ? 1 : 0`);
  em.w(a, `(${x} === ${x} && ${y} === ${y} ? ${x} ${rel} ${y} : getBig(R, big, B + ${b}) ${rel} getBig(R, big, B + ${c})) ? 1 : 0`);
}
