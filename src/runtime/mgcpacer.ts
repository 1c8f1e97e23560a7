// The pacer: when to start a collection, how much the mutator must help (Go's mgcpacer.go).
//
// Design
//   The heap goal. After a cycle has marked heapMarked live bytes, the next cycle should finish
//   by the time the heap reaches
//       goal = heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC / 100
//   and never less than heapMinimum (4 MiB * GOGC/100). GOGC=off (gcPercent < 0) makes the goal
//   infinite. GOMEMLIMIT gives a second goal: the limit minus the memory that is not heap
//   objects (stacks, free pages not yet released, the runtime's own) minus 1 MiB of headroom;
//   the lower goal wins, but never below heapMarked. The goal is what MemStats.NextGC reports.
//
//   The trigger. Marking runs concurrently, and the mutator allocates meanwhile, so the cycle
//   must start early enough: the runway is the allocation the mutator is expected to do while
//   the collector does the expected scan work (last cycle's heap, stack and globals scan) at
//   the goal utilization of 25%,
//       runway = consMark * (1 - 0.25) / 0.25 * scanWorkExpected
//   with consMark the allocation per unit of scan work observed in the last cycle. The trigger
//   is goal - runway, kept between 0.7 and 0.95 of the way from heapMarked to the goal (so the
//   first cycle, with no history, triggers at 95% of 4 MiB).
//
//   During a cycle (startCycle): 25% of GOMAXPROCS goes to background mark workers: whole Ps as
//   dedicated workers when that rounds well (GOMAXPROCS >= 4 gives one per four), otherwise a
//   fractional worker that runs on a P while its share of the elapsed mark time is below
//   fractionalUtilizationGoal. Allocation the workers cannot keep up with is charged to the
//   allocating goroutines as assists (revise): each byte allocated owes assistWorkPerByte bytes
//   of scan work, where
//       assistWorkPerByte = (scanWorkExpected - scanWorkDone) / (goal - heapLive)
//   Background work earns credit (bgScanCredit) that indebted goroutines take first.
//
// How it differs from Go: consMark is the last cycle's value, where Go smooths it with a PI
// controller; no GC CPU limiter (Go 1.19's limiter only acts near the memory limit under
// thrashing); times are the emulated clock's.

import type { HeapStats } from './mstats.js';
import { heapMinimum as defaultHeapMinimum } from './mstats.js';

/** Fraction of CPU the background workers take (gcBackgroundUtilization). */
export const gcBackgroundUtilization = 0.25;
/** The utilization the pacer aims for, workers plus assists (gcGoalUtilization). */
export const gcGoalUtilization = gcBackgroundUtilization;
/** Allowed error between dedicated workers and the 25% goal before a fractional worker is used. */
const maxUtilError = 0.3;
/** The trigger lies between these fractions (of 64) of the way from heapMarked to the goal. */
const triggerRatioDen = 64;
const minTriggerRatioNum = 45;
const maxTriggerRatioNum = 61;
/** Allocation a sweep phase must be allowed before the next trigger (sweepMinHeapDistance). */
const sweepMinHeapDistance = 1024 * 1024;
/** Headroom the memory-limit goal leaves (memoryLimitHeapGoalHeadroom). */
const memoryLimitHeapGoalHeadroom = 1 << 20;
/** GOMEMLIMIT's default: no limit (math.MaxInt64). */
export const maxMemoryLimit = 2 ** 63 - 1;
/** Scan work an assist does at least, to amortise its cost (gcOverAssistWork). */
export const gcOverAssistWork = 64 << 10;

export class GCController {
  /** GOGC; negative means off. */
  gcPercent: number;
  /** GOMEMLIMIT in bytes. */
  memoryLimit: number;
  heapMinimum = defaultHeapMinimum;
  /** Bytes marked by the last cycle. */
  heapMarked = 0;
  /** Scan work of the last cycle (bytes), and the scannable globals. */
  lastHeapScan = 0;
  lastStackScan = 0;
  globalsScan = 0;
  /** Bytes of goroutine stacks at the last stack scan (gctrace's "MB stacks"). */
  maxStackScan = 0;
  /** Allocation per unit of scan work in the last cycle. */
  consMark = 0;
  private runway = 0;
  private gcPercentHeapGoal = defaultHeapMinimum;
  private sweepDistMinTrigger = 0;
  /** heapLive when the current cycle was triggered; Infinity before the first. */
  triggered = Infinity;
  /** The goal the last cycle ran against (gctrace's "MB goal"). */
  lastHeapGoal = 0;

