// The scheduler: Gs, Ms and Ps as Go's runtime/proc.go runs them, emulated on one JS thread.
//
// Design
//   Go multiplexes goroutines (G) onto OS threads (M); an M must hold a processor (P) to run Go
//   code, and there are GOMAXPROCS Ps. Each P has a local run queue of 256 Gs plus `runnext`;
//   there is one global run queue. A new goroutine goes to its creator's `runnext` (newproc),
//   a goroutine readied by another (goready) too. `findRunnable` looks, in Go's order, at the
//   global queue every 61st schedule (fairness), the P's timers, the local queue, the global
//   queue, then steals half of a random victim's queue (four rounds, the last also taking
//   runnext), and finally gives up the P and parks the M. An M that looks for work "spins";
//   `wakep` starts a spinning M on an idle P when work appears and no M spins yet.
//
//   Emulation (DESIGN decisions 9–11). Each M has an emulated clock that advances with the VM
//   instructions its goroutines execute (nsPerStep each). `run()` is the whole process after
//   bootstrap: it repeatedly takes the M with the smallest clock among those holding a P, lets
//   it schedule a G if it has none, and runs that G for a slice of instructions (short when
//   several Ms run, so their goroutines truly interleave; up to sysmon's next wake-up when one
//   runs alone). sysmon runs between slices whenever the emulated time passes its next wake-up:
//   it preempts a G that has held its P for more than 10 ms (the G goes to the global queue at
//   the end of its slice, as gopreempt_m does) and prints schedtrace lines. When no M has work,
//   the earliest timer decides: the host sleeps until it (or the fake clock jumps to it) and the
//   idle time passes on the emulated clocks too; with no timer, checkdead reports the deadlock.
//   Every random choice (steal victims here; select order, map iteration elsewhere) comes from
//   one seeded generator, so a seeded run repeats exactly.
//
//   The VM is reached through `Executor`: it runs a G for a budget of instructions and says why
//   it stopped. A G parks by calling `gopark` from an instruction or native; the VM notices that
//   the G no longer runs and returns at the end of that instruction.
//
//   The collector (mgc.ts, through `Collector`) runs between turns and on Ps: at the start of
//   every turn `poll` runs a stop-the-world phase that is due (every M is between instructions
//   then); findRunnable offers a P to a mark worker first (findRunnableGCWorker) and, before
//   the P would go idle, to an idle mark worker or the background sweeper; a goroutine in
//   assist debt pays it before it runs on. The finalizer goroutine (mfinal.ts) is a G with a
//   TypeScript body (SystemBody) that sets up each finalizer call; findRunnable wakes it when
//   finalizers are queued (wakefing).
//
// How it differs from Go: no locks, atomics or thread handoff (one JS thread); no syscalls or
// netpoller (host I/O is synchronous); Ms are created on demand as Go does, but an M without a
// P costs nothing and never runs.
import type { MemProfiler } from './mprof.js';
import { GCWorkerMode, GQueue, GStatus, M, P, PStatus, WaitReason, goidCacheBatch, runqSize } from './runtime2.js';
import type { G } from '../vm/goroutine.js';
import type { MCache } from './mcache.js';
import { FatalError, InternalError } from './error.js';
import type { InitTrace } from './inittrace.js';

/** Why Executor.execute stopped (the VM's RunStatus). */
export enum ExecStatus {
  /** The goroutine returned from its bottom frame (or finished runtime.Goexit). */
  Done,
  /** The budget ran out; run it again to continue. */
  Budget,
  /** The goroutine parked (gopark) or yielded (Gosched); the scheduler owns it now. */
  Parked,
  /** An unrecovered panic ended the goroutine (already printed): the program exits 2. */
  Panicked,
}

/** What the scheduler needs from the VM. */
export interface Executor {
  /** Run g for up to `budget` instructions. */
  execute(g: G, budget: number): ExecStatus;
  /** Instructions executed by the last execute. */
  readonly steps: number;
  /** Instructions executed so far by the execute in progress (read by natives it calls). */
  stepsNow(): number;
  /** Switch allocation to the running P's mcache. */
  setMCache(c: MCache): void;
  /** A new mcache for a new P. */
  newMCache(): MCache;
  /** Set up g (a new G when null) to call function fi with closure context ctx. */
  initG(g: G | null, fi: number, ctx: number): G;
  /** The program's entry function (runtime.main). */
  readonly entry: number;
  /** Release what a dead G holds that is not reused (called when it goes to the free list). */
  resetG(g: G): void;
  /** Grey every Go pointer g's stack, registers and records hold; returns the stack bytes in use. */
  scanstack(g: G, shade: (p: number) => void): number;
}

