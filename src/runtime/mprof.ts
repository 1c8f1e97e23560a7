// The heap profile: sampled allocations by call stack, as Go's mprof.go keeps them for
// runtime.MemProfile (and pprof's heap profile).
//
// Design
//   Sampling. runtime.MemProfileRate (a Go variable of package runtime, read where it lives in the
//   data segment, so a program may change it at any time) is the mean number of bytes allocated
//   between two samples. Each mcache counts down `nextSample` bytes; mallocgc subtracts every
//   allocation's size (rounded to its size class, 16 for a new tiny block) and calls profilealloc
//   when the allocation reaches zero. The next distance is drawn from the exponential
//   distribution with that mean (a Poisson process over allocated bytes), so an allocation of s
//   bytes is sampled with probability 1 - exp(-s/rate) and pprof's unsampling (dividing by that
//   probability) is unbiased. Rate 1 samples every allocation, rate 0 none.
//
//   Buckets. A sample is charged to the bucket of its (stack, size); a new bucket goes to the
//   front of the list MemProfile walks, as Go prepends to mbuckets. The sampled object carries a
//   profile special (MSpan.profSpecials: offset → bucket) so that the sweep that frees it
//   charges the free to the same bucket.
//
//   Cycles. The profile MemProfile reports is the heap as of the last completed collection, not
//   as of now, which would over-count recent garbage. Each bucket keeps `active` (published)
//   counts and three `future` cycles. With c the number of mark terminations so far, an
//   allocation is counted in future[(c+2)%3] and a free in future[(c+1)%3]. Mark termination
//   increments c (nextCycle) and then folds future[c%3] into active (flush): what was left of two
//   cycles ago. runtime.GC, once it has swept everything, folds future[(c+1)%3] (postSweep): the
//   allocations made before that collection and the frees its sweep found. So after two
//   runtime.GC calls the profile holds every allocation and free made before them.
//
//   The stack. mallocgc runs inside an instruction whose frame record does not yet say where
//   it is, so profilealloc only notes the sample and ends the turn (sched.turnEnd); at that safe
//   point the frame's pc is the return address just after the allocating instruction, and the
//   scheduler asks `stackOf` (installed with the profiler, from runtime.Callers' unwinder) for
//   the goroutine's pcs: the allocating function first, as Go's callers(4, ...) skips
//   mProf_Malloc, profilealloc, mallocgc and newobject.
//
// How it differs from Go: the random distances come from the run's seeded fastrand with an exact
// logarithm (Go uses a 26-bit fastrandn and fastlog2); buckets are JS records keyed by their
// stack text, not a hash table in persistent memory; the block, mutex and CPU profiles are not
// kept.
import type { MCache } from './mcache.js';
import type { MSpan } from './mspan.js';
import type { AddressSpace } from './mem.js';

/** runtime.MemProfileRate's initial value (mprof.go defaultMemProfileRate). */
export const defaultMemProfileRate = 512 * 1024;

/** Go caps a sampling distance at this (fastexprand). */
const maxSampleDistance = 0x7000000;

/** Depth of a recorded stack (runtime.MemProfileRecord.Stack0). */
export const maxStack = 32;

/** One cycle's counts (memRecordCycle). */
class Counts {
  allocs = 0;
  frees = 0;
  allocBytes = 0;
  freeBytes = 0;

  add(o: Counts): void {
    this.allocs += o.allocs;
    this.frees += o.frees;
    this.allocBytes += o.allocBytes;
    this.freeBytes += o.freeBytes;
    o.allocs = o.frees = o.allocBytes = o.freeBytes = 0;
  }

  get empty(): boolean {
    return this.allocs === 0 && this.frees === 0;
  }
}

/** The samples of one (stack, size). */
export class Bucket {
  readonly active = new Counts();
  readonly future = [new Counts(), new Counts(), new Counts()] as const;

  constructor(
    readonly stack: readonly number[],
    readonly size: number,
  ) {}
}

/** A sample whose stack is taken at the goroutine's next safe point. */
interface Pending {
  readonly g: object | null;
  readonly span: MSpan;
  readonly x: number;
  readonly size: number;
}

export class MemProfiler {
  /** Mark terminations so far (mProfCycle). */
  private cycle = 0;
  private readonly byKey = new Map<string, Bucket>();
  /** Every bucket, oldest first (MemProfile reports them newest first, as Go's mbuckets list). */
  private readonly buckets: Bucket[] = [];
  /** Samples waiting for their stacks. */
  private pending: Pending[] = [];

