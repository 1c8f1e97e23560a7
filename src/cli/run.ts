// `minigo run FILE.go [args...]`: parse → check → codegen → VM, with `go run`'s observable
// behaviour: the program's stdout and stderr, exit status 0, 2 for an unrecovered panic or a
// fatal error, 1 (and gc's error lines) for a program that does not compile, 3 for minigo's
// own internal errors. Also `assemble` for `minigo build -gcflags=-S`.
//
// The program's host (output, stdin, files, environment) is runhost.ts's NodeHost.
import { availableParallelism } from 'node:os';
import { checkProgram } from '../compiler/check/program.js';
import { escapeReport, gcFlags } from './escape.js';
import { programCompiler, readSources, stdHost } from './host.js';
import { formatDiagnostic } from '../diagnostics.js';
import { VM } from '../vm/vm.js';
import { NodeHost, nodeClock } from './runhost.js';
import { DeadlockError, type SchedOptions } from '../runtime/proc.js';
import { FakeClock } from '../runtime/clock.js';
import { parseGODEBUG, type DebugVars } from '../runtime/debugvars.js';
import { readGOGC, readGOMEMLIMIT } from '../runtime/mgcpacer.js';
import { tracebackothers } from '../vm/traceback.js';
import { FatalError } from '../runtime/error.js';
import { traceback } from '../vm/panic.js';
import { disassemble } from '../vm/disasm.js';
import { ProgramExit } from '../vm/errors.js';
import type { JitMode } from '../vm/jit/jit.js';

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
  return programCompiler(program).compile();
}

/** What `minigo run` takes besides the file: -gcflags, --seed, --faketime, and the environment. */
type RunOptions = Partial<SchedOptions> & { faketime: boolean; debug?: DebugVars; gcPercent?: number; memoryLimit?: number; jit?: JitMode };

/**
 * MINIGO_JIT: `0` or `off` runs everything in the interpreter, `all` translates every function
 * on its first call (to test the translator), anything else tiers (vm/jit/jit.ts).
 */
function jitMode(v: string | undefined): JitMode {
  if (v === '0' || v === 'off') return 'off';
  return v === 'all' ? 'all' : 'tiered';
}

function runOptions(flags: readonly string[]): { goflags: string[]; opts: RunOptions } | string {
  const goflags: string[] = [];
  const opts: RunOptions = { faketime: false };
  for (const f of flags) {
    const seed = /^--?seed=(.*)$/.exec(f);
    if (seed !== null) {
      const n = Number(seed[1]);
      if (!Number.isInteger(n) || n < 0) return `invalid value ${JSON.stringify(seed[1])} for flag --seed`;
      opts.seed = n;
    } else if (f === '--faketime' || f === '-faketime') opts.faketime = true;
    else goflags.push(f);
  }
  // GOMAXPROCS as the runtime reads it: a positive integer, else the CPU count.
  const env = process.env['GOMAXPROCS'];
  const n = env !== undefined && /^[0-9]+$/.test(env) ? Number(env) : 0;
  opts.gomaxprocs = n > 0 ? Math.min(n, 256) : availableParallelism();
  opts.clock = opts.faketime ? new FakeClock() : nodeClock;
  opts.debug = parseGODEBUG(process.env['GODEBUG']);
  opts.gcPercent = readGOGC(process.env['GOGC']);
  const limit = readGOMEMLIMIT(process.env['GOMEMLIMIT']);
  if (limit === null) return `GOMEMLIMIT=${process.env['GOMEMLIMIT']}: malformed GOMEMLIMIT; see \`go doc runtime/debug.SetMemoryLimit\``;
  opts.memoryLimit = limit;
  opts.jit = jitMode(process.env['MINIGO_JIT']);
  return { goflags, opts };
}

/**
 * `minigo run [-gcflags=...] [--seed N] [--faketime] FILE.go [args...]`: returns the exit
 * status. With -gcflags=-m the escape report is printed before the program runs, as
 * `go run -gcflags=-m` does.
 */
export function runCommand(file: string, args: string[], flags: readonly string[] = []): number {
  const ro = runOptions(flags);
  if (typeof ro === 'string') {
    process.stderr.write(`minigo run: ${ro}\n`);
    return 2;
  }
  const prog = compile([file], ro.goflags);
  if (prog === null) return 1;
  const out = new NodeHost();
  const vm = new VM(prog, out, args, ro.opts);
  const maing = vm.newMainG();
  try {
    const ok = vm.sched.run(maing);
    out.flushAll();
    return ok ? 0 : 2;
  } catch (e) {
    out.flushAll();
    if (e instanceof ProgramExit) return e.code;
    if (e instanceof DeadlockError) {
      process.stderr.write(e.report() + (e.traceAll ? tracebackothers(vm, null) : ''));
      return 2;
    }
    if (e instanceof FatalError) {
      const g = vm.sched.curm.curg ?? maing;
      let s = e.report();
      s += '\n' + (e.runtimeFrames ? 'runtime stack:\nruntime.throw(...)\n\n' : '') + traceback(vm, g);
      process.stderr.write(s);
      return 2;
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