/**
 * A runtime goroutine whose body is TypeScript calling Go functions (Go's fing): next(g) sets g
 * up to call the next function and says true, or says false when there is nothing to do, and
 * g then waits with waitReason. When a call returns, the scheduler asks next again.
 */
export interface SystemBody {
  readonly waitReason: WaitReason;
  next(g: G): boolean;
}

/** The collector as the scheduler drives it (mgc.ts). */
export interface Collector {
  /** At the start of m's turn, every M between instructions: run a due stop-the-world phase. */
  poll(m: M): void;
  /** The mark worker pp should run now, if any (findRunnableGCWorker). */
  findRunnableGCWorker(pp: P, now: number): GCWorkerMode;
  /** Collector work for a P that found no goroutine: idle marking or background sweeping. */
  idleWork(): GCWorkerMode;
  /** Run pp's worker on m for up to budget ns, advancing m's clock; returns the ns used. */
  runWorker(m: M, pp: P, budget: number, hasWork: () => boolean): number;
  /** Pay g's assist debt on m, advancing m's clock; returns the ns used. */
  assist(m: M, g: G): number;
  /** A cycle is wanted or running: the scheduler must give it a P rather than sleep. */
  readonly busy: boolean;
}

/** The wall clock the timers use (the host's, or the fake one of --faketime). */
export interface Clock {
  /** Nanoseconds since an arbitrary origin (monotonic). */
  nanotime(): number;
  /** Unix time: seconds and nanoseconds (Go's walltime; one double could not hold it to the ns). */
  walltime(): [sec: number, nsec: number];
  /** Wait until nanotime() reaches `when` (the fake clock jumps there). */
  sleepUntil(when: number): void;
}

/** Timers as the scheduler sees them (time.ts). */
export interface TimerSet {
  /** Run every timer of pp due at `now`; reports whether any ran. */
  checkTimers(pp: P, now: number): boolean;
  /** The earliest `when` of all Ps' timers, or Infinity. */
  nextWhen(): number;
  /** The earliest time pp's timers may need to run, or 0 if it has none. */
  wakeTime(pp: P): number;
  /** Number of timers on pp (scheddetail's timerslen). */
  count(pp: P): number;
  /** pp is being destroyed: its timers move to `to`. */
  moveTimers(pp: P, to: P): void;
}

/** Observers of scheduling events (the tracer interface of DESIGN's "Seeing it"). */
export interface SchedTracer {
  sysmon?(s: Sched, now: number): void;
  /** The collector entered a phase ('sweep termination', 'mark', 'mark termination', 'off'). */
  gcPhase?(phase: string, now: number): void;
}

/** findRunnable's answer when the P is to run collector work instead of a goroutine. */
const gcWork = Symbol('gcWork');

/** Emulated nanoseconds per VM instruction. */
export const nsPerStep = 1;
/** sysmon preempts a G that has run this long (forcePreemptNS). */
export const forcePreemptNS = 10_000_000;
/** Instructions an M runs before the next M takes a turn, when several run. */
const interleaveSteps = 1000;
/** Instructions at most in one slice when one M runs alone. */
const maxSlice = 1 << 22;
/** Instructions at most in one slice while timers are pending (a few ms of the wall clock). */
const timerSlice = 1 << 16;

export interface SchedOptions {
  gomaxprocs: number;
  seed: number;
  clock: Clock;
}

export class Sched {
  readonly allp: P[] = [];
  readonly allm: M[] = [];
  /** Every G ever created, in creation order (allgs). */
  readonly allgs: G[] = [];
  readonly runq = new GQueue();
  /** Idle Ps (pidle), and Ms without work (midle). */
  readonly pidle: P[] = [];
  readonly midle: M[] = [];
  nmspinning = 0;
  goidgen = 0;
  gomaxprocs: number;
  /** Set when main.main has started (newproc then wakes Ps). */
  mainStarted = false;
  /** main called runtime.Goexit (checkdead's "no goroutines" case). */
  mainExited = false;
  /** The G running now and its M (getg().m). */
  curm!: M;
  /** sysmon's state. */
  sysmonNext = 20_000;
  private sysmonDelay = 20_000;
  private sysmonIdle = 0;
  readonly sysmonTicks = new Map<P, { schedtick: number; schedwhen: number }>();
  /** Emulated now: the clock of the M stepping, never going back. */
  now = 0;
  /**
   * Set when the running goroutine woke an M (wakep): the VM ends the turn after the current
   * instruction, so the new M starts at the emulated time it was woken, not a turn later.
   */
  turnEnd = false;
  /** The heap profile (mprof.ts), whose samples take their stacks after a turn; null before package runtime starts it. */
  memprof: MemProfiler | null = null;
  /** The timers (time.ts), when the program uses any. */
  timers: TimerSet | null = null;
  tracers: SchedTracer[] = [];
  /** GODEBUG=inittrace=1's reporter, or null. */
  inittrace: InitTrace | null = null;
  /** The collector (mgc.ts), once the VM has made it. */
  gc: Collector | null = null;
  /** Finalizers were queued: wake the finalizer goroutine at the next findRunnable. */
  fingwake = false;
  private rand: number;

