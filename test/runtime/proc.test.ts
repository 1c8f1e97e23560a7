// Invariants of the scheduler (src/runtime/proc.ts), driven by a scripted executor instead of the
// VM: each goroutine is a list of actions (run N instructions, yield, park, finish), so the tests
// see exactly which goroutine the scheduler picks, on which P, and when.
import { describe, expect, test } from 'vitest';
import { DeadlockError, ExecStatus, Sched, nsPerStep, forcePreemptNS, type Clock, type Executor } from '../../src/runtime/proc.js';
import { GStatus, WaitReason, runqSize } from '../../src/runtime/runtime2.js';
import type { G } from '../../src/vm/goroutine.js';
import type { MCache } from '../../src/runtime/mcache.js';

type Action = { run: number } | 'gosched' | 'park' | 'exit' | { spawn: number };

/** A goroutine as the scheduler sees it, with a script instead of bytecode. */
class FakeG {
  goid = 0;
  status = GStatus.Idle;
  waitreason: string = WaitReason.Zero;
  schedlink: FakeG | null = null;
  m = null;
  preempt = false;
  system = false;
  gopcFn = -1;
  gopcPc = 0;
  goexiting = false;
  param: unknown = null;
  parkResume = null;
  gcAssistBytes = 0;
  body = null;
  script: Action[] = [];
  /** Instructions left of the current `run` action. */
  left = -1;
}

class FakeExec implements Executor {
  steps = 0;
  readonly entry = 0;
  /** goid of every slice run, in order, with the P it ran on. */
  readonly log: string[] = [];
  /** Scripts for the goroutines to be created, by start function index. */
  scripts = new Map<number, Action[]>();
  sched!: Sched;

  execute(g0: G, budget: number): ExecStatus {
    const g = g0 as unknown as FakeG;
    this.log.push(`${g.goid}@P${this.sched.curm.p!.id}`);
    this.steps = 0;
    for (;;) {
      const a = g.script[0];
      if (a === undefined || a === 'exit') return ExecStatus.Done;
      if (typeof a === 'object' && 'run' in a) {
        if (g.left < 0) g.left = a.run;
        const n = Math.min(g.left, budget - this.steps);
        g.left -= n;
        this.steps += n;
        if (g.left > 0) return ExecStatus.Budget;
        g.left = -1;
        g.script.shift();
        continue;
      }
      g.script.shift();
      this.steps++;
      if (a === 'gosched') {
        this.sched.gosched();
        return ExecStatus.Parked;
      }
      if (a === 'park') {
        this.sched.gopark(WaitReason.ChanReceive);
        return ExecStatus.Parked;
      }
      this.sched.newproc(a.spawn, 0, g0, 0, 0);
    }
  }
  stepsNow(): number {
    return this.steps;
  }
  setMCache(): void {}
  newMCache(): MCache {
    return {} as MCache;
  }
  initG(g: G | null, fi: number): G {
    const f = (g as unknown as FakeG | null) ?? new FakeG();
    f.script = [...(this.scripts.get(fi) ?? [])];
    f.left = -1;
    return f as unknown as G;
  }
  resetG(): void {}
  scanstack(): number {
    return 0;
  }
}

const clock: Clock = { nanotime: () => 0, walltime: () => 0, sleepUntil: () => {} };

function setup(gomaxprocs: number, seed = 1): { s: Sched; x: FakeExec } {
  const x = new FakeExec();
  const s = new Sched(x, { gomaxprocs, seed, clock }, {} as MCache);
  x.sched = s;
  return { s, x };
}

function main(s: Sched, x: FakeExec, script: Action[]): G {
  x.scripts.set(0, script);
  const g = s.newproc(0, 0, null);
  s.mainStarted = true;
  return g;
}

describe('goroutine ids', () => {
  test('a P takes ids in batches of 16; main is 1', () => {
    const { s, x } = setup(1);
    const m = main(s, x, []);
    expect((m as unknown as FakeG).goid).toBe(1);
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push((s.newproc(1, 0, m) as unknown as FakeG).goid);
    expect(ids).toEqual([...Array(20).keys()].map((i) => i + 2));
    expect(s.goidgen).toBe(32);
  });
});

describe('run queues', () => {
  test('newproc puts the new G in runnext and moves the old one to the tail', () => {
    const { s, x } = setup(1);
    const m = main(s, x, []);
    const pp = s.allp[0]!;
    const a = s.newproc(1, 0, m);
    const b = s.newproc(1, 0, m);
    expect(pp.runnext).toBe(b);
    expect(pp.runq.slice(pp.runqhead, pp.runqtail)).toEqual([m, a]);
  });

  test('a full local queue moves half of it and the new G to the global queue', () => {
    const { s, x } = setup(1);
    const m = main(s, x, []);
    const pp = s.allp[0]!;
    for (let i = 0; i < runqSize; i++) s.newproc(1, 0, m);
    // runnext holds the newest; m and runqSize-1 others fill the ring exactly.
    expect(pp.runqLength).toBe(runqSize);
    expect(s.runq.size).toBe(0);
    s.newproc(1, 0, m);
    expect(pp.runqLength).toBe(runqSize / 2);
    expect(s.runq.size).toBe(runqSize / 2 + 1);
    // The oldest half went first, in order, then the displaced G.
    expect(s.runq.head).toBe(m);
  });
});

