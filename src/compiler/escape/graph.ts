// The vocabulary of escape analysis: locations, the assignment edges between them, and holes.
//
// Design
//   A Location stands for a place a value can live: a variable (local, parameter, result), an
//   allocation site (`new`, `&T{}`, `make`, a slice or map literal, a closure, a string built at
//   run time, a non-pointer value boxed into an interface, the implicit slice of a variadic
//   call), or the heap itself. An Edge says "the value of src flows into dst" with a dereference
//   count: `dst = src` is 0, `dst = *src` is +1, `dst = &src` is -1. Edges are stored on their
//   destination (incoming), because the solver walks backwards from each root.
//
//   A Hole is where the value of an expression being walked goes: a destination location and the
//   dereferences already applied on the way (`*p = x` evaluates `x` into the heap hole; `&x`
//   evaluates `x` into the outer hole with one fewer dereference). The walkers (expr.ts,
//   stmt.ts, call.ts) thread holes down the expression tree and call `flow` at the leaves.
//
//   Leaks is a parameter's summary, gc's leaks.go encoding: element 0 is the minimal number of
//   dereferences on a path from the parameter to the heap, element 1+i to result i; -1 means no
//   path. `leaking param: p` is heap 0, `leaking param content: p` heap >= 1, `leaking param: p to
//   result ~r0 level=1` result 0 at 1.
//
// Invariants
//   - `escapes` only ever goes from false to true; the heap location escapes from the start.
//   - `loopDepth` of a variable is the loop nesting at its declaration (1 = function body).
//
// Differences from gc: locations carry the AST node and the Var instead of an ir.Name, and the
// position at which they are reported (an allocation inside an inlined body is reported at the
// call site, as gc reports it). Leaks are a plain array, not a packed string.
import type * as ast from '../../parser/ast.js';
import type { Var } from '../types/objects.js';
import type { FuncUnit } from './funcs.js';

/** Results whose leaks a parameter summary records (gc numEscResults). */
export const numEscResults = 7;

export type LocKind = 'heap' | 'blank' | 'var' | 'param' | 'result' | 'alloc' | 'temp';

export class Location {
  readonly edges: Edge[] = [];
  escapes = false;
  /** The address of this location was taken (`&x`, a method call with pointer receiver). */
  addrtaken = false;
  /** Assigned after its declaration (closures capture such variables by reference). */
  reassigned = false;
  /** Captured by a closure. */
  captured = false;
  /** For parameters: the summary being computed. */
  paramEsc: number[] = [];
  // Solver state (solve.ts).
  walkgen = 0;
  derefs = 0;
  queued = false;
  /** Why an allocation must be on the heap regardless of flows ('' when it need not). */
  heapReason = '';

  constructor(
    readonly kind: LocKind,
    /** The function whose frame holds the location (null for the heap). */
    readonly curfn: FuncUnit | null,
    public loopDepth: number,
    /** The variable this location is, for var/param/result locations. */
    readonly v: Var | null,
    /** The allocating expression, for alloc locations. */
    readonly node: ast.Node | null,
    /** What -m prints for the location ("x", "&T{...}", "... argument"). */
    readonly name: string,
    /** Where -m reports it. */
    readonly line: number,
    readonly col: number,
    /** For results: the index among the function's results. */
    readonly resultIndex = -1,
    /** Report this location in -m output. */
    public reported = true,
  ) {}

  isParam(fn: FuncUnit | null): boolean {
    return this.kind === 'param' && this.curfn === fn;
  }
}

export interface Edge {
  readonly src: Location;
  readonly derefs: number;
}

/** Where an expression's value goes. */
export interface Hole {
  readonly dst: Location;
  readonly derefs: number;
  /** The hole was made by taking an address (marks the source addrtaken). */
  readonly addrtaken: boolean;
}

export function hole(dst: Location, derefs = 0): Hole {
  return { dst, derefs, addrtaken: false };
}

export function shift(k: Hole, delta: number): Hole {
  return { dst: k.dst, derefs: k.derefs + delta, addrtaken: k.addrtaken };
}

export function deref(k: Hole): Hole {
  return shift(k, 1);
}

export function addr(k: Hole): Hole {
  return { dst: k.dst, derefs: k.derefs - 1, addrtaken: true };
}

/** Record that src's value flows into k (gc batch.flow). */
export function flow(k: Hole, src: Location, blank: Location): void {
  if (k.addrtaken) src.addrtaken = true;
  const dst = k.dst;
  if (dst === blank) return;
  if (dst === src && k.derefs >= 0) return;
  if (dst.escapes && k.derefs < 0) {
    src.escapes = true;
    return;
  }
  dst.edges.push({ src, derefs: k.derefs });
}

// ---------------------------------------------------------------------------------------------
// Leaks (gc leaks.go)

export function leakHeap(l: readonly number[]): number {
  return l[0] ?? -1;
}

export function leakResult(l: readonly number[], i: number): number {
  return l[i + 1] ?? -1;
}

function leakSet(l: number[], i: number, derefs: number): void {
  while (l.length <= i) l.push(-1);
  const cur = l[i]!;
  if (cur < 0 || derefs < cur) l[i] = derefs;
}

export function addHeap(l: number[], derefs: number): void {
  leakSet(l, 0, derefs);
}

export function addResult(l: number[], i: number, derefs: number): void {
  leakSet(l, i + 1, derefs);
}

/** A path to the heap makes equal or longer paths to results irrelevant (gc leaks.Optimize). */
export function optimizeLeaks(l: number[]): void {
  const h = leakHeap(l);
  if (h < 0) return;
  for (let i = 1; i < l.length; i++) if (l[i]! >= h) l[i] = -1;
}

export function leaksEmpty(l: readonly number[]): boolean {
  return l.every((x) => x < 0);
}