  constructor(
    readonly exec: Executor,
    readonly opts: SchedOptions,
    mcache0: MCache,
  ) {
    this.gomaxprocs = opts.gomaxprocs;
    this.rand = opts.seed >>> 0 || 1;
    // schedinit: M0 and procresize(gomaxprocs); M0 takes P0 (acquirep).
    const m0 = this.newM();
    for (let i = 0; i < this.gomaxprocs; i++) this.allp.push(new P(i, i === 0 ? mcache0 : exec.newMCache()));
    for (let i = this.gomaxprocs - 1; i >= 1; i--) this.pidleput(this.allp[i]!);
    this.acquirep(m0, this.allp[0]!);
    this.curm = m0;
  }

  // ---- randomness ------------------------------------------------------------------------------

  /** fastrand: every random choice of the run (seeded). */
  fastrand(): number {
    let x = this.rand;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rand = x >>> 0;
    return this.rand;
  }
  /** A random number in [0, n). */
  fastrandn(n: number): number {
    return Math.floor((this.fastrand() / 0x100000000) * n);
  }

  // ---- Ms and Ps ----------------------------------------------------------------------------------

  private newM(): M {
    const m = new M(this.allm.length);
    m.clock = this.now;
    this.allm.push(m);
    return m;
  }
  private acquirep(m: M, pp: P): void {
    m.p = pp;
    pp.m = m;
    pp.status = PStatus.Running;
  }
  private releasep(m: M): P {
    const pp = m.p!;
    m.p = null;
    pp.m = null;
    pp.status = PStatus.Idle;
    return pp;
  }
  private pidleput(pp: P): void {
    pp.status = PStatus.Idle;
    this.pidle.push(pp);
  }
  get npidle(): number {
    return this.pidle.length;
  }
  get nmidle(): number {
    return this.midle.length;
  }

  /** wakep: start a spinning M on an idle P if there is one and no M spins already. */
  wakep(): void {
    if (this.nmspinning !== 0 || this.pidle.length === 0) return;
    this.startm(true);
  }
  private startm(spinning: boolean): void {
    const pp = this.pidle.pop();
    if (pp === undefined) return;
    const m = this.midle.pop() ?? this.newM();
    m.clock = Math.max(m.clock, this.nanotime());
    this.acquirep(m, pp);
    m.spinning = spinning;
    if (spinning) this.nmspinning++;
    this.turnEnd = true;
  }
  /** A spinning M found work: stop spinning, and wake another M if this was the last spinner. */
  private resetspinning(m: M): void {
    m.spinning = false;
    this.nmspinning--;
    if (this.nmspinning === 0 && this.pidle.length > 0) this.wakep();
  }
  /** stopm: the M has nothing to do; its P goes idle. */
  private stopm(m: M): void {
    if (m.spinning) {
      m.spinning = false;
      this.nmspinning--;
    }
    const pp = this.releasep(m);
    this.pidleput(pp);
    this.midle.push(m);
  }

  // ---- goroutine creation and exit ------------------------------------------------------------

  /** newproc: a G that will call func value fn (or function fi), readied on the current P's runnext. */
  newproc(fi: number, ctx: number, creator: G | null, creatorFn = -1, creatorPc = 0): G {
    const pp = this.curm.p!;
    const g = this.newproc1(pp, fi, ctx);
    g.gopcFn = creator === null ? -1 : creatorFn;
    g.gopcPc = creatorPc;
    g.status = GStatus.Runnable;
    this.runqput(pp, g, true);
    if (this.mainStarted) this.wakep();
    return g;
  }

