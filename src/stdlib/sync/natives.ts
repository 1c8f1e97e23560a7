// sync's natives: the runtime entry points that Go's sync package reaches by linkname
// (runtime/sema.go's sync_runtime_*, proc.go's sync_runtime_canSpin/doSpin/procPin,
// panic.go's sync_throw/sync_fatal). Everything else in package sync is Go (src/stdlib/sync/*.go).
//
// The semaphores and notify lists are src/runtime/sema.ts; a native that sleeps parks the running
// goroutine there, and the VM stops it after the CALLN. The goroutine resumes after the call
// with the operation done (see sema.ts).
//
// How it differs from Go: runtime_canSpin always says no. Go spins only on a multicore machine
// with another P running, and minigo reports one CPU (runtime.NumCPU), where Go never spins
// either; so runtime_doSpin, never reached, does nothing. runtime_nanotime reads the emulated
// clock (DESIGN decision 11: scheduling runs on emulated time), which is what a Mutex's
// starvation threshold measures waiting against.
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { FatalError, fatal } from '../../runtime/error.js';
import { WaitReason } from '../../runtime/runtime2.js';
import {
  notifyListAdd,
  notifyListNotifyAll,
  notifyListNotifyOne,
  notifyListSize,
  notifyListWait,
  semacquire1,
  semrelease1,
} from '../../runtime/sema.js';

/** The Go string argument at register i, as text. */
function str(vm: NativeContext, i: number): string {
  return vm.goString(vm.regs[i]!, vm.regs[i + 1]!);
}

/** runtime_procPin and runtime_procUnpin, which sync/atomic declares too. */
export const procPin: NativeFn = (vm, base) => {
  vm.regs[base] = vm.sched.procPin();
};
export const procUnpin: NativeFn = (vm) => {
  vm.sched.procUnpin();
};

export const syncNatives: Record<string, NativeFn> = {
  'sync.runtime_Semacquire': (vm, base) => {
    semacquire1(vm.sched, vm.mem, vm.regs[base]!, false, WaitReason.Semacquire);
  },
  'sync.runtime_SemacquireMutex': (vm, base) => {
    semacquire1(vm.sched, vm.mem, vm.regs[base]!, vm.regs[base + 1] !== 0, WaitReason.Semacquire);
  },
  'sync.runtime_Semrelease': (vm, base) => {
    semrelease1(vm.sched, vm.mem, vm.regs[base]!, vm.regs[base + 1] !== 0);
  },
  'sync.runtime_notifyListAdd': (vm, base) => {
    vm.regs[base] = notifyListAdd(vm.mem, vm.regs[base]!);
  },
  'sync.runtime_notifyListWait': (vm, base) => {
    notifyListWait(vm.sched, vm.mem, vm.regs[base]!, vm.regs[base + 1]!);
  },
  'sync.runtime_notifyListNotifyAll': (vm, base) => {
    notifyListNotifyAll(vm.sched, vm.mem, vm.regs[base]!);
  },
  'sync.runtime_notifyListNotifyOne': (vm, base) => {
    notifyListNotifyOne(vm.sched, vm.mem, vm.regs[base]!);
  },
  'sync.runtime_notifyListCheck': (vm, base) => {
    const sz = vm.regs[base]!;
    if (sz !== notifyListSize) {
      throw new FatalError('bad notifyList size', [`runtime: bad notifyList size - sync=${sz} runtime=${notifyListSize}`], true);
    }
  },
  'sync.runtime_canSpin': (vm, base) => {
    vm.regs[base] = 0;
  },
  'sync.runtime_doSpin': () => {},
  'sync.runtime_nanotime': (vm, base) => {
    vm.regs[base] = vm.sched.nanotime();
  },
  'sync.runtime_procPin': procPin,
  'sync.runtime_procUnpin': procUnpin,
  'sync.throw': (vm, base) => {
    throw new FatalError(str(vm, base), [], true);
  },
  'sync.fatal': (vm, base) => {
    fatal(str(vm, base));
  },
};
