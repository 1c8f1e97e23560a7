// The -S listing (disasm.ts): one header per function and one line per instruction with offset,
// source line, mnemonic and operands printed by their shapes from the opcode table.
import { describe, expect, it } from 'vitest';
import { program } from './asm.js';
import { disassemble } from '../../src/vm/disasm.js';
import { Op, opInfo, numOps } from '../../src/vm/opcodes.js';

describe('opcode table', () => {
  it('numbers opcodes densely and gives every one a shape of its width', () => {
    expect(Object.keys(Op).length).toBe(numOps);
    for (let i = 0; i < numOps; i++) {
      const info = opInfo[i]!;
      expect((Op as Record<string, number>)[info.name]).toBe(i);
      expect(info.shape.length).toBeLessThanOrEqual(info.width === 1 ? 3 : 7);
      expect(info.shape).toMatch(/^[rikjftn_]*$/);
    }
  });
});

describe('disassembler', () => {
  it('prints gc -S style lines', () => {
    const prog = program([
      {
        name: 'main.fib',
        nregs: 5,
        consts: [1n << 60n],
        nresults: 1,
        code: [['JGEK_I', 0, 2, 'rec'], ['RET', 0, 1], 'rec', ['ADDK_I64', 2, 0, -1], ['CALL', 0, 2], ['LOADK', 3, 0], ['RET', 2, 1]],
      },
    ]);
    const text = disassemble(prog.funcs[0]!, prog);
    expect(text.split('\n')[0]).toMatch(/^main\.fib STEXT size=96 args=0x0 locals=0x0 regs=5 frame=56$/);
    expect(text).toContain('\t0x0000 00000 (asm.go:0)\tJGEK_I\tR0, $2, 0x0020\n');
    expect(text).toContain('\tCALL\tmain.fib, R2\n');
    expect(text).toContain('\tLOADK\tR3, $1152921504606846976\n');
  });
});
