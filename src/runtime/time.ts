// Runtime timers (Go's runtime/time.go): what time.Sleep, time.Timer, time.Ticker and
// time.AfterFunc stand on, kept per P and run by the scheduler.
//
// Design
//   A timer is a record { when, period, f, arg, seq } that says "at nanotime `when`, call
//   f(arg, seq); if period > 0, again every period". Each P keeps the timers started on it in a
//   4-ary min-heap ordered by `when` (a 4-ary heap is shallower than a binary one, and timers are
//   added far more often than the top is removed). A P's scheduler checks its own heap every time
//   it looks for work (findRunnable → checkTimers), and an M with nothing to do takes other Ps'
//   due timers when it steals; when every M is idle the scheduler sleeps until the earliest
//   `when` of all heaps (nextWhen) and then runs it.
//
//   Changing a timer does not touch the heap where it sits, which may belong to another P.
//   Instead its status records the change, and the owning P applies it later:
//
//     NoStatus         not in any heap (new, or a one-shot timer that has run)
//     Waiting          in a heap, `when` is right
//     Deleted          stopped (deltimer) but still in its heap; removed when it reaches the top,
//                      or in a sweep once deleted timers exceed a quarter of the heap
//     Removed          a deleted timer taken out of its heap
//     ModifiedEarlier  reset (modtimer) to `nextwhen` < when; P.timerModifiedEarliest tells the
//     ModifiedLater    owner to re-sort early enough (adjusttimers); a later `when` can wait until
//                      the timer reaches the top (cleantimers, runtimer)
//
//   checkTimers(pp, now):
//     1. next = the earlier of the heap top's when (timer0When) and timerModifiedEarliest; if
//        it is in the future, stop (unless deleted timers need sweeping on our own P).
//     2. adjusttimers: if a timer was moved earlier and that time has come, walk the heap,
//        dropping deleted timers and re-inserting modified ones at their new `when`.
//     3. runtimer until the top is in the future: a due one-shot timer leaves the heap (status
//        NoStatus), a periodic one moves on by whole periods past now; then f(arg, seq) runs.
//     4. On our own P, sweep deleted timers if they are more than a quarter of the heap.
//
//   The `f`s are TypeScript functions that act on the scheduler at once, as Go's do on the
//   scheduling M's stack: goroutineReady (time.Sleep) readies the sleeping G; package time's
//   sendTime and goFunc (src/stdlib/time/timers.ts) send on a channel or start a goroutine.
//   time.Sleep keeps one timer per G and reuses it, as Go's gp.timer.
//
// Invariants (checkTimerHeap): every heap entry's parent has a `when` no later than its own;
// every timer in pp's heap has t.pp === pp and a status among Waiting, Deleted, Modified*;
// deletedTimers counts the Deleted ones; timer0When is the top's `when` (0 when empty).
//
// How it differs from Go: one JS thread runs every M, so there are no locks and the transient
// statuses that stand for them (Running, Removing, Modifying, Moving) never exist. `when` is a
// double: nanotime values stay far below 2^53 (the host clock counts from process start, the
// fake clock from 1), and a time past the end of int64 (maxWhen) is only compared. The timer
// records live outside the address space (DESIGN decision 1), so the collector will have to
// treat the arguments they hold (channels, funcs) as roots. Timers follow the wall clock while
// preemption follows emulated time (DESIGN decision 11), so between turns the scheduler looks for
// due timers itself (proc.ts pokeTimers): it preempts the goroutine of a P whose timers are due
// and starts an M for those of idle Ps, where Go relies on sysmon's 10 ms of real time and on
// the netpoller waking an idle M.
import type { G } from '../vm/goroutine.js';
import type { M, P } from './runtime2.js';
import { WaitReason } from './runtime2.js';
import { InternalError } from './error.js';

export enum TimerStatus {
  NoStatus,
  Waiting,
  Deleted,
  Removed,
  ModifiedEarlier,
  ModifiedLater,
}

/** What a timer does when it fires; runs on the scheduler, so it must not block. */
export type TimerFunc = (arg: unknown, seq: number) => void;

/** The largest `when` (a time that never comes: the end of int64). */
export const maxWhen = 2 ** 63 - 1;

