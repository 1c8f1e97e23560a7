// The garbage collector: one cycle, phase by phase (Go's mgc.go).
//
// Design
//   Go's collector (DESIGN decision 8): non-generational, non-moving, concurrent tri-colour mark
//   and sweep. A cycle, as gcStart, gcMarkDone and gcMarkTermination run it:
//
//   0. Trigger. mallocgc, when it takes a new span, asks whether heapLive has reached the
//      pacer's trigger (mgcpacer.ts); runtime.GC asks for a cycle outright; sysmon's clock asks
//      when two minutes have passed without one (forcegcperiod). The request is acted on at the
//      next turn boundary (poll), where every M is between instructions: the emulation's safe
//      point, so no native is half-way through building an object.
//   1. Sweep termination (stop the world): finish sweeping the last cycle's spans; reset the
//      mark state; plan the workers (startCycle); make the root jobs (mgcmark.ts); grey the
//      mcaches' tiny blocks; turn the write barrier on (mem.wb) and allocate-black
//      (h.gcphase = Mark). Goroutines that were running are preempted to the global run queue,
//      as Go's stopTheWorld leaves them.
//   2. Concurrent mark. Ps run mark workers as scheduled work interleaved with goroutines
//      (proc.ts findRunnable asks findRunnableGCWorker first): `dedicatedMarkWorkersNeeded` Ps
//      drain mark work until there is none, a fractional worker runs while its P's share of the
//      mark time is below the goal, and a P with nothing else to do runs an idle worker.
//      Allocating goroutines pay assists: mallocgc charges each allocation to the goroutine
//      (gcAssistBytes), and a goroutine in debt does scan work at its next safe point, taking
//      the workers' banked credit first.
//   3. Mark termination (stop the world), when the roots are done and no grey object is left
//      (gcMarkDone): scan the stacks of goroutines created during mark; with gccheckmark, verify
//      the mark (mcheckmark.ts); record the marked heap and feed the pacer (heapMarked, consMark,
//      the next goal); turn the barrier off; start sweeping: h.sweepgen += 2 makes every span
//      unswept, every mcache is flushed, and the proportional and background sweepers take it
//      from there (mgcsweep.ts). Update MemStats' GC history, print the gctrace line, and ready
//      the goroutines waiting in runtime.GC.
//
//   runtime.GC (gcWaitOnMark + GC): the caller parks ("wait for GC cycle") until a full cycle
//   that started after the call has finished marking; when it resumes it sweeps every span
//   itself, as Go's GC does before returning, so the finalizers of everything that was garbage
//   are queued by then.
//
//   Emulated time (DESIGN decision 11): a stop-the-world phase advances the clock of the M that
//   runs it by its cost and no M continues before that instant; mark and sweep work advance the
//   clock of the M that does it (nsPerScanByte, nsPerSweptSpan). The gctrace times and
//   MemStats' pauses are these emulated durations.
//
//   GODEBUG knobs: gctrace=1 prints a line per cycle (gctrace.ts); gccheckmark=1 verifies every
//   mark; gcstoptheworld=1 marks with the world stopped (no concurrency: the whole mark runs in
//   sweep termination), and 2 also sweeps with the world stopped. GOGC=1 collects whenever the
//   heap grows by 1%: the stress mode the golden tests run under.
//
// How it differs from Go: mark workers and the background sweeper are scheduler work on a P
// rather than goroutines of their own (the scheduler accounts them the same way); assists run at
// the goroutine's next safe point instead of inside mallocgc, and a goroutine that cannot pay
// its debt because no work is left is forgiven rather than parked, since the cycle is then about
// to terminate; no stack shrinking and no scavenger.

import type { MHeap } from './mheap.js';
import type { P, M } from './runtime2.js';
import type { G } from '../vm/goroutine.js';
import type { Sched, Collector } from './proc.js';
import { GStatus, GCWorkerMode, WaitReason } from './runtime2.js';
import { GCPhase } from './mspan.js';
import { Marker, nsPerScanByte, type RootJob } from './mgcmark.js';
import { WriteBarrier } from './mbarrier.js';
import { GCController, gcOverAssistWork } from './mgcpacer.js';
import { gcCheckmark } from './mcheckmark.js';
import { finishsweep, bgsweep, gcPaceSweeper, isSweepDone } from './mgcsweep.js';
import { chanRoots } from './chan.js';
import { semaRoots } from './sema.js';
import { formatGCTrace } from './gctrace.js';