  /** newproc1: a G from pp's free list or a new one, set up to call fi, with the next goroutine id. */
  private newproc1(pp: P, fi: number, ctx: number): G {
    let g = pp.gFree.pop() ?? null;
    const reused = g !== null;
    g = this.exec.initG(g, fi, ctx);
    if (!reused) this.allgs.push(g);
    if (pp.goidcache === pp.goidcacheend) {
      this.goidgen += goidCacheBatch;
      pp.goidcache = this.goidgen - (goidCacheBatch - 1);
      pp.goidcacheend = pp.goidcache + goidCacheBatch;
    }
    g.goid = pp.goidcache++;
    g.gopcFn = -1;
    g.waitreason = WaitReason.Zero;
    return g;
  }

  /**
   * A runtime goroutine that is already waiting with `reason` (forcegchelper, bgsweep, ...).
   * Until the collector stage they never run, so they are set up to call the entry function.
   */
  newSystemG(reason: WaitReason): G {
    const g = this.newproc1(this.curm.p!, this.exec.entry, 0);
    g.system = true;
    g.status = GStatus.Waiting;
    g.waitreason = reason;
    return g;
  }

  /** goexit0: g finished; it goes to its P's free list. */
  private goexit0(m: M, g: G): void {
    g.status = GStatus.Dead;
    this.exec.resetG(g);
    const pp = m.p!;
    if (pp.gFree.length < 64) pp.gFree.push(g);
  }

  // ---- run queues -------------------------------------------------------------------------------

  /** runqput: g to pp's runnext (next) or the tail of its local queue; overflow goes global. */
  runqput(pp: P, g: G, next: boolean): void {
    if (next) {
      const old = pp.runnext;
      pp.runnext = g;
      if (old === null) return;
      g = old;
    }
    if (pp.runqtail - pp.runqhead < runqSize) {
      pp.runq[pp.runqtail % runqSize] = g;
      pp.runqtail++;
      return;
    }
    this.runqputslow(pp, g);
  }
  /** The local queue is full: move half of it and g to the global queue. */
  private runqputslow(pp: P, g: G): void {
    const n = (pp.runqtail - pp.runqhead) >> 1;
    const batch: G[] = [];
    for (let i = 0; i < n; i++) {
      batch.push(pp.runq[(pp.runqhead + i) % runqSize]!);
      pp.runq[(pp.runqhead + i) % runqSize] = null;
    }
    pp.runqhead += n;
    batch.push(g);
    for (const b of batch) this.runq.push(b);
  }
  /** runqget: runnext first, then the head of the local queue. Returns [g, inheritTime]. */
  private runqget(pp: P): [G, boolean] | null {
    const next = pp.runnext;
    if (next !== null) {
      pp.runnext = null;
      return [next, true];
    }
    if (pp.runqhead === pp.runqtail) return null;
    const g = pp.runq[pp.runqhead % runqSize]!;
    pp.runq[pp.runqhead % runqSize] = null;
    pp.runqhead++;
    return [g, false];
  }
  /** runqsteal: take half of victim's queue into pp's; returns one G to run. */
  private runqsteal(pp: P, victim: P, stealRunNext: boolean): G | null {
    let n = victim.runqtail - victim.runqhead;
    n = n - (n >> 1);
    const got: G[] = [];
    if (n === 0) {
      // Only the last round takes runnext (Go also waits a moment for the victim to run it).
      if (!stealRunNext || victim.runnext === null) return null;
      got.push(victim.runnext);
      victim.runnext = null;
    } else {
      for (let i = 0; i < n; i++) {
        const idx = (victim.runqhead + i) % runqSize;
        got.push(victim.runq[idx]!);
        victim.runq[idx] = null;
      }
      victim.runqhead += n;
    }
    const g = got.pop()!;
    for (const x of got) this.runqput(pp, x, false);
    return g;
  }
  globrunqput(g: G): void {
    this.runq.push(g);
  }
  /** globrunqget: a G from the global queue, moving a fair share of the rest to pp. */
  private globrunqget(pp: P, max: number): G | null {
    const size = this.runq.size;
    if (size === 0) return null;
    let n = Math.min(size, Math.floor(size / this.gomaxprocs) + 1);
    if (max > 0 && n > max) n = max;
    if (n > runqSize / 2) n = runqSize / 2;
    const g = this.runq.pop()!;
    for (let i = 1; i < n; i++) this.runqput(pp, this.runq.pop()!, false);
    return g;
  }

  // ---- scheduling -------------------------------------------------------------------------------

