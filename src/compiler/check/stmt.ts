// Statements and function bodies (types2 stmt.go; spec "Statements", "Function declarations",
// "Switch statements", "Select statements", "For statements with range clause").
//
// Design
//   funcBody opens the function's scope (receiver, parameters and named results), checks the
//   statements, records labels, reports "missing return" when a function with results does not
//   end in a terminating statement (return.ts), then reports unused variables (unused.ts).
//   Each block-like statement opens a scope, recorded in info.scopes, so that the code
//   generator sees the same blocks as the spec ("Blocks": each if, for, switch, select and
//   clause is an implicit block).
//
//   Branch statements and labels are checked by the parser, as gc does (labels.ts).
//
// Differences from types2: function literal bodies are checked when met (see expr.ts).
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { Kind, int64Val, valueString, type Value } from '../types/constant.js';
import { Var, newParam } from '../types/objects.js';
import { allNumeric, comparable, hasNil, identical, isBoolean } from '../types/predicates.js';
import { Scope } from '../types/scope.js';
import { typeString } from '../types/typestring.js';
import {
  ArrayType, Basic, BasicKind, Chan, ChanDir, Interface, MapType, Pointer, Signature, Slice, Typ, TypeParam, invalidType,
  runeType, under, type Type,
} from '../types/types.js';
import { assignVar, assignVars, assignment, initVar, initVars, shortVarDecl } from './assign.js';
import { use } from './call.js';
import type { Checker, DeclInfo } from './check.js';
import { declStmt, nilType } from './decl.js';
import { S, binary, comparison, convertUntyped, expr, rawExpr } from './expr.js';
import { labels } from './labels.js';
import { Operand } from './operand.js';
import { isTerminatingList } from './return.js';
import { typeAssertion } from './conversions.js';
import { varType } from './typexpr.js';
import { usage } from './unused.js';
import { coreType } from '../types/typeset.js';

const invalidOp = 'invalid operation: ';

/** The function literal whose body a function scope is (for captured variables). */
export const litOfScope = new WeakMap<Scope, ast.FuncLit>();

export function funcBody(
  check: Checker, decl: DeclInfo | null, name: string, sig: Signature, body: ast.BlockStmt, ftype: ast.FuncType,
  lit: ast.FuncLit | null = null,
): void {
  const saved = check.ctx;
  const scope = check.sigScopes.get(sig) ?? new Scope(saved.scope, check.pos(ftype), undefined, name);
  scope.isFunc = true;
  scope.end = check.pos({ line: body.rbraceLine, col: body.rbraceCol });
  check.recordScope(ftype, scope);
  if (lit !== null) litOfScope.set(scope, lit);
  check.ctx = { ...saved, decl, scope, sig, iota: undefined, errpos: null, funcLit: lit };

  stmtList(check, body.list);
  labels(check, body);
  if (sig.results.length > 0 && !isTerminatingList(body.list, '')) {
    check.errorf({ line: body.rbraceLine, col: body.rbraceCol }, 'missing return');
  }
  usage(check, scope);
  check.ctx = saved;
  void name;
}

function stmtList(check: Checker, list: ast.Stmt[]): void {
  for (const s of list) stmt(check, s);
}

function openScope(check: Checker, node: ast.Node, comment: string): Scope {
  const s = new Scope(check.ctx.scope, check.pos(node), undefined, comment);
  check.recordScope(node, s);
  check.ctx.scope = s;
  return s;
}

function closeScope(check: Checker): void {
  check.ctx.scope = check.ctx.scope.parent!;
}

function simpleStmt(check: Checker, s: ast.Stmt | null): void {
  if (s !== null) stmt(check, s);
}

function multipleDefaults(check: Checker, list: (ast.CaseClause | ast.CommClause)[]): void {
  let first: ast.CaseClause | ast.CommClause | null = null;
  for (const c of list) {
    const isDefault = c.kind === 'CaseClause' ? c.list === null : c.comm === null;
    if (!isDefault) continue;
    if (first !== null) check.errorf(c, `multiple defaults (first at ${check.ctx.fileName}:${first.line}:${first.col})`);
    else first = c;
  }
}

