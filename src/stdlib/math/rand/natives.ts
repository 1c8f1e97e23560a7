// math/rand's natives: the three methods of rngSource (rand.go), and the ziggurat tables as
// natively initialised package variables.
//
// The generator is an additive lagged Fibonacci one over 64-bit words: with feed and tap two
// indexes 334 apart walking down a ring of 607 words, each step stores and returns
// vec[feed] + vec[tap] (mod 2^64) at vec[feed]. Seeding runs a Lehmer generator
// (x ← 48271·x mod 2^31-1, Schrage's method so that it stays in 32 bits) from the seed, discards
// 20 values, and then forms each word from three draws (shifted by 40, 20 and 0 bits) XORed
// with Go's cooked value for that position (tables.ts).
//
// The words are read and written in memory as 32-bit halves, so a step costs two additions and
// a carry; only a result of 2^53 or more becomes a bigint (the VM's exact-integer side store).
//
// How it differs from Go: nothing observable; Go's state lives in the same struct layout.
import type { NativeContext, NativeFn } from '../../../vm/program.js';
import { fe, fn, ke, kn, rngCooked, we, wn } from './tables.js';

const rngLen = 607;
const rngTap = 273;
const int32max = 2147483647;
/** Offsets in rngSource. */
const offTap = 0;
const offFeed = 8;
const offVec = 16;

/** One Lehmer step, x ← 48271·x mod (2^31 - 1), by Schrage's method as Go computes it. */
function seedrand(x: number): number {
  const A = 48271;
  const Q = 44488;
  const R = 3399;
  const hi = Math.trunc(x / Q);
  const lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += int32max;
  return x;
}

function seed(vm: NativeContext, rng: number, s: bigint): void {
  const mem = vm.mem;
  mem.store64(rng + offTap, 0);
  mem.store64(rng + offFeed, rngLen - rngTap);
  s %= BigInt(int32max);
  if (s < 0n) s += BigInt(int32max);
  if (s === 0n) s = 89482311n;
  let x = Number(s);
  for (let i = -20; i < rngLen; i++) {
    x = seedrand(x);
    if (i < 0) continue;
    // u = x1<<40 ^ x2<<20 ^ x3 (each x below 2^31), in 32-bit halves.
    let hi = (x << 8) >>> 0;
    let lo = 0;
    x = seedrand(x);
    hi ^= x >>> 12;
    lo ^= (x << 20) >>> 0;
    x = seedrand(x);
    lo ^= x;
    hi = (hi ^ rngCooked[2 * i]!) >>> 0;
    lo = (lo ^ rngCooked[2 * i + 1]!) >>> 0;
    mem.store64Parts(rng + offVec + 8 * i, lo, hi);
  }
}

/** One step of the generator; leaves the 64-bit result in stepHi/stepLo. */
let stepHi = 0;
let stepLo = 0;
function step(vm: NativeContext, rng: number): void {
  const mem = vm.mem;
  let tap = mem.load64(rng + offTap) - 1;
  if (tap < 0) tap += rngLen;
  let feed = mem.load64(rng + offFeed) - 1;
  if (feed < 0) feed += rngLen;
  mem.store64(rng + offTap, tap);
  mem.store64(rng + offFeed, feed);
  const fa = rng + offVec + 8 * feed;
  const ta = rng + offVec + 8 * tap;
  const lo = mem.load64Lo(fa) + mem.load64Lo(ta);
  const carry = lo > 0xffffffff ? 1 : 0;
  stepLo = lo >>> 0;
  stepHi = (mem.load64Hi(fa) + mem.load64Hi(ta) + carry) >>> 0;
  mem.store64Parts(fa, stepLo, stepHi);
}

/** Write the unsigned value hi·2^32 + lo to integer register abs. */
function setU64(vm: NativeContext, abs: number, hi: number, lo: number): void {
  if (hi < 0x200000) vm.regs[abs] = hi * 4294967296 + lo;
  else vm.setIntBig(abs, (BigInt(hi) << 32n) | BigInt(lo));
}

/** A natively initialised table variable: copy the words of src to the variable at regs[base]. */
function fill32(src: Uint32Array | Float32Array): NativeFn {
  return (vm, base) => {
    const addr = vm.regs[base]!;
    const words = new Uint32Array(src.buffer, src.byteOffset, src.length);
    for (let i = 0; i < words.length; i++) vm.mem.store32(addr + 4 * i, words[i]!);
  };
}

export const randNatives: Record<string, NativeFn> = {
  'math/rand.rngSource.Seed': (vm, base) => {
    seed(vm, vm.regs[base]!, vm.intBig(base + 1));
  },
  'math/rand.rngSource.Int63': (vm, base) => {
    step(vm, vm.regs[base]!);
    setU64(vm, base, stepHi & 0x7fffffff, stepLo);
  },
  'math/rand.rngSource.Uint64': (vm, base) => {
    step(vm, vm.regs[base]!);
    setU64(vm, base, stepHi, stepLo);
  },
  'math/rand.kn': fill32(kn),
  'math/rand.wn': fill32(wn),
  'math/rand.fn': fill32(fn),
  'math/rand.ke': fill32(ke),
  'math/rand.we': fill32(we),
  'math/rand.fe': fill32(fe),
};
