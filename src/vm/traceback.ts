// Goroutine tracebacks as Go prints them (runtime/traceback.go), from the VM's frame records.
//
// Design
//   A goroutine prints as a header `goroutine N [status]:` (the wait reason when it waits), then
//   one entry per frame, newest first: `pkg.func(...)` and a tab-indented `file:line +0xpc`.
//   Runtime functions and compiler-made wrappers (defer and go thunks, method wrappers) are left
//   out, as GOTRACEBACK=single leaves them out. A goroutine other than main ends with
//   `created by pkg.func` and the position of the `go` statement. At most 100 frames print.
//
//   The line of a frame is the line of the instruction it is executing: for the top frame of a
//   running goroutine, and for a frame interrupted by a panic or a native (a deferred call run
//   by the panic, or a callback, is above it), that is the instruction at its pc (where it
//   faulted, panicked or called the native); for every other frame, and the top frame of a
//   parked goroutine, the pc is a return address, so the line is that of the instruction
//   before it (the call, or the blocking operation).
//
//   A frame whose pc is in inlined code prints as several (program.ts logicalFrames): each
//   inlined call innermost first, as `pkg.f(...)` and its line without a pc offset, as Go prints
//   them, then the function itself at the line of the outermost call.
//
// How it differs from Go: arguments print as `...` (Go prints the argument words in hex) and the
// pc offset is a word index into the bytecode, not a machine-code offset. Standard packages'
// frames name Go's GOROOT paths with minigo's own file names and lines.
import type { G } from './goroutine.js';
import { GStatus } from './goroutine.js';
import type { VM } from './vm.js';
import { printhex } from './print.js';
import { funcFileLine, goSourceFile, logicalFrames } from './program.js';

const statusNames: Record<number, string> = {
  [GStatus.Idle]: 'idle',
  [GStatus.Runnable]: 'runnable',
  [GStatus.Running]: 'running',
  [GStatus.Syscall]: 'syscall',
  [GStatus.Waiting]: 'waiting',
  [GStatus.Dead]: 'dead',
  [GStatus.Copystack]: 'copystack',
  [GStatus.Preempted]: 'preempted',
};

/** The status in brackets after `goroutine N`. */
export function gstatusString(g: G): string {
  if (g.status === GStatus.Waiting && g.waitreason !== '') return g.waitreason;
  return statusNames[g.status] ?? '???';
}

/** `goroutine N [status]:`, its frames and its `created by` line. */
export function traceback(vm: VM, g: G): string {
  let s = `goroutine ${g.goid} [${gstatusString(g)}]:\n`;
  const running = g.status === GStatus.Running || g.fatalPanic;
  let n = 0;
  frames: for (let d = g.depth - 1; d >= 0; d--) {
    const f = vm.funcs[g.fnOf[d]!]!;
    if (f.wrapper === true) {
      n++;
      continue;
    }
    const pc = g.pcOf[d]!;
    // At its pc, not a return address: the running top frame, and a frame a panic or a native
    // interrupted (a deferred call, an Error() call or a native's callback sits above it).
    const atPc = d === g.depth - 1 ? running || pc === 0 : g.kindOf[d + 1] !== 0;
    for (const fr of logicalFrames(f, Math.max(0, atPc ? pc : pc - 4))) {
      // Go prints at most 100 frames (traceback.go _TracebackMaxFrames).
      if (++n > 100) {
        s += '...additional frames elided...\n';
        break frames;
      }
      if (fr.name.startsWith('runtime.')) continue;
      const file = goSourceFile(fr.file);
      if (fr.inlined) s += `${fr.name}(...)\n\t${file}:${fr.line}\n`;
      else s += `${fr.name}(${f.argsSize > 0 ? '...' : ''})\n\t${file}:${fr.line} +${printhex(pc)}\n`;
    }
  }
  if (g.gopcFn >= 0) {
    const f = vm.funcs[g.gopcFn]!;
    const { file, line } = funcFileLine(f, g.gopcPc);
    s += `created by ${f.name}\n\t${goSourceFile(file)}:${line} +${printhex(g.gopcPc)}\n`;
  }
  return s;
}

/** Every user goroutine but `except`, in creation order, each after a blank line (tracebackothers). */
export function tracebackothers(vm: VM, except: G | null): string {
  let s = '';
  for (const g of vm.sched.allgs) {
    if (g === except || g.system || g.status === GStatus.Dead || g.status === GStatus.Idle) continue;
    s += '\n' + traceback(vm, g);
  }
  return s;
}