export function stmt(check: Checker, s: ast.Stmt): void {
  switch (s.kind) {
    case 'EmptyStmt': case 'BadStmt':
      return;
    case 'DeclStmt':
      declStmt(check, s.decl);
      return;
    case 'LabeledStmt':
      check.ctx.hasLabel = true;
      stmt(check, s.stmt);
      return;
    case 'ExprStmt': {
      const x = new Operand();
      const kind = rawExpr(check, x, s.x, null);
      let msg: string;
      switch (x.mode) {
        case 'builtin': msg = 'must be called'; break;
        case 'type': msg = 'is not an expression'; break;
        default:
          if (kind === 'statement') return;
          msg = 'is not used';
      }
      check.errorf(x, `${S(check, x)} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = new Operand();
      const val = new Operand();
      expr(check, ch, s.chan);
      expr(check, val, s.value);
      if (ch.mode === 'invalid' || val.mode === 'invalid') return;
      const u = under(ch.type);
      if (!(u instanceof Chan)) {
        check.errorf(s, `${invalidOp}cannot send to non-channel ${S(check, ch)}`);
        return;
      }
      if (u.dir === ChanDir.RecvOnly) {
        check.errorf(s, `${invalidOp}cannot send to receive-only channel ${S(check, ch)}`);
        return;
      }
      assignment(check, val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = new Operand();
      expr(check, x, s.x);
      if (x.mode === 'invalid') return;
      if (!allNumeric(x.type)) {
        check.errorf(s.x, `${invalidOp}${exprString(s.x)}${s.tok} (non-numeric type ${S(check, x.type)})`);
        return;
      }
      const one: ast.BasicLit = { kind: 'BasicLit', litKind: 'INT', value: '1', line: s.line, col: s.col };
      const y = new Operand();
      binary(check, y, null, s.x, one, s.tok === '++' ? '+' : '-');
      assignVar(check, s.x, y);
      return;
    }
    case 'AssignStmt': {
      if (s.tok === '=') {
        assignVars(check, s.lhs, s.rhs);
        return;
      }
      if (s.tok === ':=') {
        shortVarDecl(check, { line: s.line, col: s.col }, s.lhs, s.rhs);
        return;
      }
      const op = s.tok.slice(0, -1) as ast.BinaryOp;
      if (s.lhs.length !== 1 || s.rhs.length !== 1) {
        check.errorf({ line: s.line, col: s.col }, `assignment operation ${op} requires single-valued expressions`);
        return;
      }
      const x = new Operand();
      binary(check, x, null, s.lhs[0]!, s.rhs[0]!, op);
      assignVar(check, s.lhs[0]!, x);
      return;
    }
    case 'GoStmt': case 'DeferStmt': {
      const keyword = s.kind === 'GoStmt' ? 'go' : 'defer';
      const x = new Operand();
      const kind = rawExpr(check, x, s.call, null);
      let msg: string;
      if (kind === 'conversion') msg = 'requires function call, not conversion';
      else if (kind === 'expression') msg = 'discards result of';
      else return;
      check.errorf(x, `${keyword} ${msg} ${S(check, x)}`);
      return;
    }
    case 'ReturnStmt': {
      const res = check.ctx.sig!.results;
      if (s.results.length === 0 && res.length > 0 && res.at(0).name !== '') {
        for (const obj of res.vars) {
          const alt = check.ctx.scope.lookupParent(obj.name)?.[1];
          if (alt !== undefined && alt !== obj) {
            check.errorf(s, `result parameter ${obj.name} not in scope at return\n\t${alt.pos.file}:${alt.pos.line}:${alt.pos.col}: inner declaration of var ${obj.name} ${typeString(alt.type, check.qf)}`);
          }
        }
      } else {
        // Results are assigned to copies so that "used" and types of the results stay unchanged.
        const lhs = res.vars.map((v) => { const c = new Var(v.pos, v.pkg, v.name, v.type); return c; });
        initVars(check, lhs, s.results, s);
      }
      return;
    }
    case 'BranchStmt':
      if (s.label !== null) check.ctx.hasLabel = true;
      return;
    case 'BlockStmt':
      openScope(check, s, 'block');
      stmtList(check, s.list);
      closeScope(check);
      return;
    case 'IfStmt': {
      openScope(check, s, 'if');
      simpleStmt(check, s.init);
      const x = new Operand();
      expr(check, x, s.cond);
      if (x.mode !== 'invalid' && !isBoolean(x.type)) check.errorf(s.cond, 'non-boolean condition in if statement');
      stmt(check, s.body);
      if (s.else !== null) stmt(check, s.else);
      closeScope(check);
      return;
    }
    case 'SwitchStmt':
      openScope(check, s, 'switch');
      simpleStmt(check, s.init);
      switchStmt(check, s);
      closeScope(check);
      return;
    case 'TypeSwitchStmt':
      openScope(check, s, 'switch');
      simpleStmt(check, s.init);
      typeSwitchStmt(check, s);
      closeScope(check);
      return;
    case 'SelectStmt':
      selectStmt(check, s);
      return;
    case 'ForStmt': {
      openScope(check, s, 'for');
      simpleStmt(check, s.init);
      if (s.cond !== null) {
        const x = new Operand();
        expr(check, x, s.cond);
        if (x.mode !== 'invalid' && !isBoolean(x.type)) check.errorf(s.cond, 'non-boolean condition in for statement');
      }
      simpleStmt(check, s.post);
      stmt(check, s.body);
      closeScope(check);
      return;
    }
    case 'RangeStmt':
      rangeStmt(check, s);
      return;
    case 'CaseClause': case 'CommClause':
      check.errorf(s, 'invalid statement');
      return;
  }
}

function switchStmt(check: Checker, s: ast.SwitchStmt): void {
  const x = new Operand();
  if (s.tag !== null) {
    expr(check, x, s.tag);
    assignment(check, x, null, 'switch expression');
    if (x.mode !== 'invalid' && !comparable(x.type) && !hasNil(x.type)) {
      check.errorf(x, `cannot switch on ${S(check, x)} (${S(check, x.type)} is not comparable)`);
      x.mode = 'invalid';
    }
  } else {
    x.mode = 'constant';
    x.type = Typ[BasicKind.Bool]!;
    x.val = { kind: Kind.Bool, value: true };
    const pos = s.body.length > 0 ? s.body[0]! : { line: s.rbraceLine, col: s.rbraceCol };
    x.expr = { kind: 'Ident', name: 'true', line: pos.line, col: pos.col };
  }
  multipleDefaults(check, s.body);
  const seen = new Map<string, { pos: ast.Pos; type: Type }[]>();
  for (const clause of s.body) {
    caseValues(check, x, clause.list ?? [], seen);
    openScope(check, clause, 'case');
    stmtList(check, clause.body);
    closeScope(check);
  }
}

function goVal(v: Value): string | null {
  switch (v.kind) {
    case Kind.Int: {
      const [n, ok] = int64Val(v);
      if (ok) return 'i' + n.toString();
      return 'i' + v.value.toString();
    }
    case Kind.Float: {
      const f = valueString(v);
      return 'f' + f + ':' + JSON.stringify(v, (_k, val) => (typeof val === 'bigint' ? val.toString() : val));
    }
    case Kind.String:
      return 's' + v.bytes;
    default:
      return null;
  }
}

function caseValues(check: Checker, x: Operand, values: ast.Expr[], seen: Map<string, { pos: ast.Pos; type: Type }[]>): void {
  for (const e of values) {
    const v = new Operand();
    expr(check, v, e);
    if (x.mode === 'invalid' || v.mode === 'invalid') continue;
    convertUntyped(check, v, x.type);
    if (v.invalid()) continue;
    const res = new Operand();
    res.assign(v);
    comparison(check, res, x, '==', true);
    if (res.mode === 'invalid') continue;
    if (v.mode !== 'constant') continue;
    const key = goVal(v.val!);
    if (key === null) continue;
    const list = seen.get(key) ?? [];
    const dup = list.find((vt) => identical(v.type, vt.type));
    if (dup !== undefined) {
      check.errorf(v, `duplicate case ${S(check, v)} in expression switch\n\t${check.ctx.fileName}:${dup.pos.line}:${dup.pos.col}: previous case`);
      continue;
    }
    list.push({ pos: { line: e.line, col: e.col }, type: v.type });
    seen.set(key, list);
  }
}

function isNilExpr(check: Checker, e: ast.Expr): boolean {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'Ident' || e.name !== 'nil') return false;
  const found = check.ctx.scope.lookupParent('nil');
  return found !== undefined && found[1].constructor.name === 'Nil';
}

function typeSwitchStmt(check: Checker, s: ast.TypeSwitchStmt): void {
  let lhs: ast.Ident | null = null;
  let guard: ast.TypeAssertExpr;
  if (s.assign.kind === 'AssignStmt') {
    lhs = s.assign.lhs[0] as ast.Ident;
    guard = s.assign.rhs[0] as ast.TypeAssertExpr;
    if (lhs.name === '_') {
      check.errorf(lhs, 'no new variable on left side of :=');
      lhs = null;
    }
  } else {
    guard = s.assign.x as ast.TypeAssertExpr;
  }
  const x = new Operand();
  expr(check, x, guard.x);
  if (x.mode === 'invalid') {
    for (const clause of s.body) {
      openScope(check, clause, 'case');
      if (lhs !== null) {
        const obj = new Var(check.pos(lhs), check.pkg, lhs.name, invalidType);
        obj.used = true;
        check.declare(check.ctx.scope, null, obj);
      }
      stmtList(check, clause.body);
      closeScope(check);
    }
    return;
  }
  let sx: Operand | null = null;
  if (x.type instanceof TypeParam) check.errorf(x, `cannot use type switch on type parameter value ${S(check, x)}`);
  else if (under(x.type) instanceof Interface) sx = x;
  else check.errorf(x, `${S(check, x)} is not an interface`);
  multipleDefaults(check, s.body);
  const lhsVars: Var[] = [];
  const seen: { type: Type | null; e: ast.Expr }[] = [];
  for (const clause of s.body) {
    const cases = clause.list ?? [];
    let T: Type | null = null;
    for (const e of cases) {
      let t: Type | null;
      if (isNilExpr(check, e)) {
        t = null;
        const o = new Operand();
        expr(check, o, e);
      } else {
        t = varType(check, e);
        if (t === invalidType) continue;
      }
      T = t;
      const other = seen.find((p) => (p.type === null && t === null) || (p.type !== null && t !== null && identical(p.type, t)));
      if (other !== undefined) {
        const Ts = t === null ? 'nil' : typeString(t, check.qf);
        const op = other.e;
        const p = startOfNode(op);
        check.errorf(e, `duplicate case ${Ts} in type switch\n\t${check.ctx.fileName}:${p.line}:${p.col}: previous case`);
        continue;
      }
      seen.push({ type: t, e });
      if (sx !== null && t !== null) typeAssertion(check, e, sx, t, true);
    }
    openScope(check, clause, 'case');
    if (lhs !== null) {
      let vt: Type = T ?? x.type;
      if (cases.length !== 1 || T === null) vt = x.type;
      const obj = new Var(check.pos(lhs), check.pkg, lhs.name, vt);
      check.declare(check.ctx.scope, null, obj);
      check.info.implicits.set(clause, obj);
      lhsVars.push(obj);
    }
    stmtList(check, clause.body);
    closeScope(check);
  }
  if (lhs !== null) {
    let used = false;
    for (const v of lhsVars) {
      if (v.used) used = true;
      v.used = true;
    }
    if (!used) check.errorf(lhs, `${lhs.name} declared but not used`);
  }
}

import { startOf as startOfNode } from './errors.js';

function selectStmt(check: Checker, s: ast.SelectStmt): void {
  multipleDefaults(check, s.body);
  for (const clause of s.body) {
    let valid = false;
    let rhs: ast.Expr | null = null;
    const comm = clause.comm;
    if (comm === null || comm.kind === 'SendStmt') valid = true;
    else if (comm.kind === 'AssignStmt') {
      if (comm.rhs.length === 1) rhs = comm.rhs[0]!;
    } else if (comm.kind === 'ExprStmt') rhs = comm.x;
    if (rhs !== null) {
      while (rhs.kind === 'ParenExpr') rhs = rhs.x;
      if (rhs.kind === 'UnaryExpr' && rhs.op === '<-') valid = true;
    }
    if (!valid) {
      check.errorf(comm!, 'select case must be send or receive (possibly with assignment)');
      continue;
    }
    openScope(check, clause, 'case');
    if (comm !== null) stmt(check, comm);
    stmtList(check, clause.body);
    closeScope(check);
  }
}

function rangeKeyVal(t: Type): [Type | null, Type | null] {
  let u = t instanceof TypeParam ? coreType(t) ?? invalidType : under(t);
  if (u instanceof Pointer && under(u.elem) instanceof ArrayType) u = under(u.elem);
  if (u instanceof Basic && (u.info & 32) !== 0) return [Typ[BasicKind.Int]!, runeType];
  if (u instanceof ArrayType) return [Typ[BasicKind.Int]!, u.elem];
  if (u instanceof Slice) return [Typ[BasicKind.Int]!, u.elem];
  if (u instanceof MapType) return [u.key, u.elem];
  if (u instanceof Chan) return [u.elem, invalidType];
  return [null, null];
}

function rangeStmt(check: Checker, s: ast.RangeStmt): void {
  const sKey = s.key;
  const sValue = s.value;
  const sExtra = s.extra;
  const x = new Operand();
  expr(check, x, s.x);
  let key: Type | null = null;
  let val: Type | null = null;
  if (x.mode !== 'invalid') {
    let cause = '';
    const u = x.type instanceof TypeParam ? coreType(x.type) : under(x.type);
    if (u === null) cause = 'no core type';
    else if (u instanceof Chan) {
      if (sValue !== null) check.errorf(sValue, `range over ${S(check, x)} permits only one iteration variable`);
      if (u.dir === ChanDir.SendOnly) cause = 'receive from send-only channel';
    } else if (sExtra !== null) {
      check.errorf(sExtra, 'range clause permits at most two iteration variables');
    }
    [key, val] = rangeKeyVal(x.type);
    if (key === null || cause !== '') {
      if (cause === '') check.errorf(x, `cannot range over ${S(check, x)}`);
      else check.errorf(x, `cannot range over ${S(check, x)} (${cause})`);
    }
  }
  openScope(check, s, 'range');
  const lhs = [sKey, sValue];
  const rhs = [key, val];
  if (s.tok === ':=') {
    const vars: Var[] = [];
    lhs.forEach((l, i) => {
      if (l === null) return;
      let obj: Var;
      if (l.kind === 'Ident') {
        obj = new Var(check.pos(l), check.pkg, l.name, nilType);
        check.recordDef(l, obj);
        if (l.name !== '_') vars.push(obj);
      } else {
        check.errorf(l, `cannot declare ${exprString(l)}`);
        obj = new Var(check.pos(l), check.pkg, '_', nilType);
      }
      const t = rhs[i];
      if (t !== null && t !== undefined) {
        const o = new Operand();
        o.mode = 'value';
        o.expr = l;
        o.type = t;
        initVar(check, obj, o, 'range clause');
      } else {
        obj.type = invalidType;
        obj.used = true;
      }
    });
    if (vars.length > 0) for (const v of vars) check.declare(check.ctx.scope, null, v);
    else check.errorf({ line: s.line, col: s.col }, 'no new variables on left side of :=');
  } else if (s.tok === '=') {
    lhs.forEach((l, i) => {
      if (l === null) return;
      const t = rhs[i];
      if (t !== null && t !== undefined) {
        const o = new Operand();
        o.mode = 'value';
        o.expr = l;
        o.type = t;
        assignVar(check, l, o);
      }
    });
  }
  stmt(check, s.body);
  closeScope(check);
}