/** The 2-minute forced collection (proc.go forcegcperiod). */
export const forcegcperiod = 2 * 60 * 1e9;
/** Emulated cost of a stop-the-world phase, and per P stopped. */
const stwBaseNS = 10_000;
const stwPerPNS = 2_000;
/** Emulated ns a slice of idle work takes at most, so a newly runnable goroutine waits little. */
const idleSliceNS = 50_000;

export interface GCDebug {
  gctrace: number;
  gccheckmark: number;
  gcstoptheworld: number;
}

/** What the collector needs besides the heap and the scheduler. */
export interface GCHost {
  /** Write to stderr (gctrace). */
  printErr(s: string): void;
  /** Scan g's stack: its frames' pointer registers and slots, defers, panics; returns bytes. */
  scanstack(g: G, shade: (p: number) => void): number;
  /** Unix time in nanoseconds (LastGC, PauseEnd). */
  unixNanos(): number;
  /** The world stops: m's instructions in flight complete (its pending map writes end). */
  quiesce(m: M): void;
}

export class GC implements Collector {
  readonly marker: Marker;
  readonly pacer: GCController;
  private readonly barrier: WriteBarrier;
  /** Cycles started (work.cycles). */
  cycles = 0;
  /** A cycle was asked for by the trigger, and whether runtime.GC asked (userForced). */
  private requested = false;
  private wantCycle = 0;
  private userForced = false;
  /** Goroutines in runtime.GC and the cycle each waits for. */
  private waiters: { g: G; cycle: number }[] = [];
  /** The cycle in which each goroutine's stack was last scanned. */
  private scannedIn = new WeakMap<G, number>();
  /** Dedicated workers yet to start this cycle. */
  private dedicatedLeft = 0;

  // The cycle's record (Go's work.*).
  private tSweepTerm = 0;
  private tMark = 0;
  private tMarkTerm = 0;
  private pauseNS = 0;
  private heap0 = 0;
  private stwprocs = 1;
  /** GC CPU time over the program's life, for GCCPUFraction (work.totaltime). */
  private totaltime = 0;
  private lastGCNanotime = 0;

  constructor(
    readonly h: MHeap,
    readonly sched: Sched,
    readonly host: GCHost,
    readonly debug: GCDebug,
    gcPercent: number,
    memoryLimit: number,
  ) {
    this.marker = new Marker(h);
    this.barrier = new WriteBarrier(h, this.marker);
    this.pacer = new GCController(h.stats, gcPercent, memoryLimit, h.globals.addrs.length * 8);
    h.onHeapGrowth = () => this.testTrigger();
  }

  /**
   * chargeAssist as a value, made once: mallocgc calls h.onMarkAlloc for every allocation during
   * mark, and a new function each cycle would make V8 discard mallocgc's optimized code.
   */
  private readonly markAlloc = (size: number): void => this.chargeAssist(size);

  // ---- triggers -------------------------------------------------------------------------------

  /** gcTrigger.test for heap growth: ask for a cycle at the next turn boundary. */
  private testTrigger(): void {
    if (this.h.gcphase !== GCPhase.Off || this.requested) return;
    if (this.h.stats.heapLive >= this.pacer.trigger()) {
      this.requested = true;
      this.sched.turnEnd = true;
    }
  }

  /** runtime.GC: park g until a full cycle started after now has marked (gcWaitOnMark). */
  userGC(g: G): void {
    // A cycle in progress started before the call: the next one is the one to wait for.
    const target = this.cycles + 1;
    if (this.wantCycle < target) this.wantCycle = target;
    this.waiters.push({ g, cycle: target });
    this.sched.gopark(WaitReason.WaitForGCCycle);
  }

  /**
   * debug.SetGCPercent: the new GOGC takes effect at once (the goal is recomputed); returns the
   * old value.
   */
  setGCPercent(pct: number): number {
    const out = this.pacer.setGCPercent(pct);
    this.pacer.commit(isSweepDone(this.h));
    return out;
  }

