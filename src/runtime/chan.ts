// Channels (Go's runtime/chan.go): hchan in the address space, wait queues of sudogs, direct
// hand-off between goroutines.
//
// Design
//   A channel value is the address of an hchan, laid out as gc lays it out on amd64 (96 bytes):
//
//     0 qcount    uint      elements in the buffer
//     8 dataqsiz  uint      buffer capacity (cap(ch))
//    16 buf       pointer   the ring buffer of dataqsiz elements
//    24 elemsize  uint16
//    28 closed    uint32
//    32 elemtype  *_type    the element's type descriptor
//    40 sendx     uint      ring index of the next send
//    48 recvx     uint      ring index of the next receive
//    56 recvq     waitq     (first, last *sudog)
//    72 sendq     waitq
//    88 lock      mutex
//
//   makechan allocates it with mallocgc as Go does: one pointer-free object of 96+size*n bytes
//   with the buffer right after the header when the element has no pointers (or the channel no
//   buffer: then buf points at the buf field itself, as Go's raceaddr does); otherwise a typed
//   hchan and a separately allocated buffer of element type, so the collector scans it.
//
//   Goroutines waiting on a channel are sudogs on its recvq or sendq. A sudog names the G, the
//   channel and `elem`: the address the element goes to (a receiver's destination) or comes from
//   (a sender's source), in the waiting G's frame memory (a goroutine's stack does not move
//   while it is parked, so the address stays valid). The operations, as chan.go does them:
//
//   chansend(c, ep)   1. nil channel: park forever (`chan send (nil chan)`).
//                     2. closed: panic `send on closed channel`.
//                     3. a receiver waits: dequeue it and copy *ep straight into its elem
//                        (direct hand-off; the buffer is empty whenever receivers wait), ready it.
//                     4. room in the buffer: copy *ep to buf[sendx], advance sendx, qcount++.
//                     5. otherwise enqueue a sudog on sendq and park (`chan send`).
//   chanrecv(c, ep)   1. nil channel: park forever (`chan receive (nil chan)`).
//                     2. closed and empty: zero *ep, report !ok.
//                     3. a sender waits: unbuffered, copy from its elem; buffered (then the buffer
//                        is full), take buf[recvx] and put the sender's element in its place, so
//                        FIFO order holds. Ready the sender.
//                     4. elements in the buffer: take buf[recvx], clear the slot, qcount--.
//                     5. otherwise enqueue on recvq and park (`chan receive`).
//   closechan(c)      nil or already closed: panic. Set closed, then release every receiver (its
//                     elem zeroed, !ok) and every sender (which will panic), and ready them all
//                     after the queues are emptied, in the reverse order of release (Go collects
//                     them on a gList, a stack).
//   Non-blocking forms (select with default, and the runtime's own sendTime) do steps 1-4 and
//   report failure instead of parking.
//
//   Waking a parked G (gopark / goready, proc.ts). The VM resumes a parked G at the instruction
//   after the one that blocked, so the waker finishes the blocked operation for it, as Go's
//   direct hand-off does: the element is already copied into the receiver's memory; `finish`
//   then writes the receiver's ok (or a select's chosen case and recvOK) straight into the
//   parked G's registers (sudog.result, an absolute register index), and for a select removes
//   the select's other sudogs from their queues (select.go's pass 3, done by the waker). A send
//   that fails — the channel was closed while the sender waited — must panic on the sender's own
//   stack: `finish` points the sender's top frame back at its blocking instruction
//   (sudog.retry), and that instruction, run again, raises `send on closed channel` as Go's
//   chansend does when gopark returns with !success (a select finds its failed sudog in g.param).
//
//   Exported API (what the VM's instructions in src/vm/chanops.ts and the time package use):
//     makechan(rt, t, size): number             t: the chan type (VMType); the hchan address
//     chansend(rt, c, ep, block, retry): boolean      true when the element went out now
//     chanrecv(rt, c, ep, block, result): number      Recv.NotReady / Recv.Closed / Recv.Received
//     closechan(rt, c): void
//     chansendNB(rt, c, src): boolean           non-blocking send of the element at address src
//                                               (select { case c <- v: default: }); false if it
//                                               would block. Safe from timer callbacks: it never
//                                               parks, and readies a waiting receiver.
//     chanlen(mem, c), chancap(mem, c)
//   `rt` is the VM (ChanRuntime: mem, sched, mcache, types); chansendNB needs only mem, sched
//   and typeAt, so any NativeContext will do.
//
// How it differs from Go: no lock (one JS thread runs every M, proc.ts); the wait queues are
// JS objects kept beside the address space, by channel address, only while someone waits (the
// recvq/sendq words of the hchan stay zero); sudogs and queue pairs are reused from one cache
// per run rather than per P. Element copies go through typedmemmove, clears of elements with
// pointers through memclrHasPointers, so the write barrier sees both (mbarrier.ts); a direct
// send writes another goroutine's stack, which typedmemmove's barrier covers because it follows
// the element type's pointer mask wherever the destination is. The channels that have waiters
// are roots of the collector (chanRoots), as Go's sudogs keep their channel alive. A sudog's elem
// points into a parked goroutine's frame, so a stack shrink (which minigo does not do) would
// have to adjust sudogs, as Go's syncadjustsudogs does.
import { HEAP_BASE, type AddressSpace } from './mem.js';
import type { MCache } from './mcache.js';
import type { RType } from './mbitmap.js';
import type { Sched } from './proc.js';
import type { G } from '../vm/goroutine.js';
import type { VMType } from '../vm/program.js';
import { mallocgc, maxAlloc } from './malloc.js';
import { PlainPanic, InternalError } from './error.js';
import { WaitReason } from './runtime2.js';
import { typedmemmove, memclrHasPointers } from './mbarrier.js';