  /**
   * findRunnable: a G for m's P, or null after m gave up its P, or `gcWork` when the P is to run
   * collector work (pp.gcWorkerMode says which). Returns [g, inheritTime].
   */
  private findRunnable(m: M): [G, boolean] | null | typeof gcWork {
    const pp = m.p!;
    const gc = this.gc;
    if (gc !== null) {
      const mode = gc.findRunnableGCWorker(pp, m.clock);
      if (mode !== GCWorkerMode.None) {
        pp.gcWorkerMode = mode;
        return gcWork;
      }
      if (this.fingwake) this.wakefing();
    }
    if (pp.schedtick % 61 === 0 && this.runq.size > 0) {
      const g = this.globrunqget(pp, 1);
      if (g !== null) return [g, false];
    }
    // Timers: the clock is read only when this P has any (a host clock read is not free).
    if (this.timers !== null && this.timers.wakeTime(pp) !== 0) this.timers.checkTimers(pp, this.opts.clock.nanotime());
    const local = this.runqget(pp);
    if (local !== null) return local;
    if (this.runq.size > 0) {
      const g = this.globrunqget(pp, 0);
      if (g !== null) return [g, false];
    }
    // Steal, if this M spins or few do.
    if (m.spinning || 2 * this.nmspinning < this.gomaxprocs - this.pidle.length) {
      if (!m.spinning) {
        m.spinning = true;
        this.nmspinning++;
      }
      const n = this.allp.length;
      let ranTimer = false;
      for (let round = 0; round < 4; round++) {
        const last = round === 3;
        const start = this.fastrandn(n);
        for (let i = 0; i < n; i++) {
          const victim = this.allp[(start + i) % n]!;
          if (victim === pp) continue;
          if (last && this.timers !== null && this.timers.wakeTime(victim) !== 0 && this.timers.checkTimers(victim, this.opts.clock.nanotime())) ranTimer = true;
          if (victim.status === PStatus.Idle && victim.runqLength === 0 && victim.runnext === null) continue;
          const g = this.runqsteal(pp, victim, last);
          if (g !== null) return [g, false];
        }
      }
      // A victim's timer readied a goroutine onto our P (Go goes back to the top).
      if (ranTimer) {
        const g = this.runqget(pp);
        if (g !== null) return g;
      }
    }
    // Nothing: give up the P. A last look at the global queue first, as Go does after releasing.
    if (this.runq.size > 0) {
      const g = this.globrunqget(pp, 0);
      if (g !== null) return [g, false];
    }
    // The collector's idle work: an idle mark worker, or the background sweeper.
    if (gc !== null) {
      const mode = gc.idleWork();
      if (mode !== GCWorkerMode.None) {
        if (m.spinning) this.resetspinning(m);
        pp.gcWorkerMode = mode;
        return gcWork;
      }
    }
    this.stopm(m);
    return null;
  }

  /** schedule + execute: give m a G (or collector work) to run. Returns false when m gave up its P. */
  private schedule(m: M): boolean {
    const found = this.findRunnable(m);
    if (found === null) return false;
    if (found === gcWork) {
      if (m.spinning) this.resetspinning(m);
      return true;
    }
    const [g, inheritTime] = found;
    if (m.spinning) this.resetspinning(m);
    const pp = m.p!;
    m.curg = g;
    g.m = m;
    g.status = GStatus.Running;
    g.waitreason = WaitReason.Zero;
    if (!inheritTime) pp.schedtick++;
    const resume = g.parkResume;
    if (resume !== null) {
      g.parkResume = null;
      resume();
    }
    return true;
  }

  // ---- what goroutines call (through natives and instructions) ---------------------------------

  /** Emulated nanoseconds now, on the running M's clock, mid-slice included. */
  nanotime(): number {
    return this.curm.clock + this.exec.stepsNow() * nsPerStep;
  }

  /**
   * rt0_go → schedinit (the constructor) → newproc(runtime.main) → mstart. What runtime.main
   * does before user code is reproduced here: it starts sysmon on an M of its own (which never
   * holds a P), and the runtime's goroutines forcegchelper, bgsweep and bgscavenge, which take
   * goroutine ids 2-4 and end up waiting; its handshake with bgsweep and bgscavenge (gcenable)
   * leaves P0 having counted two schedules, which matters for the every-61st-schedule rule.
   * Returns the main goroutine; package initialization and main.main run on it (function fi).
   */
  bootstrap(fi: number): G {
    const g = this.newproc(fi, 0, null);
    this.newM();
    this.newSystemG(WaitReason.ForceGCIdle);
    this.newSystemG(WaitReason.GCSweepWait);
    this.newSystemG(WaitReason.GCScavengeWait);
    this.allp[0]!.schedtick = 2;
    this.mainStarted = true;
    return g;
  }

