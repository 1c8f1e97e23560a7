// sync/atomic's natives: Load, Store, Swap, CompareAndSwap and Add on int32, uint32, int64,
// uint64, uintptr and unsafe.Pointer words of the simulated memory.
//
// Design
//   A native runs inside one VM instruction (CALLN), and the scheduler switches goroutines and
//   Ms only between instructions, so each of these read-modify-writes is atomic by construction
//   and all of them are sequentially consistent, as Go's are. A nil addr faults like any other
//   load (nil pointer dereference panic).
//
//   Registers hold values, not bit patterns (src/vm/int64.ts): 32-bit words are plain numbers;
//   a 64-bit word goes through the double fast path while the value and the result are within
//   ±2^53, and through BigInt otherwise. unsafe.Pointer stores go through the VM's pointer-store
//   path (writePointer), where the collector's write barrier will sit.
//
// How it differs from Go: Go compiles these to LOCK-prefixed amd64 instructions.
import type { NativeContext, NativeFn } from '../../../vm/program.js';
import { MAX_SAFE } from '../../../vm/int64.js';
import { writePointer } from '../../../vm/vm.js';
import { procPin, procUnpin } from '../natives.js';

/** How one word type is read and written. */
interface Word {
  /** The word at a (exact number, or NaN when it must be read as a bigint). */
  load(vm: NativeContext, a: number): number;
  loadBig(vm: NativeContext, a: number): bigint;
  /** Store a plain register value. */
  store(vm: NativeContext, a: number, v: number): void;
  /** Wrap v to the type's range and store it; returns the wrapped value. */
  storeBig(vm: NativeContext, a: number, v: bigint): bigint;
  /** Wrap a sum computed in doubles (exact, |v| < 2^54) to the type's range, or NaN if it needs BigInt. */
  wrap(v: number): number;
}

const int32: Word = {
  load: (vm, a) => vm.mem.loadInt32(a),
  loadBig: (vm, a) => BigInt(vm.mem.loadInt32(a)),
  store: (vm, a, v) => vm.mem.store32(a, v >>> 0),
  storeBig: (vm, a, v) => {
    const r = BigInt.asIntN(32, v);
    vm.mem.store32(a, Number(BigInt.asUintN(32, r)));
    return r;
  },
  wrap: (v) => v | 0,
};

const uint32: Word = {
  load: (vm, a) => vm.mem.load32(a),
  loadBig: (vm, a) => BigInt(vm.mem.load32(a)),
  store: (vm, a, v) => vm.mem.store32(a, v >>> 0),
  storeBig: (vm, a, v) => {
    const r = BigInt.asUintN(32, v);
    vm.mem.store32(a, Number(r));
    return r;
  },
  wrap: (v) => v >>> 0,
};

const int64: Word = {
  // -2^53 is a number to loadInt64 but not a plain register value (int64.ts).
  load: (vm, a) => {
    const v = vm.mem.loadInt64(a);
    return v >= -MAX_SAFE ? v : NaN;
  },
  loadBig: (vm, a) => vm.mem.loadInt64Big(a),
  store: (vm, a, v) => vm.mem.store64(a, v),
  storeBig: (vm, a, v) => {
    const r = BigInt.asIntN(64, v);
    vm.mem.store64Big(a, BigInt.asUintN(64, r));
    return r;
  },
  wrap: (v) => (Math.abs(v) <= MAX_SAFE ? v : NaN),
};

const uint64: Word = {
  load: (vm, a) => vm.mem.load64(a),
  loadBig: (vm, a) => vm.mem.load64Big(a),
  store: (vm, a, v) => vm.mem.store64(a, v),
  storeBig: (vm, a, v) => {
    const r = BigInt.asUintN(64, v);
    vm.mem.store64Big(a, r);
    return r;
  },
  wrap: (v) => (v <= MAX_SAFE ? v : NaN),
};

/** Register i as a bigint (its exact value when the register is NaN). */
function argBig(vm: NativeContext, i: number): bigint {
  const v = vm.regs[i]!;
  return v === v ? BigInt(v) : vm.intBig(i);
}

/** The five natives of one word type, under Go's function names. */
function wordNatives(name: string, w: Word): Record<string, NativeFn> {
  return {
    ['sync/atomic.Load' + name]: (vm, base) => {
      const a = vm.regs[base]!;
      const v = w.load(vm, a);
      if (v === v) vm.regs[base] = v;
      else vm.setIntBig(base, w.loadBig(vm, a));
    },
    ['sync/atomic.Store' + name]: (vm, base) => {
      const a = vm.regs[base]!;
      const v = vm.regs[base + 1]!;
      if (v === v) w.store(vm, a, v);
      else w.storeBig(vm, a, vm.intBig(base + 1));
    },
    ['sync/atomic.Swap' + name]: (vm, base) => {
      const a = vm.regs[base]!;
      const old = w.load(vm, a);
      const oldBig = old === old ? 0n : w.loadBig(vm, a);
      const v = vm.regs[base + 1]!;
      if (v === v) w.store(vm, a, v);
      else w.storeBig(vm, a, vm.intBig(base + 1));
      if (old === old) vm.regs[base] = old;
      else vm.setIntBig(base, oldBig);
    },
    ['sync/atomic.CompareAndSwap' + name]: (vm, base) => {
      const a = vm.regs[base]!;
      const cur = w.load(vm, a);
      const old = vm.regs[base + 1]!;
      let equal: boolean;
      if (cur === cur && old === old) equal = cur === old;
      else equal = w.loadBig(vm, a) === argBig(vm, base + 1);
      if (equal) {
        const v = vm.regs[base + 2]!;
        if (v === v) w.store(vm, a, v);
        else w.storeBig(vm, a, vm.intBig(base + 2));
      }
      vm.regs[base] = equal ? 1 : 0;
    },
    ['sync/atomic.Add' + name]: (vm, base) => {
      const a = vm.regs[base]!;
      const cur = w.load(vm, a);
      const delta = vm.regs[base + 1]!;
      const sum = cur === cur && delta === delta ? w.wrap(cur + delta) : NaN;
      if (sum === sum) {
        w.store(vm, a, sum);
        vm.regs[base] = sum;
      } else {
        vm.setIntBig(base, w.storeBig(vm, a, w.loadBig(vm, a) + argBig(vm, base + 1)));
      }
    },
  };
}

export const atomicNatives: Record<string, NativeFn> = {
  ...wordNatives('Int32', int32),
  ...wordNatives('Uint32', uint32),
  ...wordNatives('Int64', int64),
  ...wordNatives('Uint64', uint64),
  ...wordNatives('Uintptr', uint64),
  'sync/atomic.LoadPointer': (vm, base) => {
    vm.regs[base] = vm.mem.loadPtr(vm.regs[base]!);
  },
  'sync/atomic.StorePointer': (vm, base) => {
    writePointer(vm.mem, vm.regs[base]!, vm.regs[base + 1]!);
  },
  'sync/atomic.SwapPointer': (vm, base) => {
    const a = vm.regs[base]!;
    const old = vm.mem.loadPtr(a);
    writePointer(vm.mem, a, vm.regs[base + 1]!);
    vm.regs[base] = old;
  },
  'sync/atomic.CompareAndSwapPointer': (vm, base) => {
    const a = vm.regs[base]!;
    const equal = vm.mem.loadPtr(a) === vm.regs[base + 1]!;
    if (equal) writePointer(vm.mem, a, vm.regs[base + 2]!);
    vm.regs[base] = equal ? 1 : 0;
  },
  'sync/atomic.runtime_procPin': procPin,
  'sync/atomic.runtime_procUnpin': procUnpin,
};
