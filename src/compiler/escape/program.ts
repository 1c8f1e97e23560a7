// Escape analysis for the code generator: every package of a program, in initialization order.
//
// Design
//   The code generator places each package's variables and allocations by that package's
//   analysis (escape.ts, `EscapeFlags.codegen`). A package is analysed the first time the code
//   generator asks for it (it compiles a function of it) or the analysis of a package that
//   imports it walks a call to one of its functions with a body: the callee's own summary —
//   computed from the Go body minigo runs — is then needed, and the walker takes the worse of
//   it and gc's recorded one (std.ts). A function without a body is a native, which keeps to
//   what gc recorded for the Go function it stands for. Imports form no cycles, so neither do
//   these requests; a program that only calls natives of a package never analyses it.
//
//   The analysis is not allowed to stop a program from running: if it fails on a package, that
//   package gets no decisions (the code generator then puts everything that needs memory on the
//   heap, as before escape analysis) and its functions summarize as leaking every parameter.
//
//   A standard package's analysis depends on nothing but that package and the standard packages
//   it imports: its instances are its own (stencil.ts stencils no other package's generics) and
//   its callees' summaries come from standard packages. So it is kept with the package
//   (`stdAnalyses`) and every program checked against the same Package objects reuses it: the
//   start-up snapshot (cli/snapshot.ts) analyses every standard package once, when minigo is
//   built, and a run analyses only its own package. A package checked afresh is a new Package,
//   so a changed source can never meet a stale analysis.
//
// How it differs from gc: gc reads other packages' summaries from their export data, which its
// own compilation of them wrote; minigo analyses the standard packages itself, ahead of time in
// the snapshot or once per process, because their summaries must describe minigo's bodies, not
// gc's.
import type { CheckedPackage } from '../check/info.js';
import { Func } from '../types/objects.js';
import type { Package } from '../types/package.js';
import { Signature } from '../types/types.js';
import { analyzeEscapes, type Analysis, type CodegenContext } from './escape.js';

/** The analyses of standard packages, by package (see the header). */
const stdAnalyses = new WeakMap<Package, Analysis | null>();
/** The functions with a Go body of standard packages, kept like their analyses. */
const stdBodies = new WeakMap<Package, Set<Func>>();

export class ProgramEscapes implements CodegenContext {
  private readonly packages = new Map<Package, CheckedPackage>();
  private readonly analyses = new Map<Package, Analysis | null>();
  private readonly bodiesOf = new Map<Package, Set<Func>>();

  /** packages: a program's, or any set of packages closed under their imports. */
  constructor(packages: readonly CheckedPackage[]) {
    for (const cp of packages) this.packages.set(cp.pkg, cp);
  }

  /** The decisions for a package (null: none, place conservatively). */
  of(cp: CheckedPackage): Analysis | null {
    let a = this.analyses.get(cp.pkg) ?? (cp.std ? stdAnalyses.get(cp.pkg) : undefined);
    if (a !== undefined) return a;
    try {
      a = analyzeEscapes(cp, { m: 0, noInline: true, codegen: this });
    } catch {
      a = null;
    }
    this.analyses.set(cp.pkg, a);
    if (cp.std) stdAnalyses.set(cp.pkg, a);
    return a;
  }

  imported(f: Func): readonly (readonly number[])[] | null {
    const cp = f.pkg === null ? undefined : this.packages.get(f.pkg);
    if (cp === undefined) return leakAll(f);
    if (!this.bodies(cp).has(f)) return null;
    const a = this.of(cp);
    return a?.table.byObj.get(f)?.leaks ?? leakAll(f);
  }

  /** The functions and methods of cp that have a Go body. */
  bodies(cp: CheckedPackage): ReadonlySet<Func> {
    let set = this.bodiesOf.get(cp.pkg) ?? (cp.std ? stdBodies.get(cp.pkg) : undefined);
    if (set === undefined) {
      set = new Set();
      for (const file of cp.files) {
        for (const d of file.decls) {
          if (d.kind !== 'FuncDecl' || d.body === null) continue;
          const obj = cp.info.defs.get(d.name);
          if (obj instanceof Func) set.add(obj);
        }
      }
      this.bodiesOf.set(cp.pkg, set);
      if (cp.std) stdBodies.set(cp.pkg, set);
    }
    return set;
  }
}

/** A summary in which every parameter leaks to the heap. */
function leakAll(f: Func): number[][] {
  const sig = f.type as Signature;
  const n = sig.params.length + (sig.recv !== null ? 1 : 0);
  return Array.from({ length: n }, () => [0]);
}
