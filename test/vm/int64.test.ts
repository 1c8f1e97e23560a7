// Exact 64-bit integer semantics of the VM's opcodes (DESIGN decision 3), checked against BigInt
// at the boundaries where the double fast path hands over to the exact slow path: ±2^53 and the
// int64/uint64 limits. Each case runs a tiny hand-assembled function `r0 = r1 op r2`.
import { describe, expect, it } from 'vitest';
import { program, type AsmFunc } from './asm.js';
import { VM, RunStatus } from '../../src/vm/vm.js';
import { getBig } from '../../src/vm/int64.js';
import type { OpName } from '../../src/vm/opcodes.js';
import type { JitMode } from '../../src/vm/jit/jit.js';

const P53 = 1n << 53n;
const P63 = 1n << 63n;
const P64 = 1n << 64n;

const signedVals = [0n, 1n, -1n, 2n, -2n, 7n, -7n, P53 - 1n, P53, P53 + 1n, -P53 + 1n, -P53, -P53 - 1n, P63 - 1n, -P63, -P63 + 1n, 1n << 32n, -(1n << 32n) + 3n, 123456789012345n, -987654321098765n];
const unsignedVals = [0n, 1n, 2n, 7n, P53 - 1n, P53, P53 + 1n, P63 - 1n, P63, P63 + 1n, P64 - 1n, P64 - 2n, 1n << 32n, 12345678901234567890n];

/** `r0 = r1 op r2` (or `op r1`), interpreted and translated (src/vm/jit): both must agree. */
function run(op: OpName, x: bigint, y: bigint | null): bigint {
  const a = runIn('off', op, x, y);
  const b = runIn('all', op, x, y);
  if (a !== b) throw new Error(`${op} ${x} ${y}: interpreted ${a}, translated ${b}`);
  return a;
}

function runIn(jit: JitMode, op: OpName, x: bigint, y: bigint | null): bigint {
  const f: AsmFunc = {
    name: 'main.t',
    nregs: 4,
    consts: y === null ? [x] : [x, y],
    nresults: 1,
    code: y === null ? [['LOADK', 1, 0], [op, 0, 1], ['RET', 0, 1]] : [['LOADK', 1, 0], ['LOADK', 2, 1], [op, 0, 1, 2], ['RET', 0, 1]],
  };
  const prog = program([f]);
  const vm = new VM(prog, { write() {} }, [], { jit });
  const g = vm.initG(null, 0, 0);
  const st = vm.run(g, 1000);
  if (st !== RunStatus.Done) throw new Error(`status ${RunStatus[st]}`);
  return getBig(g.regs, g.big, 0);
}

const i64 = (v: bigint) => BigInt.asIntN(64, v);
const u64 = (v: bigint) => BigInt.asUintN(64, v);

const binary: [OpName, (a: bigint, b: bigint) => bigint | null, boolean][] = [
  ['ADD_I64', (a, b) => i64(a + b), true],
  ['SUB_I64', (a, b) => i64(a - b), true],
  ['MUL_I64', (a, b) => i64(a * b), true],
  ['DIV_I64', (a, b) => (b === 0n ? null : i64(a / b)), true],
  ['REM_I64', (a, b) => (b === 0n ? null : i64(a % b)), true],
  ['AND_64', (a, b) => a & b, true],
  ['OR_64', (a, b) => a | b, true],
  ['XOR_64', (a, b) => a ^ b, true],
  ['ANDNOT_64', (a, b) => a & ~b, true],
  ['ADD_U64', (a, b) => u64(a + b), false],
  ['SUB_U64', (a, b) => u64(a - b), false],
  ['MUL_U64', (a, b) => u64(a * b), false],
  ['DIV_U64', (a, b) => (b === 0n ? null : a / b), false],
  ['REM_U64', (a, b) => (b === 0n ? null : a % b), false],
  ['AND_64', (a, b) => a & b, false],
  ['OR_64', (a, b) => a | b, false],
  ['XOR_64', (a, b) => a ^ b, false],
  ['ANDNOT_64', (a, b) => a & ~b, false],
];

