// The wall clocks the runtime reads: the host's, or the fake one of --faketime.
//
// Design
//   DESIGN decision 11 keeps two clocks apart. Scheduling runs on emulated time (each M's clock
//   in proc.ts, advanced by the instructions it executes). `time.Now`, `time.Sleep` and the
//   timers follow a wall clock, which is one of these:
//
//   systemClock  the host's: nanotime from the monotonic `performance.now()`, walltime from
//                `Date.now()`; sleeping blocks the thread with Atomics.wait, which Node allows
//                on its main thread (and browsers in workers), so the VM needs no event loop.
//   FakeClock    the Go Playground's: it starts at 2009-11-10 23:00:00 UTC and stands still
//                while goroutines run; when every goroutine waits for a timer the scheduler
//                asks it to sleep, and it jumps to the timer's time at once.
//
// How it differs from Go: Go reads vDSO clocks; a host clock in JS has microsecond resolution.
import type { Clock } from './proc.js';

/** Unix time of the Playground's epoch, 2009-11-10 23:00:00 UTC, in nanoseconds. */
export const fakeEpochNS = 1257894000 * 1e9;

// Made on the first sleep, not at load: a V8 startup snapshot (see src/cli/snapshot.ts) cannot
// hold a SharedArrayBuffer.
let sleeper: Int32Array | null = null;

export const systemClock: Clock & { walltime(): number } = {
  nanotime: () => Math.round(performance.now() * 1e6),
  walltime: () => Date.now() * 1e6,
  sleepUntil(when: number): void {
    for (;;) {
      const ms = (when - this.nanotime()) / 1e6;
      if (ms <= 0) return;
      sleeper ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(sleeper, 0, 0, ms);
    }
  },
};

export class FakeClock implements Clock {
  private t = 0;
  nanotime(): number {
    return this.t;
  }
  walltime(): number {
    return fakeEpochNS + this.t;
  }
  sleepUntil(when: number): void {
    if (when > this.t) this.t = when;
  }
}
