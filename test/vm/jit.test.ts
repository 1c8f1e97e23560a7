// The translated tier (src/vm/jit) against the interpreter, its reference: every test runs the
// same bytecode with translation off and with every function translated on its first entry, and
// expects the same registers, side values, memory, panics, tracebacks and instruction counts.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { program, type AsmFunc, type Ins } from './asm.js';
import { VM, RunStatus } from '../../src/vm/vm.js';
import { Op, opInfo, type OpName } from '../../src/vm/opcodes.js';
import type { JitMode } from '../../src/vm/jit/jit.js';
import { runGolden } from './golden.js';
import { rng } from '../runtime/helpers.js';
import { mathNatives } from '../../src/stdlib/math/natives.js';

interface Outcome {
  status: string;
  regs: number[];
  big: string[];
  out: string;
  /** (status, depth, pc, steps) after each slice when run in slices. */
  slices: string[];
  /** The translation of funcs[0] ('all' mode). */
  source: string;
}

/**
 * Run funcs[0] with args in r0.. under a jit mode, in slices of `slice` instructions; `natives`
 * (math's, by qualified name) are natives 0, 1, ... of the program.
 */
function runAsm(funcs: AsmFunc[], mode: JitMode, args: (number | bigint)[] = [], slice = 1e7, nregs = 16, natives: string[] = []): Outcome {
  const prog = program(funcs);
  for (const name of natives) {
    prog.natives.push(mathNatives[name]!);
    prog.nativeNames.push(name);
  }
  let out = '';
  const vm = new VM(prog, { write: (_fd, b) => (out += new TextDecoder().decode(b)) }, [], { jit: mode });
  const g = vm.initG(null, 0, 0);
  vm.cur = g;
  args.forEach((a, i) => (typeof a === 'bigint' ? vm.setIntBig(i, a) : (g.regs[i] = a)));
  const slices: string[] = [];
  let st: RunStatus;
  for (;;) {
    st = vm.execute(g, slice);
    slices.push(`${RunStatus[st]} d=${g.depth} pc=${g.depth > 0 ? g.pcOf[g.depth - 1] : -1} steps=${vm.steps}`);
    if (st !== RunStatus.Budget) break;
  }
  const regs = Array.from(g.regs.subarray(0, nregs));
  // 'all' must really have run translated code.
  if (mode === 'all' && vm.jit.fns[0] === undefined) throw new Error('not translated');
  const big = g.big.flatMap((b, i) => (b === undefined || i >= nregs || g.regs[i] === g.regs[i] ? [] : [`${i}:${b}`]));
  return { status: RunStatus[st], regs, big, out, slices, source: String(vm.jit.fns[0] ?? '') };
}

/** The outcome must be the interpreter's, bit for bit (Object.is: -0 and NaN count). */
function expectSame(a: Outcome, b: Outcome): void {
  expect(b.status).toBe(a.status);
  expect(b.out).toBe(a.out);
  expect(b.big).toEqual(a.big);
  expect(b.slices).toEqual(a.slices);
  const bits = (r: number[]) => r.map((v) => (Object.is(v, -0) ? '-0' : String(v)));
  expect(bits(b.regs)).toEqual(bits(a.regs));
}

/** The interpreter's outcome, after checking the translated code's against it; and the latter. */
function both(funcs: AsmFunc[], args: (number | bigint)[] = [], slice = 1e7, natives: string[] = []): Outcome {
  const ref = runAsm(funcs, 'off', args, slice, 16, natives);
  const got = runAsm(funcs, 'all', args, slice, 16, natives);
  expectSame(ref, got);
  return { ...ref, source: got.source };
}

const P53 = 2 ** 53;
const signed: (number | bigint)[] = [
  0, 1, -1, 2, 7, -7, 31, 32, 33, 63, 64, 100, 255, 256, -129, 65535, 65536, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, 2 ** 32,
  P53 - 1, -(P53 - 1), 1n << 53n, -(1n << 53n), (1n << 63n) - 1n, -(1n << 63n), 123456789012345,
];
const unsigned: (number | bigint)[] = [0, 1, 2, 7, 63, 64, 65, 2 ** 32 + 5, P53 - 1, 1n << 53n, (1n << 63n) + 9n, (1n << 64n) - 1n, 12345678901234567890n];
const int32s = [0, 1, -1, 2, 7, -7, 31, 32, 33, 255, -129, 65535, 2 ** 31 - 1, -(2 ** 31), 123456789, -98765432];
const uint32s = [0, 1, 2, 7, 31, 32, 33, 255, 65535, 2 ** 31, 2 ** 32 - 1, 3000000000];
const floats = [0, -0, 1, -1, 1.5, -2.75, 0.1, 1e300, -1e-300, 3.4028235e38, 2 ** 63, -(2 ** 63), 2 ** 64, 1e20, Infinity, -Infinity, NaN];