// hchan field offsets (amd64).
export const C_QCOUNT = 0;
export const C_DATAQSIZ = 8;
export const C_BUF = 16;
export const C_ELEMSIZE = 24;
export const C_CLOSED = 28;
export const C_ELEMTYPE = 32;
export const C_SENDX = 40;
export const C_RECVX = 48;
export const C_RECVQ = 56;
export const C_SENDQ = 72;
export const hchanSize = 96;

/** The hchan as a typed object (the `new(hchan)` case): buf, elemtype and the queues' pointers. */
const hchanType: RType = {
  size: hchanSize,
  ptrdata: 88,
  // words 2 (buf), 4 (elemtype), 7-10 (recvq, sendq)
  gcdata: new Uint8Array([(1 << 2) | (1 << 4) | (1 << 7), 0b111]),
};

/** What the channel operations need from the VM. */
export interface ChanRuntime {
  readonly mem: AddressSpace;
  readonly sched: Sched;
  readonly mcache: MCache;
  readonly types: readonly VMType[];
  typeAt(addr: number): VMType | undefined;
}

/** What chansendNB needs (any NativeContext has it). */
export type ChanSendRuntime = Pick<ChanRuntime, 'mem' | 'sched' | 'typeAt'>;

/** chanrecv's outcomes. */
export const Recv = {
  /** Nothing received: non-blocking and not ready, or the goroutine parked. */
  NotReady: -1,
  /** The channel is closed and drained: the zero value, ok = false. */
  Closed: 0,
  /** An element was received, ok = true. */
  Received: 1,
} as const;

