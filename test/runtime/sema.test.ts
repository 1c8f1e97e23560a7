// The semaphore table and notify lists (src/runtime/sema.ts) against a fake scheduler: which
// goroutine parks, which one each release wakes, in what order, and what the counters hold.
import { describe, expect, test } from 'vitest';
import {
  semacquire1,
  semrelease1,
  semtable,
  notifyListAdd,
  notifyListWait,
  notifyListNotifyOne,
  notifyListNotifyAll,
  type SemaSched,
  type SemaMem,
} from '../../src/runtime/export_test.js';
import type { G } from '../../src/vm/goroutine.js';
import type { WaitReason } from '../../src/runtime/runtime2.js';

/** A scheduler that records parks, readies and yields; `run(g)` makes g the running goroutine. */
class FakeSched implements SemaSched {
  cur!: G;
  readonly curm = { locks: 0 };
  readonly events: string[] = [];
  readonly parked = new Map<G, WaitReason>();
  getg(): G {
    return this.cur;
  }
  gopark(reason: WaitReason): void {
    this.parked.set(this.cur, reason);
    this.events.push(`park ${name(this.cur)} [${reason}]`);
  }
  goready(gp: G): void {
    if (!this.parked.delete(gp)) throw new Error(`${name(gp)} is not parked`);
    this.events.push(`ready ${name(gp)}`);
  }
  goyield(): void {
    this.events.push(`yield ${name(this.cur)}`);
  }
  run(g: G): this {
    this.cur = g;
    return this;
  }
}

const names = new WeakMap<G, string>();
function name(g: G): string {
  return names.get(g) ?? '?';
}
function gs(...ns: string[]): G[] {
  return ns.map((n) => {
    const g = {} as G;
    names.set(g, n);
    return g;
  });
}

/** Four bytes per address, enough for the test's words. */
function newMem(): SemaMem & { words: Map<number, number> } {
  const words = new Map<number, number>();
  return { words, load32: (a) => words.get(a) ?? 0, store32: (a, v) => void words.set(a, v >>> 0) };
}

const addr = 0xc000010000;

describe('semacquire / semrelease', () => {
  test('a positive count is taken without parking', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a] = gs('a');
    mem.store32(addr, 2);
    semacquire1(s.run(a!), mem, addr, false);
    expect(mem.load32(addr)).toBe(1);
    expect(s.events).toEqual([]);
  });

  test('release with no waiter only counts', () => {
    const s = new FakeSched();
    const mem = newMem();
    semrelease1(s, mem, addr, false);
    expect(mem.load32(addr)).toBe(1);
    expect(semtable(s).rootFor(addr).nwait).toBe(0);
  });

  test('waiters wake in FIFO order, each owning the released unit', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, b, c, r] = gs('a', 'b', 'c', 'r');
    for (const g of [a, b, c]) semacquire1(s.run(g!), mem, addr, false);
    expect(semtable(s).rootFor(addr).nwait).toBe(3);
    s.run(r!);
    semrelease1(s, mem, addr, false);
    semrelease1(s, mem, addr, false);
    expect(mem.load32(addr)).toBe(0);
    expect(s.events).toEqual(['park a [semacquire]', 'park b [semacquire]', 'park c [semacquire]', 'ready a', 'ready b']);
    expect(semtable(s).rootFor(addr).nwait).toBe(1);
  });

  test('a lifo waiter goes to the head of the queue', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, b, c, r] = gs('a', 'b', 'c', 'r');
    semacquire1(s.run(a!), mem, addr, false);
    semacquire1(s.run(b!), mem, addr, false);
    semacquire1(s.run(c!), mem, addr, true);
    s.run(r!);
    for (let i = 0; i < 3; i++) semrelease1(s, mem, addr, false);
    expect(s.events.filter((e) => e.startsWith('ready'))).toEqual(['ready c', 'ready a', 'ready b']);
  });

  test('handoff yields the releaser to the woken waiter, unless it is pinned', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, b, r] = gs('a', 'b', 'r');
    semacquire1(s.run(a!), mem, addr, false);
    semacquire1(s.run(b!), mem, addr, false);
    semrelease1(s.run(r!), mem, addr, true);
    expect(s.events.slice(-2)).toEqual(['ready a', 'yield r']);
    s.curm.locks = 1;
    semrelease1(s, mem, addr, true);
    expect(s.events.slice(-1)).toEqual(['ready b']);
  });

  test('addresses sharing a root keep separate queues', () => {
    const s = new FakeSched();
    const mem = newMem();
    const other = addr + 251 * 8;
    expect(semtable(s).rootFor(other)).toBe(semtable(s).rootFor(addr));
    const [a, r] = gs('a', 'r');
    semacquire1(s.run(a!), mem, addr, false);
    semrelease1(s.run(r!), mem, other, false);
    expect(mem.load32(other)).toBe(1);
    expect(s.parked.has(a!)).toBe(true);
    semrelease1(s, mem, addr, false);
    expect(s.parked.size).toBe(0);
    expect(semtable(s).rootFor(addr).nwait).toBe(0);
  });
});