/** Operands of the right type for a register-to-register opcode (registers hold typed values). */
function operandsFor(name: string): (number | bigint)[] {
  if (name === 'NOT') return [0, 1];
  if (/_F(32|64)?$/.test(name) || name.startsWith('F2')) return floats;
  if (name.endsWith('_I32')) return int32s;
  if (name.endsWith('_U32')) return uint32s;
  if (name.endsWith('_U64') || name === 'WRAP_I64') return unsigned;
  return signed;
}

/** Register-to-register opcodes: every one with shape rrr or rr_ from the arithmetic to NOT. */
const regOps = opInfo
  .map((o, i) => ({ ...o, op: i }))
  .filter((o) => (o.shape === 'rrr' || o.shape === 'rr_') && o.op >= Op.ADD_I64 && o.op <= Op.NOT);

describe('translated code computes what the interpreter computes', () => {
  for (const o of regOps) {
    it(`${o.name} on plain, large and exact operands`, () => {
      const r = rng(o.op);
      const vals = operandsFor(o.name);
      const shift = o.name.startsWith('SH');
      for (let k = 0; k < 24; k++) {
        const x = vals[Math.floor(r() * vals.length)]!;
        // A shift count is unsigned (the code generator checks negative counts before).
        const y = shift ? unsigned[Math.floor(r() * unsigned.length)]! : vals[Math.floor(r() * vals.length)]!;
        const code: Ins[] = o.shape === 'rrr' ? [[o.name as OpName, 3, 1, 2]] : [[o.name as OpName, 3, 1]];
        // The result twice: from the register file (RET copies) and through a MOV of the local.
        both([{ name: 'main.f', nregs: 6, nresults: 2, code: [...code, ['MOV', 4, 3], ['MOV', 0, 3], ['MOV', 1, 4], ['RET', 0, 2]] }], [0, x, y]);
      }
    });
  }

  it('ADDK_I64, LOADK, LOADI, MOVN, CLEARN and the branches', () => {
    for (const x of signed) {
      for (const y of [0, 1, -5, 64, 2 ** 31 - 1]) {
        both([{
          name: 'main.f', nregs: 12, consts: [x, 1n << 60n], nresults: 8,
          code: [
            ['ADDK_I64', 2, 1, y], ['LOADK', 3, 0], ['LOADK', 4, 1], ['LOADI', 5, y],
            ['MOVN', 6, 2, 3], ['CLEARN', 2, 1],
            ['LOADI', 9, 0],
            ['JLTK_I', 1, y, 'a'], ['ADDK_I64', 9, 9, 1], 'a',
            ['JGEK_I', 1, y, 'b'], ['ADDK_I64', 9, 9, 2], 'b',
            ['JLT_I', 1, 4, 'c'], ['ADDK_I64', 9, 9, 4], 'c',
            ['JGE_I', 4, 1, 'd'], ['ADDK_I64', 9, 9, 8], 'd',
            ['JT', 5, 'e'], ['ADDK_I64', 9, 9, 16], 'e',
            ['JF', 5, 'f'], ['ADDK_I64', 9, 9, 32], 'f',
            ['MOVN', 0, 2, 8], ['MOV', 7, 9], ['RET', 0, 8],
          ],
        }], [0, x]);
      }
    }
  });

  it('loads and stores of every width, aligned and not, through frame memory', () => {
    const stores: OpName[] = ['STORE_8', 'STORE_16', 'STORE_32', 'STORE_64', 'STORE_F32', 'STORE_F64', 'STORE_SCALAR', 'STORE_PTR'];
    const loads: OpName[] = ['LOAD_U8', 'LOAD_I8', 'LOAD_U16', 'LOAD_I16', 'LOAD_U32', 'LOAD_I32', 'LOAD_U64', 'LOAD_I64', 'LOAD_F32', 'LOAD_F64', 'LOAD_PTR'];
    for (const st of stores) {
      for (const off of [0, 1, 3, 8]) {
        for (const x of [-1, 0x1234567, 2 ** 40 + 3, -2.5, (1n << 64n) - 2n, 1n << 62n]) {
          if (st === 'STORE_PTR' && typeof x === 'bigint') continue;
          both([{
            name: 'main.f', nregs: 16, frameMem: 32, nresults: 12,
            code: [
              ['ADDR_FP', 2, 0], ['MEMCLR', 2, 32], [st, 2, 1, off],
              ...loads.map((l, i): Ins => [l, 3 + i, 2, off]),
              ['MOVN', 0, 3, 11], ['RET', 0, 12],
            ],
          }], [0, x]);
        }
      }
    }
  });

  it('a nil dereference, a bounds failure and a division by zero panic at the same instruction', () => {
    const cases: Ins[][] = [
      [['LOADI', 2, 0], ['LOAD_F64', 3, 2, 8]],
      [['LOADI', 2, 0], ['STORE_32', 2, 1, 0]],
      [['LOADI', 2, 0], ['NILCHK', 2]],
      [['LOADI', 2, 5], ['LOADI', 4, 3], ['INDEX', 3, 2, 2, 8, 4]],
      [['LOADI', 2, 0], ['DIV_I64', 3, 1, 2]],
      [['LOADI', 2, 0], ['REM_I32', 3, 1, 2]],
      [['LOADI', 2, 0], ['CALLI', 2, 3]],
    ];
    for (const c of cases) {
      const o = both([{ name: 'main.f', nregs: 8, code: [['ADDK_I64', 1, 1, 1], ...c, ['RET', 0, 0]] }], [0, 41]);
      expect(o.status).toBe('Panicked');
      expect(o.out).toMatch(/^panic: runtime error: /);
    }
  });

  it('calls: direct recursion, closures through CALLI, results in the caller\'s window', () => {
    const fib: AsmFunc = {
      name: 'main.fib', nregs: 5, nresults: 1,
      code: [['JGEK_I', 0, 2, 'rec'], ['RET', 0, 1], 'rec', ['ADDK_I64', 1, 0, -1], ['CALL', 1, 1], ['ADDK_I64', 2, 0, -2], ['CALL', 1, 2], ['ADD_I64', 3, 1, 2], ['RET', 3, 1]],
    };
    const main: AsmFunc = {
      name: 'main.main', nregs: 8, frameMem: 8, nresults: 2,
      code: [['MOV', 3, 0], ['CALL', 1, 3], ['ADDR_FP', 4, 0], ['LOADI', 5, 1], ['STORE_64', 4, 5, 0], ['MOV', 6, 0], ['CALLI', 4, 6], ['MOV', 1, 6], ['MOV', 0, 3], ['RET', 0, 2]],
    };
    const o = both([main, fib], [20]);
    expect(o.regs.slice(0, 2)).toEqual([6765, 6765]);
  });
});

