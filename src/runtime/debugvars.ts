// GODEBUG, as the runtime reads it at start-up (Go's parsedebugvars in runtime1.go).
//
// Design
//   GODEBUG is a comma-separated list of name=value settings; the runtime knows a fixed set of
//   names and ignores the rest, and a value that is not a number counts as 0, as in Go. The
//   host layer reads the environment and passes the string in: nothing under src/runtime
//   touches process.env (DESIGN: only the host layer may use Node APIs).
//
// How it differs from Go: only the settings minigo acts on are listed; others are accepted and
// ignored, as Go ignores names it does not know.

export interface DebugVars {
  /** Print a SCHED line every N ms of emulated time (0: off). */
  schedtrace: number;
  /** With schedtrace, also print every P, M and G. */
  scheddetail: number;
  /** Print one line per package initialised (init <pkg> @... ms, ...). */
  inittrace: number;
  /** Print one line per garbage collection (gctrace.ts). */
  gctrace: number;
  /** Verify every mark phase by marking again with the world stopped (mcheckmark.ts). */
  gccheckmark: number;
  /** 1: mark with the world stopped; 2: sweep with it stopped too (mgc.ts). */
  gcstoptheworld: number;
}

export function parseGODEBUG(s: string | undefined): DebugVars {
  const d: DebugVars = { schedtrace: 0, scheddetail: 0, inittrace: 0, gctrace: 0, gccheckmark: 0, gcstoptheworld: 0 };
  if (s === undefined) return d;
  for (const field of s.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) continue;
    const key = field.slice(0, eq);
    if (!(key in d)) continue;
    const v = field.slice(eq + 1);
    d[key as keyof DebugVars] = /^-?[0-9]+$/.test(v) ? Number(v) : 0;
  }
  return d;
}