export class Timer {
  /** The P whose heap holds this timer, or null. */
  pp: P | null = null;
  /** When to fire, in nanotime nanoseconds (positive). */
  when = 0;
  /** If positive, fire again every period nanoseconds. */
  period = 0;
  /** The new `when` of a ModifiedEarlier/ModifiedLater timer. */
  nextwhen = 0;
  status = TimerStatus.NoStatus;
  /** Called when the timer leaves its heap for good (it ran once, or was stopped and removed). */
  release: ((t: Timer) => void) | null = null;

  constructor(
    public f: TimerFunc,
    public arg: unknown,
    public seq = 0,
  ) {}
}

/** A P's timers (the timers fields of Go's p). */
class PTimers {
  /** The 4-ary heap. */
  readonly heap: Timer[] = [];
  /** How many timers in the heap are Deleted. */
  deletedTimers = 0;
  /** `when` of heap[0], or 0 when the heap is empty. */
  timer0When = 0;
  /** The earliest nextwhen of a ModifiedEarlier timer, or 0. */
  timerModifiedEarliest = 0;
}

/** What the timers need of the scheduler (Sched). */
export interface TimerSched {
  readonly allp: readonly P[];
  /** The M running now; its P gets new timers. */
  readonly curm: M;
  goready(gp: G): void;
  gopark(reason: WaitReason): void;
  getg(): G;
}

export class Timers {
  private readonly ps = new WeakMap<P, PTimers>();
  /** Each goroutine's time.Sleep timer (Go's g.timer). */
  private readonly sleepTimers = new WeakMap<G, Timer>();

  constructor(
    readonly sched: TimerSched,
    private readonly nanotime: () => number,
  ) {}

  private of(pp: P): PTimers {
    let x = this.ps.get(pp);
    if (x === undefined) {
      x = new PTimers();
      this.ps.set(pp, x);
    }
    return x;
  }

  // ---- time.Sleep ----------------------------------------------------------------------------

  /** timeSleep: park the running G for ns nanoseconds ([sleep]); its timer readies it. */
  timeSleep(ns: number): void {
    if (ns <= 0) return;
    const gp = this.sched.getg();
    let t = this.sleepTimers.get(gp);
    if (t === undefined) {
      t = new Timer(this.goroutineReady, gp);
      this.sleepTimers.set(gp, t);
    }
    let when = this.nanotime() + ns;
    if (when > maxWhen) when = maxWhen;
    this.sched.gopark(WaitReason.Sleep);
    this.resettimer(t, when);
  }

  private readonly goroutineReady: TimerFunc = (arg) => {
    this.sched.goready(arg as G);
  };

  // ---- starting, stopping, changing ------------------------------------------------------------

  /** addtimer: put a new timer (NoStatus) on the current P's heap. */
  addtimer(t: Timer): void {
    if (!(t.when > 0)) throw new InternalError('timer when must be positive');
    if (t.period < 0) throw new InternalError('timer period must be non-negative');
    if (t.status !== TimerStatus.NoStatus) throw new InternalError('addtimer called with initialized timer');
    t.status = TimerStatus.Waiting;
    const pp = this.curP();
    this.cleantimers(pp);
    this.doaddtimer(pp, t);
  }

  /** deltimer: stop t. Reports whether it was pending (would still have fired). */
  deltimer(t: Timer): boolean {
    switch (t.status) {
      case TimerStatus.Waiting:
      case TimerStatus.ModifiedLater:
      case TimerStatus.ModifiedEarlier:
        t.status = TimerStatus.Deleted;
        this.of(t.pp!).deletedTimers++;
        return true;
      default:
        return false;
    }
  }

