// The select statement (Go's runtime/select.go): selectgo over an array of cases.
//
// Design
//   The code generator lays out the cases in the selecting function's frame memory as Go's
//   scase array: 16 bytes per case, {c *hchan, elem pointer}, the send cases first (in source
//   order), then the receive cases (the first in source order last, as gc places them). For a
//   send, elem is the address of the value to send; for a receive, where the value goes (0 when
//   it is discarded). selectgo chooses a case and reports (casi, recvOK) in two registers; casi
//   is -1 when the select has a default and no case is ready.
//
//   1. Poll order: a random permutation of the cases whose channel is not nil, built by inserting
//      each case at a random position (fastrandn from the run's seeded generator). Cases on nil
//      channels never proceed and are left out.
//   2. Lock order: the same cases sorted by channel address (a heap sort, which needs no extra
//      space and runs in n log n). Go takes the channel locks in this order; minigo has no locks
//      but enqueues in this order, which decides who a waker finds first.
//   3. Pass 1: in poll order, the first case that can proceed now does, as chansend/chanrecv
//      would (a waiting partner, the buffer, or a closed channel; a send on a closed channel
//      panics).
//   4. Nothing ready: with a default, casi = -1. Otherwise pass 2: a sudog per case, enqueued on
//      its channel's sendq or recvq in lock order and linked into a ring; park with the wait
//      reason `select`.
//   5. The first goroutine to complete one of the sudogs wins; chan.ts's `finish` takes the
//      other sudogs off their queues (pass 3), writes casi and recvOK into the parked
//      goroutine's registers, and readies it. A send case woken by close makes the select run
//      again with the failed sudog in g.param, and it panics `send on closed channel`.
//
//   `select {}` has no cases: it parks forever with `select (no cases)` (Go's block()). The code
//   generator compiles a select with one case and no default as the plain channel operation,
//   and one case plus default as the non-blocking one, as gc does, so only selects of two or
//   more cases reach selectgo (and block with `select`).
//
// How it differs from Go: no locks; the poll and lock orders live in scratch arrays of the
// runtime rather than on the selecting goroutine's stack.
import { Recv, Sudog, chanState, tryrecv, trysend, type ChanRuntime } from './chan.js';
import { PlainPanic } from './error.js';
import type { AddressSpace } from './mem.js';
import { WaitReason } from './runtime2.js';

/** Bytes per case in the scase array: {c, elem}. */
export const scaseSize = 16;

let pollorder = new Int32Array(16);
let lockorder = new Int32Array(16);
let lockkey = new Float64Array(16);

/**
 * selectgo: run the select whose ncases = nsends + nrecvs cases are at cas0. The result (casi,
 * recvOK) goes to registers result and result+1 of the running goroutine, now or, if it parks,
 * when a waker completes a case. `retry` is the select instruction itself (see chan.ts).
 */
export function selectgo(rt: ChanRuntime, cas0: number, nsends: number, nrecvs: number, block: boolean, result: number, retry: number): void {
  const sched = rt.sched;
  const mem = rt.mem;
  const gp = sched.getg();
  if (gp.param instanceof Sudog) {
    gp.param = null;
    throw new PlainPanic('send on closed channel');
  }
  const ncases = nsends + nrecvs;
  if (ncases === 0) {
    sched.gopark(WaitReason.SelectNoCases);
    return;
  }
  if (pollorder.length < ncases) {
    pollorder = new Int32Array(ncases);
    lockorder = new Int32Array(ncases);
    lockkey = new Float64Array(ncases);
  }
  // 1. Poll order.
  let norder = 0;
  for (let i = 0; i < ncases; i++) {
    if (mem.loadPtr(cas0 + i * scaseSize) === 0) continue;
    const j = sched.fastrandn(norder + 1);
    pollorder[norder] = pollorder[j]!;
    pollorder[j] = i;
    norder++;
  }
  // 2. Lock order.
  sortByChannel(mem, cas0, norder);
  // 3. Pass 1.
  const regs = gp.regs;
  for (let k = 0; k < norder; k++) {
    const casi = pollorder[k]!;
    const c = mem.loadPtr(cas0 + casi * scaseSize);
    const elem = mem.loadPtr(cas0 + casi * scaseSize + 8);
    if (casi < nsends) {
      if (trysend(rt, c, elem)) {
        regs[result] = casi;
        regs[result + 1] = 0;
        return;
      }
    } else {
      const r = tryrecv(rt, c, elem);
      if (r !== Recv.NotReady) {
        regs[result] = casi;
        regs[result + 1] = r === Recv.Received ? 1 : 0;
        return;
      }
    }
  }
  // 4. Default, or pass 2.
  if (!block) {
    regs[result] = -1;
    regs[result + 1] = 0;
    return;
  }
  const st = chanState(sched);
  let first: Sudog | null = null;
  let last: Sudog | null = null;
  for (let k = 0; k < norder; k++) {
    const casi = lockorder[k]!;
    const sg = st.acquireSudog(gp);
    sg.isSelect = true;
    sg.casi = casi;
    sg.isSend = casi < nsends;
    sg.c = mem.loadPtr(cas0 + casi * scaseSize);
    sg.elem = mem.loadPtr(cas0 + casi * scaseSize + 8);
    sg.result = result;
    sg.retry = retry;
    if (last === null) first = sg;
    else last.waitlink = sg;
    last = sg;
    st.enqueue(sg);
  }
  if (last !== null) last.waitlink = first;
  sched.gopark(WaitReason.Select);
}

/**
 * Fill lockorder[0, n) with the cases of pollorder[0, n) sorted by channel address: a heap sort
 * (a max-heap built by sifting each case up from the poll order, then the largest moved to the
 * end one at a time), so cases on the same channel keep a random relative order.
 */
function sortByChannel(mem: AddressSpace, cas0: number, n: number): void {
  const order = lockorder;
  const key = lockkey;
  for (let i = 0; i < n; i++) {
    const casi = pollorder[i]!;
    const c = mem.loadPtr(cas0 + casi * scaseSize);
    let j = i;
    while (j > 0) {
      const parent = (j - 1) >> 1;
      if (!(key[parent]! < c)) break;
      order[j] = order[parent]!;
      key[j] = key[parent]!;
      j = parent;
    }
    order[j] = casi;
    key[j] = c;
  }
  for (let i = n - 1; i > 0; i--) {
    const casi = order[i]!;
    const c = key[i]!;
    order[i] = order[0]!;
    key[i] = key[0]!;
    let j = 0;
    for (;;) {
      let child = 2 * j + 1;
      if (child >= i) break;
      if (child + 1 < i && key[child]! < key[child + 1]!) child++;
      if (!(c < key[child]!)) break;
      order[j] = order[child]!;
      key[j] = key[child]!;
      j = child;
    }
    order[j] = casi;
    key[j] = c;
  }
}
