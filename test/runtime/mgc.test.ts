// The collector (src/runtime/mgc.ts and friends) driven without the VM: a stub executor, roots
// given through MHeap.rootScanners, and the test playing the mutator between mark steps.
import { describe, expect, test } from 'vitest';
import {
  MHeap,
  MCache,
  GC,
  GCController,
  Sched,
  Finalizers,
  FatalError,
  GCPhase,
  GStatus,
  writePointer,
  newobject,
  readMemStats,
  checkHeap,
  finishsweep,
  formatGCTrace,
  fmtNSAsMS,
  maxMemoryLimit,
  heapMinimum,
  type Executor,
  type Clock,
  type RType,
} from '../../src/runtime/export_test.js';
import { G } from '../../src/vm/goroutine.js';
import { scan, noscan } from './helpers.js';

/** struct { a, b *T } */
const pairT: RType = scan(2, [0, 1]);
/** A 1 KiB pointer-free object. */
const blobT: RType = noscan(1024);

class StubExec implements Executor {
  steps = 0;
  readonly entry = 0;
  /** The closure contexts (finalizer func values) initG was asked to call, with the first argument. */
  readonly calls: [ctx: number, arg: number][] = [];
  constructor(readonly h: MHeap) {}
  execute(): never {
    throw new Error('the stub executor runs no code');
  }
  stepsNow(): number {
    return 0;
  }
  setMCache(): void {}
  newMCache(): MCache {
    return new MCache(this.h);
  }
  initG(g: G | null, _fi: number, ctx: number): G {
    const gg = g ?? new G(0, this.h, null);
    this.calls.push([ctx, -1]);
    return gg;
  }
  resetG(): void {}
  scanstack(): number {
    return 0;
  }
}

const clock: Clock = { nanotime: () => 0, walltime: () => [0, 0], sleepUntil: () => {} };

interface World {
  h: MHeap;
  c: MCache;
  s: Sched;
  gc: GC;
  x: StubExec;
  /** The mutator's registers: the collector sees them as roots. */
  roots: number[];
  /** What gctrace printed. */
  trace: string[];
}

function world(opts: { gccheckmark?: number; gcPercent?: number; gctrace?: number } = {}): World {
  const h = new MHeap();
  const c = new MCache(h);
  const x = new StubExec(h);
  const s = new Sched(x, { gomaxprocs: 1, seed: 1, clock }, c);
  const trace: string[] = [];
  const gc = new GC(
    h,
    s,
    { printErr: (t) => trace.push(t), scanstack: () => 0, unixNanos: () => 1e18, quiesce: () => {} },
    { gctrace: opts.gctrace ?? 0, gccheckmark: opts.gccheckmark ?? 0, gcstoptheworld: 0 },
    opts.gcPercent ?? 100,
    maxMemoryLimit,
  );
  s.gc = gc;
  const roots: number[] = [];
  h.rootScanners.push((shade) => roots.forEach(shade));
  return { h, c, s, gc, x, roots, trace };
}

/** A goroutine that calls runtime.GC: it parks until the cycle has marked. */
function callGC(w: World): G {
  const g = new G(1, w.h, w.c);
  g.status = GStatus.Running;
  w.s.allgs.push(g);
  w.s.curm.curg = g;
  w.gc.userGC(g);
  w.s.curm.curg = null;
  return g;
}

/** Start a cycle at the turn boundary, as the scheduler would. */
function start(w: World): void {
  w.gc.poll(w.s.curm);
  expect(w.h.gcphase).toBe(GCPhase.Mark);
}

/** Finish mark (drain, then mark termination at the next turn boundary). */
function finish(w: World): void {
  w.gc.marker.drainAll();
  w.gc.poll(w.s.curm);
  expect(w.h.gcphase).toBe(GCPhase.Off);
}

function isFreed(h: MHeap, p: number): boolean {
  const s = h.spanOf(p);
  return s === null || s.isFree(s.objIndex(p));
}

function isMarked(h: MHeap, p: number): boolean {
  const s = h.spanOf(p)!;
  return s.isMarked(s.objIndex(p));
}

/**
 * The mutator of the classic lost-object race: the root object r holds b then a; a is scanned
 * first (LIFO), then, before b is scanned, the mutator moves b's only pointer to w into a and
 * clears b's. `store` is the pointer store under test.
 */
function lostObjectRace(w: World, store: (slot: number, p: number) => void): { a: number; obj: number } {
  const { h, c } = w;
  const r = newobject(c, pairT);
  const a = newobject(c, pairT);
  const b = newobject(c, pairT);
  const obj = newobject(c, pairT);
  h.mem.storePtr(r, b);
  h.mem.storePtr(r + 8, a);
  h.mem.storePtr(b, obj);
  w.roots.push(r);
  callGC(w);
  start(w);
  const m = w.gc.marker;
  while (!(isMarked(h, a) && m.work.empty === false && !isMarked(h, obj))) m.drain(1);
  // a is black or about to be; obj is white and reachable only through b.
  m.drain(1);
  expect(isMarked(h, obj)).toBe(false);
  store(a, h.mem.loadPtr(b));
  store(b, 0);
  return { a, obj };
}

