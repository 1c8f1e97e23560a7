// Package initialization order (types2 initorder.go; spec "Package initialization").
//
// Design
//   The dependency graph has a node per package-level constant, variable and function, and an
//   edge for each reference recorded while checking declarations and function bodies
//   (Checker.addDeclDep). Functions are then eliminated: their dependents inherit their
//   dependencies, so that `var a = f()` depends on whatever f's body uses. Nodes are emitted
//   repeatedly choosing the one with fewest outstanding dependencies, earliest in the source
//   first; a variable with an initializer contributes that initialization to info.initOrder.
//   A node chosen while it still has dependencies is on a cycle: "initialization loop for x"
//   with the path spelled out.
//
// Differences from types2: a linear scan replaces the priority queue (package-level
// declaration counts are small; the order of choice is the same).
import { Const, Func, Var, type Obj } from '../types/objects.js';
import type { Checker } from './check.js';

interface GraphNode {
  obj: Obj;
  pred: Set<GraphNode>;
  succ: Set<GraphNode>;
  ndeps: number;
}

export function initOrder(check: Checker): void {
  const M = new Map<Obj, GraphNode>();
  for (const obj of check.objList) {
    if (obj instanceof Const || obj instanceof Var || obj instanceof Func) {
      M.set(obj, { obj, pred: new Set(), succ: new Set(), ndeps: 0 });
    }
  }
  for (const [obj, n] of M) {
    for (const d of check.objMap.get(obj)!.deps) {
      const dn = M.get(d);
      if (dn === undefined) continue;
      n.succ.add(dn);
      dn.pred.add(n);
    }
  }
  const G: GraphNode[] = [];
  const funcG: GraphNode[] = [];
  for (const n of M.values()) (n.obj instanceof Func ? funcG : G).push(n);
  funcG.sort((a, b) => a.pred.size * a.succ.size - b.pred.size * b.succ.size);
  for (const n of funcG) {
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
  }
  for (const n of G) n.ndeps = n.succ.size;

  const emitted = new Set<object>();
  const pending = new Set(G);
  while (pending.size > 0) {
    let best: GraphNode | null = null;
    for (const n of pending) {
      if (best === null || n.ndeps < best.ndeps || (n.ndeps === best.ndeps && n.obj.order < best.obj.order)) best = n;
    }
    const n = best!;
    pending.delete(n);
    if (n.ndeps > 0) {
      const cycle = findPath(check, n.obj, n.obj, new Set());
      if (cycle !== null) reportCycle(check, cycle);
    }
    for (const p of n.pred) p.ndeps--;
    if (!(n.obj instanceof Var)) continue;
    const info = check.objMap.get(n.obj)!;
    if (!info.init) continue;
    if (emitted.has(info)) continue;
    emitted.add(info);
    check.info.initOrder.push({ lhs: info.lhs ?? [n.obj], rhs: info.init });
  }
}

function findPath(check: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | null {
  if (seen.has(from)) return null;
  seen.add(from);
  const d = check.objMap.get(from);
  if (d === undefined) return null;
  for (const dep of d.deps) {
    if (dep === to) return [dep];
    const P = findPath(check, dep, to, seen);
    if (P !== null) return [...P, dep];
  }
  return null;
}

function reportCycle(check: Checker, cycle: Obj[]): void {
  let obj = cycle[0]!;
  const first = obj;
  const p = (o: Obj) => `${o.pos.file}:${o.pos.line}:${o.pos.col}`;
  let msg = `initialization loop for ${obj.name}`;
  for (let i = cycle.length - 1; i >= 0; i--) {
    msg += `\n\t${p(obj)}: ${obj.name} refers to`;
    obj = cycle[i]!;
  }
  msg += `\n\t${p(obj)}: ${obj.name}`;
  check.errorAtObj(first.pos, msg);
}