  // The current cycle.
  dedicatedMarkWorkersNeeded = 0;
  fractionalUtilizationGoal = 0;
  assistWorkPerByte = 0;
  assistBytesPerWork = 0;
  markStartTime = 0;
  /** Emulated ns spent by assists, dedicated, fractional and idle workers this cycle. */
  assistTime = 0;
  dedicatedMarkTime = 0;
  fractionalMarkTime = 0;
  idleMarkTime = 0;
  /** Scan work done by background workers and not yet taken by assists. */
  bgScanCredit = 0;

  constructor(
    readonly st: HeapStats,
    gcPercent: number,
    memoryLimit: number,
    /** Bytes of scannable package variables (pointer words). */
    globalsScan: number,
  ) {
    this.gcPercent = gcPercent;
    this.memoryLimit = memoryLimit;
    this.globalsScan = globalsScan;
    if (gcPercent >= 0) this.heapMinimum = Math.floor((defaultHeapMinimum * gcPercent) / 100);
    this.commit(true);
  }

  /** Recompute the goal and runway from the last cycle's results (commit). */
  commit(isSweepDone: boolean): void {
    this.sweepDistMinTrigger = isSweepDone ? 0 : this.st.heapLive + sweepMinHeapDistance;
    let goal = Infinity;
    if (this.gcPercent >= 0) {
      goal = this.heapMarked + Math.floor(((this.heapMarked + this.lastStackScan + this.globalsScan) * this.gcPercent) / 100);
    }
    if (goal < this.heapMinimum) goal = this.heapMinimum;
    this.gcPercentHeapGoal = goal;
    this.runway = ((this.consMark * (1 - gcGoalUtilization)) / gcGoalUtilization) * (this.lastHeapScan + this.lastStackScan + this.globalsScan);
    this.st.heapGoal = this.heapGoal();
  }

  /** The heap goal: the lower of the GOGC and GOMEMLIMIT goals (heapGoalInternal). */
  heapGoal(): number {
    return this.heapGoalInternal()[0];
  }

  private heapGoalInternal(): [goal: number, minTrigger: number] {
    let goal = this.gcPercentHeapGoal;
    let minTrigger = 0;
    const limitGoal = this.memoryLimitHeapGoal();
    if (limitGoal < goal) goal = limitGoal;
    else {
      const sweepDistTrigger = this.sweepDistMinTrigger;
      if (sweepDistTrigger > goal) goal = sweepDistTrigger;
      minTrigger = sweepDistTrigger;
      const minRunway = 64 << 10;
      if (this.triggered !== Infinity && goal < this.triggered + minRunway) goal = this.triggered + minRunway;
    }
    return [goal, minTrigger];
  }

  /** The goal GOMEMLIMIT implies (memoryLimitHeapGoal). */
  private memoryLimitHeapGoal(): number {
    if (this.memoryLimit >= maxMemoryLimit) return Infinity;
    const st = this.st;
    const heapFree = st.heapFree;
    const heapAlloc = st.totalAlloc - st.totalFree;
    const mappedReady = st.heapInUse + st.heapFree + st.inStacks + st.gcMiscSys + st.inWorkBufs + st.inPtrScalarBits;
    const nonHeapMemory = Math.max(0, mappedReady - heapFree - heapAlloc);
    const overage = mappedReady > this.memoryLimit ? mappedReady - this.memoryLimit : 0;
    if (nonHeapMemory + overage >= this.memoryLimit) return this.heapMarked;
    let goal = this.memoryLimit - (nonHeapMemory + overage);
    if (goal < memoryLimitHeapGoalHeadroom || goal - memoryLimitHeapGoalHeadroom < memoryLimitHeapGoalHeadroom) goal = memoryLimitHeapGoalHeadroom;
    else goal -= memoryLimitHeapGoalHeadroom;
    return Math.max(goal, this.heapMarked);
  }

  /** The heapLive at which the next cycle starts (trigger). */
  trigger(): number {
    const [goal, minTrigger0] = this.heapGoalInternal();
    if (this.heapMarked >= goal) return goal;
    let minTrigger = Math.max(minTrigger0, this.heapMarked);
    const span = goal === Infinity ? Infinity : goal - this.heapMarked;
    const lower = Math.floor(span / triggerRatioDen) * minTriggerRatioNum + this.heapMarked;
    if (minTrigger < lower) minTrigger = lower;
    let maxTrigger = Math.floor(span / triggerRatioDen) * maxTriggerRatioNum + this.heapMarked;
    if (goal > defaultHeapMinimum && goal - defaultHeapMinimum > maxTrigger) maxTrigger = goal - defaultHeapMinimum;
    if (maxTrigger < minTrigger) maxTrigger = minTrigger;
    let trigger = this.runway > goal ? minTrigger : goal - this.runway;
    if (trigger < minTrigger) trigger = minTrigger;
    if (trigger > maxTrigger) trigger = maxTrigger;
    return trigger;
  }

