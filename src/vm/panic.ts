// defer, panic and recover (Go's runtime/panic.go), on the VM's frame records.
//
// Design
//   A `defer f(args)` statement is compiled as Go 1.19's order pass does for non-open-coded
//   defers: the arguments are evaluated at once into a closure `func() { f(args) }`, and DEFER
//   pushes a record {closure, depth of the deferring frame} on g.defers. So a deferred call
//   never has arguments, and running one is "call this func value".
//
//   Normal return: each function with defers ends in an epilogue `RUNDEFERS; RET`. RUNDEFERS
//   (deferreturn) pops the newest record if it belongs to the current frame and calls it with
//   the return address pointing at the RUNDEFERS itself, so the next one runs when it returns;
//   when none is left it falls through to RET.
//
//   Panic (gopanic), step by step:
//     1. Push a PanicRecord (the value, as an interface{}: type word, data word).
//     2. Pop the newest defer record. If there is none, the panic is fatal: print the panic
//        chain and the traceback (printpanics), the goroutine ends, the program exits 2.
//     3. Call the deferred closure on top of the panicking frames (they are not unwound yet, so
//        a traceback from inside it shows them) with frame kind 1, and remember its depth in the
//        panic record.
//     4. When that call returns (RET sees kind 1): if recover() was called, unwind to the frame
//        that deferred the call, drop the panics that recovery aborts, and resume that frame at
//        its recovery point: its epilogue, which runs its remaining defers and returns the
//        current values of its named results. Else go to step 2.
//   recover() returns the panic value only when called directly by the deferred call of step 3
//   (its frame has kind 1 and is the one the panic is running), or by the function a
//   compiler-made wrapper of it calls, and the panic is not recovered yet.
//
//   Printing an unrecovered panic (printpanics) first runs preprintpanics: a value with an
//   Error() or String() method prints as its result, so that method is called as a frame of kind
//   2 on the dying goroutine, and its return resumes the printing.
//
//   Because the loop's locals must be reloaded after frames change under it, these functions
//   finish by throwing PanicUnwind (or PanicFatal), which run() catches before re-entering the
//   loop. Panics are rare; the throw costs nothing on the normal path.
//
// How it differs from Go: no open-coded defers (every defer is a heap record), and recovery
// resumes at an epilogue the code generator emits instead of at a deferreturn call site
// reached by a faked return from deferproc; the observable behaviour is the same.
import { MemoryFault, PlainPanic, InternalError } from '../runtime/error.js';
import type { G, PanicRecord } from './goroutine.js';
import { GStatus } from './goroutine.js';
import type { VM } from './vm.js';
import { printfloat, printhex, printcomplex } from './print.js';
import { _StackGuard } from '../runtime/stack.js';
import { errorMethodKey } from './iface.js';
import { traceback } from './traceback.js';

/** Thrown after frames were rearranged: run() re-enters the loop with this budget. */
export class PanicUnwind {
  constructor(readonly budget: number) {}
}

/** Thrown when a panic is not recovered: the goroutine is dead, run() returns Panicked. */
export class PanicFatal {}

/** Thrown by the runtime.Goexit native; run() starts goexit. */
export class GoexitSignal {}

/** Thrown when Goexit has run every deferred call: run() returns Done. */
export class GoexitDone {}

/** Kinds of frame (g.kindOf). */
export const FrameKind = {
  Normal: 0,
  /** A deferred call run by a panic. */
  PanicDefer: 1,
  /** An Error()/String() call made to print an unrecovered panic's value. */
  PreprintPanic: 2,
  /** A call a native made through VM.callGo: its return ends the nested loop. */
  NativeCall: 3,
} as const;

const stringMethodKey = 'String|func()(string)';

interface RunningPanic extends PanicRecord {
  /** Not a panic but runtime.Goexit running the deferred calls; recover() does not see it. */
  goexit?: boolean;
  /** Depth of the deferred call this panic is running, or -1. */
  callDepth: number;
  /** Depth of the frame that deferred that call. */
  deferDepth: number;
}