  /** debug.SetMemoryLimit: as setGCPercent, for GOMEMLIMIT (a negative limit only reads it). */
  setMemoryLimit(limit: number): number {
    const out = this.pacer.setMemoryLimit(limit);
    this.pacer.commit(isSweepDone(this.h));
    return out;
  }

  /** A cycle is wanted or running (the scheduler must not sleep). */
  get busy(): boolean {
    return this.requested || this.wantCycle > this.cycles || this.h.gcphase !== GCPhase.Off;
  }

  // ---- the scheduler's hooks (proc.ts) ---------------------------------------------------------

  /** Between turns (every M at a safe point): run the stop-the-world transition that is due. */
  poll(m: M): void {
    const h = this.h;
    if (h.gcphase === GCPhase.Off) {
      const timeTrigger = this.pacer.gcPercent >= 0 && this.lastGCNanotime !== 0 && m.clock - this.lastGCNanotime > forcegcperiod;
      if (this.wantCycle > this.cycles) this.gcStart(m, true);
      else if (this.requested || timeTrigger) this.gcStart(m, false);
    } else if (h.gcphase === GCPhase.Mark && this.marker.done) {
      this.gcMarkDone(m);
    }
  }

  /** findRunnableGCWorker: the mark worker pp should run now, if any. */
  findRunnableGCWorker(pp: P, now: number): GCWorkerMode {
    if (this.h.gcphase !== GCPhase.Mark || this.marker.done) return GCWorkerMode.None;
    if (this.dedicatedLeft > 0) {
      this.dedicatedLeft--;
      return GCWorkerMode.Dedicated;
    }
    const goal = this.pacer.fractionalUtilizationGoal;
    if (goal === 0) return GCWorkerMode.None;
    const delta = now - this.pacer.markStartTime;
    if (delta > 0 && pp.gcFractionalMarkTime / delta > goal) return GCWorkerMode.None;
    return GCWorkerMode.Fractional;
  }

  /** What a P that found no goroutine should do: an idle mark worker, the background sweeper. */
  idleWork(): GCWorkerMode {
    if (this.h.gcphase === GCPhase.Mark && !this.marker.done) return GCWorkerMode.Idle;
    if (this.h.gcphase === GCPhase.Off && !isSweepDone(this.h)) return GCWorkerMode.BgSweep;
    return GCWorkerMode.None;
  }

  /**
   * Run pp's collector work (pp.gcWorkerMode) on m for up to budget emulated ns, advancing m's
   * clock; returns the ns used and clears the mode when the worker stops (gcBgMarkWorker,
   * bgsweep). hasWork says whether a goroutine is waiting to run (an idle worker then yields).
   */
  runWorker(m: M, pp: P, budget: number, hasWork: () => boolean): number {
    const mode = pp.gcWorkerMode;
    const h = this.h;
    if (mode === GCWorkerMode.BgSweep) {
      const ns = bgsweep(h, Math.min(budget, idleSliceNS));
      pp.gcWorkerMode = GCWorkerMode.None;
      m.clock += ns;
      return ns;
    }
    if (h.gcphase !== GCPhase.Mark) {
      if (mode === GCWorkerMode.Dedicated) this.dedicatedLeft++;
      pp.gcWorkerMode = GCWorkerMode.None;
      return 0;
    }
    let limit = budget;
    if (mode === GCWorkerMode.Idle) limit = Math.min(limit, idleSliceNS);
    if (mode === GCWorkerMode.Fractional) {
      // pollFractionalWorkerExit: stop at 1.2 times the goal share of the elapsed mark time.
      const delta = m.clock - this.pacer.markStartTime;
      const allowed = 1.2 * this.pacer.fractionalUtilizationGoal * (delta + limit) - pp.gcFractionalMarkTime;
      limit = Math.max(1, Math.min(limit, allowed));
    }
    const work = this.marker.drain(Math.max(1, Math.floor(limit / nsPerScanByte)));
    const ns = Math.max(1, Math.ceil(work * nsPerScanByte));
    this.pacer.bgScanCredit += work;
    if (mode === GCWorkerMode.Dedicated) this.pacer.dedicatedMarkTime += ns;
    else if (mode === GCWorkerMode.Fractional) {
      this.pacer.fractionalMarkTime += ns;
      pp.gcFractionalMarkTime += ns;
    } else this.pacer.idleMarkTime += ns;
    m.clock += ns;
    if (this.marker.done) {
      pp.gcWorkerMode = GCWorkerMode.None;
      this.gcMarkDone(m);
    } else if (mode === GCWorkerMode.Fractional || (mode === GCWorkerMode.Idle && hasWork())) {
      pp.gcWorkerMode = GCWorkerMode.None;
    }
    return ns;
  }