/** A goroutine waiting on a channel (Go's sudog). */
export class Sudog {
  /** The waiting goroutine (null while the sudog is in the cache). */
  g: G | null = null;
  /** The channel's hchan address. */
  c = 0;
  /** Receive: the destination (0 = the value is discarded); send: the source. */
  elem = 0;
  next: Sudog | null = null;
  prev: Sudog | null = null;
  /** Part of a select: the other sudogs of the same select follow through `waitlink` (a ring). */
  isSelect = false;
  waitlink: Sudog | null = null;
  /** The select case this sudog stands for. */
  casi = -1;
  /** On a sendq (else a recvq). */
  isSend = false;
  /** Set by the waker: the operation completed (false: the channel was closed). */
  success = false;
  /** Absolute register index in g's register file for the result (receive: ok; select: casi, recvOK), or -1. */
  result = -1;
  /** The instruction to resume at if the send fails (the blocking instruction itself). */
  retry = -1;
}

/** A FIFO of sudogs (waitq). */
export class WaitQ {
  first: Sudog | null = null;
  last: Sudog | null = null;

  enqueue(sg: Sudog): void {
    sg.next = null;
    const x = this.last;
    if (x === null) {
      sg.prev = null;
      this.first = sg;
      this.last = sg;
      return;
    }
    sg.prev = x;
    x.next = sg;
    this.last = sg;
  }

  dequeue(): Sudog | null {
    const sg = this.first;
    if (sg === null) return null;
    const y = sg.next;
    if (y === null) {
      this.first = null;
      this.last = null;
    } else {
      y.prev = null;
      this.first = y;
      sg.next = null;
    }
    return sg;
  }

  /** Remove sg, which must be on this queue (dequeueSudoG). */
  remove(sg: Sudog): void {
    const x = sg.prev;
    const y = sg.next;
    if (x !== null) x.next = y;
    else this.first = y;
    if (y !== null) y.prev = x;
    else this.last = x;
    sg.next = null;
    sg.prev = null;
  }
}

/** A channel's wait queues. */
export class HChanQueues {
  readonly recvq = new WaitQ();
  readonly sendq = new WaitQ();
}

/** At most this many free sudogs and queue pairs are kept for reuse (Go's acquireSudog/releaseSudog). */
const cacheMax = 1024;

/** The channel bookkeeping of one program run: wait queues by channel address, and free lists. */
export class ChanState {
  /**
   * The queues of every channel someone waits on (an entry goes when both queues empty), by
   * (c - HEAP_BASE) / 8: a small integer, which V8 keeps unboxed, where a heap address would be
   * a boxed double allocated at every insertion.
   */
  private readonly queues = new Map<number, HChanQueues>();
  private readonly sudogCache: Sudog[] = [];
  private readonly queueCache: HChanQueues[] = [];

  acquireSudog(g: G): Sudog {
    const sg = this.sudogCache.pop() ?? new Sudog();
    sg.g = g;
    return sg;
  }

  releaseSudog(sg: Sudog): void {
    sg.g = null;
    sg.c = 0;
    sg.elem = 0;
    sg.next = null;
    sg.prev = null;
    sg.isSelect = false;
    sg.waitlink = null;
    sg.casi = -1;
    sg.isSend = false;
    sg.success = false;
    sg.result = -1;
    sg.retry = -1;
    if (this.sudogCache.length < cacheMax) this.sudogCache.push(sg);
  }

  /** c's queues, if anyone waits on c. */
  get(c: number): HChanQueues | undefined {
    return this.queues.get((c - HEAP_BASE) / 8);
  }

  /** Number of channels someone waits on. */
  get size(): number {
    return this.queues.size;
  }

  /** Put sg on its channel's sendq or recvq. */
  enqueue(sg: Sudog): void {
    const k = (sg.c - HEAP_BASE) / 8;
    let q = this.queues.get(k);
    if (q === undefined) {
      q = this.queueCache.pop() ?? new HChanQueues();
      this.queues.set(k, q);
    }
    (sg.isSend ? q.sendq : q.recvq).enqueue(sg);
  }

  /** Every channel someone waits on (the collector keeps them alive: their waiters hold them). */
  forEachChannel(f: (c: number) => void): void {
    for (const k of this.queues.keys()) f(k * 8 + HEAP_BASE);
  }

