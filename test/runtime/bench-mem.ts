// Micro-benchmark of the address-space accessors and mallocgc (not a test; not timed in CI).
// Run: npx tsx test/runtime/bench-mem.ts
import { AddressSpace, HEAP_BASE, MHeap, MCache, mallocgc, newobject } from '../../src/runtime/export_test.js';

const m = new AddressSpace();
m.sysMap(64 << 20);
const N = 5e7;
const mask = (64 << 20) - 8;

function run(name: string, f: (k: number) => number): void {
  let best = 0;
  for (let r = 0; r < 3; r++) {
    let s = 0;
    const t0 = performance.now();
    for (let k = 0; k < N; k++) s += f(k);
    const rate = N / ((performance.now() - t0) / 1000);
    best = Math.max(best, rate);
    if (s === 0.5) console.log(s);
  }
  console.log(`${name.padEnd(14)} ${(best / 1e6).toFixed(0)} M ops/s`);
}

run('load8', (k) => m.load8(HEAP_BASE + ((k * 4104) & mask)));
run('loadInt32', (k) => m.loadInt32(HEAP_BASE + ((k * 4104) & mask)));
run('load64', (k) => m.load64(HEAP_BASE + ((k * 4104) & mask)));
run('loadInt64', (k) => m.loadInt64(HEAP_BASE + ((k * 4104) & mask)));
run('loadF64', (k) => m.loadF64(HEAP_BASE + ((k * 4104) & mask)));
run('store64', (k) => (m.store64(HEAP_BASE + ((k * 4104) & mask), k), 1));
run('load64Big', (k) => Number(m.load64Big(HEAP_BASE + ((k * 4104) & mask)) & 1n));

const h = new MHeap();
const c = new MCache(h);
const t = { size: 32, ptrdata: 8, gcdata: Uint8Array.of(1) };
for (const [name, f] of [
  ['mallocgc 8 tiny', () => mallocgc(c, 8, null, true)],
  ['newobject 32', () => newobject(c, t)],
] as const) {
  const h2 = new MHeap();
  void h2;
  const M = 2e6;
  const t0 = performance.now();
  for (let i = 0; i < M; i++) f();
  console.log(`${name.padEnd(14)} ${(M / ((performance.now() - t0) / 1000) / 1e6).toFixed(1)} M allocs/s`);
}
