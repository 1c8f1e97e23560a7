// GODEBUG=gctrace=1: the line Go prints at the end of every collection (mgc.go
// gcMarkTermination, format documented in runtime/extern.go).
//
//   gc 3 @0.012s 4%: 0.020+0.51+0.015 ms clock, 0.040+0.10/0.30/0.05+0.030 ms cpu,
//      3->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)
//
//   @       time since the program started, in seconds with three decimals (itoaDiv);
//   N%      GC's share of the CPU time since the program started;
//   clock   wall times of sweep termination (STW), concurrent mark, mark termination (STW);
//   cpu     sweep termination + assist/background (dedicated and fractional)/idle mark +
//           mark termination, CPU times summed over the Ps;
//   MB      live heap at the start of the cycle -> at mark termination -> marked live heap;
//   then the heap goal, the goroutine stacks and the globals scanned, GOMAXPROCS, and
//   "(forced)" for a cycle started by runtime.GC.
// Times are the emulated clock's (DESIGN decision 11), so a seeded run prints the same lines.

export interface GCTraceRecord {
  numgc: number;
  /** Nanoseconds from program start to the start of sweep termination. */
  start: number;
  /** Percent of CPU time used by the collector since start. */
  util: number;
  /** Wall durations (ns): sweep termination, mark, mark termination. */
  clock: [number, number, number];
  /** CPU times (ns): sweep termination, assists, dedicated+fractional, idle, mark termination. */
  cpu: [number, number, number, number, number];
  heap0: number;
  heap1: number;
  heap2: number;
  goal: number;
  stacks: number;
  globals: number;
  procs: number;
  forced: boolean;
}

/** val / 10^dec with exactly dec decimals (Go's itoaDiv). */
export function itoaDiv(val: number, dec: number): string {
  let s = String(Math.floor(val));
  if (dec === 0) return s;
  while (s.length <= dec) s = '0' + s;
  return s.slice(0, s.length - dec) + '.' + s.slice(s.length - dec);
}

/** ns as milliseconds: whole ms from 10 ms on, else two significant digits, at most 3 decimals. */
export function fmtNSAsMS(ns: number): string {
  if (ns >= 10e6) return itoaDiv(Math.floor(ns / 1e6), 0);
  let x = Math.floor(ns / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}

/** The gctrace line for one cycle, with its newline. */
export function formatGCTrace(r: GCTraceRecord): string {
  const mb = (n: number) => Math.floor(n / 1048576);
  const [a, b, c] = r.clock.map(fmtNSAsMS);
  const [d, e, f, g, h] = r.cpu.map(fmtNSAsMS);
  return (
    `gc ${r.numgc} @${itoaDiv(Math.floor(r.start / 1e6), 3)}s ${r.util}%: ` +
    `${a}+${b}+${c} ms clock, ${d}+${e}/${f}/${g}+${h} ms cpu, ` +
    `${mb(r.heap0)}->${mb(r.heap1)}->${mb(r.heap2)} MB, ${mb(r.goal)} MB goal, ` +
    `${mb(r.stacks)} MB stacks, ${mb(r.globals)} MB globals, ${r.procs} P${r.forced ? ' (forced)' : ''}\n`
  );
}
