// Package time's side of the runtime timers: from a runtimeTimer in the address space to the
// runtime's Timer record (src/runtime/time.ts), and the two things such a timer does when it
// fires, which Go runs on the scheduler's stack and minigo runs in TypeScript.
//
// Design
//   sleep.go hands the runtime a *runtimeTimer (when, period, f, arg, seq at Go's offsets). The
//   runtime's record of it is a Timer object outside the address space (DESIGN decision 1),
//   found again by the struct's address while it is in a heap. When the Timer leaves its heap
//   for good (it fired once, or was stopped and swept) the entry goes, so a program that makes
//   a million time.After channels keeps none of their records; a later Reset of that struct
//   starts a new record from the fields in memory, which is what Go's modtimer does with a
//   timer in no heap.
//
//   f is one of two functions of package time, recognised by name:
//     sendTime  a non-blocking send of Now() on the channel in arg (chansendNB): a Timer's or
//               Ticker's channel holds one value; a tick that finds it full is dropped.
//     goFunc    `go f()` for the func in arg (AfterFunc): a new goroutine, created by goFunc.
//
//   Now() built here must equal Go's Now() in sleep.go's package: it reads time.Local's current
//   value and startNano, whose addresses the package's variable natives recorded at
//   initialization (natives.ts).
//
//   The records live outside the address space, so the struct, its channel or func, and the
//   scratch Time are registered as roots of the collector (MHeap.rootScanners).
//
// How it differs from Go: Go's runtime timer is the runtimeTimer struct itself; here the struct
// only carries the arguments, and its pp/nextwhen/status words stay zero.
import type { NativeContext } from '../../vm/program.js';
import { Timer, Timers, type TimerFunc } from '../../runtime/time.js';
import { InternalError } from '../../runtime/error.js';
import { chansendNB } from '../../runtime/chan.js';

// runtimeTimer field offsets (amd64).
const RT_WHEN = 8;
const RT_PERIOD = 16;
const RT_F = 24;
const RT_ARG_DATA = 40;
const RT_SEQ = 48;

/** Time's fields: wall uint64, ext int64, loc *Location. */
const timeSize = 24;
const hasMonotonic = 1n << 63n;
/** Seconds from 0001-01-01 to 1885-01-01 (the monotonic wall epoch) and to 1970-01-01. */
const wallToInternal = 688117 * 86400;
const unixToInternal = 719162 * 86400;

/** The runtime's record of the runtimeTimer at addr. */
class StructTimer extends Timer {
  constructor(
    readonly addr: number,
    f: TimerFunc,
    arg: unknown,
    seq: number,
  ) {
    super(f, arg, seq);
  }
}

/** Package time's runtime state in one VM. */
export class TimeState {
  /** The runtime's record of each runtimeTimer in a heap, by the struct's address. */
  readonly byAddr = new Map<number, Timer>();
  /** Addresses of the package variables Local and startNano (0 until initialized). */
  localVar = 0;
  startNanoVar = 0;
  /** A scratch Time for sendTime's element. */
  private scratch = 0;
  readonly timers: Timers;
  private readonly release = (t: Timer): void => {
    const addr = (t as StructTimer).addr;
    if (this.byAddr.get(addr) === t) this.byAddr.delete(addr);
  };

  constructor(private readonly vm: NativeContext) {
    const sched = vm.sched;
    const timers = sched.timers instanceof Timers ? sched.timers : new Timers(sched, () => sched.opts.clock.nanotime());
    sched.timers = timers;
    this.timers = timers;
    vm.heap.rootScanners.push((shade) => this.scanRoots(shade));
  }

  /**
   * The collector's roots here (as Go's P.timers keeps its *timer entries alive): each pending
   * runtimeTimer struct, its channel or func, and the scratch Time.
   */
  private scanRoots(shade: (p: number) => void): void {
    for (const [addr, t] of this.byAddr) {
      shade(addr);
      if (typeof t.arg === 'number') shade(t.arg);
    }
    shade(this.scratch);
  }

