// sync/atomic's natives for integers: with one goroutine running at a time, an atomic
// operation is a plain load, store or read-modify-write of the simulated memory.
//
// How it differs from Go: Go uses LOCK-prefixed instructions; minigo's VM never runs two
// goroutines at once, so no instruction can interleave with a native.
import type { NativeContext, NativeFn } from '../../../vm/program.js';

type Width = 'i32' | 'u32' | 'i64' | 'u64';

function load(vm: NativeContext, a: number, w: Width): bigint {
  switch (w) {
    case 'i32': return BigInt(vm.mem.loadInt32(a));
    case 'u32': return BigInt(vm.mem.load32(a));
    case 'i64': return vm.mem.loadInt64Big(a);
    case 'u64': return vm.mem.load64Big(a);
  }
}

function store(vm: NativeContext, a: number, w: Width, v: bigint): bigint {
  const bits = w === 'i32' || w === 'u32' ? 32 : 64;
  const signed = w === 'i32' || w === 'i64';
  const r = signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
  if (bits === 32) vm.mem.store32(a, Number(BigInt.asUintN(32, r)));
  else vm.mem.store64Big(a, BigInt.asUintN(64, r));
  return r;
}

function arg(vm: NativeContext, i: number): bigint {
  const v = vm.regs[i]!;
  return v === v ? BigInt(v) : vm.intBig(i);
}

export const atomicNatives: Record<string, NativeFn> = {};
const names: Record<string, Width> = { Int32: 'i32', Uint32: 'u32', Int64: 'i64', Uint64: 'u64', Uintptr: 'u64' };
for (const [name, w] of Object.entries(names)) {
  atomicNatives['sync/atomic.Add' + name] = (vm, base) => {
    const a = vm.regs[base]!;
    vm.setIntBig(base, store(vm, a, w, load(vm, a, w) + arg(vm, base + 1)));
  };
  atomicNatives['sync/atomic.Load' + name] = (vm, base) => {
    vm.setIntBig(base, load(vm, vm.regs[base]!, w));
  };
  atomicNatives['sync/atomic.Store' + name] = (vm, base) => {
    store(vm, vm.regs[base]!, w, arg(vm, base + 1));
  };
  atomicNatives['sync/atomic.Swap' + name] = (vm, base) => {
    const a = vm.regs[base]!;
    const old = load(vm, a, w);
    store(vm, a, w, arg(vm, base + 1));
    vm.setIntBig(base, old);
  };
  atomicNatives['sync/atomic.CompareAndSwap' + name] = (vm, base) => {
    const a = vm.regs[base]!;
    const ok = load(vm, a, w) === arg(vm, base + 1);
    if (ok) store(vm, a, w, arg(vm, base + 2));
    vm.regs[base] = ok ? 1 : 0;
  };
}