/** Push a call of the func value fn on top of g's frames (frame kind `kind`). */
function pushDeferCall(vm: VM, g: G, fn: number, kind: number): void {
  const top = g.depth - 1;
  const caller = vm.funcs[g.fnOf[top]!]!;
  const fi = vm.mem.loadPtr(fn);
  const callee = vm.funcs[fi]!;
  const nb = g.baseOf[top]! + caller.nregs;
  const fp = g.fpOf[top]!;
  if (fp - callee.stackFrameSize < g.stack.lo + _StackGuard) {
    g.growStack(vm.heap, vm.mcache, vm.funcs, fp, callee.stackFrameSize, null, 0);
  }
  g.growRegs(nb + callee.nregs + 16);
  const d = g.depth;
  g.growFrames(d + 1);
  g.fnOf[d] = fi;
  g.pcOf[d] = 0;
  g.baseOf[d] = nb;
  g.fpOf[d] = g.fpOf[top]! - callee.stackFrameSize;
  g.ctxOf[d] = fn;
  g.kindOf[d] = kind;
  g.depth = d + 1;
  if (callee.frameMem > 0) vm.mem.memclr(g.fpOf[d]!, callee.frameMem);
}

/** deferreturn: run the newest deferred call of the top frame; RUNDEFERS runs again after it. */
export function deferreturn(vm: VM, g: G, budget: number): never {
  const rec = g.defers.pop()!;
  pushDeferCall(vm, g, rec.fn, FrameKind.Normal);
  throw new PanicUnwind(budget);
}

/** gopanic with an interface{} value (type word, data word). */
export function gopanic(vm: VM, g: G, typ: number, data: number, budget: number, message?: string, sigpanic?: { addr: number }): never {
  const p: RunningPanic = { typ, data, recovered: false, aborted: false, callDepth: -1, deferDepth: -1 };
  if (message !== undefined) p.message = message;
  if (sigpanic !== undefined) p.sigpanic = sigpanic;
  // A panic inside a deferred call started by an earlier panic aborts that one (it still prints).
  for (const q of g.panics) if (q.recovered === false) q.aborted = true;
  g.panics.push(p);
  runNextDefer(vm, g, budget);
}

/**
 * runtime.Goexit: run every deferred call of the goroutine, newest first, as a panic would but
 * with nothing to recover; then the goroutine ends (GoexitDone).
 */
export function goexit(vm: VM, g: G, budget: number): never {
  g.goexiting = true;
  const p: RunningPanic = { typ: 0, data: 0, recovered: false, aborted: false, callDepth: -1, deferDepth: -1, goexit: true };
  g.panics.push(p);
  runNextDefer(vm, g, budget);
}

function runNextDefer(vm: VM, g: G, budget: number): never {
  const p = g.panics[g.panics.length - 1] as RunningPanic;
  const rec = g.defers.pop();
  if (rec === undefined) {
    if (p.goexit === true) {
      g.panics.length = 0;
      g.depth = 0;
      throw new GoexitDone();
    }
    fatalpanic(vm, g);
  }
  p.deferDepth = rec.depth;
  pushDeferCall(vm, g, rec.fn, FrameKind.PanicDefer);
  p.callDepth = g.depth - 1;
  throw new PanicUnwind(budget);
}

/** A deferred call run by a panic returned (RET of a kind-1 frame). g.depth is already popped. */
export function continueAfterDefer(vm: VM, g: G, budget: number): never {
  const p = g.panics[g.panics.length - 1] as RunningPanic | undefined;
  if (p === undefined) throw new InternalError('deferred call returned without a panic');
  p.callDepth = -1;
  if (!p.recovered) runNextDefer(vm, g, budget);
  // Recovery: unwind to the frame that deferred the call and resume at its epilogue.
  const depth = p.deferDepth;
  g.panics.pop();
  // Drop panics whose deferred calls recovery unwound (Go removes aborted panics here).
  while (g.panics.length > 0) {
    const q = g.panics[g.panics.length - 1] as RunningPanic;
    if (q.callDepth > depth || q.callDepth === -1) g.panics.pop();
    else break;
  }
  while (g.defers.length > 0 && g.defers[g.defers.length - 1]!.depth > depth) g.defers.pop();
  g.depth = depth + 1;
  const f = vm.funcs[g.fnOf[depth]!]!;
  if (f.recoverPc < 0) throw new InternalError(`no recovery point in ${f.name}`);
  g.pcOf[depth] = f.recoverPc;
  throw new PanicUnwind(budget);
}

/** recover() in the frame at depth d. */
export function gorecover(vm: VM, g: G, d: number): [number, number] {
  const p = g.panics[g.panics.length - 1] as RunningPanic | undefined;
  if (p === undefined || p.recovered || p.goexit === true) return [0, 0];
  // Called directly by the deferred call, or by the function a compiler-made wrapper calls.
  const direct = p.callDepth === d;
  const viaWrapper = p.callDepth === d - 1 && vm.funcs[g.fnOf[d - 1]!]!.wrapper === true;
  if (!direct && !viaWrapper) return [0, 0];
  void FrameKind;
  p.recovered = true;
  return [p.typ, p.data];
}