describe('scheduling', () => {
  test('with one P the order is runnext first, then the local queue', () => {
    const { s, x } = setup(1);
    x.scripts.set(1, [{ run: 10 }]);
    main(s, x, ['gosched', { spawn: 1 }, { spawn: 1 }, { spawn: 1 }, 'gosched', { run: 5 }]);
    const m = s.allgs[0]!;
    expect(s.run(m)).toBe(true);
    // The first schedule (schedtick 0) looks at the global queue first: main again. Then main
    // spawns 2,3,4 (4 in runnext) and yields to the global queue; 4 runs, then 2, 3, then main.
    expect(x.log).toEqual(['1@P0', '1@P0', '4@P0', '2@P0', '3@P0', '1@P0']);
  });

  test('every 61st schedule takes a G from the global queue first', () => {
    const { s, x } = setup(1);
    x.scripts.set(1, ['gosched', 'gosched', 'gosched', 'gosched', 'exit']);
    x.scripts.set(2, [{ run: 1 }]);
    const spawns: Action[] = [];
    for (let i = 0; i < 100; i++) spawns.push({ spawn: 1 });
    main(s, x, [...spawns, 'park']);
    const m = s.allgs[0]!;
    expect(() => s.run(m)).toThrow(DeadlockError);
    const pp = s.allp[0]!;
    expect(pp.schedtick).toBeGreaterThan(61);
  });

  test('an idle P steals half of a busy P\'s queue', () => {
    const { s, x } = setup(2);
    x.scripts.set(1, [{ run: 50_000 }]);
    const spawns: Action[] = [];
    for (let i = 0; i < 8; i++) spawns.push({ spawn: 1 });
    main(s, x, [...spawns, { run: 100_000 }]);
    const m = s.allgs[0]!;
    expect(s.run(m)).toBe(true);
    // main keeps P0; the spinning M on P1 stole from P0's queue and ran them one after another.
    expect(x.log.filter((l) => l.endsWith('@P0')).every((l) => l === '1@P0')).toBe(true);
    const gs1 = new Set(x.log.filter((l) => l.endsWith('@P1')).map((l) => l.split('@')[0]));
    expect(gs1.size).toBeGreaterThan(1);
    // What it did not get to is still queued on P0, minus the half it stole.
    expect(s.allp[0]!.runqLength + (s.allp[0]!.runnext ? 1 : 0)).toBeLessThan(8);
  });

  test('sysmon preempts a G that runs longer than 10 ms', () => {
    const { s, x } = setup(1);
    // A spinner that never yields, and main waiting for its turn.
    x.scripts.set(1, [{ run: 1e12 }]);
    main(s, x, ['gosched', { spawn: 1 }, 'gosched', { run: 10 }]);
    const m = s.allgs[0]!;
    expect(s.run(m)).toBe(true);
    const spinner = s.allgs[1] as unknown as FakeG;
    // The spinner was preempted and main finished: at most ~20 ms of spinning (sysmon's 10 ms
    // plus at most one sysmon period).
    expect(spinner.status).toBe(GStatus.Runnable);
    expect(s.allm[0]!.clock).toBeLessThan((2 * forcePreemptNS + 1e6) / nsPerStep);
    expect(s.allm[0]!.clock).toBeGreaterThanOrEqual(forcePreemptNS / nsPerStep);
  });

  test('a run with the same seed repeats exactly', () => {
    const trace = (seed: number) => {
      const { s, x } = setup(4, seed);
      x.scripts.set(1, [{ run: 3000 }, 'gosched', { run: 2000 }]);
      const spawns: Action[] = [];
      for (let i = 0; i < 20; i++) spawns.push({ spawn: 1 }, { run: 100 });
      main(s, x, [...spawns, { run: 200_000 }]);
      s.run(s.allgs[0]!);
      return x.log.join(' ');
    };
    expect(trace(7)).toBe(trace(7));
    expect(trace(7).length).toBeGreaterThan(0);
  });
});

describe('checkdead', () => {
  test('every goroutine waiting and no timers: all goroutines are asleep', () => {
    const { s, x } = setup(2);
    x.scripts.set(1, ['park']);
    main(s, x, [{ spawn: 1 }, 'park']);
    const m = s.allgs[0]!;
    let err: unknown;
    try {
      s.run(m);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DeadlockError);
    expect((err as DeadlockError).message).toBe('all goroutines are asleep - deadlock!');
    expect(s.allgs.map((g) => (g as unknown as FakeG).status)).toEqual([GStatus.Waiting, GStatus.Waiting]);
  });
});