describe('64-bit integer opcodes are exact', () => {
  for (const [op, ref, signed] of binary) {
    it(`${op} (${signed ? 'int64' : 'uint64'})`, { timeout: 60000 }, () => {
      const vals = signed ? signedVals : unsignedVals;
      for (const x of vals) {
        for (const y of vals) {
          const want = ref(x, y);
          if (want === null) continue;
          expect(`${x} ${op} ${y} = ${run(op, x, y)}`).toBe(`${x} ${op} ${y} = ${want}`);
        }
      }
    });
  }

  it('MinInt64 / -1 and % -1 wrap as in Go', () => {
    expect(run('DIV_I64', -P63, -1n)).toBe(-P63);
    expect(run('REM_I64', -P63, -1n)).toBe(0n);
  });

  const shifts: [OpName, (a: bigint, s: bigint) => bigint, boolean][] = [
    ['SHL_I64', (a, s) => (s >= 64n ? 0n : i64(a << s)), true],
    ['SHR_I64', (a, s) => (s >= 64n ? (a < 0n ? -1n : 0n) : a >> s), true],
    ['SHL_U64', (a, s) => (s >= 64n ? 0n : u64(a << s)), false],
    ['SHR_U64', (a, s) => (s >= 64n ? 0n : a >> s), false],
  ];
  const counts = [0n, 1n, 7n, 31n, 32n, 33n, 52n, 53n, 54n, 62n, 63n, 64n, 65n, 100n, P53 + 5n];
  for (const [op, ref, signed] of shifts) {
    it(`${op} by counts up to and past 64`, () => {
      for (const x of signed ? signedVals : unsignedVals) {
        for (const s of counts) expect(`${x} ${op} ${s} = ${run(op, x, s)}`).toBe(`${x} ${op} ${s} = ${ref(x, s)}`);
      }
    });
  }

  it('negation and complement', () => {
    for (const x of signedVals) {
      expect(run('NEG_I64', x, null)).toBe(i64(-x));
      expect(run('COM_I64', x, null)).toBe(i64(~x));
    }
    for (const x of unsignedVals) {
      expect(run('NEG_U64', x, null)).toBe(u64(-x));
      expect(run('COM_U64', x, null)).toBe(u64(~x));
    }
  });

  it('conversions between int64 and uint64 and to narrower integers', () => {
    for (const x of signedVals) {
      expect(run('WRAP_U64', x, null)).toBe(u64(x));
      expect(run('WRAP_I32', x, null)).toBe(BigInt.asIntN(32, x));
      expect(run('WRAP_U32', x, null)).toBe(BigInt.asUintN(32, x));
      expect(run('WRAP_I16', x, null)).toBe(BigInt.asIntN(16, x));
      expect(run('WRAP_U8', x, null)).toBe(BigInt.asUintN(8, x));
      expect(run('WRAP_I8', x, null)).toBe(BigInt.asIntN(8, x));
    }
    for (const x of unsignedVals) expect(run('WRAP_I64', x, null)).toBe(i64(x));
  });

  it('comparisons look at the exact values', { timeout: 60000 }, () => {
    const vals = [...signedVals, ...unsignedVals];
    for (const x of vals) {
      for (const y of vals) {
        expect(run('LT_I', x, y)).toBe(x < y ? 1n : 0n);
        expect(run('EQ_I', x, y)).toBe(x === y ? 1n : 0n);
      }
    }
  });
});

describe('float conversions', () => {
  function runF(op: OpName, x: number): bigint {
    const f: AsmFunc = { name: 'main.t', nregs: 3, consts: [x], nresults: 1, code: [['LOADK', 1, 0], [op, 0, 1], ['RET', 0, 1]] };
    const results = (['off', 'all'] as const).map((jit) => {
      const vm = new VM(program([f]), { write() {} }, [], { jit });
      const g = vm.initG(null, 0, 0);
      vm.run(g, 100);
      return getBig(g.regs, g.big, 0);
    });
    if (results[0] !== results[1]) throw new Error(`${op} ${x}: interpreted ${results[0]}, translated ${results[1]}`);
    return results[0]!;
  }
  it('float64 → int64 truncates exactly, out of range gives MinInt64 (amd64)', () => {
    expect(runF('F2I64', 2 ** 62)).toBe(1n << 62n);
    expect(runF('F2I64', -(2 ** 63))).toBe(-P63);
    expect(runF('F2I64', 2 ** 63)).toBe(-P63);
    expect(runF('F2I64', NaN)).toBe(-P63);
    expect(runF('F2I64', -3.9)).toBe(-3n);
    expect(runF('F2I64', 9007199254740993.5)).toBe(9007199254740994n);
  });
  it('float64 → uint64 as gc on amd64', () => {
    expect(runF('F2U64', 2 ** 63)).toBe(P63);
    expect(runF('F2U64', 2 ** 64 - 2048)).toBe(P64 - 2048n);
    expect(runF('F2U64', 3.5)).toBe(3n);
  });
});
