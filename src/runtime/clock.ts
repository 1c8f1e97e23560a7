// The wall clocks the runtime reads: the host's, or the fake one of --faketime.
//
// Design
//   DESIGN decision 11 keeps two clocks apart. Scheduling runs on emulated time (each M's clock
//   in proc.ts, advanced by the instructions it executes). `time.Now`, `time.Sleep` and the
//   timers follow a wall clock, which is one of these:
//
//   hostClock    the host's: nanotime from a monotonic clock (`performance.now()` in any JS
//                host, `process.hrtime()` in Node's, cli/runhost.ts), counted from its first
//                reading; walltime from the Unix time at that reading plus the monotonic time
//                since (Date.now() alone has only milliseconds); sleeping blocks the thread
//                with Atomics.wait, which Node allows on its main thread (and browsers in
//                workers), so the VM needs no event loop.
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

/**
 * A clock over a host's monotonic clock and its Unix time in milliseconds. `read()` returns an
 * origin (and 0), `read(origin)` that origin and the nanoseconds elapsed since it. The origins
 * are taken at the first reading, not at load (a snapshot would keep the build's).
 */
export function hostClock<T>(read: (origin?: T) => [T, number], unixMs: () => number): Clock {
  let origin: T | undefined;
  let wallOrigin = 0;
  const elapsed = (): number => {
    if (origin === undefined) {
      origin = read()[0];
      wallOrigin = unixMs();
    }
    return read(origin)[1];
  };
  return {
    nanotime: () => elapsed() + 1,
    walltime(): [number, number] {
      const t = elapsed();
      const ms = wallOrigin + Math.floor(t / 1e6);
      const sec = Math.floor(ms / 1000);
      return [sec, (ms - sec * 1000) * 1e6 + (t % 1e6)];
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
}

/** The clock of any JS host: `performance.now()` (the Node host has a cheaper one, cli/runhost.ts). */
export const systemClock: Clock = hostClock<number>(
  (origin) => {
    const now = performance.now();
    return [now, origin === undefined ? 0 : Math.round((now - origin) * 1e6)];
  },
  () => performance.timeOrigin + performance.now(),
);

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
