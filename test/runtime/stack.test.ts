import { describe, expect, test } from 'vitest';
import {
  stackalloc,
  stackfree,
  copystack,
  stackGrowSize,
  shrinkStackSize,
  readMemStats,
  checkHeap,
  mallocgc,
  FatalError,
  GCPhase,
  MSpanState,
  _StackMin,
  _StackCacheSize,
  HEAP_BASE,
} from '../../src/runtime/export_test.js';
import { newHeap } from './helpers.js';

describe('stackalloc / stackfree', () => {
  test('small stacks come from 32 KiB stack spans through the P cache', () => {
    const { h, c } = newHeap();
    const s1 = stackalloc(h, c, _StackMin);
    expect(s1.hi - s1.lo).toBe(2048);
    const span = h.spanOf(s1.lo)!;
    expect(span.state).toBe(MSpanState.Manual);
    expect(span.npages).toBe(4);
    expect(span.elemsize).toBe(2048);
    // The cache took half a cache's worth (8 stacks); the pool span has 16.
    expect(span.allocCount).toBe(8);
    expect(c.stackcache[0]!.size).toBe(7 * 2048);
    const s2 = stackalloc(h, c, 2048);
    expect(h.spanOf(s2.lo)).toBe(span);
    expect(s2.lo).not.toBe(s1.lo);
    expect(readMemStats(h).StackInuse).toBe(_StackCacheSize);
    checkHeap(h);
  });

  test('free then alloc reuses the stack (LIFO)', () => {
    const { h, c } = newHeap();
    const s1 = stackalloc(h, c, 8192);
    stackfree(h, c, s1);
    expect(stackalloc(h, c, 8192)).toEqual(s1);
    checkHeap(h);
  });

  test('without a P, stacks come straight from the pool, and an empty span goes back to the heap', () => {
    const { h } = newHeap();
    const s1 = stackalloc(h, null, 4096);
    expect(h.stats.inStacks).toBe(_StackCacheSize);
    checkHeap(h);
    stackfree(h, null, s1);
    expect(h.stats.inStacks).toBe(0);
    checkHeap(h);
  });

  test('ReadMemStats flushes the stack caches', () => {
    const { h, c } = newHeap();
    const s = stackalloc(h, c, 2048);
    stackfree(h, c, s);
    expect(h.stats.inStacks).toBe(_StackCacheSize);
    expect(readMemStats(h).StackInuse).toBe(0);
    checkHeap(h);
  });

  test('large stacks get a span of their own; during GC a freed one is cached', () => {
    const { h, c } = newHeap();
    const s = stackalloc(h, c, 65536);
    const span = h.spanOf(s.lo)!;
    expect(span.npages).toBe(8);
    expect(span.startAddr).toBe(s.lo);
    checkHeap(h);
    h.gcphase = GCPhase.Mark;
    stackfree(h, c, s);
    checkHeap(h);
    expect(stackalloc(h, c, 65536)).toEqual(s);
    h.gcphase = GCPhase.Off;
    stackfree(h, c, s);
    expect(h.spanOf(s.lo)).toBeNull();
    checkHeap(h);
  });

  test('stacks and heap objects share the page heap', () => {
    const { h, c } = newHeap();
    const x = mallocgc(c, 8, null, true);
    const s = stackalloc(h, c, 2048);
    expect(x).toBe(HEAP_BASE);
    expect(h.spanOf(s.lo)!.startAddr).toBe(HEAP_BASE + 8192);
  });
});

describe('growing a stack', () => {
  test('copystack moves the used part to the top of a stack twice the size', () => {
    const { h, c } = newHeap();
    const old = stackalloc(h, c, 2048);
    const sp = old.hi - 256;
    for (let i = 0; i < 32; i++) h.mem.store64(sp + 8 * i, 1000 + i);
    const newsize = stackGrowSize(old, sp, 0);
    expect(newsize).toBe(4096);
    const { stack, delta } = copystack(h, c, old, sp, newsize);
    expect(stack.hi - stack.lo).toBe(4096);
    expect(delta).toBe(stack.hi - old.hi);
    for (let i = 0; i < 32; i++) expect(h.mem.load64(sp + delta + 8 * i)).toBe(1000 + i);
    checkHeap(h);
  });

  test('a big frame makes the stack grow more than twice', () => {
    const stk = { lo: 0x1000000, hi: 0x1000000 + 2048 };
    expect(stackGrowSize(stk, stk.hi - 1000, 10000)).toBe(16384);
  });

  test('past 1 GB: Go\'s stack overflow', () => {
    const stk = { lo: HEAP_BASE, hi: HEAP_BASE + 512 * 1024 * 1024 };
    try {
      stackGrowSize(stk, stk.lo + 100, 0);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FatalError);
      expect((e as FatalError).report()).toBe(
        'runtime: goroutine stack exceeds 1000000000-byte limit\n' +
          'runtime: sp=0xc000000064 stack=[0xc000000000, 0xc020000000]\n' +
          'fatal error: stack overflow\n',
      );
    }
    expect(stackGrowSize({ lo: 0, hi: 256 << 20 }, 1 << 20, 0)).toBe(512 << 20);
  });

  test('shrinking: half the size when less than a quarter is used', () => {
    const stk = { lo: 0x100000, hi: 0x100000 + 16384 };
    expect(shrinkStackSize(stk, stk.hi - 100)).toBe(8192);
    expect(shrinkStackSize(stk, stk.hi - 8000)).toBe(0);
    expect(shrinkStackSize({ lo: 0, hi: 2048 }, 2000)).toBe(0);
  });

  test('repeated growth from 2 KiB to 1 MiB keeps the data and the heap consistent', () => {
    const { h, c } = newHeap();
    let stk = stackalloc(h, c, 2048);
    let sp = stk.hi - 64;
    h.mem.store64(sp, 77);
    while (stk.hi - stk.lo < 1 << 20) {
      const { stack, delta } = copystack(h, c, stk, sp, stackGrowSize(stk, sp, 0));
      stk = stack;
      sp += delta;
      checkHeap(h);
    }
    expect(h.mem.load64(sp)).toBe(77);
    stackfree(h, c, stk);
    readMemStats(h);
    expect(h.stats.inStacks).toBe(0);
    checkHeap(h);
  });
});