  /** The G running now. */
  getg(): G {
    return this.curm.curg!;
  }

  /** gopark: the running G waits; the VM stops it after the current instruction. */
  gopark(reason: WaitReason): void {
    const g = this.curm.curg!;
    g.status = GStatus.Waiting;
    g.waitreason = reason;
  }

  /** goready: gp (waiting) becomes runnable on the current P's runnext. */
  goready(gp: G): void {
    this.ready(gp, true);
  }

  /** ready: gp (waiting) becomes runnable on the current P, in runnext or at the queue's tail. */
  ready(gp: G, next: boolean): void {
    if (gp.status !== GStatus.Waiting) throw new InternalError('bad g->status in ready');
    gp.status = GStatus.Runnable;
    gp.waitreason = WaitReason.Zero;
    const pp = this.curm.p ?? this.allp[0]!;
    this.runqput(pp, gp, next);
    this.wakep();
  }

  /** The G running on m is preempted to the global run queue (gopreempt_m; stopTheWorld). */
  preemptToGlobal(m: M): void {
    const g = m.curg!;
    g.status = GStatus.Runnable;
    g.m = null;
    m.curg = null;
    this.globrunqput(g);
  }

  /** Tell the tracers the collector entered a phase. */
  traceGC(phase: string, now: number): void {
    for (const tr of this.tracers) tr.gcPhase?.(phase, now);
  }

  /**
   * goyield: like Gosched, but the G goes to the tail of its own P's queue, so that the G just
   * readied into runnext runs next (semrelease's direct handoff).
   */
  goyield(): void {
    const g = this.curm.curg!;
    g.status = GStatus.Runnable;
    this.runqput(this.curm.p!, g, false);
  }

  /** procPin: the running G may not be preempted until procUnpin; returns its P's id. */
  procPin(): number {
    const m = this.curm;
    m.locks++;
    return m.p!.id;
  }
  procUnpin(): void {
    this.curm.locks--;
  }

  /** Gosched: the running G goes to the global queue; the VM stops it after this instruction. */
  gosched(): void {
    const g = this.curm.curg!;
    g.status = GStatus.Runnable;
    this.globrunqput(g);
  }

  /**
   * runtime.GOMAXPROCS(n): stop the world, then procresize. Goroutines running on other Ps go to
   * the global queue (they were preempted to stop the world); the queues of Ps that go away
   * move to the head of the global queue; the caller keeps running, on P0 if its P went away.
   */
  procresize(n: number): void {
    const cur = this.curm;
    for (const m of this.allm) {
      if (m === cur || m.p === null) continue;
      const g = m.curg;
      if (g !== null) {
        g.status = GStatus.Runnable;
        g.m = null;
        m.curg = null;
        this.globrunqput(g);
      }
      if (m.spinning) {
        m.spinning = false;
        this.nmspinning--;
      }
      this.releasep(m);
      this.midle.push(m);
    }
    while (this.allp.length < n) this.allp.push(new P(this.allp.length, this.exec.newMCache()));
    // Timers of Ps that go away move to the P the caller keeps.
    const keep = cur.p!.id < n ? cur.p! : this.allp[0]!;
    while (this.allp.length > n) {
      const pp = this.allp.pop()!;
      this.timers?.moveTimers(pp, keep);
      while (pp.runqtail !== pp.runqhead) {
        pp.runqtail--;
        this.runq.pushHead(pp.runq[pp.runqtail % runqSize]!);
        pp.runq[pp.runqtail % runqSize] = null;
      }
      if (pp.runnext !== null) this.runq.pushHead(pp.runnext);
      pp.runnext = null;
      pp.mcache.releaseAll();
      pp.status = PStatus.Dead;
      this.sysmonTicks.delete(pp);
    }
    this.gomaxprocs = n;
    if (cur.p!.status === PStatus.Dead) {
      cur.p!.m = null;
      cur.p = null;
      this.acquirep(cur, this.allp[0]!);
      this.exec.setMCache(cur.p!.mcache);
    }
    this.pidle.length = 0;
    for (let i = this.allp.length - 1; i >= 0; i--) {
      const pp = this.allp[i]!;
      if (pp !== cur.p) this.pidleput(pp);
    }
    // startTheWorld: an M for each P with work, and one spinning M if there is more.
    for (const pp of [...this.pidle]) {
      if (pp.runqLength > 0 || pp.runnext !== null) {
        this.pidle.splice(this.pidle.indexOf(pp), 1);
        const m = this.midle.pop() ?? this.newM();
        m.clock = Math.max(m.clock, cur.clock);
        this.acquirep(m, pp);
      }
    }
    this.wakep();
  }

