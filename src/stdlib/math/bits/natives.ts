// math/bits' natives: bit counting and manipulation, and full-width arithmetic, on the VM's
// integer registers (a uint64 beyond 2^53 is a bigint in the side store, vm.intBig).
// 8-, 16- and 32-bit values are plain numbers and use Math.clz32 and 32-bit operators; 64-bit
// ones work on bigints, or on the two 32-bit halves where that is simpler.
//
// How it differs from Go: Go compiles most of these to single instructions; the results are
// the same, and Div/Div64/Rem panic with the same run-time errors.
import type { NativeContext, NativeFn } from '../../../vm/program.js';
import { RuntimePanic } from '../../../vm/errors.js';

const M64 = (1n << 64n) - 1n;
const MAX_SAFE = 9007199254740991n;

function u64(vm: NativeContext, abs: number): bigint {
  return BigInt.asUintN(64, vm.intBig(abs));
}

function setU64(vm: NativeContext, abs: number, v: bigint): void {
  v &= M64;
  if (v <= MAX_SAFE) vm.regs[abs] = Number(v);
  else vm.setIntBig(abs, v);
}

function clz64(x: bigint): number {
  const hi = Number(x >> 32n);
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(Number(x & 0xffffffffn));
}

function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

function ctz64(x: bigint): number {
  const lo = Number(x & 0xffffffffn);
  return lo !== 0 ? ctz32(lo) : 32 + ctz32(Number(x >> 32n));
}

function pop32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function rev32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) >>> 0;
}

function bswap32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

function rotl64(x: bigint, k: number): bigint {
  const s = BigInt(k & 63);
  return ((x << s) | (x >> ((64n - s) & 63n))) & M64;
}

const divideByZero = () => new RuntimePanic('integer divide by zero');
const overflow = () => new RuntimePanic('integer overflow');

const n = (vm: NativeContext, base: number) => vm.regs[base]!;

/** Len8, Len16, Len32: the operand is a plain number below 2^32. */
const len32: NativeFn = (vm, base) => {
  vm.regs[base] = 32 - Math.clz32(n(vm, base));
};

