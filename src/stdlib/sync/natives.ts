// sync's natives for programs of one goroutine: until the scheduler stage, Lock and Unlock
// (and their RW forms) do nothing and TryLock succeeds, since no other goroutine can hold a
// lock. Go's misuse checks (Unlock of an unlocked Mutex is fatal) are not made yet.
import type { NativeFn } from '../../vm/program.js';

const nop: NativeFn = () => {};
const yes: NativeFn = (vm, base) => {
  vm.regs[base] = 1;
};

export const syncNatives: Record<string, NativeFn> = {
  'sync.Mutex.Lock': nop,
  'sync.Mutex.Unlock': nop,
  'sync.Mutex.TryLock': yes,
  'sync.RWMutex.Lock': nop,
  'sync.RWMutex.Unlock': nop,
  'sync.RWMutex.RLock': nop,
  'sync.RWMutex.RUnlock': nop,
  'sync.RWMutex.TryLock': yes,
  'sync.RWMutex.TryRLock': yes,
};