  /** Forget c's queues q once nobody waits on c. */
  release(c: number, q: HChanQueues): void {
    if (q.recvq.first !== null || q.sendq.first !== null) return;
    this.queues.delete((c - HEAP_BASE) / 8);
    if (this.queueCache.length < cacheMax) this.queueCache.push(q);
  }
}

const stateOf = new WeakMap<Sched, ChanState>();
let lastSched: Sched | null = null;
let lastState: ChanState | null = null;

/** The channel bookkeeping of the program that sched runs. */
export function chanState(sched: Sched): ChanState {
  if (sched === lastSched) return lastState!;
  let st = stateOf.get(sched);
  if (st === undefined) {
    st = new ChanState();
    stateOf.set(sched, st);
  }
  lastSched = sched;
  lastState = st;
  return st;
}

/** The collector's root job for channels: every channel with waiters (Go's sudog.c). */
export function chanRoots(sched: Sched, shade: (p: number) => void): void {
  stateOf.get(sched)?.forEachChannel(shade);
}

function elemtype(rt: ChanSendRuntime, c: number): VMType {
  const t = rt.typeAt(rt.mem.loadPtr(c + C_ELEMTYPE));
  if (t === undefined) throw new InternalError('chan: unknown element type');
  return t;
}

/** Address of buffer slot i. */
function chanbuf(mem: AddressSpace, c: number, i: number): number {
  return mem.loadPtr(c + C_BUF) + i * mem.load16(c + C_ELEMSIZE);
}

// ---- makechan, len, cap ---------------------------------------------------------------------------

/** makechan: a channel of chan type t with a buffer of `size` elements. */
export function makechan(rt: ChanRuntime, t: VMType, size: number): number {
  const elem = rt.types[t.elemType!]!;
  // The compiler rejects element types of 64 KiB or more (elemsize is a uint16).
  if (elem.size >= 1 << 16) throw new InternalError('makechan: invalid channel element type');
  const bytes = elem.size * size;
  if (!(size >= 0) || !Number.isSafeInteger(bytes) || bytes > maxAlloc - hchanSize) {
    throw new PlainPanic('makechan: size out of range');
  }
  const mem = rt.mem;
  let c: number;
  let buf: number;
  if (bytes === 0) {
    c = mallocgc(rt.mcache, hchanSize, null, true);
    buf = c + C_BUF;
  } else if (elem.ptrdata === 0) {
    c = mallocgc(rt.mcache, hchanSize + bytes, null, true);
    buf = c + hchanSize;
  } else {
    c = mallocgc(rt.mcache, hchanSize, hchanType, true);
    buf = mallocgc(rt.mcache, bytes, elem, true);
  }
  mem.store64(c + C_DATAQSIZ, size);
  mem.storePtr(c + C_BUF, buf);
  mem.store16(c + C_ELEMSIZE, elem.size);
  mem.storePtr(c + C_ELEMTYPE, elem.addr);
  return c;
}

export function chanlen(mem: AddressSpace, c: number): number {
  return c === 0 ? 0 : mem.load64(c + C_QCOUNT);
}

export function chancap(mem: AddressSpace, c: number): number {
  return c === 0 ? 0 : mem.load64(c + C_DATAQSIZ);
}

// ---- waking ---------------------------------------------------------------------------------------

/**
 * The operation sg waited for is over (sg.success says how): complete it for its goroutine,
 * which resumes after its blocking instruction — or at it again (sg.retry) when a send failed.
 * Returns the goroutine, for the caller to ready.
 */
function finish(st: ChanState, sg: Sudog): G {
  const gp = sg.g!;
  if (sg.isSelect) dequeueOthers(st, sg);
  if (sg.isSend && !sg.success) {
    // A select must panic even if another case is ready when it runs again: it finds its
    // failed sudog in g.param (selectgo). A plain send just finds the channel closed.
    gp.pcOf[gp.depth - 1] = sg.retry;
    if (sg.isSelect) {
      gp.param = sg;
      return gp;
    }
  } else if (sg.result >= 0) {
    if (sg.isSelect) {
      gp.regs[sg.result] = sg.casi;
      gp.regs[sg.result + 1] = sg.success ? 1 : 0;
    } else gp.regs[sg.result] = sg.success ? 1 : 0;
  }
  st.releaseSudog(sg);
  return gp;
}

