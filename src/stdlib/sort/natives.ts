// sort's natives: the length of, and a swap within, a slice held in an `any` (sort.Slice's
// reflectlite.Swapper). The interface's data word points to the boxed slice header.
//
// How it differs from Go: Go's Swapper specializes on the element size; this swaps the bytes
// of the two elements through the address space whatever their type.
import type { NativeFn } from '../../vm/program.js';

export const sortNatives: Record<string, NativeFn> = {
  'sort.length': (vm, base) => {
    const t = vm.typeAt(vm.regs[base]!);
    if (t === undefined || t.elemType === undefined || t.kind !== 23) throw new Error('sort: Slice of a non-slice');
    vm.regs[base] = vm.mem.load64(vm.regs[base + 1]! + 8);
  },
  'sort.swap': (vm, base) => {
    const t = vm.typeAt(vm.regs[base]!)!;
    const size = vm.types[t.elemType!]!.size;
    const arr = vm.mem.loadPtr(vm.regs[base + 1]!);
    const i = vm.regs[base + 2]!;
    const j = vm.regs[base + 3]!;
    if (i === j || size === 0) return;
    const a = arr + i * size;
    const b = arr + j * size;
    const tmp = vm.mem.readBytes(a, size);
    vm.mem.memmove(a, b, size);
    vm.mem.writeBytes(b, tmp);
  },
};
