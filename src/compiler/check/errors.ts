// Error reporting in gc's way (types2 errors.go, gc's base.ErrorfAt and FlushErrors).
//
// Design
//   The checker reports at an operand or node (gc reports at syntax.StartPos of the expression:
//   the leftmost position, except that slices, key:value pairs and unary operations keep their
//   own position) or at an explicit position. A message containing "invalid operand" or
//   "invalid type" after the first error is dropped (types2's "cheap trick" against follow-on
//   errors). Then gc's own filter applies in report order: the same message twice on one line
//   is kept once, and after the 10th error gc stops with "<pos of the 10th>: too many errors".
//   `ErrorSink.lines` sorts what was kept, as FlushErrors does.
//
// Differences from gc: none intended; a continuation line ("\tother declaration of x") is part
// of its message, as in types2.
import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Operand } from './operand.js';

export interface At {
  readonly line: number;
  readonly col: number;
}

/** syntax.StartPos for the expressions and statements the checker reports at. */
export function startOf(n: ast.Node): At {
  for (;;) {
    switch (n.kind) {
      case 'CompositeLit':
        if (n.type !== null) { n = n.type; continue; }
        return n;
      case 'SelectorExpr': case 'IndexExpr': case 'IndexListExpr': case 'TypeAssertExpr':
        n = n.x; continue;
      case 'BinaryExpr': n = n.x; continue;
      case 'CallExpr': n = n.fun; continue;
      case 'SendStmt': n = n.chan; continue;
      case 'AssignStmt': n = n.lhs[0]!; continue;
      default: return n;
    }
  }
}

export class ErrorSink {
  readonly kept: Diagnostic[] = [];
  private lastLine = -1;
  private lastFile = '';
  private lastMsg = '';
  /** Set after the 10th error: the "too many errors" line. */
  tooMany: Diagnostic | null = null;
  count = 0;

  add(d: Diagnostic): void {
    if (this.tooMany !== null) return;
    if (d.file === this.lastFile && d.line === this.lastLine && d.msg === this.lastMsg) return;
    this.lastFile = d.file;
    this.lastLine = d.line;
    this.lastMsg = d.msg;
    this.kept.push(d);
    this.count++;
    if (this.count >= 10) this.tooMany = { ...d, msg: 'too many errors' };
  }

  /** The diagnostics to print, sorted, duplicates removed (FlushErrors). */
  diagnostics(): Diagnostic[] {
    const sorted = [...this.kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
    const out: Diagnostic[] = [];
    for (const d of sorted) {
      const p = out[out.length - 1];
      if (p && p.file === d.file && p.line === d.line && p.col === d.col && p.msg === d.msg) continue;
      out.push(d);
    }
    if (this.tooMany) out.push(this.tooMany);
    return out;
  }
}

export function posOf(at: Operand | ast.Node | At): At {
  if ('kind' in at && typeof at.kind === 'string') return startOf(at as ast.Node);
  if ('mode' in at) {
    const x = at as Operand;
    return x.expr !== null ? startOf(x.expr) : { line: 0, col: 0 };
  }
  return at as At;
}
