// bytes' natives: the searches, comparisons and case mappings of bytes.go, over the slices'
// bytes in place (the same engines as strings', natives.ts there). A []byte argument is three
// registers (ptr, len, cap); a []byte result likewise.
//
// How it differs from Go: Go uses assembly (internal/bytealg); these are plain loops.
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { count, equalFold, indexOf, lastIndexOf, mapBytes } from '../strings/natives.js';
import { simpleCase, titleCase } from '../unicode/natives.js';

function sliceAt(vm: NativeContext, i: number): Uint8Array {
  const n = vm.regs[i + 1]!;
  return n === 0 ? new Uint8Array(0) : vm.mem.bytes(vm.regs[i]!, n);
}

/** A new []byte holding b, at regs[base..base+2]. */
function returnSlice(vm: NativeContext, base: number, b: Uint8Array): void {
  const p = b.length === 0 ? vm.alloc(1, false) : vm.alloc(b.length, false);
  if (b.length > 0) vm.mem.writeBytes(p, b);
  vm.regs[base] = p;
  vm.regs[base + 1] = b.length;
  vm.regs[base + 2] = b.length;
}

function mapSlice(vm: NativeContext, base: number, f: (r: number) => number): void {
  // Copy first: the mapped result must not alias the input even when nothing changes.
  const s = sliceAt(vm, base).slice();
  returnSlice(vm, base, mapBytes(s, f));
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export const bytesNatives: Record<string, NativeFn> = {
  'bytes.Equal': (vm, base) => {
    const n = vm.regs[base + 1]!;
    vm.regs[base] = n === vm.regs[base + 4]! && (n === 0 || vm.mem.memequal(vm.regs[base]!, vm.regs[base + 3]!, n)) ? 1 : 0;
  },
  'bytes.Compare': (vm, base) => {
    vm.regs[base] = compare(sliceAt(vm, base), sliceAt(vm, base + 3));
  },
  'bytes.Index': (vm, base) => {
    vm.regs[base] = indexOf(sliceAt(vm, base), sliceAt(vm, base + 3));
  },
  'bytes.LastIndex': (vm, base) => {
    vm.regs[base] = lastIndexOf(sliceAt(vm, base), sliceAt(vm, base + 3));
  },
  'bytes.IndexByte': (vm, base) => {
    vm.regs[base] = sliceAt(vm, base).indexOf(vm.regs[base + 3]!);
  },
  'bytes.Count': (vm, base) => {
    vm.regs[base] = count(sliceAt(vm, base), sliceAt(vm, base + 3));
  },
  'bytes.ToUpper': (vm, base) => mapSlice(vm, base, (r) => simpleCase(r, true)),
  'bytes.ToLower': (vm, base) => mapSlice(vm, base, (r) => simpleCase(r, false)),
  'bytes.ToTitle': (vm, base) => mapSlice(vm, base, titleCase),
  'bytes.EqualFold': (vm, base) => {
    const s = sliceAt(vm, base);
    const t = sliceAt(vm, base + 3);
    vm.regs[base] = equalFold(s, t) ? 1 : 0;
  },
};