  /**
   * mallocgc during mark: the new object is black, so its bytes count as marked; charge them to
   * the running goroutine (gcAssistBytes) and stop it at its next safe point if it is in debt.
   */
  private chargeAssist(size: number): void {
    this.marker.work.bytesMarked += size;
    const g = this.sched.curm.curg;
    if (g === null) return;
    g.gcAssistBytes -= size;
    if (g.gcAssistBytes < 0) this.sched.turnEnd = true;
  }

  /**
   * gcAssistAlloc, at g's safe point on m: pay g's allocation debt with scan work, banked
   * background credit first. Advances m's clock; returns the emulated ns it took.
   */
  assist(m: M, g: G): number {
    if (this.h.gcphase !== GCPhase.Mark || g.gcAssistBytes >= 0) return 0;
    const p = this.pacer;
    p.revise(this.scanWorkDone());
    if (p.assistWorkPerByte === 0) {
      g.gcAssistBytes = 0;
      return 0;
    }
    let scanWork = Math.ceil(p.assistWorkPerByte * -g.gcAssistBytes);
    if (scanWork < gcOverAssistWork) scanWork = gcOverAssistWork;
    const stolen = Math.min(p.bgScanCredit, scanWork);
    p.bgScanCredit -= stolen;
    g.gcAssistBytes += stolen * p.assistBytesPerWork;
    if (stolen === scanWork) return 0;
    const work = this.marker.drain(scanWork - stolen);
    g.gcAssistBytes += work * p.assistBytesPerWork;
    // With no work left the cycle is about to terminate: the rest of the debt is forgiven.
    if (this.marker.done && g.gcAssistBytes < 0) g.gcAssistBytes = 0;
    const ns = Math.ceil(work * nsPerScanByte);
    p.assistTime += ns;
    m.clock += ns;
    return ns;
  }

  private scanWorkDone(): number {
    const w = this.marker.work;
    return w.heapScanWork + w.stackScanWork + w.globalsScanWork;
  }

  // ---- the cycle ---------------------------------------------------------------------------------

  /**
   * stopTheWorld, run by m: every other M's goroutine is preempted to the global run queue, as
   * Go's preemption leaves them (m's own goroutine, the one that stops the world in Go, keeps
   * its P), and no M runs until startTheWorld.
   */
  private stopTheWorld(m: M): void {
    const s = this.sched;
    let now = Math.max(m.clock, s.now);
    for (const x of s.allm) {
      this.host.quiesce(x);
      if (x === m || x.p === null) continue;
      if (x.curg !== null) s.preemptToGlobal(x);
      if (x.clock > now) now = x.clock;
    }
    // The world has stopped when the last M has reached its safe point.
    m.clock = now;
  }

  /** startTheWorld: no M resumes before m's clock, the end of the pause. */
  private startTheWorld(m: M): void {
    for (const x of this.sched.allm) if (x.p !== null && x.clock < m.clock) x.clock = m.clock;
    // An idle P may run a mark worker (startTheWorldWithSema's wakep).
    this.sched.wakep();
  }

  private stwCost(): number {
    return stwBaseNS + stwPerPNS * this.sched.gomaxprocs;
  }