  /**
   * modtimer: give t a new when/period/f/arg/seq. A timer in a heap is marked modified (its owner
   * moves it); one outside any heap is added to the current P's. Reports whether it was pending.
   */
  modtimer(t: Timer, when: number, period: number, f: TimerFunc, arg: unknown, seq: number): boolean {
    if (!(when > 0)) throw new InternalError('timer when must be positive');
    if (period < 0) throw new InternalError('timer period must be non-negative');
    let pending: boolean;
    let inHeap = true;
    switch (t.status) {
      case TimerStatus.Waiting:
      case TimerStatus.ModifiedEarlier:
      case TimerStatus.ModifiedLater:
        pending = true;
        break;
      case TimerStatus.NoStatus:
      case TimerStatus.Removed:
        pending = false;
        inHeap = false;
        break;
      case TimerStatus.Deleted:
        this.of(t.pp!).deletedTimers--;
        pending = false;
        break;
    }
    t.period = period;
    t.f = f;
    t.arg = arg;
    t.seq = seq;
    if (!inHeap) {
      t.when = when;
      this.doaddtimer(this.curP(), t);
      t.status = TimerStatus.Waiting;
    } else {
      t.nextwhen = when;
      if (when < t.when) {
        t.status = TimerStatus.ModifiedEarlier;
        const pt = this.of(t.pp!);
        if (pt.timerModifiedEarliest === 0 || when < pt.timerModifiedEarliest) pt.timerModifiedEarliest = when;
      } else t.status = TimerStatus.ModifiedLater;
    }
    return pending;
  }

  /** resettimer: modtimer with the same f, arg and seq. */
  resettimer(t: Timer, when: number): boolean {
    return this.modtimer(t, when, t.period, t.f, t.arg, t.seq);
  }

  private curP(): P {
    const pp = this.sched.curm.p;
    if (pp === null) throw new InternalError('timer operation without a P');
    return pp;
  }

  // ---- the heap --------------------------------------------------------------------------------

  private doaddtimer(pp: P, t: Timer): void {
    if (t.pp !== null) throw new InternalError('doaddtimer: P already set in timer');
    t.pp = pp;
    const pt = this.of(pp);
    pt.heap.push(t);
    siftup(pt.heap, pt.heap.length - 1);
    if (pt.heap[0] === t) pt.timer0When = t.when;
  }

  /** dodeltimer: remove heap[i]; returns the smallest index whose entry changed. */
  private dodeltimer(pp: P, i: number): number {
    const pt = this.of(pp);
    const h = pt.heap;
    h[i]!.pp = null;
    const last = h.length - 1;
    let changed = i;
    if (i !== last) {
      h[i] = h[last]!;
      h.pop();
      changed = siftup(h, i);
      siftdown(h, i);
    } else h.pop();
    if (i === 0) updateTimer0When(pt);
    if (h.length === 0) pt.timerModifiedEarliest = 0;
    return changed;
  }

