// The solver: from every root location, the least dereference count of every location whose
// value reaches it, and what follows from that (gc escape/solve.go).
//
// Design
//   walkAll keeps a LIFO work list of roots, initially every location. walkOne(root) relaxes
//   edges backwards from the root (a Bellman-Ford style walk: a location is revisited whenever
//   a shorter path to the root is found), then for each location l reached with d derefs:
//     - if d < 0, l's address reaches root; d is clamped to 0 for what flows into l
//       ("root = &l; l = x" does not make x's address reach root);
//     - if root outlives l: a parameter l records a leak to the heap or to a result (leaks in
//       graph.ts), and if l's address reaches root, l escapes and is queued as a new root.
//   Escaping locations are not walked through again: everything reaching them reaches the
//   heap, which they are now part of.
//
//   outlives(root, l): the heap outlives everything; a result outlives everything (callers may
//   keep it), unless l is in a closure called directly where the result's function ... calls it;
//   within one function, a variable declared outside a loop outlives one declared inside it;
//   a variable of an enclosing function outlives its closures' variables.
//
// Differences from gc: no transient-allocation tracking (it only affects code generation of
// variadic and closure arguments, never -m output).
import type { Escape } from './escape.js';
import type { FuncUnit } from './funcs.js';
import { addHeap, addResult, numEscResults, type Location } from './graph.js';

function containsClosure(f: FuncUnit | null, c: FuncUnit | null): boolean {
  if (f === null || c === null || f === c) return false;
  for (let o = c.outer; o !== null; o = o.outer) if (o === f) return true;
  return false;
}

function outlives(l: Location, other: Location): boolean {
  if (l.escapes) return true;
  if (l.kind === 'result') {
    if (containsClosure(other.curfn, l.curfn) && l.curfn!.closureCalled) return false;
    return true;
  }
  if (l.curfn === other.curfn && l.loopDepth < other.loopDepth) return true;
  if (containsClosure(l.curfn, other.curfn)) return true;
  return false;
}

function leakTo(l: Location, sink: Location, derefs: number): void {
  if (!sink.escapes && sink.kind === 'result' && sink.curfn === l.curfn && sink.resultIndex < numEscResults) {
    addResult(l.paramEsc, sink.resultIndex, derefs);
    return;
  }
  addHeap(l.paramEsc, derefs);
}

export function solve(e: Escape): void {
  const todo: Location[] = [];
  const enqueue = (l: Location): void => {
    if (!l.queued) {
      todo.push(l);
      l.queued = true;
    }
  };
  for (const l of e.allLocs) enqueue(l);
  enqueue(e.heapLoc);
  let walkgen = 0;
  while (todo.length > 0) {
    const root = todo.pop()!;
    root.queued = false;
    walkgen++;
    walkOne(root, walkgen, enqueue);
  }
}

function walkOne(root: Location, walkgen: number, enqueue: (l: Location) => void): void {
  root.walkgen = walkgen;
  root.derefs = 0;
  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    const addressOf = derefs < 0;
    if (addressOf) derefs = 0;
    if (outlives(root, l)) {
      if (l.kind === 'param') leakTo(l, root, derefs);
      if (addressOf && !l.escapes) {
        l.escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (const edge of l.edges) {
      if (edge.src.escapes) continue;
      const d = derefs + edge.derefs;
      if (edge.src.walkgen !== walkgen || edge.src.derefs > d) {
        edge.src.walkgen = walkgen;
        edge.src.derefs = d;
        todo.push(edge.src);
      }
    }
  }
}