export const bitsNatives: Record<string, NativeFn> = {
  'math/bits.LeadingZeros': (vm, base) => (vm.regs[base] = clz64(u64(vm, base))),
  'math/bits.LeadingZeros64': (vm, base) => (vm.regs[base] = clz64(u64(vm, base))),
  'math/bits.LeadingZeros32': (vm, base) => (vm.regs[base] = Math.clz32(n(vm, base))),
  'math/bits.LeadingZeros16': (vm, base) => (vm.regs[base] = Math.clz32(n(vm, base)) - 16),
  'math/bits.LeadingZeros8': (vm, base) => (vm.regs[base] = Math.clz32(n(vm, base)) - 24),
  'math/bits.TrailingZeros': (vm, base) => (vm.regs[base] = ctz64(u64(vm, base))),
  'math/bits.TrailingZeros64': (vm, base) => (vm.regs[base] = ctz64(u64(vm, base))),
  'math/bits.TrailingZeros32': (vm, base) => (vm.regs[base] = ctz32(n(vm, base))),
  'math/bits.TrailingZeros16': (vm, base) => (vm.regs[base] = Math.min(16, ctz32(n(vm, base)))),
  'math/bits.TrailingZeros8': (vm, base) => (vm.regs[base] = Math.min(8, ctz32(n(vm, base)))),
  'math/bits.OnesCount': (vm, base) => {
    const x = u64(vm, base);
    vm.regs[base] = pop32(Number(x & 0xffffffffn)) + pop32(Number(x >> 32n));
  },
  'math/bits.OnesCount64': (vm, base) => {
    const x = u64(vm, base);
    vm.regs[base] = pop32(Number(x & 0xffffffffn)) + pop32(Number(x >> 32n));
  },
  'math/bits.OnesCount32': (vm, base) => (vm.regs[base] = pop32(n(vm, base))),
  'math/bits.OnesCount16': (vm, base) => (vm.regs[base] = pop32(n(vm, base))),
  'math/bits.OnesCount8': (vm, base) => (vm.regs[base] = pop32(n(vm, base))),
  'math/bits.RotateLeft': (vm, base) => setU64(vm, base, rotl64(u64(vm, base), n(vm, base + 1))),
  'math/bits.RotateLeft64': (vm, base) => setU64(vm, base, rotl64(u64(vm, base), n(vm, base + 1))),
  'math/bits.RotateLeft32': (vm, base) => {
    const x = n(vm, base);
    const s = n(vm, base + 1) & 31;
    vm.regs[base] = ((x << s) | (x >>> ((32 - s) & 31))) >>> 0;
  },
  'math/bits.RotateLeft16': (vm, base) => {
    const x = n(vm, base);
    const s = n(vm, base + 1) & 15;
    vm.regs[base] = ((x << s) | (x >>> (16 - s))) & 0xffff;
  },
  'math/bits.RotateLeft8': (vm, base) => {
    const x = n(vm, base);
    const s = n(vm, base + 1) & 7;
    vm.regs[base] = ((x << s) | (x >>> (8 - s))) & 0xff;
  },
  'math/bits.Reverse': (vm, base) => {
    const x = u64(vm, base);
    setU64(vm, base, (BigInt(rev32(Number(x & 0xffffffffn))) << 32n) | BigInt(rev32(Number(x >> 32n))));
  },
  'math/bits.Reverse64': (vm, base) => {
    const x = u64(vm, base);
    setU64(vm, base, (BigInt(rev32(Number(x & 0xffffffffn))) << 32n) | BigInt(rev32(Number(x >> 32n))));
  },
  'math/bits.Reverse32': (vm, base) => (vm.regs[base] = rev32(n(vm, base))),
  'math/bits.Reverse16': (vm, base) => (vm.regs[base] = rev32(n(vm, base)) >>> 16),
  'math/bits.Reverse8': (vm, base) => (vm.regs[base] = rev32(n(vm, base)) >>> 24),
  'math/bits.ReverseBytes': (vm, base) => {
    const x = u64(vm, base);
    setU64(vm, base, (BigInt(bswap32(Number(x & 0xffffffffn))) << 32n) | BigInt(bswap32(Number(x >> 32n))));
  },
  'math/bits.ReverseBytes64': (vm, base) => {
    const x = u64(vm, base);
    setU64(vm, base, (BigInt(bswap32(Number(x & 0xffffffffn))) << 32n) | BigInt(bswap32(Number(x >> 32n))));
  },
  'math/bits.ReverseBytes32': (vm, base) => (vm.regs[base] = bswap32(n(vm, base))),
  'math/bits.ReverseBytes16': (vm, base) => {
    const x = n(vm, base);
    vm.regs[base] = ((x & 0xff) << 8) | (x >>> 8);
  },
  'math/bits.Len': (vm, base) => (vm.regs[base] = 64 - clz64(u64(vm, base))),
  'math/bits.Len64': (vm, base) => (vm.regs[base] = 64 - clz64(u64(vm, base))),
  'math/bits.Len32': len32,
  'math/bits.Len16': len32,
  'math/bits.Len8': len32,
  'math/bits.Add': (vm, base) => add64(vm, base),
  'math/bits.Add64': (vm, base) => add64(vm, base),
  'math/bits.Add32': (vm, base) => {
    const s = n(vm, base) + n(vm, base + 1) + n(vm, base + 2);
    vm.regs[base] = s >>> 0;
    vm.regs[base + 1] = s > 0xffffffff ? 1 : 0;
  },
  'math/bits.Sub': (vm, base) => sub64(vm, base),
  'math/bits.Sub64': (vm, base) => sub64(vm, base),
  'math/bits.Sub32': (vm, base) => {
    const d = n(vm, base) - n(vm, base + 1) - n(vm, base + 2);
    vm.regs[base] = d >>> 0;
    vm.regs[base + 1] = d < 0 ? 1 : 0;
  },
  'math/bits.Mul': (vm, base) => mul64(vm, base),
  'math/bits.Mul64': (vm, base) => mul64(vm, base),
  'math/bits.Mul32': (vm, base) => {
    const p = BigInt(n(vm, base)) * BigInt(n(vm, base + 1));
    vm.regs[base] = Number(p >> 32n);
    vm.regs[base + 1] = Number(p & 0xffffffffn);
  },
  'math/bits.Div': (vm, base) => div64(vm, base),
  'math/bits.Div64': (vm, base) => div64(vm, base),
  'math/bits.Div32': (vm, base) => {
    const hi = n(vm, base);
    const lo = n(vm, base + 1);
    const y = n(vm, base + 2);
    if (y === 0) throw divideByZero();
    if (y <= hi) throw overflow();
    const z = (BigInt(hi) << 32n) | BigInt(lo);
    vm.regs[base] = Number(z / BigInt(y));
    vm.regs[base + 1] = Number(z % BigInt(y));
  },
  'math/bits.Rem': (vm, base) => rem64(vm, base),
  'math/bits.Rem64': (vm, base) => rem64(vm, base),
  'math/bits.Rem32': (vm, base) => {
    const y = n(vm, base + 2);
    if (y === 0) throw divideByZero();
    const z = (BigInt(n(vm, base)) << 32n) | BigInt(n(vm, base + 1));
    vm.regs[base] = Number(z % BigInt(y));
  },
};

function add64(vm: NativeContext, base: number): void {
  const s = u64(vm, base) + u64(vm, base + 1) + u64(vm, base + 2);
  setU64(vm, base, s);
  vm.regs[base + 1] = s > M64 ? 1 : 0;
}

function sub64(vm: NativeContext, base: number): void {
  const d = u64(vm, base) - u64(vm, base + 1) - u64(vm, base + 2);
  setU64(vm, base, d);
  vm.regs[base + 1] = d < 0n ? 1 : 0;
}

function mul64(vm: NativeContext, base: number): void {
  const p = u64(vm, base) * u64(vm, base + 1);
  const lo = p & M64;
  setU64(vm, base, p >> 64n);
  setU64(vm, base + 1, lo);
}

function div64(vm: NativeContext, base: number): void {
  const hi = u64(vm, base);
  const lo = u64(vm, base + 1);
  const y = u64(vm, base + 2);
  if (y === 0n) throw divideByZero();
  if (y <= hi) throw overflow();
  const z = (hi << 64n) | lo;
  const q = z / y;
  const r = z % y;
  setU64(vm, base, q);
  setU64(vm, base + 1, r);
}

function rem64(vm: NativeContext, base: number): void {
  const y = u64(vm, base + 2);
  if (y === 0n) throw divideByZero();
  const z = ((u64(vm, base) % y) << 64n) | u64(vm, base + 1);
  setU64(vm, base, z % y);
}
