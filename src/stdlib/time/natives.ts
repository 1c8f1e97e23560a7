// time's natives: the clocks, Sleep and the runtime-timer entry points of sleep.go, and the
// package variables the runtime fills in or needs to find.
//
//   now, runtimeNano   the wall clock (Unix seconds, nanoseconds) and nanotime, from the clock
//                      of the run (the host's, or the fake one of --faketime: src/runtime/clock.ts)
//   Sleep              the runtime's timeSleep: the goroutine parks in [sleep] (time.ts)
//   startTimer, stopTimer, resetTimer, modTimer    the runtime's timer operations (timers.ts)
//   startNano          set before initialization to nanotime - 1
//   Local              its address is recorded, for the times sendTime builds
//   tzSet              whether TZ is set (zoneinfo.go: Local's name)
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { timeState } from './timers.js';

function nanotime(vm: NativeContext): number {
  return vm.sched.opts.clock.nanotime();
}

export const timeNatives: Record<string, NativeFn> = {
  'time.now': (vm, base) => {
    const [sec, nsec] = vm.sched.opts.clock.walltime();
    vm.regs[base] = sec;
    vm.regs[base + 1] = nsec;
    vm.regs[base + 2] = nanotime(vm);
  },
  'time.runtimeNano': (vm, base) => {
    vm.regs[base] = nanotime(vm);
  },
  'time.Sleep': (vm, base) => {
    const ns = Number(vm.intBig(base));
    if (ns > 0) timeState(vm).timers.timeSleep(ns);
  },
  'time.startTimer': (vm, base) => {
    timeState(vm).start(vm.regs[base]!);
  },
  'time.stopTimer': (vm, base) => {
    vm.regs[base] = timeState(vm).stop(vm.regs[base]!) ? 1 : 0;
  },
  'time.resetTimer': (vm, base) => {
    vm.regs[base] = timeState(vm).reset(vm.regs[base]!, Number(vm.intBig(base + 1))) ? 1 : 0;
  },
  'time.modTimer': (vm, base) => {
    // t, when, period, f, arg (type, data), seq
    const r = vm.regs;
    timeState(vm).modify(r[base]!, Number(vm.intBig(base + 1)), Number(vm.intBig(base + 2)), r[base + 3]!, r[base + 5]!, Number(vm.intBig(base + 6)));
  },
  'time.startNano': (vm, base) => {
    const s = timeState(vm);
    s.startNanoVar = vm.regs[base]!;
    vm.mem.store64(s.startNanoVar, nanotime(vm) - 1);
  },
  'time.Local': (vm, base) => {
    timeState(vm).localVar = vm.regs[base]!;
  },
  'time.tzSet': (vm, base) => {
    vm.regs[base] = typeof process !== 'undefined' && process.env['TZ'] !== undefined ? 1 : 0;
  },
};
