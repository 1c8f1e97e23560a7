// The collector's work: grey objects waiting to be scanned, and the accounting of marking
// (Go's mgcwork.go).
//
// Design
//   Tri-colour marking needs a set of grey objects: marked (their mark bit is set) but not yet
//   scanned. Go keeps it in per-P gcWork caches of fixed-size workbufs, balanced through a global
//   full/empty list, so that many threads can push and pop without contention. Whoever greys an
//   object (a mark worker, an assist, the write barrier) pushes its base address; gcDrain pops
//   addresses and scans them, greying what they point to, until the queue is empty. Mark is done
//   when the queue is empty and every root job has run. minigo queues an object as its offset
//   from HEAP_BASE: a small integer, which V8 passes to scanobject without boxing it (an address
//   above 2^31 would cost a heap number per object scanned).
//
//   Alongside the queue, the counters the pacer and gctrace read:
//     bytesMarked    bytes of objects marked this cycle (Go's work.bytesMarked), including those
//                    allocated black;
//     heapScanWork   bytes of heap objects scanned; stackScanWork, globalsScanWork likewise.
//
// How it differs from Go: one queue, a growable Float64Array used as a stack (LIFO, as a single
// workbuf is), because one host thread runs every M: there is nothing to balance. Workbufs are
// not carved from spans (Go accounts them as inWorkBufs in GCSys); the queue is runtime
// bookkeeping outside the address space.

export class GCWork {
  private buf = new Float64Array(1024);
  private n = 0;
  bytesMarked = 0;
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;

  /** Queue a grey object by its offset from HEAP_BASE. */
  put(obj: number): void {
    if (this.n === this.buf.length) {
      const nb = new Float64Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = obj;
  }

  /** The next grey object's offset from HEAP_BASE, or -1 when there is none. */
  tryGet(): number {
    return this.n === 0 ? -1 : this.buf[--this.n]!;
  }

  get empty(): boolean {
    return this.n === 0;
  }

  /** Start a cycle: no grey objects, counters at zero (gcResetMarkState). */
  reset(): void {
    this.n = 0;
    this.bytesMarked = 0;
    this.heapScanWork = 0;
    this.stackScanWork = 0;
    this.globalsScanWork = 0;
  }
}