describe('tri-colour invariant', () => {
  test('with the write barrier, a pointer moved during mark keeps its object', () => {
    const w = world({ gccheckmark: 1 });
    const { a, obj } = lostObjectRace(w, (slot, p) => writePointer(w.h.mem, slot, p));
    finish(w);
    finishsweep(w.h);
    expect(w.h.mem.loadPtr(a)).toBe(obj);
    expect(isFreed(w.h, obj)).toBe(false);
    checkHeap(w.h);
  });

  test('without the barrier, checkmark finds the lost object', () => {
    const w = world({ gccheckmark: 1 });
    lostObjectRace(w, (slot, p) => w.h.mem.storePtr(slot, p));
    let err: unknown = null;
    try {
      finish(w);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FatalError);
    expect((err as FatalError).report()).toMatch(/^runtime: checkmarks found unexpected unmarked object obj=0x[0-9a-f]+\nruntime: found obj at \*\(0x[0-9a-f]+\+0x0\)\nfatal error: checkmark found unmarked object\n$/);
  });

  test('without the barrier or checkmark, the reachable object is freed', () => {
    const w = world();
    const { a, obj } = lostObjectRace(w, (slot, p) => w.h.mem.storePtr(slot, p));
    finish(w);
    finishsweep(w.h);
    expect(w.h.mem.loadPtr(a)).toBe(obj);
    expect(isFreed(w.h, obj)).toBe(true);
  });

  test('objects allocated during mark are black and survive the cycle', () => {
    const w = world({ gccheckmark: 1 });
    callGC(w);
    start(w);
    const p = newobject(w.c, pairT);
    expect(isMarked(w.h, p)).toBe(true);
    finish(w);
    finishsweep(w.h);
    expect(isFreed(w.h, p)).toBe(false);
  });
});

describe('sweeping', () => {
  test('a program allocating 64 MiB with 64 KiB live stays within a few MiB of heap', () => {
    const w = world();
    const live: number[] = new Array(64).fill(0);
    w.roots.length = 0;
    w.h.rootScanners.push((shade) => live.forEach(shade));
    for (let i = 0; i < 65536; i++) {
      const p = newobject(w.c, blobT);
      live[i % 64] = p;
      if (w.s.turnEnd) {
        w.s.turnEnd = false;
        w.gc.poll(w.s.curm);
        finish(w);
      }
    }
    const ms = readMemStats(w.h);
    expect(ms.NumGC).toBeGreaterThan(10);
    expect(ms.TotalAlloc).toBeGreaterThanOrEqual(64 << 20);
    expect(ms.HeapSys).toBeLessThanOrEqual(12 << 20);
    for (const p of live) expect(isFreed(w.h, p)).toBe(false);
    checkHeap(w.h);
  });

  test('a dead large object goes back to the page heap', () => {
    const w = world();
    const big = newobject(w.c, noscan(1 << 20));
    const before = readMemStats(w.h).HeapInuse;
    callGC(w);
    start(w);
    finish(w);
    finishsweep(w.h);
    expect(isFreed(w.h, big)).toBe(true);
    expect(readMemStats(w.h).HeapInuse).toBeLessThanOrEqual(before - (1 << 20));
    checkHeap(w.h);
  });
});

describe('finalizers', () => {
  /** A func value in the data segment (a finalizer that captures nothing). */
  function funcval(w: World): number {
    return w.h.mem.dataAlloc(8, 8);
  }

  function withFinalizers(w: World): Finalizers {
    const fin = new Finalizers(w.h, w.s);
    w.h.fin = fin;
    return fin;
  }

  /** Run the due finalizers as the finalizer goroutine would; returns their objects in order. */
  function runFinalizers(w: World, fin: Finalizers): number[] {
    const g = new G(9, w.h, w.c);
    const got: number[] = [];
    while (fin.next(g)) got.push(g.regs[0]!);
    return got;
  }

  function cycle(w: World): void {
    callGC(w);
    start(w);
    finish(w);
    finishsweep(w.h);
  }

  test('due finalizers run newest first; the objects live until then', () => {
    const w = world({ gccheckmark: 1 });
    const fin = withFinalizers(w);
    const xs = [0, 1, 2].map(() => newobject(w.c, pairT));
    const f = funcval(w);
    xs.forEach((p) => expect(fin.add(p, f, { tab: 0, memResults: [] })).toBe(true));
    expect(fin.add(xs[0]!, f, { tab: 0, memResults: [] })).toBe(false);
    cycle(w);
    for (const p of xs) expect(isFreed(w.h, p)).toBe(false);
    expect(w.s.fingwake).toBe(true);
    expect(runFinalizers(w, fin)).toEqual([xs[2], xs[1], xs[0]]);
    cycle(w);
    for (const p of xs) expect(isFreed(w.h, p)).toBe(true);
  });

  test('a chain is finalized one link per cycle, the referrer first', () => {
    const w = world({ gccheckmark: 1 });
    const fin = withFinalizers(w);
    const a = newobject(w.c, pairT);
    const b = newobject(w.c, pairT);
    w.h.mem.storePtr(a, b);
    fin.add(a, funcval(w), { tab: 0, memResults: [] });
    fin.add(b, funcval(w), { tab: 0, memResults: [] });
    cycle(w);
    expect(runFinalizers(w, fin)).toEqual([a]);
    cycle(w);
    expect(runFinalizers(w, fin)).toEqual([b]);
    expect(isFreed(w.h, a)).toBe(true);
  });

  test('a reachable object keeps its finalizer; removing it stops the call', () => {
    const w = world();
    const fin = withFinalizers(w);
    const a = newobject(w.c, pairT);
    const b = newobject(w.c, pairT);
    w.roots.push(a);
    fin.add(a, funcval(w), { tab: 0, memResults: [] });
    fin.add(b, funcval(w), { tab: 0, memResults: [] });
    fin.remove(b);
    cycle(w);
    expect(runFinalizers(w, fin)).toEqual([]);
    expect(isFreed(w.h, b)).toBe(true);
    expect(isFreed(w.h, a)).toBe(false);
  });
});

