// Checks of labels and branch statements in one function body, run by the parser as gc's parser
// runs them (syntax.CheckBranches) after a body parsed without errors: undefined, unused and
// duplicate labels, break/continue outside a loop or with a label that does not name an enclosing
// statement of the right kind, misplaced fallthrough, and gotos that jump into a block or over a
// variable declaration.
//
// Algorithm (gc's): walk each block's statement list once. Labels are declared as they are met;
// a goto to a label already declared in this block or an enclosing one is resolved at once, any
// other goto is carried outwards as a "forward goto" until its label is declared in an enclosing
// block (then it jumps over any variable declared in between, or into a block if the label is in
// a block it is not nested in). Forward gotos left at the end of the body name labels that are
// undefined or inside a block.
import type * as ast from './ast.js';
import { exprListString } from './printer.js';

export interface BranchError {
  line: number;
  col: number;
  msg: string;
}

interface Block {
  parent: Block | null;
  start: ast.Pos;
  lstmt: ast.LabeledStmt | null;
}

interface Label {
  parent: Block;
  lstmt: ast.LabeledStmt;
  used: boolean;
}

interface Targets {
  breaks: ast.Stmt | null;
  continues: ast.Stmt | null;
  /** Index of the case clause of the immediately enclosing switch, or -1. */
  caseIndex: number;
}

const invalid: ast.LabeledStmt = {
  kind: 'LabeledStmt', line: 0, col: 0, label: { kind: 'Ident', line: 0, col: 0, name: '' },
  stmt: { kind: 'EmptyStmt', line: 0, col: 0, implicit: true },
};

