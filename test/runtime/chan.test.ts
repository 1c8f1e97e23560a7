// chan.ts and select.ts against their invariants: the hchan layout makechan writes, the ring
// buffer and the wait queues after every operation (a receiver waits only on an empty channel,
// a sender only on a full one, nobody on a closed one), FIFO delivery under random interleavings,
// direct hand-off into a parked receiver's memory, close's wake-up order, and select's pass 2/3.
import { describe, expect, test } from 'vitest';
import {
  MCache,
  MHeap,
  Sched,
  GStatus,
  WaitReason,
  PlainPanic,
  HEAP_BASE,
  C_BUF,
  C_CLOSED,
  C_DATAQSIZ,
  C_ELEMSIZE,
  C_ELEMTYPE,
  C_QCOUNT,
  C_RECVQ,
  C_RECVX,
  C_SENDQ,
  C_SENDX,
  Recv,
  chanState,
  chanrecv,
  chansend,
  chansendNB,
  closechan,
  makechan,
  selectgo,
  scaseSize,
  hchanSize,
  mallocgc,
  type ChanRuntime,
  type Executor,
} from '../../src/runtime/export_test.js';
import { G } from '../../src/vm/goroutine.js';
import { FakeClock } from '../../src/runtime/clock.js';
import type { VMType } from '../../src/vm/program.js';
import { rng } from './helpers.js';
import { runGolden } from '../vm/golden.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface TestRuntime extends ChanRuntime {
  h: MHeap;
  intT: VMType;
  ptrT: VMType;
  chanOf(elem: VMType): VMType;
}

function newRuntime(): TestRuntime {
  const h = new MHeap();
  const c = new MCache(h);
  const types: VMType[] = [];
  const byAddr = new Map<number, VMType>();
  const mk = (t: Omit<VMType, 'addr'>): VMType => {
    const vt = { ...t, addr: h.mem.dataAlloc(80, 8) } as VMType;
    types.push(vt);
    byAddr.set(vt.addr, vt);
    return vt;
  };
  const intT = mk({ name: 'int', size: 8, ptrdata: 0, gcdata: new Uint8Array(0), kind: 2 });
  const ptrT = mk({ name: '*int', size: 8, ptrdata: 8, gcdata: Uint8Array.of(1), kind: 22 });
  const exec = { newMCache: () => new MCache(h) } as unknown as Executor;
  const sched = new Sched(exec, { gomaxprocs: 1, seed: 7, clock: new FakeClock() }, c);
  return {
    h,
    mem: h.mem,
    sched,
    mcache: c,
    types,
    typeAt: (a) => byAddr.get(a),
    intT,
    ptrT,
    chanOf: (elem) => mk({ name: `chan ${elem.name}`, size: 8, ptrdata: 8, gcdata: Uint8Array.of(1), kind: 18, elemType: types.indexOf(elem) }),
  };
}

let nextGoid = 1;

/** A goroutine with one frame, made the running one. */
function newG(rt: TestRuntime): G {
  const g = new G(nextGoid++, rt.h, rt.mcache);
  g.growRegs(64);
  g.depth = 1;
  g.pcOf[0] = 1000;
  run(rt, g);
  return g;
}

function run(rt: TestRuntime, g: G): void {
  rt.sched.curm.curg = g;
  g.status = GStatus.Running;
}

/** An 8-byte cell for an element. */
function cell(rt: TestRuntime, v = 0): number {
  const p = mallocgc(rt.mcache, 8, null, true);
  rt.mem.store64(p, v);
  return p;
}

