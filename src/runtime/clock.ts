// The wall clocks the runtime reads: the host's, or the fake one of --faketime.
//
// Design
//   DESIGN decision 11 keeps two clocks apart. Scheduling runs on emulated time (each M's clock
//   in proc.ts, advanced by the instructions it executes). `time.Now`, `time.Sleep` and the
//   timers follow a wall clock, which is one of these:
//
//   systemClock  the host's: nanotime from the monotonic `performance.now()`, walltime from
//                `performance.timeOrigin + performance.now()` (Date.now() has only
//                milliseconds); sleeping blocks the thread with Atomics.wait, which Node allows
//                on its main thread (and browsers in workers), so the VM needs no event loop.
//   FakeClock    the Go Playground's: it starts at 2009-11-10 23:00:00 UTC and stands still
//                while goroutines run; when every goroutine waits for a timer the scheduler
//                asks it to sleep, and it jumps to the timer's time at once.
//
//   walltime returns seconds and nanoseconds apart, as Go's does: a Unix time in nanoseconds
//   (~1.7e18) is beyond a double's exact integers, and the fake clock must print exact times.
//
// How it differs from Go: Go reads vDSO clocks; a host clock in JS has microsecond resolution.
// Go's fake clock reads the same number from nanotime and walltime (Unix nanoseconds); this one
// counts nanotime from 1, so timer arithmetic stays in exact doubles (the origin of nanotime is
// arbitrary in Go too, but must be positive: a timer's `when` is).
import type { Clock } from './proc.js';

/** Unix time of the Playground's epoch, 2009-11-10 23:00:00 UTC, in seconds. */
export const fakeEpochSec = 1257894000;

// Made on the first sleep, not at load: a V8 startup snapshot (see src/cli/snapshot.ts) cannot
// hold a SharedArrayBuffer.
let sleeper: Int32Array | null = null;

export const systemClock: Clock = {
  nanotime: () => Math.round(performance.now() * 1e6),
  walltime(): [number, number] {
    const ms = performance.timeOrigin + performance.now();
    const sec = Math.floor(ms / 1000);
    const nsec = Math.min(999_999_999, Math.round((ms - sec * 1000) * 1e6));
    return [sec, nsec];
  },
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
  /** nanotime: 1 at the fake epoch. */
  private t = 1;
  nanotime(): number {
    return this.t;
  }
  walltime(): [number, number] {
    const elapsed = this.t - 1;
    const sec = Math.floor(elapsed / 1e9);
    return [fakeEpochSec + sec, elapsed - sec * 1e9];
  }
  sleepUntil(when: number): void {
    if (when > this.t) this.t = when;
  }
}
