// runtime's natives: the entry points the code generator calls (shift and complex division
// checks, the runtime's own error values: Go's runtime/complex.go and error.go), and those of
// the package API: the machine's description, the scheduler's entry points (Gosched, Goexit,
// GOMAXPROCS, NumGoroutine: src/runtime/proc.ts), ReadMemStats over the real allocator's
// counters (src/runtime/mstats.ts).
//
// and the collector's entry points: runtime.GC (src/runtime/mgc.ts), SetFinalizer
// (finalizer.ts), runtime/debug's SetGCPercent, SetMemoryLimit and FreeOSMemory.
//
// How it differs from Go: KeepAlive needs no body: the call keeps its argument in a register the
// stack scan sees until the call, which is all KeepAlive promises. FreeOSMemory collects but
// releases nothing (minigo has no scavenger).
import type { NativeFn } from '../../vm/program.js';
import { readMemStats, writeMemStats } from '../../runtime/mstats.js';
import { RuntimePanic } from '../../vm/errors.js';
import { GoexitSignal } from '../../vm/panic.js';
import { traceback, tracebackothers } from '../../vm/traceback.js';
import type { VM } from '../../vm/vm.js';
import { setFinalizer } from './finalizer.js';

const encoder = new TextEncoder();

const nop: NativeFn = () => {};

export const runtimeNatives: Record<string, NativeFn> = {
  'runtime.panicshift': () => {
    throw new RuntimePanic('negative shift amount');
  },
  'runtime.errorString.Error': (vm, base) => {
    const p = vm.regs[base]!;
    vm.regs[base] = vm.mem.loadPtr(p);
    vm.regs[base + 1] = vm.mem.load64(p + 8);
  },
  'runtime.errorString.RuntimeError': () => {},
  'runtime.complex128div': (vm, base) => complexdiv(vm.regs, base, false),
  'runtime.complex64div': (vm, base) => complexdiv(vm.regs, base, true),
  'runtime.GC': (vm) => {
    const v = vm as unknown as VM;
    v.gc.userGC(v.sched.getg());
  },
  'runtime.Gosched': (vm) => {
    vm.sched.gosched();
  },
  'runtime.Goexit': () => {
    throw new GoexitSignal();
  },
  'runtime.KeepAlive': nop,
  'runtime.SetFinalizer': setFinalizer,
  'runtime/debug.SetGCPercent': (vm, base) => {
    vm.regs[base] = (vm as unknown as VM).gc.setGCPercent(vm.regs[base]!);
  },
  'runtime/debug.SetMemoryLimit': (vm, base) => {
    const v = vm.regs[base]!;
    const limit = v === v ? v : Number(vm.intBig(base));
    vm.regs[base] = (vm as unknown as VM).gc.setMemoryLimit(limit);
  },
  'runtime/debug.FreeOSMemory': (vm) => {
    const v = vm as unknown as VM;
    v.gc.userGC(v.sched.getg());
  },
  'runtime.LockOSThread': nop,
  'runtime.UnlockOSThread': nop,
  'runtime.Breakpoint': nop,
  'runtime.SetBlockProfileRate': nop,
  'runtime.NumCPU': (vm, base) => {
    vm.regs[base] = 1;
  },
  'runtime.Stack': (vm, base) => {
    // Stack(buf []byte, all bool) int: the caller's traceback, then every other goroutine's.
    const v = vm as unknown as VM;
    const g = v.cur;
    let text = traceback(v, g);
    if (vm.regs[base + 3] !== 0) text += tracebackothers(v, g);
    const b = encoder.encode(text);
    const n = Math.min(b.length, vm.regs[base + 1]!);
    vm.mem.bytes(vm.regs[base]!, n).set(b.subarray(0, n));
    vm.regs[base] = n;
  },
  /** unsafe.Slice's checks (gc's unsafeslice): [ptr, len, elem size]. */
  'runtime.unsafeslice': (vm, base) => {
    const ptr = vm.regs[base]!;
    const len = vm.regs[base + 1]!;
    const mem = len * vm.regs[base + 2]!;
    if (len < 0 || len !== len) throw new RuntimePanic('unsafe.Slice: len out of range');
    // The slice's bytes must fit below the top of the 64-bit address space.
    if (mem > 2 ** 64 - ptr) {
      if (ptr === 0) throw new RuntimePanic('unsafe.Slice: ptr is nil and len is not zero');
      throw new RuntimePanic('unsafe.Slice: len out of range');
    }
    if (ptr === 0 && mem > 0) throw new RuntimePanic('unsafe.Slice: ptr is nil and len is not zero');
  },
  'runtime.inittraceBegin': (vm) => {
    vm.sched.inittrace?.begin();
  },
  'runtime.GOMAXPROCS': (vm, base) => {
    const prev = vm.sched.gomaxprocs;
    const n = vm.regs[base]!;
    if (n > 0 && n !== prev) vm.sched.procresize(Math.min(n, 256));
    vm.regs[base] = prev;
  },
  'runtime.NumGoroutine': (vm, base) => {
    vm.regs[base] = vm.sched.gcount();
  },
  'runtime.NumCgoCall': (vm, base) => {
    vm.regs[base] = 0;
  },
  'runtime.Version': (vm, base) => {
    const [p, n] = vm.newString('go1.19');
    vm.regs[base] = p;
    vm.regs[base + 1] = n;
  },
  'runtime.GOROOT': (vm, base) => {
    const [p, n] = vm.newString('/usr/lib/go-1.19');
    vm.regs[base] = p;
    vm.regs[base + 1] = n;
  },
  'runtime.ReadMemStats': (vm, base) => {
    writeMemStats(vm.mem, vm.regs[base]!, readMemStats(vm.heap));
  },
};

/** runtime/complex.go complex128div. */
function complexdiv(regs: Float64Array, base: number, f32: boolean): void {
  const nr = regs[base]!;
  const ni = regs[base + 1]!;
  const dr = regs[base + 2]!;
  const di = regs[base + 3]!;
  let e: number;
  let f: number;
  if (Math.abs(dr) >= Math.abs(di)) {
    const ratio = di / dr;
    const denom = dr + ratio * di;
    e = (nr + ni * ratio) / denom;
    f = (ni - nr * ratio) / denom;
  } else {
    const ratio = dr / di;
    const denom = di + ratio * dr;
    e = (nr * ratio + ni) / denom;
    f = (ni * ratio - nr) / denom;
  }
  if (e !== e && f !== f) {
    // Go's inf/nan corrections.
    let a = nr;
    let b = ni;
    let c = dr;
    let d = di;
    if (c === 0 && d === 0 && (a === a || b === b)) {
      e = Math.sign(c) < 0 || Object.is(c, -0) ? -Infinity * a : Infinity * a;
      f = (Object.is(c, -0) ? -Infinity : Infinity) * b;
      e = copysign(Infinity, c) * a;
      f = copysign(Infinity, c) * b;
    } else if ((!isFinite(a) || !isFinite(b)) && isFinite(c) && isFinite(d)) {
      a = copysign(isFinite(a) ? 0 : 1, a);
      b = copysign(isFinite(b) ? 0 : 1, b);
      e = Infinity * (a * c + b * d);
      f = Infinity * (b * c - a * d);
    } else if ((!isFinite(c) || !isFinite(d)) && isFinite(a) && isFinite(b)) {
      c = copysign(isFinite(c) ? 0 : 1, c);
      d = copysign(isFinite(d) ? 0 : 1, d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  regs[base] = f32 ? Math.fround(e) : e;
  regs[base + 1] = f32 ? Math.fround(f) : f;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}
