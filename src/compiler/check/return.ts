// Terminating statements (types2 return.go; spec "Terminating statements").
//
// Design
//   A function with results must end in a terminating statement, else gc reports "missing
//   return" at the body's closing brace. isTerminating follows the spec's list: return, goto,
//   a call of panic, a block/if/switch/select whose every path terminates with no `break` out
//   of it, a `for` without condition and without a `break` referring to it. Labels matter: a
//   `break L` inside a nested statement leaves the statement labelled L.
//
// Differences from types2: none.
import type * as ast from '../../parser/ast.js';
import { panicCalls } from './builtins.js';

export function isTerminating(s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return isTerminating(s.stmt, s.label.name);
    case 'ExprStmt': {
      let x = s.x;
      while (x.kind === 'ParenExpr') x = x.x;
      return x.kind === 'CallExpr' && panicCalls.has(x);
    }
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'BlockStmt':
      return isTerminatingList(s.list, '');
    case 'IfStmt':
      return s.else !== null && isTerminating(s.body, '') && isTerminating(s.else, '');
    case 'SwitchStmt': case 'TypeSwitchStmt':
      return isTerminatingSwitch(s.body, label);
    case 'SelectStmt':
      for (const cc of s.body) {
        if (!isTerminatingList(cc.body, '') || hasBreakList(cc.body, label, true)) return false;
      }
      return true;
    case 'ForStmt':
      return s.cond === null && !hasBreak(s.body, label, true);
    default:
      return false;
  }
}

export function isTerminatingList(list: ast.Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]!.kind !== 'EmptyStmt') return isTerminating(list[i]!, label);
  }
  return false;
}

function isTerminatingSwitch(body: ast.CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (cc.list === null) hasDefault = true;
    if (!isTerminatingList(cc.body, '') || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
}

function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BranchStmt':
      if (s.tok === 'break') {
        if (s.label === null) return implicit;
        if (s.label.name === label) return true;
      }
      return false;
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== null && hasBreak(s.else, label, implicit));
    case 'SwitchStmt': case 'TypeSwitchStmt':
      return label !== '' && s.body.some((cc) => hasBreakList(cc.body, label, false));
    case 'SelectStmt':
      return label !== '' && s.body.some((cc) => hasBreakList(cc.body, label, false));
    case 'ForStmt': case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    default:
      return false;
  }
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}