/** The label and branch errors of a function body; `file` prefixes positions quoted in messages. */
export function checkBranches(body: ast.BlockStmt, file = ''): BranchError[] {
  const errs: BranchError[] = [];
  const labels = new Map<string, Label>();
  const err = (p: ast.Pos, msg: string): void => {
    errs.push({ line: p.line, col: p.col, msg });
  };
  const where = (p: ast.Pos): string => `${file}:${p.line}:${p.col}`;

  const declare = (b: Block, s: ast.LabeledStmt): Label => {
    const name = s.label.name;
    const alt = labels.get(name);
    if (alt !== undefined) {
      err(s.label, `label ${name} already defined at ${where(alt.lstmt.label)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    labels.set(name, l);
    return l;
  };

  const gotoTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true;
      for (; b !== null; b = b.parent) if (l.parent === b) return l.lstmt;
    }
    return null;
  };

  const enclosingTarget = (b: Block | null, name: string): ast.LabeledStmt | null => {
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true;
      for (; b !== null; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
      return invalid;
    }
    return null;
  };

  const blockBranches = (parent: Block | null, ctxt: Targets, lstmt: ast.LabeledStmt | null, start: ast.Pos,
    body: ast.Stmt[]): ast.BranchStmt[] => {
    const b: Block = { parent, start, lstmt };
    let varPos: ast.Pos | null = null;
    let varName = '';
    let fwdGotos: ast.BranchStmt[] = [];
    let badGotos: ast.BranchStmt[] = [];
    const recordVarDecl = (p: ast.Pos, name: string): void => {
      varPos = p;
      varName = name;
      badGotos = fwdGotos.slice();
    };
    const innerBlock = (c: Targets, s: ast.Pos, list: ast.Stmt[]): void => {
      fwdGotos.push(...blockBranches(b, c, lstmt, s, list));
    };

    let n = body.length;
    while (n > 0 && body[n - 1]!.kind === 'EmptyStmt') n--;
    for (let i = 0; i < n; i++) {
      let stmt: ast.Stmt = body[i]!;
      lstmt = null;
      for (;;) {
        if (stmt.kind !== 'LabeledStmt') break;
        const s = stmt;
        const name = s.label.name;
        if (name !== '_') {
          const l = declare(b, s);
          const keep: ast.BranchStmt[] = [];
          for (const fwd of fwdGotos) {
            if (fwd.label!.name === name) {
              l.used = true;
              if (varPos !== null && badGotos.includes(fwd)) {
                err(fwd.label!, `goto ${name} jumps over declaration of ${varName} at ${where(varPos)}`);
              }
            } else {
              keep.push(fwd);
            }
          }
          fwdGotos = keep;
          lstmt = s;
        }
        stmt = s.stmt;
      }
      const s = stmt;
      switch (s.kind) {
        case 'DeclStmt':
          if (s.decl.tok === 'var' && s.decl.specs.length > 0) {
            const v = s.decl.specs[0] as ast.ValueSpec;
            recordVarDecl(v, v.names[0]!.name);
          }
          break;
        case 'BranchStmt': {
          if (s.label === null) {
            switch (s.tok) {
              case 'break':
                if (ctxt.breaks === null) err(s, 'break is not in a loop, switch, or select');
                break;
              case 'continue':
                if (ctxt.continues === null) err(s, 'continue is not in a loop');
                break;
              case 'fallthrough': {
                let msg = 'fallthrough statement out of place';
                const t = ctxt.breaks;
                if (t !== null && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
                  if (t.kind === 'TypeSwitchStmt') {
                    msg = 'cannot fallthrough in type switch';
                  } else if (ctxt.caseIndex < 0 || i + 1 < n) {
                    // fallthrough not at the end of a case clause
                  } else if (ctxt.caseIndex + 1 === t.body.length) {
                    msg = 'cannot fallthrough final case in switch';
                  } else {
                    break;
                  }
                }
                err(s, msg);
                break;
              }
            }
            break;
          }
          const name = s.label.name;
          switch (s.tok) {
            case 'break': {
              const t = enclosingTarget(b, name);
              if (t !== null) {
                const k = t.stmt.kind;
                if (!(k === 'SwitchStmt' || k === 'TypeSwitchStmt' || k === 'SelectStmt' || k === 'ForStmt' || k === 'RangeStmt')) {
                  err(s.label, `invalid break label ${name}`);
                }
              } else {
                err(s.label, `break label not defined: ${name}`);
              }
              break;
            }
            case 'continue': {
              const t = enclosingTarget(b, name);
              if (t !== null) {
                if (!(t.stmt.kind === 'ForStmt' || t.stmt.kind === 'RangeStmt')) err(s.label, `invalid continue label ${name}`);
              } else {
                err(s.label, `continue label not defined: ${name}`);
              }
              break;
            }
            case 'goto':
              if (gotoTarget(b, name) === null) fwdGotos.push(s);
              break;
          }
          break;
        }
        case 'AssignStmt':
          if (s.tok === ':=') recordVarDecl(s, exprListString(s.lhs));
          break;
        case 'BlockStmt':
          innerBlock({ breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 }, s, s.list);
          break;
        case 'IfStmt': {
          const inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
          innerBlock(inner, s.body, s.body.list);
          if (s.else !== null) innerBlock(inner, s.else, [s.else]);
          break;
        }
        case 'ForStmt': case 'RangeStmt':
          innerBlock({ breaks: s, continues: s, caseIndex: -1 }, s.body, s.body.list);
          break;
        case 'SwitchStmt': case 'TypeSwitchStmt':
          s.body.forEach((cc, ci) => innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: ci }, cc, cc.body));
          break;
        case 'SelectStmt':
          for (const cc of s.body) innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: -1 }, cc, cc.body);
          break;
      }
    }
    return fwdGotos;
  };

  const fwdGotos = blockBranches(null, { breaks: null, continues: null, caseIndex: -1 }, null, body, body.list);
  for (const fwd of fwdGotos) {
    const name = fwd.label!.name;
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true;
      err(fwd.label!, `goto ${name} jumps into block starting at ${where(l.parent.start)}`);
    } else {
      err(fwd.label!, `label ${name} not defined`);
    }
  }
  for (const l of labels.values()) {
    if (!l.used) err(l.lstmt.label, `label ${l.lstmt.label.name} defined and not used`);
  }
  return errs;
}