  /** dodeltimer0: remove the top of the heap. */
  private dodeltimer0(pp: P): void {
    const pt = this.of(pp);
    const h = pt.heap;
    h[0]!.pp = null;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      siftdown(h, 0);
    }
    updateTimer0When(pt);
    if (h.length === 0) pt.timerModifiedEarliest = 0;
  }

  /** The timer left its heap for good. */
  private removed(t: Timer, status: TimerStatus.Removed | TimerStatus.NoStatus): void {
    t.status = status;
    t.release?.(t);
  }

  /** cleantimers: drop deleted timers and re-sort modified ones at the top of pp's heap. */
  private cleantimers(pp: P): void {
    const pt = this.of(pp);
    while (pt.heap.length > 0) {
      const t = pt.heap[0]!;
      if (t.status === TimerStatus.Deleted) {
        this.dodeltimer0(pp);
        pt.deletedTimers--;
        this.removed(t, TimerStatus.Removed);
      } else if (t.status === TimerStatus.ModifiedEarlier || t.status === TimerStatus.ModifiedLater) {
        this.move0(pp, t);
      } else return;
    }
  }

  /** The top timer t was modified: take it out and put it back at its nextwhen. */
  private move0(pp: P, t: Timer): void {
    t.when = t.nextwhen;
    this.dodeltimer0(pp);
    this.doaddtimer(pp, t);
    t.status = TimerStatus.Waiting;
  }

  /** adjusttimers: if a timer was moved earlier to a time that has come, re-sort the whole heap. */
  private adjusttimers(pp: P, now: number): void {
    const pt = this.of(pp);
    const first = pt.timerModifiedEarliest;
    if (first === 0 || first > now) return;
    pt.timerModifiedEarliest = 0;
    const moved: Timer[] = [];
    for (let i = 0; i < pt.heap.length; i++) {
      const t = pt.heap[i]!;
      if (t.status === TimerStatus.Deleted) {
        i = this.dodeltimer(pp, i) - 1;
        pt.deletedTimers--;
        this.removed(t, TimerStatus.Removed);
      } else if (t.status === TimerStatus.ModifiedEarlier || t.status === TimerStatus.ModifiedLater) {
        t.when = t.nextwhen;
        i = this.dodeltimer(pp, i) - 1;
        moved.push(t);
      }
    }
    for (const t of moved) {
      this.doaddtimer(pp, t);
      t.status = TimerStatus.Waiting;
    }
  }

  /**
   * runtimer: look at the top of pp's heap. Returns 0 if it ran a timer, the top's `when` if
   * that is still to come, -1 if the heap became empty.
   */
  private runtimer(pp: P, now: number): number {
    const pt = this.of(pp);
    for (;;) {
      const t = pt.heap[0]!;
      switch (t.status) {
        case TimerStatus.Waiting:
          if (t.when > now) return t.when;
          this.runOneTimer(pp, t, now);
          return 0;
        case TimerStatus.Deleted:
          this.dodeltimer0(pp);
          pt.deletedTimers--;
          this.removed(t, TimerStatus.Removed);
          if (pt.heap.length === 0) return -1;
          break;
        case TimerStatus.ModifiedEarlier:
        case TimerStatus.ModifiedLater:
          this.move0(pp, t);
          break;
        default:
          throw new InternalError(`runtimer: bad timer status ${TimerStatus[t.status]}`);
      }
    }
  }

  /** runOneTimer: t (the top, due) fires: reschedule or remove it, then call f. */
  private runOneTimer(pp: P, t: Timer, now: number): void {
    const pt = this.of(pp);
    const { f, arg, seq } = t;
    if (t.period > 0) {
      // Skip the periods that have passed: the next tick is the first one after now.
      const late = now - t.when;
      t.when += t.period * (1 + Math.floor(late / t.period));
      if (t.when > maxWhen) t.when = maxWhen;
      siftdown(pt.heap, 0);
      updateTimer0When(pt);
    } else {
      this.dodeltimer0(pp);
      this.removed(t, TimerStatus.NoStatus);
    }
    f(arg, seq);
  }

  /** clearDeletedTimers: rebuild pp's heap without its deleted timers, applying modifications. */
  private clearDeletedTimers(pp: P): void {
    const pt = this.of(pp);
    pt.timerModifiedEarliest = 0;
    const h = pt.heap;
    let to = 0;
    for (const t of [...h]) {
      if (t.status === TimerStatus.Deleted) {
        t.pp = null;
        pt.deletedTimers--;
        this.removed(t, TimerStatus.Removed);
        continue;
      }
      if (t.status === TimerStatus.ModifiedEarlier || t.status === TimerStatus.ModifiedLater) {
        t.when = t.nextwhen;
        t.status = TimerStatus.Waiting;
      }
      h[to] = t;
      siftup(h, to);
      to++;
    }
    h.length = to;
    updateTimer0When(pt);
  }

  // ---- TimerSet: what the scheduler calls ------------------------------------------------------

  /**
   * checkTimers: run pp's timers that are due at `now`. Reports whether any ran (the caller
   * looks at its run queue again: a timer may have readied a goroutine there).
   */
  checkTimers(pp: P, now: number): boolean {
    const pt = this.ps.get(pp);
    if (pt === undefined) return false;
    const next = wakeTime(pt);
    if (next === 0) return false;
    const own = pp === this.sched.curm.p;
    if (now < next && !(own && pt.deletedTimers > pt.heap.length / 4)) return false;
    let ran = false;
    if (pt.heap.length > 0) {
      this.adjusttimers(pp, now);
      while (pt.heap.length > 0) {
        if (this.runtimer(pp, now) !== 0) break;
        ran = true;
      }
    }
    if (own && pt.deletedTimers > pt.heap.length / 4) this.clearDeletedTimers(pp);
    return ran;
  }

  /** timeSleepUntil: the earliest time a timer on any P may need to run, or Infinity. */
  nextWhen(): number {
    let next = Infinity;
    for (const pp of this.sched.allp) {
      const pt = this.ps.get(pp);
      if (pt === undefined) continue;
      const w = wakeTime(pt);
      if (w !== 0 && w < next) next = w;
    }
    return next;
  }

  /** nobarrierWakeTime: when pp's timers may next need to run, or 0 if it has none. */
  wakeTime(pp: P): number {
    const pt = this.ps.get(pp);
    return pt === undefined ? 0 : wakeTime(pt);
  }

  /** len(pp.timers), deleted ones included (scheddetail's timerslen). */
  count(pp: P): number {
    return this.ps.get(pp)?.heap.length ?? 0;
  }

  /** moveTimers: pp is being destroyed (GOMAXPROCS shrank); its live timers go to `to`. */
  moveTimers(pp: P, to: P): void {
    const pt = this.ps.get(pp);
    if (pt === undefined) return;
    const timers = [...pt.heap];
    pt.heap.length = 0;
    pt.deletedTimers = 0;
    pt.timer0When = 0;
    pt.timerModifiedEarliest = 0;
    for (const t of timers) {
      t.pp = null;
      if (t.status === TimerStatus.Deleted) {
        this.removed(t, TimerStatus.Removed);
        continue;
      }
      if (t.status === TimerStatus.ModifiedEarlier || t.status === TimerStatus.ModifiedLater) t.when = t.nextwhen;
      this.doaddtimer(to, t);
      t.status = TimerStatus.Waiting;
    }
  }

  /** Check pp's heap invariants (see the header); throws InternalError on a violation. */
  checkTimerHeap(pp: P): void {
    const pt = this.ps.get(pp);
    if (pt === undefined) return;
    const h = pt.heap;
    let deleted = 0;
    h.forEach((t, i) => {
      if (t.pp !== pp) throw new InternalError(`timer heap of P${pp.id}: entry ${i} belongs to another P`);
      if (i > 0 && t.when < h[(i - 1) >> 2]!.when) throw new InternalError(`bad timer heap at ${i}`);
      if (t.status === TimerStatus.Deleted) deleted++;
      else if (t.status === TimerStatus.NoStatus || t.status === TimerStatus.Removed) {
        throw new InternalError(`timer heap of P${pp.id}: entry ${i} has status ${TimerStatus[t.status]}`);
      }
    });
    if (deleted !== pt.deletedTimers) throw new InternalError(`timer heap of P${pp.id}: ${deleted} deleted timers, deletedTimers=${pt.deletedTimers}`);
    if (pt.timer0When !== (h.length === 0 ? 0 : h[0]!.when)) throw new InternalError(`timer heap of P${pp.id}: stale timer0When`);
  }
}