describe('translated code stops where the interpreter stops', () => {
  // sum(n) with an inner call per iteration: back-edges, calls and returns in every slice.
  const loop: AsmFunc[] = [
    {
      name: 'main.main', nregs: 8, nresults: 1,
      code: [['LOADI', 1, 0], ['LOADI', 2, 0], 'top', ['JGE_I', 2, 0, 'end'], ['MOV', 4, 2], ['CALL', 1, 4], ['ADD_I64', 1, 1, 4], ['ADDK_I64', 2, 2, 1], ['JMP', 'top'], 'end', ['MOV', 0, 1], ['RET', 0, 1]],
    },
    { name: 'main.sq', nregs: 2, nresults: 1, code: [['MUL_I64', 1, 0, 0], ['RET', 1, 1]] },
  ];

  for (const slice of [1, 2, 3, 5, 7, 64, 999]) {
    it(`in slices of ${slice} instructions: same pcs, depths and instruction counts`, () => {
      const o = both(loop, [300], slice);
      expect(o.regs[0]).toBe((299 * 300 * 599) / 6);
    });
  }

  // math.Sqrt, Floor, Ceil, Trunc and Abs of (i-7)/4 and of the argument (NaN, ±0, ±Inf) in a
  // loop: computed inline, each CALLN is one instruction in the middle of its block, and r2, r8
  // and r13 stay held across them.
  const mathNames = ['math.Sqrt', 'math.Floor', 'math.Ceil', 'math.Trunc', 'math.Abs'];
  const math: AsmFunc[] = [
    {
      name: 'main.main', nregs: 16, nresults: 1,
      code: [
        ['LOADI', 1, 0], ['LOADI', 8, 4], ['I2F64', 8, 8], 'top', ['JGE_I', 1, 0, 'end'],
        ['ADDK_I64', 3, 1, -7], ['I2F64', 5, 3], ['DIV_F64', 5, 5, 8],
        ['MOV', 6, 5], ['CALLN', 0, 6], ['MOV', 7, 5], ['CALLN', 1, 7], ['MOV', 9, 5], ['CALLN', 2, 9],
        ['MOV', 10, 5], ['CALLN', 3, 10], ['MOV', 11, 5], ['CALLN', 4, 11],
        ['ADD_F64', 2, 2, 7], ['ADD_F64', 2, 2, 9], ['ADD_F64', 2, 2, 10], ['ADD_F64', 2, 2, 11],
        ['MOV', 12, 13], ['CALLN', 4, 12], ['MOV', 14, 13], ['CALLN', 0, 14], ['MOV', 15, 13], ['CALLN', 2, 15],
        ['ADDK_I64', 1, 1, 1], ['JMP', 'top'], 'end', ['RET', 0, 1],
      ],
    },
  ];
  for (const [arg, n] of [[NaN, 40], [-0, 9], [0, 5], [Infinity, 6], [-Infinity, 3], [-2.5, 12]] as const) {
    it(`math natives inline on ${Object.is(arg, -0) ? '-0' : arg}, in slices: same results, pcs and instruction counts`, () => {
      for (const slice of [1, 2, 3, 5, 7, 13, 64, 1e7]) {
        const o = both(math, [n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, arg], slice, mathNames);
        if (slice === 1e7) {
          expect(o.slices).toEqual([`Done d=0 pc=-1 steps=${5 + n * 26}`]);
          for (const f of ['sqrt', 'floor', 'ceil', 'trunc', 'abs']) expect(o.source).toContain(`Math.${f}(`);
          expect(o.source).not.toContain('N0(');
        }
      }
    });
  }

  it('a recursion deeper than the JS call nesting it allows, in slices', () => {
    const down: AsmFunc = {
      name: 'main.down', nregs: 4, nresults: 1,
      code: [['JGEK_I', 0, 1, 'rec'], ['RET', 0, 1], 'rec', ['ADDK_I64', 1, 0, -1], ['CALL', 0, 1], ['ADDK_I64', 2, 1, 1], ['RET', 2, 1]],
    };
    for (const slice of [1e7, 4999]) expect(both([down], [5000], slice).regs[0]).toBe(5000);
  });
});

