// GODEBUG=inittrace=1: one line per package initialised, as Go's doInit prints it.
//
// Design
//   runtime.main runs each package's init task (codegen/package.ts brackets every task that has
//   functions to run with inittraceBegin/End natives). For each it prints
//   `init <pkg> @<start> ms, <duration> ms clock, <bytes> bytes, <allocs> allocs`: start since
//   runtime.main began and duration on the emulated clock (so a seeded run prints the same
//   numbers), and what mallocgc allocated meanwhile (MHeap.inittrace counts every allocation
//   and the bytes of each that is not combined into a tiny block, as Go counts them). Times use
//   Go's fmtNSAsMS: whole milliseconds from 10 ms on, else two significant digits with at most
//   three decimals. The runtime's own init tasks (internal/bytealg, runtime) come first, as in
//   Go; minigo's runtime initialises in TypeScript, so they take no emulated time.
//
// How it differs from Go: the standard packages are minigo's, so which of them have init work,
// and how much they allocate, follows minigo's sources rather than Go's.
import type { MHeap } from './mheap.js';

/** Go's fmtNSAsMS. */
export function fmtNSAsMS(ns: number): string {
  if (ns >= 10e6) return String(Math.floor(ns / 1e6));
  let x = Math.floor(ns / 1e3);
  if (x === 0) return '0';
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  if (dec === 0) return String(x);
  const s = String(x).padStart(dec + 1, '0');
  return s.slice(0, s.length - dec) + '.' + s.slice(s.length - dec);
}

export class InitTrace {
  private start = 0;
  private readonly counts = { allocs: 0, bytes: 0 };

  constructor(
    private readonly heap: MHeap,
    private readonly nanotime: () => number,
    private readonly write: (s: string) => void,
    private readonly runtimeInitTime: number,
  ) {
    for (const pkg of ['internal/bytealg', 'runtime']) this.line(pkg, runtimeInitTime, 0, 0, 0);
  }

  begin(): void {
    this.start = this.nanotime();
    this.counts.allocs = 0;
    this.counts.bytes = 0;
    this.heap.inittrace = this.counts;
  }

  end(pkg: string): void {
    this.heap.inittrace = null;
    this.line(pkg, this.start, this.nanotime() - this.start, this.counts.bytes, this.counts.allocs);
  }

  private line(pkg: string, start: number, clock: number, bytes: number, allocs: number): void {
    this.write(`init ${pkg} @${fmtNSAsMS(start - this.runtimeInitTime)} ms, ${fmtNSAsMS(clock)} ms clock, ${bytes} bytes, ${allocs} allocs\n`);
  }
}
