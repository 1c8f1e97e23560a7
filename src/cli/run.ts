// `minigo run FILE.go [args...]`: parse → check → codegen → VM, with `go run`'s observable
// behaviour: the program's stdout and stderr, exit status 0, 2 for an unrecovered panic or a
// fatal error, 1 (and gc's error lines) for a program that does not compile, 3 for minigo's
// own internal errors. Also `assemble` for `minigo build -gcflags=-S`.
//
// Output is buffered per stream and flushed when large and at exit, so a program that prints a
// line at a time does not pay a syscall per line (Go's os.Stdout is unbuffered, but only the
// interleaving of the two streams could tell, and each is kept in order).
import { writeSync } from 'node:fs';
import { checkProgram } from '../compiler/check/program.js';
import { escapeReport, gcFlags } from './escape.js';
import { readSources, stdHost } from './host.js';
import { formatDiagnostic } from '../diagnostics.js';
import { ProgramCompiler } from '../compiler/codegen/package.js';
import { ProgramEscapes } from '../compiler/escape/program.js';
import { VM, RunStatus, type Output } from '../vm/vm.js';
import { FatalError, InternalError } from '../runtime/error.js';
import { traceback } from '../vm/panic.js';
import { disassemble } from '../vm/disasm.js';
import { ProgramExit } from '../vm/errors.js';

class BufferedOutput implements Output {
  private bufs: Uint8Array[][] = [[], [], []];
  private sizes = [0, 0, 0];
  write(fd: number, b: Uint8Array): void {
    this.bufs[fd]!.push(b.slice());
    this.sizes[fd]! += b.length;
    if (this.sizes[fd]! > 1 << 16) this.flush(fd);
  }
  flush(fd: number): void {
    const list = this.bufs[fd]!;
    if (list.length === 0) return;
    const all = Buffer.concat(list);
    let off = 0;
    while (off < all.length) off += writeSync(fd, all, off);
    this.bufs[fd] = [];
    this.sizes[fd] = 0;
  }
  flushAll(): void {
    this.flush(1);
    this.flush(2);
  }
}

/** Check and compile; prints gc's errors and returns null if the program does not compile. */
function compile(files: string[], goflags: readonly string[] = []) {
  const sources = readSources(files);
  if (sources === null) return null;
  const { program, diagnostics } = checkProgram(sources, stdHost);
  if (program === null || diagnostics.length > 0) {
    process.stderr.write('# command-line-arguments\n' + diagnostics.map(formatDiagnostic).join('\n') + '\n');
    return null;
  }
  const m = escapeReport(program, gcFlags(goflags));
  if (m.length > 0) process.stderr.write('# command-line-arguments\n' + m.join('\n') + '\n');
  // The code generator's own run of escape analysis (escape/program.ts says how it differs
  // from the -m report's): where each variable and allocation lives.
  return new ProgramCompiler(program, new ProgramEscapes(program)).compile();
}

/**
 * `minigo run [-gcflags=...] FILE.go [args...]`: returns the exit status. With -gcflags=-m the
 * escape report is printed before the program runs, as `go run -gcflags=-m` does.
 */
export function runCommand(file: string, args: string[], goflags: readonly string[] = []): number {
  const prog = compile([file], goflags);
  if (prog === null) return 1;
  const out = new BufferedOutput();
  const vm = new VM(prog, out, args);
  const g = vm.newG(prog.entry);
  try {
    for (;;) {
      const st = vm.run(g, 1 << 24);
      if (st === RunStatus.Budget) continue;
      out.flushAll();
      return st === RunStatus.Done ? 0 : 2;
    }
  } catch (e) {
    if (e instanceof ProgramExit) {
      out.flushAll();
      return e.code;
    }
    if (e instanceof FatalError) {
      out.flushAll();
      let s = e.report();
      s += '\n' + (e.runtimeFrames ? 'runtime stack:\nruntime.throw(...)\n\n' : '') + traceback(vm, g);
      process.stderr.write(s);
      return 2;
    }
    if (e instanceof InternalError || e instanceof Error) {
      out.flushAll();
      throw e;
    }
    throw e;
  }
}

/**
 * `minigo build -gcflags=-S`: the bytecode of the main package's functions, gc -S style (like
 * gc, which lists only the package it compiles). Returns the exit status.
 */
export function assembleCommand(files: string[]): number {
  const prog = compile(files);
  if (prog === null) return 1;
  const text = prog.funcs.filter((f) => f.name.startsWith('main.')).map((f) => disassemble(f, prog)).join('');
  process.stdout.write(text);
  return 0;
}