/** Every invariant of channel c that holds between operations. */
function checkChan(rt: TestRuntime, c: number): void {
  const mem = rt.mem;
  const qcount = mem.load64(c + C_QCOUNT);
  const size = mem.load64(c + C_DATAQSIZ);
  const sendx = mem.load64(c + C_SENDX);
  const recvx = mem.load64(c + C_RECVX);
  const closed = mem.load32(c + C_CLOSED) !== 0;
  expect(qcount).toBeLessThanOrEqual(size);
  if (size > 0) {
    expect(sendx).toBeLessThan(size);
    expect(recvx).toBeLessThan(size);
    expect((recvx + qcount) % size).toBe(sendx);
    // Free slots are zero (a receive clears the slot it took).
    const et = rt.typeAt(mem.loadPtr(c + C_ELEMTYPE))!;
    for (let k = qcount; k < size; k++) {
      const slot = mem.loadPtr(c + C_BUF) + ((recvx + k) % size) * et.size;
      expect(mem.load64(slot)).toBe(0);
    }
  } else expect(sendx + recvx + qcount).toBe(0);
  // The queue words in the hchan stay zero: the queues are kept beside the address space.
  for (let off = C_RECVQ; off < C_SENDQ + 16; off += 8) expect(mem.load64(c + off)).toBe(0);
  const q = chanState(rt.sched).get(c);
  if (q === undefined) return;
  expect(q.recvq.first !== null || q.sendq.first !== null).toBe(true);
  expect(closed).toBe(false);
  if (q.recvq.first !== null) expect(qcount).toBe(0);
  if (q.sendq.first !== null) expect(qcount).toBe(size);
  for (const [wq, reason] of [
    [q.recvq, WaitReason.ChanReceive],
    [q.sendq, WaitReason.ChanSend],
  ] as const) {
    let prev = null;
    for (let sg = wq.first; sg !== null; sg = sg.next) {
      expect(sg.prev).toBe(prev);
      expect(sg.c).toBe(c);
      expect(sg.g!.status).toBe(GStatus.Waiting);
      expect(sg.g!.waitreason).toBe(sg.isSelect ? WaitReason.Select : reason);
      prev = sg;
    }
    expect(wq.last).toBe(prev);
  }
}

describe('makechan', () => {
  test('lays the hchan out as gc does on amd64, buffer after the header for pointer-free elements', () => {
    const rt = newRuntime();
    const ct = rt.chanOf(rt.intT);
    const c = makechan(rt, ct, 3);
    expect(c).toBeGreaterThanOrEqual(HEAP_BASE);
    expect(rt.mem.load64(c + C_DATAQSIZ)).toBe(3);
    expect(rt.mem.loadPtr(c + C_BUF)).toBe(c + hchanSize);
    expect(rt.mem.load16(c + C_ELEMSIZE)).toBe(8);
    expect(rt.mem.loadPtr(c + C_ELEMTYPE)).toBe(rt.intT.addr);
    expect(rt.h.spanOf(c)!.elemsize).toBe(128); // 96 + 24 bytes, size class 128
    checkChan(rt, c);
  });

  test('an unbuffered channel points buf at itself; pointer elements get a buffer of their own', () => {
    const rt = newRuntime();
    const u = makechan(rt, rt.chanOf(rt.intT), 0);
    expect(rt.mem.loadPtr(u + C_BUF)).toBe(u + C_BUF);
    const p = makechan(rt, rt.chanOf(rt.ptrT), 4);
    const buf = rt.mem.loadPtr(p + C_BUF);
    expect(buf).not.toBe(p + hchanSize);
    expect(rt.h.bits.isPointer(buf)).toBe(true);
    expect(rt.h.bits.isPointer(p + C_BUF)).toBe(true);
  });

  test('a negative or huge size panics', () => {
    const rt = newRuntime();
    expect(() => makechan(rt, rt.chanOf(rt.intT), -1)).toThrow(new PlainPanic('makechan: size out of range'));
    expect(() => makechan(rt, rt.chanOf(rt.intT), 2 ** 50)).toThrow(new PlainPanic('makechan: size out of range'));
  });
});