/** The select that sg belongs to is decided: take its other sudogs off their channels' queues. */
function dequeueOthers(st: ChanState, sg: Sudog): void {
  let o = sg.waitlink!;
  while (o !== sg) {
    const next = o.waitlink!;
    const q = st.get(o.c)!;
    (o.isSend ? q.sendq : q.recvq).remove(o);
    st.release(o.c, q);
    st.releaseSudog(o);
    o = next;
  }
}

// ---- send -----------------------------------------------------------------------------------------

/**
 * chansend: send the element at address ep on c. Returns true if it went out now; false if it
 * did not: not ready (block = false) or the running goroutine parked (block = true; it resumes
 * after the blocking instruction, or at `retry` to panic if c is closed meanwhile).
 */
export function chansend(rt: ChanRuntime, c: number, ep: number, block: boolean, retry: number): boolean {
  const sched = rt.sched;
  if (c === 0) {
    if (!block) return false;
    sched.gopark(WaitReason.ChanSendNilChan);
    return false;
  }
  if (trysend(rt, c, ep)) return true;
  if (!block) return false;
  const st = chanState(sched);
  const sg = st.acquireSudog(sched.getg());
  sg.c = c;
  sg.elem = ep;
  sg.isSend = true;
  sg.retry = retry;
  st.enqueue(sg);
  sched.gopark(WaitReason.ChanSend);
  return false;
}

/** chansendNB: the non-blocking send of `select { case c <- *src: default: }` (see the header). */
export function chansendNB(rt: ChanSendRuntime, c: number, src: number): boolean {
  if (c === 0) return false;
  return trysend(rt, c, src);
}

/** Steps 2-4 of chansend: panic if closed, hand off to a receiver, or buffer. False if full. */
export function trysend(rt: ChanSendRuntime, c: number, ep: number): boolean {
  const mem = rt.mem;
  if (mem.load32(c + C_CLOSED) !== 0) throw new PlainPanic('send on closed channel');
  const st = chanState(rt.sched);
  const q = st.get(c);
  if (q !== undefined) {
    const sg = q.recvq.dequeue();
    if (sg !== null) {
      st.release(c, q);
      send(rt, st, c, sg, ep);
      return true;
    }
  }
  const qcount = mem.load64(c + C_QCOUNT);
  const size = mem.load64(c + C_DATAQSIZ);
  if (qcount < size) {
    const sendx = mem.load64(c + C_SENDX);
    typedmemmove(mem, elemtype(rt, c), chanbuf(mem, c, sendx), ep);
    mem.store64(c + C_SENDX, sendx + 1 === size ? 0 : sendx + 1);
    mem.store64(c + C_QCOUNT, qcount + 1);
    return true;
  }
  return false;
}

/** send: hand the element at ep straight to the waiting receiver sg and ready it. */
function send(rt: ChanSendRuntime, st: ChanState, c: number, sg: Sudog, ep: number): void {
  if (sg.elem !== 0) typedmemmove(rt.mem, elemtype(rt, c), sg.elem, ep);
  sg.success = true;
  rt.sched.goready(finish(st, sg));
}

// ---- receive --------------------------------------------------------------------------------------

/**
 * chanrecv: receive from c into address ep (0: discard). Returns Recv.Received or Recv.Closed
 * when done now; Recv.NotReady when not ready (block = false) or parked (block = true: the
 * waker writes ok into register `result` of the parked goroutine, if result >= 0).
 */
