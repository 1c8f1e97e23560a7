// Semaphores and notify lists: how package sync puts goroutines to sleep (Go's runtime/sema.go).
//
// Design
//   sync.Mutex, RWMutex and WaitGroup keep their state in words of their own and call into the
//   runtime only to sleep and to wake: `semacquire(addr)` waits until the uint32 at addr is
//   positive and decrements it; `semrelease(addr)` increments it and wakes one waiter. The
//   counter lives in the Go object (simulated memory); the waiters live here, in the semaphore
//   table, keyed by the counter's address, so a Mutex costs no runtime allocation until someone
//   actually waits on it.
//
//   semtable   251 roots (semTabSize); an address belongs to root (addr >> 3) % 251. A root
//              counts its waiters (nwait), which lets semrelease return at once when nobody
//              sleeps on any address of the root, and holds one queue of sudogs per address.
//   Sudog      a waiting goroutine and what it waits for: the address (elem) or, on a notify
//              list, its ticket.
//   queueing   a waiter normally joins the tail of its address's queue (FIFO); a Mutex waiter
//              that has been woken before and lost the race again asks for `lifo` and goes to
//              the head, so that it is the next one woken (mutex.go's starvation fight).
//   handoff    semrelease(addr, handoff=true), used by an Unlock in starvation mode, hands the
//              count to the woken waiter and yields the releaser's P to it (goyield): the waiter
//              runs next and nobody can barge in between.
//
//   notifyList (sync.Cond): a ticket lock. notifyListAdd takes ticket `wait++`; notifyListWait(t)
//   sleeps unless ticket t has already been notified (t < notify, in wrap-around arithmetic);
//   notifyOne wakes the waiter holding ticket `notify` and increments it; notifyAll sets notify
//   to wait and wakes every sleeper. Because the ticket is taken before the Cond's lock is
//   released, a Signal between Unlock and the sleep is never lost. The two counters sit in the
//   sync.notifyList struct (offsets 0 and 4); its lock, head and tail words stay zero, since
//   the sleepers are kept here, by the struct's address.
//
//   Blocking. A parked goroutine resumes at the instruction after the native that parked it, so
//   it cannot retry anything when it wakes: the waker completes the operation for it, as Go's
//   direct handoff does. semrelease increments the count and, if it wakes a waiter, takes the
//   count back on the waiter's behalf before readying it; a woken waiter owns one unit.
//
// How it differs from Go: each root keeps a JS Map from address to queue instead of a treap of
// sudogs (the treap is how Go finds an address among a root's waiters in O(log n); a Map does
// the same, and no random treap priorities are drawn). A woken waiter is given its unit at once
// even without handoff; in Go it re-checks the count when it runs and may find it taken by a
// goroutine that barged in, and then queues again. Both are valid orders; nothing is lost. No
// locks (one JS thread), no block or mutex profiles. Sudogs are runtime bookkeeping outside the
// simulated address space (DESIGN decision 1), so the tables are per scheduler, not global.
import type { G } from '../vm/goroutine.js';
import { WaitReason } from './runtime2.js';
import { InternalError } from './error.js';

/** What the semaphores need of the scheduler (proc.ts Sched). */
export interface SemaSched {
  getg(): G;
  gopark(reason: WaitReason): void;
  goready(gp: G): void;
  goyield(): void;
  readonly curm: { locks: number };
}

/** The semaphore words: 32-bit loads and stores of simulated memory. */
export interface SemaMem {
  load32(a: number): number;
  store32(a: number, v: number): void;
}

/**
 * A goroutine waiting on a semaphore address or a notify list (runtime2.go sudog). Go has one
 * sudog type for channels and semaphores; minigo's channel sudog (chan.ts) carries what a
 * channel operation needs, this one what a semaphore needs.
 */
class Sudog {
  /** Next waiter in the same queue (waitlink / next). */
  next: Sudog | null = null;
  constructor(
    readonly g: G,
    /** The semaphore's address; 0 on a notify list. */
    readonly elem: number,
    /** The notify-list ticket. */
    readonly ticket: number,
  ) {}
}

/** A FIFO of sudogs that can also take one at the head. */
class SudogQueue {
  head: Sudog | null = null;
  tail: Sudog | null = null;
  push(s: Sudog, lifo: boolean): void {
    if (this.head === null) {
      this.head = this.tail = s;
    } else if (lifo) {
      s.next = this.head;
      this.head = s;
    } else {
      this.tail!.next = s;
      this.tail = s;
    }
  }
  shift(): Sudog | null {
    const s = this.head;
    if (s === null) return null;
    this.head = s.next;
    if (this.head === null) this.tail = null;
    s.next = null;
    return s;
  }
  /** Remove and return the sudog holding ticket t, or null. */
  take(t: number): Sudog | null {
    let prev: Sudog | null = null;
    for (let s = this.head; s !== null; prev = s, s = s.next) {
      if (s.ticket !== t) continue;
      if (prev === null) this.head = s.next;
      else prev.next = s.next;
      if (this.tail === s) this.tail = prev;
      s.next = null;
      return s;
    }
    return null;
  }
}

/** One root of the semaphore table. */
class SemaRoot {
  /** Waiters on all of this root's addresses (read without the lock in Go). */
  nwait = 0;
  readonly queues = new Map<number, SudogQueue>();

  queue(addr: number, s: Sudog, lifo: boolean): void {
    let q = this.queues.get(addr);
    if (q === undefined) {
      q = new SudogQueue();
      this.queues.set(addr, q);
    }
    q.push(s, lifo);
  }

