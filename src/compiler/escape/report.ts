// The -m lines escape analysis prints for a batch, in gc's words and order (gc escape.go
// finish and paramTag).
//
// Design
//   First each function's parameters, receiver first, in declaration order (gc tags them for
//   export data and reports as it goes): `p does not escape`, `leaking param: p`, `leaking param
//   content: p`, `leaking param: p to result ~r0 level=N` (one line per result it reaches).
//   Parameters without pointers, unnamed or blank ones, and ones moved to the heap get none;
//   neither do a shape instance's (gc marks them dupok, stencil.ts).
//   Then every location in creation order: a variable that escapes is `moved to heap: x`; an
//   allocation `<expr> escapes to heap` or `<expr> does not escape`.
//   The summaries are also stored on the function (FuncUnit.leaks) for the batches that call it.
//
// Differences from gc: gc's -m=2 explanations of each flow are not printed.
import type { Escape } from './escape.js';
import type { FuncUnit } from './funcs.js';
import { leakHeap, leakResult, leaksEmpty, numEscResults, optimizeLeaks } from './graph.js';
import { isShapeInstance } from './stencil.js';
import { hasPointers } from './typeinfo.js';

export interface MLine {
  readonly line: number;
  readonly col: number;
  readonly msg: string;
}

export function finish(e: Escape, units: readonly FuncUnit[]): MLine[] {
  const out: MLine[] = [];
  const m = e.analysis.flags.m;
  for (const u of units) {
    const locs = e.paramLocs.get(u) ?? [];
    u.leaks = u.params.map((v, i) => {
      const loc = locs[i];
      if (v === null || loc === null || loc === undefined || !hasPointers(v.type)) return [];
      if (v.name === '' || v.name === '_') return [];
      const esc = [...loc.paramEsc];
      optimizeLeaks(esc);
      if (m > 0 && !loc.escapes && !isShapeInstance(u.top.obj)) {
        const at = { line: loc.line, col: loc.col };
        if (leaksEmpty(esc)) out.push({ ...at, msg: `${v.name} does not escape` });
        const h = leakHeap(esc);
        if (h === 0) out.push({ ...at, msg: `leaking param: ${v.name}` });
        else if (h > 0) out.push({ ...at, msg: `leaking param content: ${v.name}` });
        for (let r = 0; r < numEscResults; r++) {
          const x = leakResult(esc, r);
          if (x < 0) continue;
          const rv = u.results[r];
          const rname = rv && rv.name !== '' && rv.name !== '_' ? rv.name : `~r${r}`;
          out.push({ ...at, msg: `leaking param: ${v.name} to result ${rname} level=${x}` });
        }
      }
      return esc;
    });
  }
  if (m === 0) return out;
  for (const loc of e.allLocs) {
    if (!loc.reported) continue;
    const at = { line: loc.line, col: loc.col };
    if (loc.kind === 'alloc') {
      out.push({ ...at, msg: `${loc.name} ${loc.escapes ? 'escapes to heap' : 'does not escape'}` });
    } else if ((loc.kind === 'var' || loc.kind === 'param' || loc.kind === 'result') && loc.escapes && loc.v !== null) {
      out.push({ ...at, msg: `moved to heap: ${loc.name}` });
    }
  }
  return out;
}