export function chanrecv(rt: ChanRuntime, c: number, ep: number, block: boolean, result: number): number {
  const sched = rt.sched;
  if (c === 0) {
    if (!block) return Recv.NotReady;
    sched.gopark(WaitReason.ChanReceiveNilChan);
    return Recv.NotReady;
  }
  const r = tryrecv(rt, c, ep);
  if (r !== Recv.NotReady || !block) return r;
  const st = chanState(sched);
  const sg = st.acquireSudog(sched.getg());
  sg.c = c;
  sg.elem = ep;
  sg.result = result;
  st.enqueue(sg);
  sched.gopark(WaitReason.ChanReceive);
  return Recv.NotReady;
}

/** Steps 2-4 of chanrecv. */
export function tryrecv(rt: ChanSendRuntime, c: number, ep: number): number {
  const mem = rt.mem;
  const closed = mem.load32(c + C_CLOSED) !== 0;
  const qcount = mem.load64(c + C_QCOUNT);
  if (closed) {
    if (qcount === 0) {
      if (ep !== 0) memclrHasPointers(mem, elemtype(rt, c), ep);
      return Recv.Closed;
    }
  } else {
    const st = chanState(rt.sched);
    const q = st.get(c);
    if (q !== undefined) {
      const sg = q.sendq.dequeue();
      if (sg !== null) {
        st.release(c, q);
        recv(rt, st, c, sg, ep);
        return Recv.Received;
      }
    }
  }
  if (qcount > 0) {
    const recvx = mem.load64(c + C_RECVX);
    const qp = chanbuf(mem, c, recvx);
    const et = elemtype(rt, c);
    if (ep !== 0) typedmemmove(mem, et, ep, qp);
    memclrHasPointers(mem, et, qp);
    const size = mem.load64(c + C_DATAQSIZ);
    mem.store64(c + C_RECVX, recvx + 1 === size ? 0 : recvx + 1);
    mem.store64(c + C_QCOUNT, qcount - 1);
    return Recv.Received;
  }
  return Recv.NotReady;
}

/** recv: take an element from the waiting sender sg (through the full buffer, if any) and ready it. */
function recv(rt: ChanSendRuntime, st: ChanState, c: number, sg: Sudog, ep: number): void {
  const mem = rt.mem;
  const et = elemtype(rt, c);
  const size = mem.load64(c + C_DATAQSIZ);
  if (size === 0) {
    if (ep !== 0) typedmemmove(mem, et, ep, sg.elem);
  } else {
    // The buffer is full: the receiver takes its head, the sender's element goes to its tail.
    const recvx = mem.load64(c + C_RECVX);
    const qp = chanbuf(mem, c, recvx);
    if (ep !== 0) typedmemmove(mem, et, ep, qp);
    typedmemmove(mem, et, qp, sg.elem);
    const next = recvx + 1 === size ? 0 : recvx + 1;
    mem.store64(c + C_RECVX, next);
    mem.store64(c + C_SENDX, next);
  }
  sg.success = true;
  rt.sched.goready(finish(st, sg));
}

// ---- close ----------------------------------------------------------------------------------------

export function closechan(rt: ChanSendRuntime, c: number): void {
  if (c === 0) throw new PlainPanic('close of nil channel');
  const mem = rt.mem;
  if (mem.load32(c + C_CLOSED) !== 0) throw new PlainPanic('close of closed channel');
  mem.store32(c + C_CLOSED, 1);
  const st = chanState(rt.sched);
  const q = st.get(c);
  if (q === undefined) return;
  const glist: G[] = [];
  for (;;) {
    const sg = q.recvq.dequeue();
    if (sg === null) break;
    if (sg.elem !== 0) memclrHasPointers(mem, elemtype(rt, c), sg.elem);
    sg.success = false;
    glist.push(finish(st, sg));
  }
  for (;;) {
    const sg = q.sendq.dequeue();
    if (sg === null) break;
    sg.success = false;
    glist.push(finish(st, sg));
  }
  st.release(c, q);
  for (let i = glist.length - 1; i >= 0; i--) rt.sched.goready(glist[i]!);
}