  /** The first waiter on addr, or null. */
  dequeue(addr: number): Sudog | null {
    const q = this.queues.get(addr);
    if (q === undefined) return null;
    const s = q.shift();
    if (q.head === null) this.queues.delete(addr);
    return s;
  }
}

/** Number of roots in the semaphore table (a prime, as in Go). */
export const semTabSize = 251;

/** Size in bytes of sync.notifyList, whose counters the runtime reads (checked at sync's init). */
export const notifyListSize = 32;

/** The semaphore table and the notify lists' sleepers of one running program. */
export class SemTable {
  readonly roots: SemaRoot[] = Array.from({ length: semTabSize }, () => new SemaRoot());
  /** Sleepers by the notifyList's address, in the order they went to sleep. */
  readonly notifyWaiters = new Map<number, SudogQueue>();

  rootFor(addr: number): SemaRoot {
    return this.roots[Math.floor(addr / 8) % semTabSize]!;
  }
}

const tables = new WeakMap<SemaSched, SemTable>();

/** The semaphore table of the program that sched runs. */
export function semtable(sched: SemaSched): SemTable {
  let t = tables.get(sched);
  if (t === undefined) {
    t = new SemTable();
    tables.set(sched, t);
  }
  return t;
}

/**
 * The collector's root job for semaphores: every address someone sleeps on (Go's sudog.elem),
 * so that the Mutex or WaitGroup holding it outlives its sleepers.
 */
export function semaRoots(sched: SemaSched, shade: (p: number) => void): void {
  const t = tables.get(sched);
  if (t === undefined) return;
  for (const r of t.roots) for (const addr of r.queues.keys()) shade(addr);
  for (const addr of t.notifyWaiters.keys()) shade(addr);
}

/** cansemacquire: take one unit if the count is positive. */
function cansemacquire(mem: SemaMem, addr: number): boolean {
  const v = mem.load32(addr);
  if (v === 0) return false;
  mem.store32(addr, v - 1);
  return true;
}

/**
 * semacquire1: take one unit of the semaphore at addr, parking the running goroutine with
 * `reason` until semrelease hands it one. `lifo` queues it ahead of the other waiters.
 */
export function semacquire1(sched: SemaSched, mem: SemaMem, addr: number, lifo: boolean, reason: WaitReason = WaitReason.Semacquire): void {
  if (cansemacquire(mem, addr)) return;
  const root = semtable(sched).rootFor(addr);
  root.nwait++;
  root.queue(addr, new Sudog(sched.getg(), addr, 0), lifo);
  sched.gopark(reason);
}

/**
 * semrelease1: add one unit to the semaphore at addr and wake its first waiter, giving the unit
 * to it. With `handoff`, the caller also yields so that the waiter runs next.
 */
export function semrelease1(sched: SemaSched, mem: SemaMem, addr: number, handoff: boolean): void {
  const root = semtable(sched).rootFor(addr);
  mem.store32(addr, (mem.load32(addr) + 1) >>> 0);
  if (root.nwait === 0) return;
  const s = root.dequeue(addr);
  if (s === null) return;
  root.nwait--;
  if (!cansemacquire(mem, addr)) throw new InternalError('semrelease: the released unit is gone');
  sched.goready(s.g);
  if (handoff && sched.curm.locks === 0) sched.goyield();
}

// ---- notify lists (sync.Cond) ------------------------------------------------------------------

/** Offsets of the counters in sync.notifyList. */
const nlWait = 0;
const nlNotify = 4;

/** Ticket a is before ticket b, in wrap-around order. */
function less(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

/** notifyListAdd: the caller's ticket; it must then call notifyListWait with it. */
export function notifyListAdd(mem: SemaMem, l: number): number {
  const t = mem.load32(l + nlWait);
  mem.store32(l + nlWait, (t + 1) >>> 0);
  return t;
}

/** notifyListWait: sleep until ticket t is notified (at once if it already was). */
export function notifyListWait(sched: SemaSched, mem: SemaMem, l: number, t: number): void {
  if (less(t, mem.load32(l + nlNotify))) return;
  const waiters = semtable(sched).notifyWaiters;
  let q = waiters.get(l);
  if (q === undefined) {
    q = new SudogQueue();
    waiters.set(l, q);
  }
  q.push(new Sudog(sched.getg(), 0, t), false);
  sched.gopark(WaitReason.SyncCondWait);
}

/** notifyListNotifyAll: every ticket taken so far is notified; the sleepers wake in order. */
export function notifyListNotifyAll(sched: SemaSched, mem: SemaMem, l: number): void {
  const wait = mem.load32(l + nlWait);
  if (wait === mem.load32(l + nlNotify)) return;
  mem.store32(l + nlNotify, wait);
  const waiters = semtable(sched).notifyWaiters;
  const q = waiters.get(l);
  if (q === undefined) return;
  waiters.delete(l);
  for (let s = q.shift(); s !== null; s = q.shift()) sched.goready(s.g);
}

/** notifyListNotifyOne: notify the oldest ticket not yet notified, waking its holder if it sleeps. */
export function notifyListNotifyOne(sched: SemaSched, mem: SemaMem, l: number): void {
  const t = mem.load32(l + nlNotify);
  if (t === mem.load32(l + nlWait)) return;
  mem.store32(l + nlNotify, (t + 1) >>> 0);
  const waiters = semtable(sched).notifyWaiters;
  const q = waiters.get(l);
  const s = q?.take(t) ?? null;
  if (s === null) return;
  if (q!.head === null) waiters.delete(l);
  sched.goready(s.g);
}