/**
 * A run-time error (MemoryFault, PlainPanic) in the top frame: start a Go panic whose value is a
 * runtime.Error (gopanic throws PanicUnwind or PanicFatal).
 */
export function startPanic(vm: VM, g: G, e: MemoryFault | PlainPanic, budget: number): never {
  let message: string;
  let sig: { addr: number } | undefined;
  if (e instanceof MemoryFault) {
    if (!e.isNilDeref) throw e;
    message = 'runtime error: invalid memory address or nil pointer dereference';
    sig = { addr: e.addr };
  } else {
    message = e.message;
  }
  const [ptr, len] = vm.newString(message);
  const errType = e instanceof PlainPanic && !e.runtimeError ? vm.plainErrorType : vm.runtimeErrorType;
  const data = vm.boxString(ptr, len);
  gopanic(vm, g, errType, data, budget, message, sig);
}

/**
 * preprintpanics: a panic value whose type has an Error() or String() method prints as that
 * method's result. Running the method is Go code, so it is called as a frame of kind
 * PreprintPanic on top of the goroutine; its RET lands in `continuePreprint`, which stores the
 * text and comes back here. Returns only when every panic value has its text.
 */
function preprintpanics(vm: VM, g: G): void {
  for (let i = 0; i < g.panics.length; i++) {
    const p = g.panics[i]!;
    if (p.message !== undefined || p.typ === 0) continue;
    const t = vm.typeAt(p.typ);
    const fi = t?.methods?.get(errorMethodKey) ?? t?.methods?.get(stringMethodKey);
    if (fi === undefined) continue;
    g.preprinting = i;
    const top = g.depth - 1;
    const caller = vm.funcs[g.fnOf[top]!]!;
    const callee = vm.funcs[fi]!;
    const nb = g.baseOf[top]! + caller.nregs;
    g.growRegs(nb + callee.nregs + 16);
    g.regs[nb] = p.data;
    const d = g.depth;
    g.growFrames(d + 1);
    if (g.fpOf[top]! - callee.stackFrameSize < g.stack.lo + _StackGuard) {
      g.growStack(vm.heap, vm.mcache, vm.funcs, g.fpOf[top]!, callee.stackFrameSize, callee, nb);
    }
    g.fnOf[d] = fi;
    g.pcOf[d] = 0;
    g.baseOf[d] = nb;
    g.fpOf[d] = g.fpOf[top]! - callee.stackFrameSize;
    g.ctxOf[d] = 0;
    g.kindOf[d] = FrameKind.PreprintPanic;
    g.depth = d + 1;
    if (callee.frameMem > 0) vm.mem.memclr(g.fpOf[d]!, callee.frameMem);
    throw new PanicUnwind(1 << 30);
  }
}

/** The Error()/String() call of preprintpanics returned its text at register base `res`. */
export function continuePreprint(vm: VM, g: G, res: number): never {
  const p = g.panics[g.preprinting]!;
  p.message = vm.goString(g.regs[res]!, g.regs[res + 1]!);
  g.preprinting = -1;
  fatalpanic(vm, g);
}

/** The panic is not recovered: print it (printpanics + traceback) and end the goroutine. */
function fatalpanic(vm: VM, g: G): never {
  preprintpanics(vm, g);
  let s = '';
  const ps = g.panics.filter((p) => (p as RunningPanic).goexit !== true);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (i > 0) s += '\t';
    s += 'panic: ' + printpanicval(vm, p);
    if (p.recovered) s += ' [recovered]';
    s += '\n';
    if (p.sigpanic !== undefined && i === ps.length - 1) {
      s += `[signal SIGSEGV: segmentation violation code=0x1 addr=${printhex(p.sigpanic.addr)} pc=0x0]\n`;
    }
  }
  s += '\n' + traceback(vm, g);
  vm.printErr(s);
  g.fatalPanic = true;
  g.status = GStatus.Dead;
  throw new PanicFatal();
}

/** The text after `panic: ` for a panic value (printpanicval / printanycustomtype). */
export function printpanicval(vm: VM, p: PanicRecord): string {
  if (p.message !== undefined) return p.message;
  if (p.typ === 0) return 'nil';
  const t = vm.typeAt(p.typ);
  if (t === undefined) return `(${printhex(p.typ)}) ${printhex(p.data)}`;
  const custom = vm.formatBasic(t, p.data);
  if (custom !== null) return custom;
  return `(${t.name}) ${printhex(p.data)}`;
}

export { printfloat, printcomplex, traceback };