describe('send and receive', () => {
  test('a parked receiver gets the element in its own memory, and ok in its register', () => {
    const rt = newRuntime();
    const c = makechan(rt, rt.chanOf(rt.intT), 0);
    const r = newG(rt);
    const dst = cell(rt);
    expect(chanrecv(rt, c, dst, true, 5)).toBe(Recv.NotReady);
    expect(r.status).toBe(GStatus.Waiting);
    expect(r.waitreason).toBe(WaitReason.ChanReceive);
    checkChan(rt, c);
    newG(rt);
    expect(chansend(rt, c, cell(rt, 42), true, 0)).toBe(true);
    expect(rt.mem.load64(dst)).toBe(42);
    expect(r.regs[5]).toBe(1);
    expect(r.status).toBe(GStatus.Runnable);
    expect(rt.sched.curm.p!.runnext).toBe(r);
    expect(chanState(rt.sched).size).toBe(0);
  });

  test('nil channels park forever with the nil-channel wait reasons; non-blocking forms fail', () => {
    const rt = newRuntime();
    const g = newG(rt);
    expect(chansendNB(rt, 0, cell(rt))).toBe(false);
    expect(chanrecv(rt, 0, 0, false, -1)).toBe(Recv.NotReady);
    chansend(rt, 0, cell(rt), true, 0);
    expect(g.waitreason).toBe(WaitReason.ChanSendNilChan);
    const g2 = newG(rt);
    chanrecv(rt, 0, 0, true, -1);
    expect(g2.waitreason).toBe(WaitReason.ChanReceiveNilChan);
  });

  test('chansendNB fills the buffer, then refuses; it hands off to a waiting receiver', () => {
    const rt = newRuntime();
    const c = makechan(rt, rt.chanOf(rt.intT), 1);
    newG(rt);
    expect(chansendNB(rt, c, cell(rt, 1))).toBe(true);
    expect(chansendNB(rt, c, cell(rt, 2))).toBe(false);
    checkChan(rt, c);
    const u = makechan(rt, rt.chanOf(rt.intT), 0);
    const r = newG(rt);
    const dst = cell(rt);
    chanrecv(rt, u, dst, true, -1);
    newG(rt);
    expect(chansendNB(rt, u, cell(rt, 9))).toBe(true);
    expect(rt.mem.load64(dst)).toBe(9);
    expect(r.status).toBe(GStatus.Runnable);
  });

  for (const size of [0, 1, 3]) {
    test(`random interleavings deliver every element once, in send order (cap ${size})`, () => {
      const rt = newRuntime();
      const c = makechan(rt, rt.chanOf(rt.intT), size);
      const rand = rng(size + 1);
      const gs = Array.from({ length: 6 }, () => ({ g: newG(rt), dst: cell(rt), receiving: false }));
      let sent = 0;
      const received: number[] = [];
      const collect = (x: (typeof gs)[number]) => {
        if (x.receiving && x.g.status !== GStatus.Waiting) {
          expect(x.g.regs[3]).toBe(1);
          received.push(rt.mem.load64(x.dst));
          x.receiving = false;
        }
      };
      for (let step = 0; step < 3000; step++) {
        for (const x of gs) collect(x);
        const ready = gs.filter((x) => x.g.status !== GStatus.Waiting);
        if (ready.length === 0) break;
        const x = ready[Math.floor(rand() * ready.length)]!;
        run(rt, x.g);
        // The last goroutine not waiting does what completes, so the walk never deadlocks.
        const q = chanState(rt.sched).get(c);
        const canRecv = rt.mem.load64(c + C_QCOUNT) > 0 || (q !== undefined && q.sendq.first !== null);
        if (ready.length > 1 ? rand() < 0.5 : !canRecv) {
          chansend(rt, c, cell(rt, ++sent), true, 0);
        } else {
          x.g.regs[3] = -1;
          const r = chanrecv(rt, c, x.dst, true, 3);
          if (r === Recv.Received) received.push(rt.mem.load64(x.dst));
          else x.receiving = true;
        }
        checkChan(rt, c);
      }
      for (const x of gs) collect(x);
      expect(received.length).toBeGreaterThan(100);
      received.forEach((v, i) => expect(v).toBe(i + 1));
    });
  }

  test('a full buffer with a waiting sender: the receiver takes the head, the sender refills the tail', () => {
    const rt = newRuntime();
    const c = makechan(rt, rt.chanOf(rt.intT), 2);
    newG(rt);
    chansend(rt, c, cell(rt, 1), true, 0);
    chansend(rt, c, cell(rt, 2), true, 0);
    const s = newG(rt);
    chansend(rt, c, cell(rt, 3), true, 77);
    expect(s.waitreason).toBe(WaitReason.ChanSend);
    checkChan(rt, c);
    newG(rt);
    const dst = cell(rt);
    expect(chanrecv(rt, c, dst, true, -1)).toBe(Recv.Received);
    expect(rt.mem.load64(dst)).toBe(1);
    expect(s.status).toBe(GStatus.Runnable);
    checkChan(rt, c);
    chanrecv(rt, c, dst, true, -1);
    expect(rt.mem.load64(dst)).toBe(2);
    chanrecv(rt, c, dst, true, -1);
    expect(rt.mem.load64(dst)).toBe(3);
    checkChan(rt, c);
  });
});