  /** The finalizer goroutine, started by the first SetFinalizer (createfing). */
  private fing: G | null = null;
  createfing(body: SystemBody): void {
    if (this.fing !== null) return;
    this.fing = this.newSystemG(WaitReason.FinalizerWait);
    this.fing.body = body;
    this.fing.depth = 0;
  }

  /** wakefing: finalizers are queued and the finalizer goroutine waits: give it the first call. */
  private wakefing(): void {
    const gp = this.fing;
    this.fingwake = false;
    if (gp === null || gp.status !== GStatus.Waiting || gp.waitreason !== WaitReason.FinalizerWait) return;
    if (gp.body!.next(gp)) this.ready(gp, true);
  }

  /** Goroutines that are not runtime goroutines and not dead (runtime.NumGoroutine). */
  gcount(): number {
    let n = 0;
    for (const g of this.allgs) if (!g.system && g.status !== GStatus.Dead && g.status !== GStatus.Idle) n++;
    return n;
  }

  // ---- the emulation loop -----------------------------------------------------------------------

  /**
   * Run until the main goroutine returns (true) or a goroutine panics (false). Fatal errors
   * (deadlock, ...) and os.Exit are exceptions that pass through.
   */
  run(maing: G): boolean {
    for (;;) {
      // The M with a P and the smallest clock takes the next turn; on a tie the newer M, so an
      // M woken at the instant its waker's turn ended runs before the waker goes on.
      let m: M | null = null;
      for (const x of this.allm) if (x.p !== null && (m === null || x.clock <= m.clock)) m = x;
      if (m === null) {
        // An idle P still has collector work to do before anyone sleeps.
        if (this.gc?.busy && this.pidle.length > 0) this.startm(false);
        else this.idle();
        continue;
      }
      if (m.clock > this.now) this.now = m.clock;
      while (this.sysmonNext <= this.now) this.sysmon();
      this.curm = m;
      this.gc?.poll(m);
      if (m.p === null) continue;
      // A turn: up to `budget` instructions, through as many goroutines as park or yield in it.
      this.turnEnd = false;
      const running = this.allp.length - this.pidle.length;
      let budget = running > 1 ? interleaveSteps : maxSlice;
      const untilSysmon = Math.ceil((this.sysmonNext - m.clock) / nsPerStep);
      if (untilSysmon < budget) budget = Math.max(1, untilSysmon);
      if (this.timers !== null && this.pokeTimers(m) && budget > timerSlice) budget = timerSlice;
      while (budget > 0) {
        if (m.p === null) break;
        this.exec.setMCache(m.p.mcache);
        if (m.curg === null && m.p.gcWorkerMode === GCWorkerMode.None && !this.schedule(m)) break;
        if (this.turnEnd) break;
        const pp = m.p;
        if (pp.gcWorkerMode !== GCWorkerMode.None) {
          budget -= Math.max(1, Math.ceil(this.gc!.runWorker(m, pp, budget * nsPerStep, () => this.hasRunnable(pp)) / nsPerStep));
          continue;
        }
        const g = m.curg!;
        if (g.gcAssistBytes < 0 && this.gc !== null) {
          budget -= Math.ceil(this.gc.assist(m, g) / nsPerStep);
          if (m.curg !== g) continue;
        }
        if (g.preempt && m.locks === 0) {
          // gopreempt_m: back to the global queue (not while pinned: canPreemptM).
          g.preempt = false;
          g.status = GStatus.Runnable;
          g.m = null;
          m.curg = null;
          this.globrunqput(g);
          continue;
        }
        const st = this.exec.execute(g, budget);
        if (this.memprof?.hasPending) this.memprof.takeStacks();
        const steps = Math.max(1, this.exec.steps);
        budget -= steps;
        m.clock += steps * nsPerStep;
        if (st === ExecStatus.Budget) break;
        if (st === ExecStatus.Panicked) return false;
        g.m = null;
        m.curg = null;
        if (st === ExecStatus.Done) {
          if (g === maing) {
            if (!g.goexiting) return true;
            this.mainExited = true;
          }
          if (g.body !== null) {
            // A runtime goroutine's call returned: its next call, or it waits.
            if (g.body.next(g)) {
              g.status = GStatus.Runnable;
              this.runqput(m.p!, g, true);
            } else {
              g.status = GStatus.Waiting;
              g.waitreason = g.body.waitReason;
            }
            continue;
          }
          this.goexit0(m, g);
        }
        // Parked: waiting (gopark) or runnable on a queue (Gosched); either way m lets it go.
      }
    }
  }

