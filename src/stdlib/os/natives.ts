// os' natives: the host calls under sys.go (each returns a count or descriptor and an errno,
// 0 for none), the environment at start, and exiting.
//
// An *os.File is `&File{&file{fd, name, ...}}` (file.go's NewFile has a Go body); the Go side
// passes the descriptor itself to these natives.
//
// How it differs from Go: descriptors 1 and 2 are the host's buffered output; writes to them
// never fail. Descriptor 0 is read through the shared stdin buffer (stdin.ts).
import { writePointer } from '../../runtime/mbarrier.js';
import type { NativeContext, NativeFn } from '../../vm/program.js';
import { ProgramExit } from '../../vm/errors.js';
import { Errno, errnoText, hostOf } from '../../runtime/host.js';
import { stdinOf } from './stdin.js';

function sliceBytes(vm: NativeContext, at: number): Uint8Array {
  const n = vm.regs[at + 1]!;
  return n === 0 ? new Uint8Array(0) : vm.mem.bytes(vm.regs[at]!, n);
}

function setString(vm: NativeContext, at: number, s: string): void {
  const [p, n] = vm.newString(s);
  vm.regs[at] = p;
  vm.regs[at + 1] = n;
}

/** (value, errno) results from a host call's result: a negative value is -errno. */
function result(vm: NativeContext, base: number, r: number): void {
  vm.regs[base] = r < 0 ? 0 : r;
  vm.regs[base + 1] = r < 0 ? -r : 0;
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
      writePointer(mem, arr + 16 * i, p);
      mem.store64(arr + 16 * i + 8, n);
    });
    writePointer(mem, addr, arr);
    mem.store64(addr + 8, args.length);
    mem.store64(addr + 16, args.length);
  },
  /** os.envs: the environment at start, KEY=value. */
  'os.envs': (vm, base) => {
    const addr = vm.regs[base]!;
    const env = hostOf(vm).environ?.() ?? [];
    const mem = vm.mem;
    const strs = env.map((a) => vm.newString(a));
    const arr = env.length === 0 ? 0 : vm.alloc(16 * env.length, true);
    strs.forEach(([p, n], i) => {
      writePointer(mem, arr + 16 * i, p);
      mem.store64(arr + 16 * i + 8, n);
    });
    writePointer(mem, addr, arr);
    mem.store64(addr + 8, env.length);
    mem.store64(addr + 16, env.length);
  },
  /** sysRead(fd int, b []byte) (n int, errno int) */
  'os.sysRead': (vm, base) => {
    const fd = vm.regs[base]!;
    const host = hostOf(vm);
    const b = sliceBytes(vm, base + 1);
    let r: number;
    if (fd === 0) r = stdinOf(host).read(b);
    else if (fd === 1 || fd === 2) r = -Errno.EBADF;
    else r = host.read?.(fd, b) ?? -Errno.EBADF;
    result(vm, base, r);
  },
  /** sysWrite(fd int, b []byte) (n int, errno int) */
  'os.sysWrite': (vm, base) => {
    const fd = vm.regs[base]!;
    const n = vm.regs[base + 2]!;
    if (fd === 0) {
      result(vm, base, -Errno.EBADF);
      return;
    }
    vm.write(fd, n === 0 ? new Uint8Array(0) : vm.mem.readBytes(vm.regs[base + 1]!, n));
    result(vm, base, n);
  },
  /** sysOpen(name string, flag int, perm uint32) (fd int, errno int) */
  'os.sysOpen': (vm, base) => {
    const host = hostOf(vm);
    const name = vm.goString(vm.regs[base]!, vm.regs[base + 1]!);
    result(vm, base, host.open?.(name, vm.regs[base + 2]!, vm.regs[base + 3]!) ?? -Errno.ENOSYS);
  },
  /** sysClose(fd int) (errno int) */
  'os.sysClose': (vm, base) => {
    const fd = vm.regs[base]!;
    const r = fd <= 2 ? 0 : hostOf(vm).close?.(fd) ?? -Errno.EBADF;
    vm.regs[base] = r < 0 ? -r : 0;
  },
  /** sysSeek(fd int, offset int64, whence int) (off int64, errno int) */
  'os.sysSeek': (vm, base) => {
    const fd = vm.regs[base]!;
    const r = fd <= 2 ? -Errno.ESPIPE : hostOf(vm).seek?.(fd, vm.regs[base + 1]!, vm.regs[base + 2]!) ?? -Errno.ESPIPE;
    result(vm, base, r);
  },
  /** sysRemove(name string) (errno int) */
  'os.sysRemove': (vm, base) => {
    const r = hostOf(vm).remove?.(vm.goString(vm.regs[base]!, vm.regs[base + 1]!)) ?? -Errno.ENOSYS;
    vm.regs[base] = r < 0 ? -r : 0;
  },
  /** sysMkdir(name string, perm uint32) (errno int) */
  'os.sysMkdir': (vm, base) => {
    const r = hostOf(vm).mkdir?.(vm.goString(vm.regs[base]!, vm.regs[base + 1]!), vm.regs[base + 2]!) ?? -Errno.ENOSYS;
    vm.regs[base] = r < 0 ? -r : 0;
  },
  'os.sysGetwd': (vm, base) => setString(vm, base, hostOf(vm).cwd?.() ?? '/'),
  'os.sysTempDir': (vm, base) => setString(vm, base, hostOf(vm).tempDir?.() ?? '/tmp'),
  'os.sysRandom': (vm, base) => {
    vm.regs[base] = hostOf(vm).random32?.() ?? Math.floor(Math.random() * 0x100000000);
  },
  'os.errnoText': (vm, base) => setString(vm, base, errnoText(vm.regs[base]!)),
  'os.Exit': (vm, base) => {
    throw new ProgramExit(vm.regs[base]! | 0);
  },
};