  /** A cycle starts at emulated time now with procs Ps: plan the workers (startCycle). */
  startCycle(now: number, procs: number, stopTheWorld: boolean): void {
    this.triggered = this.st.heapLive;
    this.markStartTime = now;
    this.assistTime = 0;
    this.dedicatedMarkTime = 0;
    this.fractionalMarkTime = 0;
    this.idleMarkTime = 0;
    this.bgScanCredit = 0;
    const total = procs * gcBackgroundUtilization;
    let dedicated = Math.floor(total + 0.5);
    const utilError = dedicated / total - 1;
    if (utilError < -maxUtilError || utilError > maxUtilError) {
      if (dedicated > total) dedicated--;
      this.fractionalUtilizationGoal = (total - dedicated) / procs;
    } else this.fractionalUtilizationGoal = 0;
    if (stopTheWorld) {
      dedicated = procs;
      this.fractionalUtilizationGoal = 0;
    }
    this.dedicatedMarkWorkersNeeded = dedicated;
    this.lastHeapGoal = this.heapGoal();
    this.revise(0);
  }

  /** Recompute the assist ratio from the work done so far (revise). */
  revise(scanWorkDone: number): void {
    const heapLive = this.st.heapLive;
    let goal = this.heapGoal();
    let scanWorkExpected = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    if (scanWorkDone > scanWorkExpected || heapLive > goal) {
      // Over the goal: assume the worst (the whole scannable heap) and extend the goal.
      const maxScanWork = this.st.heapScan + this.lastStackScan + this.globalsScan;
      if (scanWorkExpected > 0 && goal !== Infinity) goal += Math.floor(((goal - this.triggered) / scanWorkExpected) * maxScanWork);
      scanWorkExpected = Math.max(maxScanWork, scanWorkDone);
    }
    const heapDistance = Math.max(1, goal - heapLive);
    const workRemaining = Math.max(1000, scanWorkExpected - scanWorkDone);
    this.assistWorkPerByte = heapDistance === Infinity ? 0 : workRemaining / heapDistance;
    this.assistBytesPerWork = heapDistance === Infinity ? Infinity : heapDistance / workRemaining;
  }

  /** The cycle's mark phase ended at now: learn consMark for the next trigger (endCycle). */
  endCycle(now: number, procs: number, scanWork: number): void {
    const duration = now - this.markStartTime;
    let utilization = gcBackgroundUtilization;
    if (duration > 0) utilization += this.assistTime / (duration * procs);
    if (this.st.heapLive <= this.triggered || scanWork === 0) return;
    const idleUtilization = duration > 0 ? this.idleMarkTime / (duration * procs) : 0;
    this.consMark = ((this.st.heapLive - this.triggered) * (utilization + idleUtilization)) / (scanWork * (1 - utilization));
    if (!Number.isFinite(this.consMark) || this.consMark < 0) this.consMark = 0;
  }

  /** debug.SetGCPercent: set GOGC, returning the old value (setGCPercent). */
  setGCPercent(pct: number): number {
    const out = this.gcPercent;
    if (pct < 0) pct = -1;
    this.gcPercent = pct;
    this.heapMinimum = pct >= 0 ? Math.floor((defaultHeapMinimum * pct) / 100) : defaultHeapMinimum;
    return out;
  }

  /** debug.SetMemoryLimit: set GOMEMLIMIT (a negative value only reads it). */
  setMemoryLimit(limit: number): number {
    const out = this.memoryLimit;
    if (limit >= 0) this.memoryLimit = limit;
    return out;
  }
}

/**
 * GOGC as the runtime reads it (readGOGC): "off" is -1, a number is itself, anything else
 * (including unset) is 100.
 */
export function readGOGC(s: string | undefined): number {
  if (s === 'off') return -1;
  if (s !== undefined && /^-?[0-9]+$/.test(s)) return Number(s);
  return 100;
}

/**
 * GOMEMLIMIT (readGOMEMLIMIT, parseByteCount): "off" or unset is no limit; else a byte count
 * with an optional B, KiB, MiB, GiB or TiB suffix. null for a malformed value.
 */
export function readGOMEMLIMIT(s: string | undefined): number | null {
  if (s === undefined || s === '' || s === 'off') return maxMemoryLimit;
  const m = /^([0-9]+)(B|KiB|MiB|GiB|TiB)?$/.exec(s);
  if (m === null) return null;
  const unit = { B: 1, KiB: 1 << 10, MiB: 1 << 20, GiB: 2 ** 30, TiB: 2 ** 40 }[m[2] ?? 'B']!;
  const n = Number(m[1]) * unit;
  return n > maxMemoryLimit ? null : n;
}