  /** gcStart: sweep termination and the start of concurrent mark (see the essay, steps 1-2). */
  private gcStart(m: M, forced: boolean): void {
    const h = this.h;
    const s = this.sched;
    this.requested = false;
    this.userForced = forced;
    this.stopTheWorld(m);
    const now = m.clock;
    this.tSweepTerm = now;
    s.traceGC?.('sweep termination', now);
    this.stwprocs = s.gomaxprocs;
    // Sweep termination: the last cycle's sweep is finished before marking starts.
    const sweepNS = finishsweep(h);
    this.cycles++;
    const w = this.marker.work;
    w.reset();
    for (const g of s.allgs) g.gcAssistBytes = 0;
    for (const pp of s.allp) pp.gcFractionalMarkTime = 0;
    this.heap0 = h.stats.heapLive;
    this.pacer.maxStackScan = 0;
    for (const g of s.allgs) if (g.status !== GStatus.Dead) this.pacer.maxStackScan += g.stack.hi - g.stack.lo;
    const stw = this.debug.gcstoptheworld > 0;
    this.pacer.startCycle(now, s.gomaxprocs, stw);
    this.dedicatedLeft = this.pacer.dedicatedMarkWorkersNeeded;
    this.marker.roots = this.rootJobs();
    this.marker.rootNext = 0;
    // Turn on the barrier and allocate-black, then grey the tiny blocks (gcMarkTinyAllocs).
    h.gcphase = GCPhase.Mark;
    h.mem.wb = this.barrier;
    h.onMarkAlloc = this.markAlloc;
    for (const c of h.mcaches) if (c.tiny !== 0) this.marker.shade(c.tiny);
    const cost = this.stwCost() + sweepNS;
    m.clock += cost;
    this.pauseNS = cost;
    this.tMark = m.clock;
    this.pacer.markStartTime = m.clock;
    s.traceGC?.('mark', m.clock);
    if (stw) {
      // gcstoptheworld: the whole mark happens before the world restarts.
      const work = this.marker.drainAll();
      const ns = Math.ceil(work * nsPerScanByte);
      this.pacer.dedicatedMarkTime += ns * s.gomaxprocs;
      m.clock += ns;
      this.gcMarkDone(m);
      return;
    }
    this.startTheWorld(m);
  }

  /** The root jobs of a cycle (gcMarkRootPrepare); see mgcmark.ts. */
  private rootJobs(): RootJob[] {
    const h = this.h;
    const s = this.sched;
    const w = this.marker.work;
    const jobs: RootJob[] = [];
    jobs.push(() => {
      const n = this.marker.scanblock(0, h.globals.addrs);
      w.globalsScanWork += n;
      return n;
    });
    jobs.push((shade) => (h.fin === null ? 0 : h.fin.scanRoots(shade, (p) => this.marker.scanReferents(p))));
    jobs.push((shade) => {
      chanRoots(s, shade);
      semaRoots(s, shade);
      for (const scan of h.rootScanners) scan(shade);
      return 64;
    });
    for (const g of s.allgs) {
      if (g.status === GStatus.Dead) continue;
      jobs.push((shade) => this.scanstack(g, shade));
    }
    return jobs;
  }

  private scanstack(g: G, shade: (p: number) => void): number {
    if (this.scannedIn.get(g) === this.cycles || g.status === GStatus.Dead) return 0;
    this.scannedIn.set(g, this.cycles);
    const n = this.host.scanstack(g, shade);
    this.marker.work.stackScanWork += n;
    return n;
  }

