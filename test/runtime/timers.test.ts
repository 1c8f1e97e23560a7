// The runtime timers (src/runtime/time.ts): Go 1.19's per-P 4-ary heaps with lazy deletion and
// modification. Each test drives a Timers over fake Ps and checks the heap invariants
// (checkTimerHeap) after every step.
import { describe, expect, test } from 'vitest';
import { Timers, Timer, TimerStatus, P, M, WaitReason, type TimerSched } from '../../src/runtime/export_test.js';
import { newHeap, rng } from './helpers.js';
import type { G } from '../../src/vm/goroutine.js';

/** A scheduler stand-in: npp Ps, the current M on P0, and a record of goready/gopark. */
function setup(npp = 1) {
  const { c } = newHeap();
  const allp = Array.from({ length: npp }, (_, i) => new P(i, c));
  const curm = new M(0);
  curm.p = allp[0]!;
  const readied: unknown[] = [];
  const parked: WaitReason[] = [];
  const g = { goid: 17 } as unknown as G;
  const sched: TimerSched = {
    allp,
    curm,
    goready: (gp) => void readied.push(gp),
    gopark: (r) => void parked.push(r),
    getg: () => g,
  };
  let now = 1;
  const ts = new Timers(sched, () => now);
  const check = () => allp.forEach((pp) => ts.checkTimerHeap(pp));
  return { ts, allp, curm, readied, parked, g, check, setNow: (n: number) => (now = n) };
}

/** A timer that records its firings in `log` as [name, when it was due]. */
function timer(log: string[], name: string, when: number, period = 0): Timer {
  const t = new Timer((arg) => void log.push(arg as string), name);
  t.when = when;
  t.period = period;
  return t;
}

describe('timer heap', () => {
  test('random timers fire in order of when, the heap valid after each step', () => {
    const { ts, allp, check } = setup();
    const r = rng(7);
    const log: string[] = [];
    const whens = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const w = 1 + Math.floor(r() * 10_000);
      whens.set(`t${i}`, w);
      ts.addtimer(timer(log, `t${i}`, w));
      if (i % 25 === 0) check();
    }
    expect(ts.count(allp[0]!)).toBe(500);
    for (let now = 0; now <= 10_000; now += 97) {
      ts.checkTimers(allp[0]!, now);
      check();
      for (const name of log) expect(whens.get(name)!).toBeLessThanOrEqual(now);
    }
    ts.checkTimers(allp[0]!, 20_000);
    expect(log.length).toBe(500);
    const fired = log.map((n) => whens.get(n)!);
    expect(fired).toEqual([...fired].sort((a, b) => a - b));
    expect(ts.count(allp[0]!)).toBe(0);
    expect(ts.nextWhen()).toBe(Infinity);
  });

  test('nothing runs before its time; nextWhen is the earliest when of every P', () => {
    const { ts, allp, curm, check } = setup(3);
    const log: string[] = [];
    ts.addtimer(timer(log, 'a', 500));
    curm.p = allp[2]!;
    ts.addtimer(timer(log, 'b', 300));
    check();
    expect(ts.nextWhen()).toBe(300);
    expect(ts.checkTimers(allp[2]!, 299)).toBe(false);
    expect(ts.checkTimers(allp[2]!, 300)).toBe(true);
    expect(log).toEqual(['b']);
    expect(ts.nextWhen()).toBe(500);
    // A P checks only its own heap.
    expect(ts.checkTimers(allp[1]!, 1000)).toBe(false);
    expect(ts.checkTimers(allp[0]!, 1000)).toBe(true);
    expect(log).toEqual(['b', 'a']);
  });
});

