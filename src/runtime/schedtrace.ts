// GODEBUG=schedtrace=N[,scheddetail=1]: the scheduler's state every N ms, as Go prints it.
//
// Design
//   sysmon calls the tracer at every wake-up (proc.ts SchedTracer.sysmon); when N ms of emulated
//   time have passed since the last line it prints one, the first at the first wake-up, with
//   the time counted from that first line, as Go's schedtrace does. The plain form is one line:
//   counts from the scheduler and the length of each P's local run queue in brackets (runnext
//   is not counted). The detailed form adds the stop-the-world counters, then a line per P,
//   per M (newest first, as Go walks allm) and per G (creation order), with statuses as numbers
//   and a waiting G's wait reason in parentheses. Lines go to stderr through `write`.
//
// How it differs from Go: nothing stops the world yet, so gcwaiting, stopwait and sysmonwait
// are 0; Ms never take locks or allocate in a way schedtrace could catch, so mallocing, locks
// and preemptoff are 0 or empty.
import type { Sched, SchedTracer } from './proc.js';

export class SchedTrace implements SchedTracer {
  private lasttrace = 0;
  private starttime = -1;

  constructor(
    private readonly periodMs: number,
    private readonly detailed: boolean,
    private readonly write: (s: string) => void,
  ) {}

  sysmon(s: Sched, now: number): void {
    if (this.starttime >= 0 && this.lasttrace + this.periodMs * 1e6 > now) return;
    this.lasttrace = now;
    if (this.starttime < 0) this.starttime = now;
    this.write(schedtrace(s, now - this.starttime, this.detailed));
  }
}

/** One schedtrace report at `elapsed` ns since the first. */
export function schedtrace(s: Sched, elapsed: number, detailed: boolean): string {
  let out =
    `SCHED ${Math.floor(elapsed / 1e6)}ms: gomaxprocs=${s.gomaxprocs} idleprocs=${s.npidle} threads=${s.allm.length}` +
    ` spinningthreads=${s.nmspinning} idlethreads=${s.nmidle} runqueue=${s.runq.size}`;
  if (detailed) out += ' gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n';
  s.allp.forEach((pp, i) => {
    if (detailed) {
      const timers = s.timers?.count(pp) ?? 0;
      out += `  P${i}: status=${pp.status} schedtick=${pp.schedtick} syscalltick=${pp.syscalltick} m=${pp.m?.id ?? -1}`;
      out += ` runqsize=${pp.runqLength} gfreecnt=${pp.gFree.length} timerslen=${timers}\n`;
    } else {
      out += (i === 0 ? ' [' : ' ') + pp.runqLength + (i === s.allp.length - 1 ? ']\n' : '');
    }
  });
  if (!detailed) return out;
  for (let i = s.allm.length - 1; i >= 0; i--) {
    const m = s.allm[i]!;
    out += `  M${m.id}: p=${m.p?.id ?? -1} curg=${m.curg?.goid ?? -1} mallocing=${m.mallocing} throwing=${m.throwing}`;
    out += ` preemptoff= locks=${m.locks} dying=${m.dying} spinning=${m.spinning} blocked=${m.blocked} lockedg=-1\n`;
  }
  for (const g of s.allgs) {
    out += `  G${g.goid}: status=${g.status}(${g.waitreason}) m=${g.m?.id ?? -1} lockedm=-1\n`;
  }
  return out;
}