describe('pacer', () => {
  const MB = 1 << 20;
  function pacer(gcPercent: number, heapMarked: number, limit = maxMemoryLimit): GCController {
    const h = new MHeap();
    const p = new GCController(h.stats, gcPercent, limit, 0);
    p.heapMarked = heapMarked;
    p.commit(true);
    return p;
  }

  test('the first goal is the 4 MiB minimum and the first trigger 61/64 of it', () => {
    const p = pacer(100, 0);
    expect(p.heapGoal()).toBe(heapMinimum);
    expect(p.trigger()).toBe((heapMinimum / 64) * 61);
  });

  test('the goal is heapMarked * (1 + GOGC/100)', () => {
    expect(pacer(100, 10 * MB).heapGoal()).toBe(20 * MB);
    expect(pacer(50, 10 * MB).heapGoal()).toBe(15 * MB);
    expect(pacer(200, 10 * MB).heapGoal()).toBe(30 * MB);
    // GOGC=1: the minimum heap is 1% of 4 MiB.
    expect(pacer(1, 0).heapGoal()).toBe(Math.floor(heapMinimum / 100));
  });

  test('without history (no runway) the trigger is 61/64 of the way to the goal', () => {
    expect(pacer(100, 10 * MB).trigger()).toBe(10 * MB + (10 * MB / 64) * 61);
  });

  test('with a runway the trigger is goal - runway, but at least 45/64 of the way', () => {
    const p = pacer(100, 10 * MB);
    p.lastHeapScan = 1 * MB;
    p.consMark = 0.5;
    p.commit(true);
    // runway = 0.5 * (0.75 / 0.25) * 1 MiB = 1.5 MiB
    expect(p.trigger()).toBe(20 * MB - 1.5 * MB);
    p.consMark = 10;
    p.commit(true);
    expect(p.trigger()).toBe(10 * MB + (10 * MB / 64) * 45);
  });

  test('GOGC=off never triggers; GOMEMLIMIT still does', () => {
    expect(pacer(-1, 10 * MB).heapGoal()).toBe(Infinity);
    const limited = pacer(-1, 10 * MB, 64 * MB);
    expect(limited.heapGoal()).toBeLessThan(64 * MB);
    expect(limited.heapGoal()).toBeGreaterThanOrEqual(10 * MB);
  });

  test('SetGCPercent returns the old value and moves the minimum heap', () => {
    const p = pacer(100, 0);
    expect(p.setGCPercent(50)).toBe(100);
    p.commit(true);
    expect(p.heapGoal()).toBe(heapMinimum / 2);
  });
});

describe('gctrace', () => {
  test("Go's millisecond format", () => {
    expect(fmtNSAsMS(78_000)).toBe('0.078');
    expect(fmtNSAsMS(990_000)).toBe('0.99');
    expect(fmtNSAsMS(1_000_000)).toBe('1.0');
    expect(fmtNSAsMS(12_300_000)).toBe('12');
    expect(fmtNSAsMS(500)).toBe('0');
  });

  test("the line of FORMATS.md's example", () => {
    const line = formatGCTrace({
      numgc: 1,
      start: 2_400_000,
      util: 6,
      clock: [78_000, 990_000, 63_000],
      cpu: [150_000, 70_000, 200_000, 110_000, 120_000],
      heap0: 3 * 1048576 + 5,
      heap1: 4 * 1048576,
      heap2: 1048576,
      goal: 4 * 1048576,
      stacks: 0,
      globals: 0,
      procs: 2,
      forced: false,
    });
    expect(line).toBe('gc 1 @0.002s 6%: 0.078+0.99+0.063 ms clock, 0.15+0.070/0.20/0.11+0.12 ms cpu, 3->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P\n');
  });

  test('one line per cycle, (forced) for runtime.GC', () => {
    const w = world({ gctrace: 1 });
    callGC(w);
    start(w);
    finish(w);
    expect(w.trace.length).toBe(1);
    expect(w.trace[0]).toMatch(/^gc 1 @0\.000s \d+%: .* ms clock, .* ms cpu, 0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P \(forced\)\n$/);
  });
});