describe('close', () => {
  test('receivers wake with zero and !ok, in the order Go readies a gList', () => {
    const rt = newRuntime();
    const c = makechan(rt, rt.chanOf(rt.intT), 0);
    const rs = [1, 2, 3].map(() => {
      const g = newG(rt);
      const dst = cell(rt, 99);
      g.regs[0] = -1;
      chanrecv(rt, c, dst, true, 0);
      return { g, dst };
    });
    newG(rt);
    closechan(rt, c);
    for (const r of rs) {
      expect(r.g.status).toBe(GStatus.Runnable);
      expect(r.g.regs[0]).toBe(0);
      expect(rt.mem.load64(r.dst)).toBe(0);
    }
    const pp = rt.sched.curm.p!;
    expect(pp.runnext).toBe(rs[0]!.g);
    expect(pp.runq.slice(pp.runqhead, pp.runqtail)).toEqual([rs[2]!.g, rs[1]!.g]);
    expect(chanState(rt.sched).size).toBe(0);
    checkChan(rt, c);
  });

  test('a waiting sender is sent back to its send instruction, which then panics', () => {
    const rt = newRuntime();
    const c = makechan(rt, rt.chanOf(rt.intT), 0);
    const s = newG(rt);
    const src = cell(rt, 5);
    chansend(rt, c, src, true, 40);
    s.pcOf[0] = 44; // the VM's resume point: the next instruction
    newG(rt);
    closechan(rt, c);
    expect(s.pcOf[0]).toBe(40);
    run(rt, s);
    expect(() => chansend(rt, c, src, true, 40)).toThrow(new PlainPanic('send on closed channel'));
  });

  test('nil and closed channels panic', () => {
    const rt = newRuntime();
    newG(rt);
    expect(() => closechan(rt, 0)).toThrow(new PlainPanic('close of nil channel'));
    const c = makechan(rt, rt.chanOf(rt.intT), 1);
    closechan(rt, c);
    expect(() => closechan(rt, c)).toThrow(new PlainPanic('close of closed channel'));
    expect(chanrecv(rt, c, cell(rt, 3), false, -1)).toBe(Recv.Closed);
  });
});