describe('Stop and Reset', () => {
  test('deltimer reports pending once; a stopped timer never fires and is swept', () => {
    const { ts, allp, check } = setup();
    const log: string[] = [];
    const released: Timer[] = [];
    const t = timer(log, 'x', 100);
    t.release = (x) => void released.push(x);
    ts.addtimer(t);
    expect(ts.deltimer(t)).toBe(true);
    expect(t.status).toBe(TimerStatus.Deleted);
    expect(ts.deltimer(t)).toBe(false);
    check();
    // More than a quarter of the heap is deleted: the owner sweeps it at its next check.
    ts.checkTimers(allp[0]!, 50);
    check();
    expect(ts.count(allp[0]!)).toBe(0);
    expect(t.status).toBe(TimerStatus.Removed);
    expect(released).toEqual([t]);
    ts.checkTimers(allp[0]!, 1000);
    expect(log).toEqual([]);
  });

  test('a deleted timer stays until it reaches the top while deleted ones are few', () => {
    const { ts, allp, check } = setup();
    const log: string[] = [];
    const ts5 = [100, 200, 300, 400, 500].map((w, i) => timer(log, `t${i}`, w));
    for (const t of ts5) ts.addtimer(t);
    ts.deltimer(ts5[3]!);
    ts.checkTimers(allp[0]!, 50);
    check();
    expect(ts.count(allp[0]!)).toBe(5);
    ts.checkTimers(allp[0]!, 450);
    check();
    expect(log).toEqual(['t0', 't1', 't2']);
    expect(ts.count(allp[0]!)).toBe(1);
    expect(ts5[3]!.status).toBe(TimerStatus.Removed);
  });

  test('modtimer: earlier and later moves, pending results, re-adding a fired timer', () => {
    const { ts, allp, check } = setup();
    const log: string[] = [];
    const a = timer(log, 'a', 1000);
    const b = timer(log, 'b', 2000);
    ts.addtimer(a);
    ts.addtimer(b);
    expect(ts.resettimer(b, 500)).toBe(true);
    expect(b.status).toBe(TimerStatus.ModifiedEarlier);
    expect(ts.nextWhen()).toBe(500);
    expect(ts.resettimer(a, 3000)).toBe(true);
    expect(a.status).toBe(TimerStatus.ModifiedLater);
    check();
    ts.checkTimers(allp[0]!, 999);
    check();
    expect(log).toEqual(['b']);
    expect(b.status).toBe(TimerStatus.NoStatus);
    ts.checkTimers(allp[0]!, 2999);
    expect(log).toEqual(['b']);
    ts.checkTimers(allp[0]!, 3000);
    expect(log).toEqual(['b', 'a']);
    // Reset after firing: not pending, back in the heap.
    expect(ts.resettimer(a, 4000)).toBe(false);
    expect(a.status).toBe(TimerStatus.Waiting);
    // Reset after Stop: not pending, and it fires at the new time.
    expect(ts.deltimer(a)).toBe(true);
    expect(ts.resettimer(a, 4500)).toBe(false);
    check();
    ts.checkTimers(allp[0]!, 4400);
    expect(log).toEqual(['b', 'a']);
    ts.checkTimers(allp[0]!, 4500);
    expect(log).toEqual(['b', 'a', 'a']);
    check();
  });

  test('a timer modified from another P moves in its own heap', () => {
    const { ts, allp, curm, check } = setup(2);
    const log: string[] = [];
    const t = timer(log, 't', 1000);
    ts.addtimer(t);
    curm.p = allp[1]!;
    ts.resettimer(t, 10);
    expect(t.pp).toBe(allp[0]);
    expect(ts.nextWhen()).toBe(10);
    // P1 stealing timers runs it on P0's heap.
    expect(ts.checkTimers(allp[0]!, 10)).toBe(true);
    expect(log).toEqual(['t']);
    check();
  });
});

describe('periodic timers and Ps', () => {
  test('a ticker fires each period and skips the periods it missed', () => {
    const { ts, allp, check } = setup();
    const log: string[] = [];
    const t = timer(log, 'tick', 100, 100);
    ts.addtimer(t);
    ts.checkTimers(allp[0]!, 100);
    ts.checkTimers(allp[0]!, 200);
    expect(log.length).toBe(2);
    expect(t.when).toBe(300);
    ts.checkTimers(allp[0]!, 650);
    expect(log.length).toBe(3);
    expect(t.when).toBe(700);
    check();
    ts.deltimer(t);
    ts.checkTimers(allp[0]!, 10_000);
    expect(log.length).toBe(3);
  });

  test('moveTimers hands a destroyed P\'s live timers to another', () => {
    const { ts, allp, curm, check } = setup(2);
    const log: string[] = [];
    curm.p = allp[1]!;
    const live = timer(log, 'live', 100);
    const moved = timer(log, 'moved', 400);
    const dead = timer(log, 'dead', 50);
    for (const t of [live, moved, dead]) ts.addtimer(t);
    ts.resettimer(moved, 200);
    ts.deltimer(dead);
    ts.moveTimers(allp[1]!, allp[0]!);
    check();
    expect(ts.count(allp[1]!)).toBe(0);
    expect(ts.count(allp[0]!)).toBe(2);
    expect(dead.status).toBe(TimerStatus.Removed);
    ts.checkTimers(allp[0]!, 1000);
    expect(log).toEqual(['live', 'moved']);
  });
});

describe('timeSleep', () => {
  test('parks the G in [sleep] and readies it at its time, reusing its timer', () => {
    const { ts, allp, readied, parked, g, setNow } = setup();
    setNow(1000);
    ts.timeSleep(0);
    expect(parked).toEqual([]);
    ts.timeSleep(250);
    expect(parked).toEqual([WaitReason.Sleep]);
    expect(ts.nextWhen()).toBe(1250);
    ts.checkTimers(allp[0]!, 1249);
    expect(readied).toEqual([]);
    ts.checkTimers(allp[0]!, 1250);
    expect(readied).toEqual([g]);
    setNow(2000);
    ts.timeSleep(2 ** 64);
    expect(ts.nextWhen()).toBe(2 ** 63 - 1);
    expect(ts.count(allp[0]!)).toBe(1);
  });
});
