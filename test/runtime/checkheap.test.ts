import { describe, expect, test } from 'vitest';
import {
  mallocgc,
  newobject,
  readMemStats,
  checkHeap,
  heapProblems,
  finishsweep,
  isSweepDone,
  stackalloc,
  stackfree,
  MHeap,
  MCache,
  MSpanState,
  InternalError,
  type Stack,
} from '../../src/runtime/export_test.js';
import { newHeap, noscan, scan, rng } from './helpers.js';

/**
 * One GC cycle as the collector stage will run it: mark the given objects, start the sweep
 * (sweepgen += 2), flush the mcaches, sweep everything.
 */
function gc(h: MHeap, live: Iterable<number>): void {
  for (const p of live) {
    const s = h.spanOf(p)!;
    s.setMarked(s.objIndex(p));
  }
  h.sweepgen += 2;
  for (const c of h.mcaches) c.prepareForSweep();
  finishsweep(h);
}

const sizes = [1, 3, 8, 12, 16, 24, 40, 100, 512, 1000, 2000, 5000, 20000, 32768, 40000, 100000, 300000];
const types = [null, scan(1, [0]), scan(4, [1, 3]), noscan(48)];

describe('checkHeap', () => {
  test('a fresh heap and an empty mcache are consistent', () => {
    const { h } = newHeap();
    checkHeap(h);
  });

  test('it reports a broken invariant', () => {
    const { h, c } = newHeap();
    mallocgc(c, 64, null, true);
    h.spanOf(mallocgc(c, 64, null, true))!.allocCount++;
    expect(heapProblems(h).some((m) => m.includes('allocCount'))).toBe(true);
    expect(() => checkHeap(h)).toThrow(InternalError);
  });

  for (const seed of [1, 2, 3, 4]) {
    test(`random allocations, frees by GC and stacks (seed ${seed})`, () => {
      const r = rng(seed);
      const h = new MHeap();
      const caches = [new MCache(h), new MCache(h)];
      let objs: { p: number; size: number }[] = [];
      const stacks: { stk: Stack; c: MCache }[] = [];
      for (let round = 0; round < 12; round++) {
        for (let i = 0; i < 400; i++) {
          const c = caches[Math.floor(r() * caches.length)]!;
          const size = sizes[Math.floor(r() * sizes.length)]!;
          const t = types[Math.floor(r() * types.length)]!;
          const p = t === null || t.ptrdata === 0 ? mallocgc(c, size, null, true) : mallocgc(c, Math.ceil(size / t.size) * t.size, t, true);
          // freshly allocated memory reads as zero
          expect(h.mem.load8(p)).toBe(0);
          h.mem.store8(p, 0xab);
          objs.push({ p, size });
          if (r() < 0.05) {
            stacks.push({ stk: stackalloc(h, c, 2048 << Math.floor(r() * 6)), c });
          }
          if (stacks.length > 0 && r() < 0.04) {
            const { stk, c: sc } = stacks.splice(Math.floor(r() * stacks.length), 1)[0]!;
            stackfree(h, sc, stk);
          }
        }
        checkHeap(h);
        // Keep about half; the tiny block holding a kept tiny object is kept whole.
        const keep = objs.filter(() => r() < 0.5);
        const liveBases = new Set(keep.map((o) => h.findObject(o.p)));
        const before = readMemStats(h);
        gc(h, liveBases);
        checkHeap(h);
        const after = readMemStats(h);
        expect(after.HeapObjects).toBe(liveBases.size);
        expect(after.Frees - before.Frees).toBe(before.HeapObjects - liveBases.size);
        let liveBytes = 0;
        for (const b of liveBases) liveBytes += h.spanOf(b)!.elemsize;
        expect(after.HeapAlloc).toBe(liveBytes);
        // every kept object is still allocated; freed ones' spans may be gone
        for (const o of keep) {
          const s = h.spanOf(o.p)!;
          expect(s.state).toBe(MSpanState.InUse);
          expect(s.isFree(s.objIndex(o.p))).toBe(false);
          expect(h.mem.load8(o.p)).toBe(0xab);
        }
        // tiny objects share blocks: keep every object whose block survived
        objs = objs.filter((o) => liveBases.has(h.findObject(o.p)) && h.spanOf(o.p)?.state === MSpanState.InUse);
      }
      // Memory is reused: the heap stays far below the bytes ever allocated.
      const ms = readMemStats(h);
      expect(ms.TotalAlloc).toBeGreaterThan(ms.HeapSys);
      for (const { stk, c } of stacks) stackfree(h, c, stk);
      gc(h, []);
      const end = readMemStats(h);
      expect(end.HeapObjects).toBe(0);
      expect(end.HeapInuse).toBe(0);
      expect(end.StackInuse).toBe(0);
      expect(end.Mallocs).toBe(end.Frees);
      checkHeap(h);
    });
  }

  test('a program that allocates far more than it keeps runs in a flat footprint', () => {
    const { h, c } = newHeap();
    const t = scan(4, [0]);
    let live: number[] = [];
    for (let cycle = 0; cycle < 50; cycle++) {
      for (let i = 0; i < 5000; i++) live.push(newobject(c, t));
      live = live.slice(-1000);
      gc(h, live);
    }
    const ms = readMemStats(h);
    expect(ms.TotalAlloc).toBe(50 * 5000 * 32);
    expect(ms.HeapAlloc).toBe(1000 * 32);
    expect(ms.HeapSys).toBe(4 << 20);
    expect(ms.HeapInuse).toBeLessThanOrEqual(200 * 1024);
    checkHeap(h);
  });

  test('sweep swaps a span\'s two bitmaps: the marks become the alloc bits, the old alloc bits the cleared marks', () => {
    const { h, c } = newHeap();
    const t = scan(2, [0, 1]);
    const objs = Array.from({ length: 100 }, () => newobject(c, t));
    const s = h.spanOf(objs[0]!)!;
    const [alloc, marks] = [s.allocBits, s.gcmarkBits];
    gc(h, objs.filter((_, i) => i % 3 === 0));
    expect(s.allocBits).toBe(marks);
    expect(s.gcmarkBits).toBe(alloc);
    expect(s.gcmarkBits.every((b) => b === 0)).toBe(true);
    expect(s.allocCount).toBe(34);
    checkHeap(h);
  });

  test('it reports a swept span with mark bits, and alloc and mark bits in one array', () => {
    const { h, c } = newHeap();
    const p = newobject(c, scan(2, [0, 1]));
    const s = h.spanOf(p)!;
    s.setMarked(5);
    expect(heapProblems(h).some((m) => m.includes('swept, with mark bits set'))).toBe(true);
    s.gcmarkBits = s.allocBits;
    expect(heapProblems(h).some((m) => m.includes('one array'))).toBe(true);
  });

  test('a span record reused from the free list starts with clear bitmaps', () => {
    const { h, c } = newHeap();
    const t = scan(2, [0, 1]);
    const objs = Array.from({ length: 600 }, () => newobject(c, t));
    const s = h.spanOf(objs[0]!)!;
    gc(h, objs.slice(550)); // the first span empties and goes back to the heap
    expect(s.state).toBe(MSpanState.Dead);
    const again = Array.from({ length: 600 }, () => newobject(c, t));
    const r = h.spanOf(again[again.length - 1]!)!;
    expect(r).toBe(s);
    expect(r.gcmarkBits.every((b) => b === 0)).toBe(true);
    checkHeap(h);
  });

  test('isSweepDone: false while a span waits for sweeping, true after, false again next cycle', () => {
    const { h, c } = newHeap();
    const objs = Array.from({ length: 3000 }, () => mallocgc(c, 16, null, true));
    const cycle = (live: number[]) => {
      for (const p of live) {
        const s = h.spanOf(p)!;
        s.setMarked(s.objIndex(p));
      }
      h.sweepgen += 2;
      for (const mc of h.mcaches) mc.prepareForSweep();
    };
    expect(isSweepDone(h)).toBe(true);
    cycle(objs);
    expect(isSweepDone(h)).toBe(false);
    finishsweep(h);
    expect(isSweepDone(h)).toBe(true);
    cycle(objs.slice(0, 10));
    expect(isSweepDone(h)).toBe(false);
    finishsweep(h);
    expect(isSweepDone(h)).toBe(true);
    checkHeap(h);
  });
});