  /** startTimer(t): a new runtime timer from the struct at addr, on the current P. */
  start(addr: number): void {
    const t = this.fromStruct(addr);
    t.when = this.loadInt(addr + RT_WHEN);
    t.period = this.loadInt(addr + RT_PERIOD);
    this.byAddr.set(addr, t);
    this.timers.addtimer(t);
  }

  /** stopTimer(t): whether it was pending. */
  stop(addr: number): boolean {
    const t = this.byAddr.get(addr);
    return t !== undefined && this.timers.deltimer(t);
  }

  /** resetTimer(t, when): whether it was pending. */
  reset(addr: number, when: number): boolean {
    return this.timers.resettimer(this.record(addr), when);
  }

  /** modTimer(t, when, period, f, arg, seq); the struct keeps the new period, as Go's does. */
  modify(addr: number, when: number, period: number, fv: number, arg: number, seq: number): boolean {
    this.vm.mem.store64(addr + RT_PERIOD, period);
    return this.timers.modtimer(this.record(addr), when, period, this.timerFunc(fv), arg, seq);
  }

  /** The record of the struct at addr; a new one (in no heap) if it has none. */
  private record(addr: number): Timer {
    let t = this.byAddr.get(addr);
    if (t === undefined) {
      t = this.fromStruct(addr);
      t.period = this.loadInt(addr + RT_PERIOD);
      this.byAddr.set(addr, t);
    }
    return t;
  }

  /** A Timer (not yet started) with the f, arg and seq of the struct at addr. */
  private fromStruct(addr: number): Timer {
    const mem = this.vm.mem;
    const t = new StructTimer(addr, this.timerFunc(mem.loadPtr(addr + RT_F)), mem.loadPtr(addr + RT_ARG_DATA), mem.load64(addr + RT_SEQ));
    t.release = this.release;
    return t;
  }

  private loadInt(a: number): number {
    return Number(this.vm.mem.loadInt64Big(a));
  }

  /** The TimerFunc for func value fv: sendTime or goFunc of this package. */
  private timerFunc(fv: number): TimerFunc {
    const fi = fv === 0 ? -1 : this.vm.mem.loadPtr(fv);
    switch (this.vm.funcs[fi]?.name) {
      case 'time.sendTime':
        return this.sendTime;
      case 'time.goFunc':
        return (arg) => this.goFunc(arg as number, fi);
    }
    throw new InternalError('time: a runtime timer needs time.sendTime or time.goFunc as its f');
  }

  /** sendTime: Now() on channel c, unless its buffer is full. */
  private readonly sendTime: TimerFunc = (c) => {
    if (this.scratch === 0) this.scratch = this.vm.alloc(timeSize, true);
    this.now(this.scratch);
    chansendNB(this.vm, c as number, this.scratch);
  };

  /** goFunc: go f(), where fv is f's func value; the goroutine is created by time.goFunc. */
  private goFunc(fv: number, goFuncIndex: number): void {
    const g = this.vm.sched.newproc(this.vm.mem.loadPtr(fv), fv, null);
    g.gopcFn = goFuncIndex;
  }

  /** Write Now() (sleep.go's) at address p. */
  private now(p: number): void {
    const mem = this.vm.mem;
    const clock = this.vm.sched.opts.clock;
    const [sec, nsec] = clock.walltime();
    const mono = clock.nanotime() - Number(mem.loadInt64Big(this.startNanoVar));
    const s = sec + unixToInternal - wallToInternal;
    const loc = this.localVar === 0 ? 0 : mem.loadPtr(this.localVar);
    if (s >= 0 && s < 2 ** 33) {
      mem.store64Big(p, hasMonotonic | (BigInt(s) << 30n) | BigInt(nsec));
      mem.store64Big(p + 8, BigInt(mono));
    } else {
      mem.store64(p, nsec);
      mem.store64Big(p + 8, BigInt(sec) + BigInt(unixToInternal));
    }
    mem.storePtr(p + 16, loc);
  }
}

const states = new WeakMap<NativeContext, TimeState>();

/** The time package's state for vm (made, and the runtime timers installed, on first use). */
export function timeState(vm: NativeContext): TimeState {
  let s = states.get(vm);
  if (s === undefined) {
    s = new TimeState(vm);
    states.set(vm, s);
  }
  return s;
}