/** nobarrierWakeTime: the earlier of the heap top's when and the earliest modified-earlier time (0: none). */
function wakeTime(pt: PTimers): number {
  const next = pt.timer0When;
  const adj = pt.timerModifiedEarliest;
  if (next === 0 || (adj !== 0 && adj < next)) return adj;
  return next;
}

function updateTimer0When(pt: PTimers): void {
  pt.timer0When = pt.heap.length === 0 ? 0 : pt.heap[0]!.when;
}

/** Move h[i] up to its place; returns where it ended. */
function siftup(h: Timer[], i: number): number {
  const t = h[i]!;
  const when = t.when;
  while (i > 0) {
    const parent = (i - 1) >> 2;
    if (when >= h[parent]!.when) break;
    h[i] = h[parent]!;
    i = parent;
  }
  h[i] = t;
  return i;
}

/** Move h[i] down to its place: below it, the smallest of up to four children rises. */
function siftdown(h: Timer[], i: number): void {
  const n = h.length;
  const t = h[i]!;
  const when = t.when;
  for (;;) {
    const first = 4 * i + 1;
    if (first >= n) break;
    let c = first;
    const end = Math.min(first + 4, n);
    for (let k = first + 1; k < end; k++) if (h[k]!.when < h[c]!.when) c = k;
    if (h[c]!.when >= when) break;
    h[i] = h[c]!;
    i = c;
  }
  h[i] = t;
}