describe('notify lists', () => {
  const l = 0xc000020000;

  test('tickets are taken in order and waiters sleep as [sync.Cond.Wait]', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, b] = gs('a', 'b');
    const ta = notifyListAdd(mem, l);
    const tb = notifyListAdd(mem, l);
    expect([ta, tb]).toEqual([0, 1]);
    notifyListWait(s.run(a!), mem, l, ta);
    notifyListWait(s.run(b!), mem, l, tb);
    expect(s.parked.get(a!)).toBe('sync.Cond.Wait');
  });

  test('a notification before the wait is not lost', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, r] = gs('a', 'r');
    const t = notifyListAdd(mem, l);
    notifyListNotifyOne(s.run(r!), mem, l);
    notifyListWait(s.run(a!), mem, l, t);
    expect(s.events).toEqual([]);
  });

  test('notifyOne wakes the oldest ticket, whatever order the sleepers slept in', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, b, r] = gs('a', 'b', 'r');
    const ta = notifyListAdd(mem, l);
    const tb = notifyListAdd(mem, l);
    notifyListWait(s.run(b!), mem, l, tb);
    notifyListWait(s.run(a!), mem, l, ta);
    notifyListNotifyOne(s.run(r!), mem, l);
    expect(s.events.slice(-1)).toEqual(['ready a']);
    notifyListNotifyOne(s, mem, l);
    expect(s.events.slice(-1)).toEqual(['ready b']);
    // Nobody holds a ticket now: nothing to notify.
    notifyListNotifyOne(s, mem, l);
    expect(mem.load32(l + 4)).toBe(2);
  });

  test('notifyAll wakes every sleeper and notifies tickets not yet waited on', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, b, c, r] = gs('a', 'b', 'c', 'r');
    const ts = [a, b, c].map(() => notifyListAdd(mem, l));
    notifyListWait(s.run(a!), mem, l, ts[0]!);
    notifyListWait(s.run(b!), mem, l, ts[1]!);
    notifyListNotifyAll(s.run(r!), mem, l);
    expect(s.events.filter((e) => e.startsWith('ready'))).toEqual(['ready a', 'ready b']);
    notifyListWait(s.run(c!), mem, l, ts[2]!);
    expect(s.parked.size).toBe(0);
  });

  test('tickets compare across wrap-around', () => {
    const s = new FakeSched();
    const mem = newMem();
    const [a, r] = gs('a', 'r');
    mem.store32(l, 0xffffffff);
    mem.store32(l + 4, 0xffffffff);
    const t1 = notifyListAdd(mem, l);
    const t2 = notifyListAdd(mem, l);
    expect([t1, t2]).toEqual([0xffffffff, 0]);
    notifyListNotifyOne(s.run(r!), mem, l);
    notifyListWait(s.run(a!), mem, l, t2);
    expect(s.parked.has(a!)).toBe(true);
    notifyListNotifyOne(s.run(r!), mem, l);
    expect(s.parked.size).toBe(0);
  });
});