describe('selectgo', () => {
  /** An scase array: sends first, then receives. */
  function scases(rt: TestRuntime, cases: [number, number][]): number {
    const p = mallocgc(rt.mcache, cases.length * scaseSize, null, true);
    cases.forEach(([c, elem], i) => {
      rt.mem.storePtr(p + i * scaseSize, c);
      rt.mem.storePtr(p + i * scaseSize + 8, elem);
    });
    return p;
  }

  test('parks on every channel; the first waker wins and the other sudogs leave their queues', () => {
    const rt = newRuntime();
    const ct = rt.chanOf(rt.intT);
    const [a, b, s] = [makechan(rt, ct, 0), makechan(rt, ct, 0), makechan(rt, ct, 0)];
    const g = newG(rt);
    const da = cell(rt);
    const db = cell(rt);
    const cas = scases(rt, [
      [s, cell(rt, 1)],
      [a, da],
      [b, db],
    ]);
    selectgo(rt, cas, 1, 2, true, 10, 500);
    expect(g.status).toBe(GStatus.Waiting);
    expect(g.waitreason).toBe(WaitReason.Select);
    expect(chanState(rt.sched).size).toBe(3);
    for (const c of [a, b, s]) checkChan(rt, c);
    newG(rt);
    chansend(rt, b, cell(rt, 64), true, 0);
    expect(g.status).toBe(GStatus.Runnable);
    expect([g.regs[10], g.regs[11]]).toEqual([2, 1]);
    expect(rt.mem.load64(db)).toBe(64);
    expect(rt.mem.load64(da)).toBe(0);
    expect(chanState(rt.sched).size).toBe(0);
  });

  test('a ready case is taken at once; default when none is; nil channels are never ready', () => {
    const rt = newRuntime();
    const ct = rt.chanOf(rt.intT);
    const a = makechan(rt, ct, 1);
    const g = newG(rt);
    const cas = scases(rt, [
      [0, cell(rt, 5)],
      [a, cell(rt)],
    ]);
    selectgo(rt, cas, 1, 1, false, 0, 0);
    expect([g.regs[0], g.regs[1]]).toEqual([-1, 0]);
    chansendNB(rt, a, cell(rt, 8));
    selectgo(rt, cas, 1, 1, false, 0, 0);
    expect([g.regs[0], g.regs[1]]).toEqual([1, 1]);
  });

  test('a send case whose channel closes makes the select panic when it runs again', () => {
    const rt = newRuntime();
    const ct = rt.chanOf(rt.intT);
    const [a, b] = [makechan(rt, ct, 0), makechan(rt, ct, 0)];
    const g = newG(rt);
    const cas = scases(rt, [
      [a, cell(rt, 1)],
      [b, cell(rt)],
    ]);
    selectgo(rt, cas, 1, 1, true, 0, 300);
    newG(rt);
    closechan(rt, a);
    expect(g.pcOf[0]).toBe(300);
    expect(chanState(rt.sched).size).toBe(0);
    run(rt, g);
    // b is ready now too, but the select must still panic.
    expect(() => selectgo(rt, cas, 1, 1, true, 0, 300)).toThrow(new PlainPanic('send on closed channel'));
  });

  test('select {} parks for good with its own wait reason', () => {
    const rt = newRuntime();
    const g = newG(rt);
    selectgo(rt, 0, 0, 0, true, 0, 0);
    expect(g.waitreason).toBe(WaitReason.SelectNoCases);
  });

  test('poll order is random: with all cases ready, each is chosen', () => {
    const rt = newRuntime();
    const ct = rt.chanOf(rt.intT);
    const chans = [0, 1, 2, 3].map(() => makechan(rt, ct, 1));
    const g = newG(rt);
    const cas = scases(
      rt,
      chans.map((c) => [c, cell(rt)]),
    );
    const seen = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) {
      for (const c of chans) if (rt.mem.load64(c + C_QCOUNT) === 0) chansendNB(rt, c, cell(rt, 1));
      selectgo(rt, cas, 0, 4, true, 0, 0);
      seen[g.regs[0]!]!++;
    }
    for (const n of seen) expect(n).toBeGreaterThan(50);
  });
});

describe('the deadlock report', () => {
  test('names each blocked goroutine with its wait reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minigo-chan-'));
    const file = join(dir, 'main.go');
    writeFileSync(
      file,
      `package main

func main() {
	var nc chan int
	c := make(chan int)
	go func() { nc <- 1 }()
	go func() { <-nc }()
	go func() { c <- 1; c <- 2 }()
	go func() { select {} }()
	go func() {
		d := make(chan int)
		select {
		case <-d:
		case d <- 1:
		}
	}()
	go func() { c <- 3 }()
	<-c
	<-c
	<-c
	<-c
}
`,
    );
    const r = runGolden(file);
    expect(r.exit).toBe(2);
    const headers = r.stderr.split('\n').filter((l) => l.startsWith('goroutine ') || l.startsWith('fatal error'));
    expect(headers.map((l) => l.replace(/goroutine \d+/, 'goroutine N'))).toEqual([
      'fatal error: all goroutines are asleep - deadlock!',
      'goroutine N [chan receive]:',
      'goroutine N [chan send (nil chan)]:',
      'goroutine N [chan receive (nil chan)]:',
      'goroutine N [select (no cases)]:',
      'goroutine N [select]:',
    ]);
  });
});
