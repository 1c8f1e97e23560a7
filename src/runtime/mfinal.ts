// Finalizers: runtime.SetFinalizer's records, the queue of due finalizers, and the finalizer
// goroutine that runs them (Go's mfinal.go and the finalizer specials of mheap.go).
//
// Design
//   SetFinalizer(obj, f) attaches a finalizer special to obj's span: the object's offset, the
//   func value f, and how f takes its argument (the pointer itself, or an interface holding
//   it) and how many bytes of memory results it writes. SetFinalizer(obj, nil) removes it.
//
//   The collector treats finalizers in three places:
//     mark     every special is a root (mgcmark.ts): f is marked, and so is everything obj
//              points to - but not obj itself, so that obj can still turn out unreachable.
//     sweep    an unmarked object with a finalizer is not freed: its mark bit is set again
//              (resurrection: the object lives one more cycle, as an argument to f), its
//              special is removed, and the finalizer is queued (mgcsweep.ts, queuefinalizer).
//              Anything the object points to was marked at mark time, so it survives too: a
//              chain of finalizable objects is finalized one link per cycle, parents first.
//     fing     the finalizer goroutine, created at the first SetFinalizer (createfing), waits
//              with "finalizer wait". When finalizers are queued the scheduler wakes it
//              (fingwake, checked in findRunnable, as Go's wakefing); it takes the whole queue
//              and calls each finalizer in turn, newest first (runfinq walks Go's finq blocks
//              from the last entry down), then waits again.
//   The queue is a root as well: a queued object must survive until its finalizer has run.
//
//   Calling a Go function from the runtime: the finalizer goroutine is a G whose body is this
//   file's `next`. next sets up a call of f on the G's stack (the VM's initG, then the argument
//   registers: the pointer or the interface words, then one hidden result address per
//   memory-typed result, pointing at a scratch object as Go's frame buffer does); the scheduler
//   runs it like any goroutine; when it returns, next sets up the following one or, with the
//   queue empty, lets the G park.
//
// How it differs from Go: specials are JS records on their span (MSpan.specials); the queue is a
// JS array, not a list of 4 KiB finBlocks in the heap; a finalizer's argument conversion is
// worked out once by SetFinalizer (stdlib/runtime/finalizer.ts) rather than at each call.

import type { MHeap } from './mheap.js';
import type { MSpan, Special } from './mspan.js';
import type { G } from '../vm/goroutine.js';
import type { SystemBody, Sched } from './proc.js';
import { WaitReason } from './runtime2.js';
import { mallocgc } from './malloc.js';
import { InternalError } from './error.js';

/** How a finalizer receives its object: as the pointer, or as an interface (tab word, pointer). */
export interface FinalizerArg {
  /** The first register: 0 for a pointer parameter, else the type descriptor or itab address. */
  readonly tab: number;
  /** Bytes of each memory-typed result, for which the caller passes a result address. */
  readonly memResults: readonly number[];
}

/** A finalizer special: the finalizer set on the object at `offset` of its span. */
export class SpecialFinalizer implements Special {
  constructor(
    readonly offset: number,
    /** The finalizer's func value (a closure pointer). */
    readonly fn: number,
    readonly arg: FinalizerArg,
  ) {}
}

/** A finalizer due to run: f(obj). */
interface QueuedFinalizer {
  fn: number;
  obj: number;
  arg: FinalizerArg;
}

/** The program's finalizer state: the spans with specials, the queue, the finalizer goroutine. */
export class Finalizers implements SystemBody {
  readonly waitReason = WaitReason.FinalizerWait;
  /** Spans that have at least one special (the collector's specials root). */
  readonly spans = new Set<MSpan>();
  /** Finalizers queued by sweeping, not yet taken by the finalizer goroutine (finq). */
  private finq: QueuedFinalizer[] = [];
  /** The batch the finalizer goroutine is running, last first. */
  private running: QueuedFinalizer[] = [];

  constructor(
    readonly h: MHeap,
    readonly sched: Sched,
  ) {}

  /** addfinalizer: attach a finalizer to the object at p. False if it already has one. */
  add(p: number, fn: number, arg: FinalizerArg): boolean {
    const s = this.h.spanOf(p)!;
    const offset = p - s.startAddr;
    const list = (s.specials ??= []);
    let i = 0;
    while (i < list.length && list[i]!.offset < offset) i++;
    if (i < list.length && list[i]!.offset === offset) return false;
    list.splice(i, 0, new SpecialFinalizer(offset, fn, arg));
    this.spans.add(s);
    return true;
  }

  /** removefinalizer: the object at p has no finalizer any more. */
  remove(p: number): void {
    const s = this.h.spanOf(p);
    if (s === null || s.specials === null) return;
    const offset = p - s.startAddr;
    const i = s.specials.findIndex((x) => x.offset === offset);
    if (i < 0) return;
    s.specials.splice(i, 1);
    if (s.specials.length === 0) {
      s.specials = null;
      this.spans.delete(s);
    }
  }

  /** The span lost its last special (sweep unlinked them). */
  emptied(s: MSpan): void {
    s.specials = null;
    this.spans.delete(s);
  }

  /** queuefinalizer: f(obj) is due; wake the finalizer goroutine at the next schedule. */
  queue(sp: SpecialFinalizer, obj: number): void {
    this.finq.push({ fn: sp.fn, obj, arg: sp.arg });
    this.sched.fingwake = true;
  }

  /** Whether finalizers wait to run (queued or in the running batch). */
  get pending(): boolean {
    return this.finq.length > 0 || this.running.length > 0;
  }

  /** The root job: every queued finalizer's function and object, and every special's. */
  scanRoots(shade: (p: number) => void, scanReferents: (p: number) => number): number {
    let work = 0;
    for (const q of this.finq) {
      shade(q.fn);
      shade(q.obj);
    }
    for (const q of this.running) {
      shade(q.fn);
      shade(q.obj);
    }
    for (const s of this.spans) {
      for (const sp of s.specials!) {
        const f = sp as SpecialFinalizer;
        work += scanReferents(s.startAddr + f.offset);
        shade(f.fn);
      }
    }
    return work + 16 * (this.finq.length + this.running.length);
  }

  /** SystemBody.next: set g up to call the next finalizer; false when there is none (runfinq). */
  next(g: G): boolean {
    if (this.running.length === 0) {
      this.running = this.finq;
      this.finq = [];
    }
    const f = this.running.pop();
    if (f === undefined) return false;
    const exec = this.sched.exec;
    const mem = this.h.mem;
    exec.initG(g, mem.loadPtr(f.fn), f.fn);
    const args: number[] = f.arg.tab === 0 ? [f.obj] : [f.arg.tab, f.obj];
    const c = this.sched.curm.p?.mcache ?? this.h.mcaches[0];
    if (c === undefined) throw new InternalError('runfinq: no mcache');
    for (const size of f.arg.memResults) args.push(mallocgc(c, size, null, true));
    g.growRegs(args.length);
    for (let i = 0; i < args.length; i++) g.regs[i] = args[i]!;
    return true;
  }
}
