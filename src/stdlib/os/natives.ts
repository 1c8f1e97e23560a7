// os' natives: writing to the standard files, the environment, exiting.
//
// An *os.File is `&File{&file{fd, name, ...}}` (os.go's NewFile has a Go body), so a native
// finds the descriptor at offset 0 of the `file` the File's only field points to.
//
// How it differs from Go: only descriptors 1 and 2 can be written (the VM's write); there is no
// poll.FD, and a write never fails.
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { ProgramExit } from '../../vm/errors.js';

function fdOf(vm: NativeContext, f: number): number {
  return vm.mem.load64(vm.mem.loadPtr(f));
}

function ok(vm: NativeContext, base: number, n: number): void {
  vm.regs[base] = n;
  vm.regs[base + 1] = 0;
  vm.regs[base + 2] = 0;
}

export const osNatives: Record<string, NativeFn> = {
  /** os.Args: the package variable is filled in before package initialization (its address in base). */
  'os.Args': (vm, base) => {
    const addr = vm.regs[base]!;
    const args = ['/tmp/go-build/exe/main', ...vm.args];
    const mem = vm.mem;
    const strs = args.map((a) => vm.newString(a));
    const arr = vm.alloc(16 * args.length, true);
    strs.forEach(([p, n], i) => {
      mem.storePtr(arr + 16 * i, p);
      mem.store64(arr + 16 * i + 8, n);
    });
    mem.storePtr(addr, arr);
    mem.store64(addr + 8, args.length);
    mem.store64(addr + 16, args.length);
  },
  'os.File.Write': (vm, base) => {
    const n = vm.regs[base + 2]!;
    vm.write(fdOf(vm, vm.regs[base]!), n === 0 ? new Uint8Array(0) : vm.mem.readBytes(vm.regs[base + 1]!, n));
    ok(vm, base, n);
  },
  'os.File.WriteString': (vm, base) => {
    const n = vm.regs[base + 2]!;
    vm.write(fdOf(vm, vm.regs[base]!), n === 0 ? new Uint8Array(0) : vm.mem.readBytes(vm.regs[base + 1]!, n));
    ok(vm, base, n);
  },
  'os.File.Name': (vm, base) => {
    const f = vm.mem.loadPtr(vm.regs[base]!);
    vm.regs[base] = vm.mem.loadPtr(f + 8);
    vm.regs[base + 1] = vm.mem.load64(f + 16);
  },
  'os.File.Fd': (vm, base) => {
    vm.regs[base] = fdOf(vm, vm.regs[base]!);
  },
  'os.Getenv': (vm, base) => {
    const v = process.env[vm.goString(vm.regs[base]!, vm.regs[base + 1]!)] ?? '';
    const [p, n] = vm.newString(v);
    vm.regs[base] = p;
    vm.regs[base + 1] = n;
  },
  'os.Exit': (vm, base) => {
    throw new ProgramExit(vm.regs[base]! | 0);
  },
};