describe('Go programs give the same output, panics and tracebacks translated', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minigo-jit-'));
  const programs: Record<string, string> = {
    index: `package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	t := 0
	for i := 0; i < 10; i++ {
		t += get(s, i%3)
	}
	fmt.Println(t)
	fmt.Println(get(s, t))
}
`,
    nilmethod: `package main

type T struct{ a, b int }

func (t *T) sum() int { return t.a + t.b }

func walk(ts []*T) int {
	n := 0
	for _, t := range ts {
		n += t.sum()
	}
	return n
}

func main() {
	ts := []*T{{1, 2}, {3, 4}, nil}
	println(walk(ts[:2]))
	println(walk(ts))
}
`,
    recover: `package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint(r))
		}
	}()
	q = a / b
	return
}

func main() {
	for _, b := range []int{3, 0, -2} {
		fmt.Println(div(17, b))
	}
	var u uint64 = 1<<64 - 1
	x := int64(-1) << 62
	fmt.Println(u/7, u%1000, x*3, x/3, uint32(u)*3, int8(x>>55))
	defer fmt.Println("deferred")
	panic(fmt.Sprintf("boom %d", 42))
}
`,
    goroutines: `package main

import (
	"fmt"
	"sync"
)

func worker(id int, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		s := 0
		for i := 0; i < v; i++ {
			s += i * id
		}
		out <- s
	}
}

func main() {
	in := make(chan int)
	out := make(chan int, 100)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, in, out, &wg)
	}
	for i := 0; i < 60; i++ {
		in <- 1000 + i
	}
	close(in)
	wg.Wait()
	close(out)
	t := 0
	for v := range out {
		t += v
	}
	fmt.Println(t)
	var m sync.Mutex
	m.Unlock()
}
`,
  };
  for (const [name, src] of Object.entries(programs)) {
    it(name, { timeout: 60000 }, () => {
      const path = join(dir, name + '.go');
      writeFileSync(path, src);
      const env = { GOMAXPROCS: '2', GODEBUG: 'schedtrace=1' };
      const ref = runGolden(path, [], { ...env, MINIGO_JIT: 'off' }, ['--seed=7', '--faketime']);
      const got = runGolden(path, [], { ...env, MINIGO_JIT: 'all' }, ['--seed=7', '--faketime']);
      expect(got).toEqual(ref);
      expect(ref.exit).toBe(2);
    });
  }

  it('math_intrinsics.go (golden): math natives computed inline', { timeout: 60000 }, () => {
    const path = join(import.meta.dirname, '../run/math_intrinsics.go');
    const ref = runGolden(path, [], { MINIGO_JIT: 'off' });
    expect(ref.exit).toBe(0);
    expect(runGolden(path, [], { MINIGO_JIT: 'all' })).toEqual(ref);
  });
});