  /**
   * Between turns while timers are pending (returns whether any are). Timers follow the wall
   * clock and preemption follows emulated time (DESIGN decision 11), and the wall clock runs far
   * ahead of it: left to sysmon's 10 ms of emulated time, a timer would be late by much more than
   * in Go, where sysmon and the netpoller act within milliseconds of real time. So a P whose
   * timers are due has its goroutine preempted (its findRunnable then runs them), and timers due
   * on idle Ps get an M (Go's netpoller wakes the M waiting for the next timer).
   */
  private pokeTimers(m: M): boolean {
    const timers = this.timers!;
    const next = timers.nextWhen();
    if (next === Infinity) return false;
    // Strictly past: a timer due the moment it was made (d <= 0; the fake clock stands still
    // while goroutines run) waits for the next schedule, as in Go.
    const now = this.opts.clock.nanotime();
    if (next >= now) return true;
    const w = timers.wakeTime(m.p!);
    if (w !== 0 && w < now && m.curg !== null) m.curg.preempt = true;
    else if (this.pidle.length > 0) this.startm(false);
    return true;
  }

  /** Whether pp has a goroutine waiting to run (an idle mark worker yields to it: pollWork). */
  private hasRunnable(pp: P): boolean {
    return pp.runnext !== null || pp.runqLength > 0 || this.runq.size > 0;
  }

  /** Every M is idle: wait for the next timer, or report the deadlock. */
  private idle(): void {
    const when = this.timers?.nextWhen() ?? Infinity;
    if (when === Infinity) this.checkdead();
    const clock = this.opts.clock;
    const before = clock.nanotime();
    if (when > before) clock.sleepUntil(when);
    const slept = Math.max(0, clock.nanotime() - before);
    // Idle time passes on the emulated clocks too; then an M takes P0 to run the timers.
    this.now += slept;
    for (const m of this.allm) if (m.clock < this.now) m.clock = this.now;
    this.curm = this.midle[this.midle.length - 1] ?? this.curm;
    this.startm(false);
  }

  /** checkdead: nothing runs, nothing can wake: the program is deadlocked. */
  private checkdead(): never {
    let waiting = 0;
    for (const g of this.allgs) {
      if (g.system) continue;
      if (g.status === GStatus.Waiting || g.status === GStatus.Preempted) waiting++;
      else if (g.status === GStatus.Runnable || g.status === GStatus.Running || g.status === GStatus.Syscall) {
        throw new FatalError('checkdead: runnable g');
      }
    }
    if (waiting === 0 && this.mainExited) throw new DeadlockError('no goroutines (main called runtime.Goexit) - deadlock!', false);
    throw new DeadlockError('all goroutines are asleep - deadlock!', true);
  }

  /** sysmon: one wake-up at emulated time sysmonNext. */
  private sysmon(): void {
    const now = this.sysmonNext;
    for (const pp of this.allp) {
      const m = pp.m;
      if (pp.status !== PStatus.Running || m === null || m.curg === null) continue;
      let t = this.sysmonTicks.get(pp);
      if (t === undefined) {
        t = { schedtick: -1, schedwhen: now };
        this.sysmonTicks.set(pp, t);
      }
      if (t.schedtick !== pp.schedtick) {
        t.schedtick = pp.schedtick;
        t.schedwhen = now;
      } else if (t.schedwhen + forcePreemptNS <= now) {
        m.curg.preempt = true;
      }
    }
    for (const tr of this.tracers) tr.sysmon?.(this, now);
    // Sleep 20us; after 50 wake-ups without retaking a P from a syscall (minigo has none),
    // double the sleep up to 10 ms. Preempting a G does not count as a retake, as in Go.
    this.sysmonIdle++;
    this.sysmonDelay = this.sysmonIdle > 50 ? Math.min(this.sysmonDelay * 2, 10_000_000) : 20_000;
    this.sysmonNext = now + this.sysmonDelay;
  }
}

/** `fatal error: ...deadlock!`; `traceAll` says whether every goroutine is printed after it. */
export class DeadlockError extends FatalError {
  constructor(
    message: string,
    readonly traceAll: boolean,
  ) {
    super(message);
  }
}
