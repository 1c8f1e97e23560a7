// runtime.MemProfileRate and runtime.MemProfile: the package API over the heap profile
// (src/runtime/mprof.ts).
//
// Design
//   MemProfileRate is an ordinary Go variable of package runtime. The code generator gives a
//   standard package's variable that has a native of its name the variable's address before
//   the package initializes it; this native starts the profiler there, with the scheduler's
//   fastrand, its running goroutine and turn end, and the unwinder of runtime.Callers for the
//   stacks. Each mcache's countdown starts with the variable's initial value, as Go's mallocinit
//   draws it before main can change the rate.
//
//   MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool): n records, and when they
//   fit in p, each bucket's published counts and its stack, zero-padded to 32 pcs.
//
// How it differs from Go: programs that never import package runtime allocate without a
// profile, since nothing could read it.
import type { NativeFn } from '../../vm/program.js';
import type { G } from '../../vm/goroutine.js';
import { MemProfiler, defaultMemProfileRate, maxStack } from '../../runtime/mprof.js';
import { allocationStack } from './callers.js';

/** Size of runtime.MemProfileRecord: four int64 counts and Stack0 [32]uintptr. */
const recordSize = 4 * 8 + maxStack * 8;

export const mprofNatives: Record<string, NativeFn> = {
  'runtime.MemProfileRate': (vm, base) => {
    const sched = vm.sched;
    const prof = new MemProfiler(
      vm.mem,
      vm.regs[base]!,
      () => sched.fastrand(),
      () => sched.curm.curg,
      () => {
        sched.turnEnd = true;
      },
      (g) => allocationStack(vm, g as G, maxStack),
    );
    vm.heap.memprof = prof;
    sched.memprof = prof;
    for (const c of vm.heap.mcaches) c.nextSample = prof.nextSample(defaultMemProfileRate);
  },
  'runtime.MemProfile': (vm, base) => {
    const p = vm.regs[base]!;
    const len = vm.regs[base + 1]!;
    const inuseZero = vm.regs[base + 3] !== 0;
    const recs = vm.heap.memprof?.records(inuseZero) ?? [];
    const ok = recs.length <= len;
    if (ok) {
      const mem = vm.mem;
      recs.forEach((b, i) => {
        const r = p + i * recordSize;
        mem.store64(r, b.active.allocBytes);
        mem.store64(r + 8, b.active.freeBytes);
        mem.store64(r + 16, b.active.allocs);
        mem.store64(r + 24, b.active.frees);
        for (let k = 0; k < maxStack; k++) mem.store64(r + 32 + 8 * k, b.stack[k] ?? 0);
      });
    }
    vm.regs[base] = recs.length;
    vm.regs[base + 1] = ok ? 1 : 0;
  },
};
