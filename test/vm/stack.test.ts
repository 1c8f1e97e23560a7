// Goroutine stacks (DESIGN decisions 3 and 6): frames live on a real stack that starts at 2 KiB,
// grows by copying, and every pointer into the old stack — registers in the frame's pointer map
// and frame-memory words in its slot map — is moved with it. Deep recursion works; runaway
// recursion ends with Go's fatal error.
import { describe, expect, it } from 'vitest';
import { program } from './asm.js';
import { VM, RunStatus } from '../../src/vm/vm.js';
import { FatalError } from '../../src/runtime/error.js';

// Each test runs interpreted and with every function translated (src/vm/jit).
for (const jit of ['off', 'all'] as const)
describe(`goroutine stack (jit ${jit})`, () => {
  it('adjusts pointers into the stack when it grows', () => {
    // f(n): frame memory [value, pointer-to-value]; r1 = &value (pointer map), fp+8 = &value
    // (slot map); recurse n-1 (growing the stack many times); then check both still point at
    // this frame's value and read 1000+n through them.
    const prog = program([
      { name: 'main.main', nregs: 3, consts: [3000], nresults: 1, code: [['LOADK', 1, 0], ['CALL', 1, 1], ['MOV', 0, 1], ['RET', 0, 1]] },
      {
        name: 'main.f',
        nregs: 8,
        frameMem: 16,
        ptrRegs: [1, 4],
        ptrSlots: [8],
        nresults: 1,
        code: [
          ['ADDR_FP', 1, 0],
          ['ADDK_I64', 2, 0, 1000],
          ['STORE_64', 1, 2, 0],
          ['STORE_PTR', 1, 1, 8],
          ['JLTK_I', 0, 1, 'base'],
          ['ADDK_I64', 3, 0, -1],
          ['CALL', 1, 3],
          ['JF', 3, 'bad'], // callee reported failure
          'base',
          ['ADDR_FP', 4, 0],
          ['EQ_F', 5, 4, 1],
          ['JF', 5, 'bad'],
          ['LOAD_PTR', 6, 4, 8],
          ['EQ_F', 5, 6, 4],
          ['JF', 5, 'bad'],
          ['LOAD_I64', 6, 1, 0],
          ['ADDK_I64', 7, 0, 1000],
          ['EQ_I', 5, 6, 7],
          ['JF', 5, 'bad'],
          ['LOADI', 0, 1],
          ['RET', 0, 1],
          'bad',
          ['LOADI', 0, 0],
          ['RET', 0, 1],
        ],
      },
    ]);
    const vm = new VM(prog, { write() {} }, [], { jit });
    const g = vm.initG(null, 0, 0);
    const lo0 = g.stack.lo;
    expect(vm.run(g, 1e7)).toBe(RunStatus.Done);
    expect(g.regs[0]).toBe(1);
    expect(g.stack.hi - g.stack.lo).toBeGreaterThanOrEqual(256 * 1024);
    expect(g.stack.lo).not.toBe(lo0);
  });

  it('runs a recursion a million calls deep, and stops and resumes on a budget', { timeout: 60000 }, () => {
    const prog = program([
      { name: 'main.main', nregs: 3, consts: [1000000], nresults: 1, code: [['LOADK', 1, 0], ['CALL', 1, 1], ['MOV', 0, 1], ['RET', 0, 1]] },
      {
        name: 'main.depth',
        nregs: 3,
        nresults: 1,
        code: [['JGEK_I', 0, 1, 'rec'], ['RET', 0, 1], 'rec', ['ADDK_I64', 1, 0, -1], ['CALL', 1, 1], ['ADDK_I64', 1, 1, 1], ['RET', 1, 1]],
      },
    ]);
    const vm = new VM(prog, { write() {} }, [], { jit });
    const g = vm.initG(null, 0, 0);
    let slices = 0;
    let st: RunStatus;
    do {
      st = vm.run(g, 100000);
      slices++;
    } while (st === RunStatus.Budget);
    expect(st).toBe(RunStatus.Done);
    expect(g.regs[0]).toBe(1000000);
    expect(slices).toBeGreaterThan(10);
  });

  it('ends a runaway recursion with Go\'s stack overflow', () => {
    const prog = program([
      { name: 'main.main', nregs: 2, code: [['CALL', 1, 1], ['RET', 0, 0]] },
      { name: 'main.f', nregs: 2, frameMem: 256, code: [['CALL', 1, 1], ['RET', 0, 0]] },
    ]);
    const vm = new VM(prog, { write() {} }, [], { jit });
    const g = vm.initG(null, 0, 0);
    let err: unknown = null;
    try {
      while (vm.run(g, 1e8) === RunStatus.Budget);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FatalError);
    const report = (err as FatalError).report();
    expect(report).toMatch(/^runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]\nfatal error: stack overflow\n$/);
  }, 120000);
});
