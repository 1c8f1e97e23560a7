// Obviously dead code, removed before inlining and escape analysis (gc deadcode/deadcode.go).
//
// Design
//   gc prunes, after type checking: the branch of an `if` on a constant that is not taken; the
//   statements of a block after such an `if` whose taken branch ends in return or panic (when
//   no label follows); and every case but the matching one of a `switch` on a constant whose
//   cases are all constants. What is pruned costs nothing when inlining and allocates nothing,
//   so neither the cost model nor escape analysis may see it. We do not rewrite the AST (the
//   code generator still compiles it; it is unreachable); the walkers ask these functions.
//
// Differences from gc: `true && x` style folding of conditions is not done.
import type * as ast from '../../parser/ast.js';
import type { Info } from '../check/info.js';
import { Kind, compare, type Value } from '../types/constant.js';

function constBool(info: Info, e: ast.Expr | null): boolean | null {
  if (e === null) return null;
  const v = info.types.get(e)?.value;
  return v !== undefined && v.kind === Kind.Bool ? v.value : null;
}

/** The branch an `if` on a constant takes: 'body', 'else', or null when the condition is not constant. */
export function constIf(info: Info, s: ast.IfStmt): 'body' | 'else' | null {
  if (s.init !== null) return null;
  const b = constBool(info, s.cond);
  return b === null ? null : b ? 'body' : 'else';
}

function endsInReturnOrPanic(info: Info, list: readonly ast.Stmt[]): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  if (last.kind === 'ReturnStmt') return true;
  if (last.kind === 'ExprStmt' && last.x.kind === 'CallExpr' && last.x.fun.kind === 'Ident' && last.x.fun.name === 'panic') {
    return info.types.get(last.x.fun)?.mode === 'builtin';
  }
  return false;
}

/** The statements of a block that survive gc's dead code elimination. */
export function liveStmts(info: Info, list: readonly ast.Stmt[]): readonly ast.Stmt[] {
  let lastLabel = -1;
  list.forEach((s, i) => {
    if (s.kind === 'LabeledStmt') lastLabel = i;
  });
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.kind !== 'IfStmt') continue;
    const taken = constIf(info, s);
    if (taken === null) continue;
    const body = taken === 'body' ? s.body.list : s.else === null ? [] : s.else.kind === 'BlockStmt' ? s.else.list : [s.else];
    if (endsInReturnOrPanic(info, body) && i > lastLabel) return list.slice(0, i + 1);
  }
  return list;
}

/** For a switch on a constant with constant cases, the one clause that can run (null: keep all). */
export function constSwitch(info: Info, s: ast.SwitchStmt): { clause: ast.CaseClause | null } | null {
  if (s.init !== null) return null;
  let x: Value | undefined;
  if (s.tag !== null) {
    x = info.types.get(s.tag)?.value;
    if (x === undefined) return null;
  } else x = { kind: Kind.Bool, value: true };
  let def: ast.CaseClause | null = null;
  for (const cl of s.body) {
    if (cl.list === null) {
      def = cl;
      continue;
    }
    for (const c of cl.list) {
      const v = info.types.get(c)?.value;
      if (v === undefined) return null;
      let eq = false;
      try {
        eq = compare(x, '==', v);
      } catch {
        return null;
      }
      if (eq) {
        if (cl.body.some((b) => b.kind === 'BranchStmt' && b.tok === 'fallthrough')) return null;
        return { clause: cl };
      }
    }
  }
  if (def !== null && def.body.some((b) => b.kind === 'BranchStmt' && b.tok === 'fallthrough')) return null;
  return { clause: def };
}
