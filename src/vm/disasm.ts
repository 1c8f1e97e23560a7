// The disassembler: `minigo build -gcflags=-S` output, modelled on gc's -S listing.
//
// gc prints, per function, a header `"".fib STEXT size=N args=0x10 locals=0x18 ...` and one
// line per instruction: offset in hex, offset in decimal, (file:line), mnemonic, operands. minigo
// prints the same columns for its bytecode; the header gives the argument and result bytes
// (gc's args), the frame memory (locals), the register count and the stack frame size charged
// per call. Operands are printed by their shape from the opcode table (opcodes.ts): registers as
// R<n>, immediates as $n, constants with their value, jump targets as offsets, functions, types
// and natives by name.
import { opInfo } from './opcodes.js';
import { funcFileLine, type FuncCode, type VMProgram } from './program.js';

function hex(n: number, w = 4): string {
  return '0x' + n.toString(16).padStart(w, '0');
}

function constText(f: FuncCode, k: number): string {
  const v = f.consts[k]!;
  if (v !== v && f.bigConsts[k] !== undefined) return '$' + f.bigConsts[k]!.toString();
  return '$' + (Number.isInteger(v) && Math.abs(v) > 0xffff ? hex(v, 1) : String(v));
}

/** One function's listing. */
export function disassemble(f: FuncCode, prog?: VMProgram): string {
  let out = `${f.name} STEXT size=${f.code.length * 4} args=${hex(f.argsSize + f.resultsSize, 1)} locals=${hex(f.frameMem, 1)} regs=${f.nregs} frame=${f.stackFrameSize}\n`;
  for (let pc = 0; pc < f.code.length; ) {
    const op = f.code[pc]!;
    const info = opInfo[op];
    if (info === undefined) {
      out += `\t${hex(pc * 4)} ${String(pc * 4).padStart(5, '0')} ??? ${op}\n`;
      pc += 4;
      continue;
    }
    // The position as //line directives left it (program.ts), file shown by its base name.
    const { file, line } = funcFileLine(f, pc);
    const base = file.slice(file.lastIndexOf('/') + 1);
    const operands: string[] = [];
    for (let i = 0; i < info.shape.length; i++) {
      const s = info.shape[i];
      const v = f.code[pc + 1 + i + (i >= 3 ? 0 : 0)]!;
      const word = i < 3 ? f.code[pc + 1 + i]! : f.code[pc + 4 + (i - 3)]!;
      void v;
      switch (s) {
        case 'r':
          operands.push(word < 0 ? '-' : `R${word}`);
          break;
        case 'i':
          operands.push(`$${word}`);
          break;
        case 'k':
          operands.push(constText(f, word));
          break;
        case 'j':
          operands.push(hex(word * 4));
          break;
        case 'f':
          operands.push(prog?.funcs[word]?.name ?? `f${word}`);
          break;
        case 't':
          operands.push(prog?.types[word]?.name ?? `t${word}`);
          break;
        case 'n':
          operands.push(prog?.nativeNames[word] ?? `n${word}`);
          break;
        default:
          break;
      }
    }
    out += `\t${hex(pc * 4)} ${String(pc * 4).padStart(5, '0')} (${base}:${line})\t${info.name}\t${operands.join(', ')}\n`;
    pc += info.width * 4;
  }
  return out;
}