  /**
   * gcMarkDone + gcMarkTermination: the roots are done and nothing is grey. Scan the stacks of
   * goroutines made during mark, then terminate (see the essay, step 3). Runs on m, whose
   * clock is the time.
   */
  private gcMarkDone(m: M): void {
    const h = this.h;
    const s = this.sched;
    if (h.gcphase !== GCPhase.Mark) return;
    this.stopTheWorld(m);
    const t0 = m.clock;
    this.tMarkTerm = t0;
    s.traceGC?.('mark termination', t0);
    h.gcphase = GCPhase.MarkTermination;
    const marker = this.marker;
    // Goroutines created during mark: their stacks were not among the root jobs.
    const late: RootJob[] = [];
    for (const g of s.allgs) if (g.status !== GStatus.Dead && this.scannedIn.get(g) !== this.cycles) late.push((shade) => this.scanstack(g, shade));
    marker.roots = late;
    marker.rootNext = 0;
    const termWork = marker.drainAll();
    this.pacer.endCycle(t0, s.gomaxprocs, this.scanWorkDone());
    if (this.debug.gccheckmark > 0) {
      // Every stack again, from scratch.
      this.scannedIn = new WeakMap();
      gcCheckmark(marker, this.rootJobs());
    }
    // The marked heap and the pacer's next goal (gcMark).
    const w = marker.work;
    const st = h.stats;
    const heap1 = st.heapLive;
    const pacer = this.pacer;
    pacer.heapMarked = w.bytesMarked;
    pacer.lastHeapScan = w.heapScanWork;
    pacer.lastStackScan = w.stackScanWork;
    st.heapLive = w.bytesMarked;
    // The barrier goes off; sweeping starts (gcSweep).
    h.mem.wb = null;
    h.onMarkAlloc = null;
    h.gcphase = GCPhase.Off;
    h.sweepgen += 2;
    h.pagesSwept = 0;
    h.memprof?.nextCycle();
    for (const c of h.mcaches) c.prepareForSweep();
    pacer.commit(false);
    gcPaceSweeper(h, pacer.trigger());
    let sweepNS = 0;
    if (this.debug.gcstoptheworld > 1) sweepNS = finishsweep(h);
    const cost = this.stwCost() + Math.ceil(termWork * nsPerScanByte) + sweepNS;
    m.clock += cost;
    this.pauseNS += cost;
    const tEnd = m.clock;
    this.recordCycle(tEnd, heap1);
    s.traceGC?.('off', tEnd);
    this.startTheWorld(m);
    // Ready runtime.GC's callers; each finishes the sweep when it resumes.
    const ready = this.waiters.filter((x) => x.cycle <= this.cycles);
    this.waiters = this.waiters.filter((x) => x.cycle > this.cycles);
    for (const { g } of ready) {
      const cycle = this.cycles;
      g.parkResume = () => this.sweepForUser(g, cycle);
      s.ready(g, false);
    }
  }

  /** The end of runtime.GC in its caller: sweep everything now, charged to the caller's M. */
  private sweepForUser(g: G, cycle: number): void {
    const ns = finishsweep(this.h);
    // The heap profile as of this collection, unless another one has ended meanwhile.
    if (this.cycles === cycle || (this.cycles === cycle + 1 && this.h.gcphase === GCPhase.Mark)) this.h.memprof?.postSweep();
    const m = g.m ?? this.sched.curm;
    m.clock += ns;
  }

  /** MemStats' GC history and the gctrace line (gcMarkTermination). */
  private recordCycle(tEnd: number, heap1: number): void {
    const st = this.h.stats;
    const s = this.sched;
    const p = this.pacer;
    const unix = this.host.unixNanos();
    const i = st.numgc % 256;
    st.pauseNs[i] = this.pauseNS;
    st.pauseEnd[i] = unix;
    st.pauseTotalNs += this.pauseNS;
    st.lastGCUnix = unix;
    this.lastGCNanotime = tEnd;
    st.numgc++;
    if (this.userForced) st.numforcedgc++;
    const sweepTermCpu = this.stwprocs * (this.tMark - this.tSweepTerm);
    const markCpu = p.assistTime + p.dedicatedMarkTime + p.fractionalMarkTime;
    const markTermCpu = this.stwprocs * (tEnd - this.tMarkTerm);
    this.totaltime += sweepTermCpu + markCpu + markTermCpu;
    const totalCpu = tEnd * s.gomaxprocs;
    st.gcCPUFraction = totalCpu > 0 ? this.totaltime / totalCpu : 0;
    if (this.debug.gctrace > 0) {
      this.host.printErr(
        formatGCTrace({
          numgc: st.numgc,
          start: this.tSweepTerm,
          util: Math.floor(st.gcCPUFraction * 100),
          clock: [this.tMark - this.tSweepTerm, this.tMarkTerm - this.tMark, tEnd - this.tMarkTerm],
          cpu: [sweepTermCpu, p.assistTime, p.dedicatedMarkTime + p.fractionalMarkTime, p.idleMarkTime, markTermCpu],
          heap0: this.heap0,
          heap1,
          heap2: this.marker.work.bytesMarked,
          goal: p.lastHeapGoal,
          stacks: p.maxStackScan,
          globals: p.globalsScan,
          procs: s.gomaxprocs,
          forced: this.userForced,
        }),
      );
    }
  }

}
