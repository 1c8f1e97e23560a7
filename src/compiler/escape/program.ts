// Escape analysis for the code generator: every package of a program, in initialization order.
//
// Design
//   The code generator places each package's variables and allocations by that package's
//   analysis (escape.ts, `EscapeFlags.codegen`). Packages are analysed in initialization order,
//   which puts every package after the ones it imports, so when a call into another package is
//   walked, the callee's own summary — computed from the Go body minigo runs — is at hand, and
//   the walker takes the worse of it and gc's recorded one (std.ts). A function without a body
//   is a native, which keeps to what gc recorded for the Go function it stands for.
//
//   The analysis is not allowed to stop a program from running: if it fails on a package, that
//   package gets no decisions (the code generator then puts everything that needs memory on the
//   heap, as before escape analysis) and its functions summarize as leaking every parameter.
//
// How it differs from gc: gc reads other packages' summaries from their export data, which its
// own compilation of them wrote; minigo analyses the standard packages with each program (a few
// milliseconds) because their summaries must describe minigo's bodies, not gc's.
import type { CheckedPackage, Program } from '../check/info.js';
import type { Func } from '../types/objects.js';
import type { Package } from '../types/package.js';
import { Signature } from '../types/types.js';
import { analyzeEscapes, type Analysis, type CodegenContext } from './escape.js';

export class ProgramEscapes implements CodegenContext {
  private readonly byPkg = new Map<Package, Analysis | null>();

  constructor(program: Program) {
    for (const cp of program.packages) {
      let a: Analysis | null = null;
      try {
        a = analyzeEscapes(cp, { m: 0, noInline: true, codegen: this });
      } catch {
        a = null;
      }
      this.byPkg.set(cp.pkg, a);
    }
  }

  /** The decisions for a package (null: none, place conservatively). */
  of(cp: CheckedPackage): Analysis | null {
    return this.byPkg.get(cp.pkg) ?? null;
  }

  imported(f: Func): readonly (readonly number[])[] | null {
    const a = f.pkg === null ? undefined : this.byPkg.get(f.pkg);
    if (a === null || a === undefined) return leakAll(f);
    const u = a.table.byObj.get(f);
    if (u === undefined) return null;
    return u.leaks ?? leakAll(f);
  }
}

/** A summary in which every parameter leaks to the heap. */
function leakAll(f: Func): number[][] {
  const sig = f.type as Signature;
  const n = sig.params.length + (sig.recv !== null ? 1 : 0);
  return Array.from({ length: n }, () => [0]);
}