  constructor(
    private readonly mem: AddressSpace,
    /** Address of runtime.MemProfileRate. */
    private readonly rateAddr: number,
    private readonly fastrand: () => number,
    /** The running goroutine, whose allocation is being sampled. */
    private readonly curg: () => object | null,
    /** End the running goroutine's turn at its next safe point. */
    private readonly endTurn: () => void,
    /** g's stack as return addresses, its top frame stopped just after an instruction. */
    private readonly stackOf: (g: object) => number[],
  ) {}

  /** The current value of runtime.MemProfileRate. */
  rate(): number {
    const r = this.mem.loadInt64(this.rateAddr);
    if (r === r) return r;
    return this.mem.loadInt64Big(this.rateAddr) > 0n ? Number.MAX_SAFE_INTEGER : -1;
  }

  /** Bytes to allocate before the next sample (mcache.nextSample), at the given mean. */
  nextSample(rate = this.rate()): number {
    if (rate <= 0) return Infinity;
    if (rate === 1) return 0;
    const mean = Math.min(rate, maxSampleDistance);
    // A uniform u in (0, 1] from 32 random bits; -ln(u) is exponential with mean 1.
    const u = (this.fastrand() + 1) / 0x100000000;
    return Math.floor(-Math.log(u) * mean) + 1;
  }

  /** mallocgc's call when c's countdown ran out at the object x of size bytes in span. */
  profilealloc(c: MCache, span: MSpan, x: number, size: number): void {
    const rate = this.rate();
    c.nextSample = this.nextSample(rate);
    if (rate <= 0) return;
    this.pending.push({ g: this.curg(), span, x, size });
    this.endTurn();
  }

  /** Whether samples wait for their stacks. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** At a safe point: record the waiting samples with their goroutines' stacks (mProf_Malloc). */
  takeStacks(): void {
    const ps = this.pending;
    this.pending = [];
    for (const p of ps) {
      const stack = p.g === null ? [] : this.stackOf(p.g).slice(0, maxStack);
      const b = this.bucket(stack, p.size);
      const f = b.future[(this.cycle + 2) % 3];
      f.allocs++;
      f.allocBytes += p.size;
      (p.span.profSpecials ??= new Map()).set(p.x - p.span.startAddr, b);
    }
  }

  /** The sweep freed a sampled object of bucket b (mProf_Free). */
  free(b: Bucket): void {
    const f = b.future[(this.cycle + 1) % 3];
    f.frees++;
    f.freeBytes += b.size;
  }

  /** Mark termination: the next cycle begins (mProf_NextCycle), then what is due is published (mProf_Flush). */
  nextCycle(): void {
    this.cycle++;
    const i = this.cycle % 3;
    for (const b of this.buckets) b.active.add(b.future[i]);
  }

  /** runtime.GC has swept everything: publish the collection's frees and what was allocated before it (mProf_PostSweep). */
  postSweep(): void {
    const i = (this.cycle + 1) % 3;
    for (const b of this.buckets) b.active.add(b.future[i]);
  }

  /**
   * runtime.MemProfile's records: the buckets (newest first) with bytes in use, or every one
   * when inuseZero. With nothing published yet (no collection has run), every cycle is folded
   * in first, so that a program that never collects still gets a profile.
   */
  records(inuseZero: boolean): Bucket[] {
    if (this.buckets.every((b) => b.active.empty)) {
      for (const b of this.buckets) for (const f of b.future) b.active.add(f);
    }
    return this.buckets.filter((b) => inuseZero || b.active.allocBytes !== b.active.freeBytes).reverse();
  }

  private bucket(stack: readonly number[], size: number): Bucket {
    const key = `${size}:${stack.join(',')}`;
    let b = this.byKey.get(key);
    if (b === undefined) {
      b = new Bucket(stack, size);
      this.byKey.set(key, b);
      this.buckets.push(b);
    }
    return b;
  }
}

/** The sweep of s, before its mark bits are reset: free the profile specials of unmarked objects. */
export function sweepProfSpecials(prof: MemProfiler | null, s: MSpan, isMarked: (index: number) => boolean): void {
  const specials = s.profSpecials!;
  for (const [offset, b] of specials) {
    if (isMarked(Math.floor(offset / s.elemsize))) continue;
    prof?.free(b);
    specials.delete(offset);
  }
  if (specials.size === 0) s.profSpecials = null;
}
