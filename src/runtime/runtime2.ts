// The scheduler's data structures (Go's runtime2.go): statuses, wait reasons, P, M and the
// global scheduler state.
//
// Design
//   These are the runtime's own bookkeeping, which DESIGN decision 1 keeps outside the address
//   space: plain objects the scheduler (proc.ts) links together, named as Go names them.
//
//   P     a processor: what an M needs to run Go code. It owns a local run queue of 256 Gs as a
//         ring (runqhead/runqtail count up forever; the slot is the count mod 256), the `runnext`
//         slot that a goroutine readied by the running one takes ahead of the queue, a cache of
//         goroutine ids handed out in batches of 16, its mcache and its timers.
//   M     a machine (an OS thread in Go). Here an M is an emulated thread: its own clock, the G
//         it runs (curg), the P it holds, and whether it spins looking for work.
//   Sched the global run queue (a FIFO of Gs), idle P and M lists, counters that schedtrace
//         prints, and the goroutine id generator.
//
//   The G itself (registers, frames, stack) is the VM's, in src/vm/goroutine.ts; the fields the
//   scheduler keeps on it (status, wait reason, run-queue link, m) are declared there too.
//
// How it differs from Go: no locks and no atomics (one JS thread runs every M in turn, see
// proc.ts); the run queue ring is a JS array of 256 G references.
import type { G } from '../vm/goroutine.js';
import type { MCache } from './mcache.js';

/** G statuses (runtime2.go): the numbers schedtrace prints. */
export enum GStatus {
  Idle = 0,
  Runnable = 1,
  Running = 2,
  Syscall = 3,
  Waiting = 4,
  Dead = 6,
  Copystack = 8,
  Preempted = 9,
}

/** P statuses. */
export enum PStatus {
  Idle = 0,
  Running = 1,
  Syscall = 2,
  Gcstop = 3,
  Dead = 4,
}

/** Why a goroutine waits: the words Go prints in tracebacks and scheddetail. */
export const WaitReason = {
  Zero: '',
  GCAssistMarking: 'GC assist marking',
  IOWait: 'IO wait',
  ChanReceiveNilChan: 'chan receive (nil chan)',
  ChanSendNilChan: 'chan send (nil chan)',
  DumpingHeap: 'dumping heap',
  GarbageCollection: 'garbage collection',
  GarbageCollectionScan: 'garbage collection scan',
  Panicwait: 'panicwait',
  Select: 'select',
  SelectNoCases: 'select (no cases)',
  GCAssistWait: 'GC assist wait',
  GCSweepWait: 'GC sweep wait',
  GCScavengeWait: 'GC scavenge wait',
  ChanReceive: 'chan receive',
  ChanSend: 'chan send',
  FinalizerWait: 'finalizer wait',
  ForceGCIdle: 'force gc (idle)',
  Semacquire: 'semacquire',
  Sleep: 'sleep',
  SyncCondWait: 'sync.Cond.Wait',
  TimerGoroutineIdle: 'timer goroutine (idle)',
  TraceReaderBlocked: 'trace reader (blocked)',
  WaitForGCCycle: 'wait for GC cycle',
  GCWorkerIdle: 'GC worker (idle)',
  Preempted: 'preempted',
  DebugCall: 'debug call',
} as const;
export type WaitReason = (typeof WaitReason)[keyof typeof WaitReason];

/**
 * What collector work a P is doing instead of running a goroutine (Go's gcMarkWorkerMode, plus
 * the background sweeper, which Go runs as a goroutine and minigo as a P's idle work).
 */
export enum GCWorkerMode {
  None,
  /** A P given over to marking until there is no mark work left. */
  Dedicated,
  /** A P marking for its share of fractionalUtilizationGoal, then back to goroutines. */
  Fractional,
  /** A P with nothing else to do, marking until a goroutine becomes runnable. */
  Idle,
  /** A P with nothing else to do, sweeping (bgsweep). */
  BgSweep,
}

/** Length of a P's local run queue. */
export const runqSize = 256;
/** Goroutine ids a P takes from sched.goidgen at a time. */
export const goidCacheBatch = 16;

export class P {
  status = PStatus.Idle;
  /** The M holding this P, or null. */
  m: M | null = null;
  schedtick = 0;
  syscalltick = 0;
  readonly runq: (G | null)[] = new Array<G | null>(runqSize).fill(null);
  runqhead = 0;
  runqtail = 0;
  runnext: G | null = null;
  goidcache = 0;
  goidcacheend = 0;
  /** Dead Gs kept for reuse (gfree list). */
  readonly gFree: G[] = [];
  /** Link in sched.pidle. */
  link: P | null = null;
  /** The collector work this P runs now instead of a goroutine (mgc.ts). */
  gcWorkerMode = GCWorkerMode.None;
  /** Emulated ns this P has spent in fractional mark work this cycle. */
  gcFractionalMarkTime = 0;

  constructor(
    readonly id: number,
    public mcache: MCache,
  ) {}

  get runqLength(): number {
    return this.runqtail - this.runqhead;
  }
}

export class M {
  /** The P this M holds, or null (idle, or sysmon). */
  p: P | null = null;
  /** The user goroutine it runs, or null. */
  curg: G | null = null;
  spinning = false;
  blocked = false;
  /** Emulated time of this M, in nanoseconds since the process started. */
  clock = 0;
  /** Maps whose hashWriting flag stays set until this M runs again (vm/map.ts endMapWrite). */
  readonly pendingMapWrites: number[] = [];
  mallocing = 0;
  throwing = 0;
  locks = 0;
  dying = 0;
  constructor(readonly id: number) {}
}

/** A FIFO of Gs linked through g.schedlink (the global run queue, gQueue). */
export class GQueue {
  head: G | null = null;
  tail: G | null = null;
  size = 0;
  push(g: G): void {
    g.schedlink = null;
    if (this.tail === null) this.head = g;
    else this.tail.schedlink = g;
    this.tail = g;
    this.size++;
  }
  pushHead(g: G): void {
    g.schedlink = this.head;
    this.head = g;
    if (this.tail === null) this.tail = g;
    this.size++;
  }
  pop(): G | null {
    const g = this.head;
    if (g === null) return null;
    this.head = g.schedlink;
    if (this.head === null) this.tail = null;
    g.schedlink = null;
    this.size--;
    return g;
  }
}
