// Labels (types2 labels.go; spec "Label scopes", "Break statements", "Continue statements",
// "Goto statements").
//
// Design
//   gc's parser already checks branch statements and labels (syntax.CheckBranches: undefined
//   and unused labels, misplaced break/continue, jumps over declarations or into blocks) and the
//   compiler turns those checks off in types2 (IgnoreBranchErrors); minigo's parser does the
//   same (src/parser/branches.ts). What is left for the checker is recording: each labelled
//   statement declares a Label object in the function's label scope (info.defs), and each
//   `break L`/`continue L`/`goto L` records its use (info.uses), for the code generator.
//
// Differences from types2: no error reporting here (see above).
import type * as ast from '../../parser/ast.js';
import { Label } from '../types/objects.js';
import type { Checker } from './check.js';

export function labels(check: Checker, body: ast.BlockStmt): void {
  const all = new Map<string, Label>();
  const branches: ast.Ident[] = [];
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const o = n as { kind?: string };
    if (o.kind === 'FuncLit') return;
    if (o.kind === 'LabeledStmt') {
      const s = o as ast.LabeledStmt;
      if (s.label.name !== '_' && !all.has(s.label.name)) {
        const l = new Label(check.pos(s.label), check.pkg, s.label.name);
        all.set(s.label.name, l);
        check.recordDef(s.label, l);
      }
    } else if (o.kind === 'BranchStmt') {
      const s = o as ast.BranchStmt;
      if (s.label !== null) branches.push(s.label);
    }
    for (const v of Object.values(o)) if (typeof v === 'object') visit(v);
  };
  visit(body.list);
  for (const id of branches) {
    const l = all.get(id.name);
    if (l !== undefined) {
      l.used = true;
      check.recordUse(id, l);
    }
  }
}
