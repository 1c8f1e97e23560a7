// Assignments and initializations (types2 assignments.go; spec "Assignability", "Assignment
// statements", "Short variable declarations", "Variable declarations").
//
// Design
//   `assignment` is the one place where a value meets a target type: untyped operands take the
//   target type (or their default type for an interface target or the blank identifier), then
//   assignability is checked (assignable.ts) and reported in gc's words:
//     cannot use x (variable of type T) as type U in <context>[:\n\t<reason>]
//   initVar/initVars give declared variables their types (the operand's default type when no
//   type was written); assignVar/assignVars assign to existing operands (variables, map index
//   expressions, the blank identifier). A count mismatch is "assignment mismatch: 2 variables but
//   f returns 1 value". Variables on the left of an erroneous assignment are marked used, so
//   that one mistake does not also produce "declared but not used".
//
// Differences from types2: the "lhs has no type yet" state is `nilType` (decl.ts).
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { implicitTypeAndValue, assignableTo } from '../types/assignable.js';
import { Const, Var } from '../types/objects.js';
import { defaultType, isInterface, isUntyped } from '../types/predicates.js';
import { BasicKind, Signature, Tuple, Typ, invalidType, under, type Type } from '../types/types.js';
import { typesSummary, use } from './call.js';
import type { Checker } from './check.js';
import { nilType } from './decl.js';
import { S, expr, exprList, singleValue, updateExprType, updateExprVal } from './expr.js';
import { Operand } from './operand.js';

/** x is assigned to a variable of type T (null: the blank identifier) in `context`. */
export function assignment(check: Checker, x: Operand, T: Type | null, context: string): void {
  singleValue(check, x);
  switch (x.mode) {
    case 'invalid':
      return;
    case 'constant': case 'variable': case 'mapindex': case 'value': case 'nilvalue': case 'commaok':
      break;
    default:
      check.errorf(x, `cannot assign ${S(check, x)} to ${T === null ? '<nil>' : S(check, T)} in ${context}`);
      x.mode = 'invalid';
      return;
  }
  if (isUntyped(x.type)) {
    let target: Type | null = T;
    if (x.isNil()) {
      if (T === null) {
        check.errorf(x, `use of untyped nil in ${context}`);
        x.mode = 'invalid';
        return;
      }
    } else if (T === null || isInterface(T)) {
      target = defaultType(x.type);
    }
    const r = implicitTypeAndValue({ type: x.type, value: x.mode === 'constant' ? x.val : undefined }, target!);
    if (!r.ok) {
      let msg = `cannot use ${S(check, x)} as ${S(check, target!)} value in ${context}`;
      if (r.error === 'TruncatedFloat') msg += ' (truncated)';
      else if (r.error === 'NumericOverflow') msg += ' (overflows)';
      check.errorf(x, msg);
      x.mode = 'invalid';
      return;
    }
    if (r.value !== undefined && x.mode === 'constant') {
      x.val = r.value;
      updateExprVal(check, x.expr, r.value);
    }
    if (r.type !== x.type) {
      x.type = r.type;
      updateExprType(check, x.expr, r.type, false);
    }
  }
  if (T === null) return;
  // A type made invalid by an earlier error (a recursive type) accepts anything quietly.
  if (under(T) === invalidType || under(x.type) === invalidType) return;
  const rel = assignableTo({ type: x.type, value: x.mode === 'constant' ? x.val : undefined }, T, check.qf);
  if (!rel.ok) {
    if (rel.cause !== '') check.errorf(x, `cannot use ${S(check, x)} as type ${S(check, T)} in ${context}:\n\t${rel.cause}`);
    else check.errorf(x, `cannot use ${S(check, x)} as type ${S(check, T)} in ${context}`);
    x.mode = 'invalid';
  }
}

export function initConst(check: Checker, lhs: Const, x: Operand, typed: boolean): void {
  if (x.mode === 'invalid' || x.type === invalidType || lhs.type === invalidType) {
    if (lhs.type === nilType) lhs.type = invalidType;
    return;
  }
  if (x.mode !== 'constant') {
    check.errorf(x, `${S(check, x)} is not constant`);
    if (lhs.type === nilType) lhs.type = invalidType;
    return;
  }
  if (!typed || lhs.type === nilType) lhs.type = x.type;
  assignment(check, x, lhs.type, 'constant declaration');
  if (x.invalid()) return;
  lhs.val = x.val!;
}

export function initVar(check: Checker, lhs: Var, x: Operand, context: string): Type | null {
  if (x.mode === 'invalid' || x.type === invalidType || lhs.type === invalidType) {
    if (lhs.type === nilType) lhs.type = invalidType;
    lhs.used = true;
    return null;
  }
  if (lhs.type === nilType) {
    let t = x.type;
    if (isUntyped(t)) {
      if (t === Typ[BasicKind.UntypedNil]) {
        check.errorf(x, `use of untyped nil in ${context}`);
        lhs.type = invalidType;
        return null;
      }
      t = defaultType(t);
    }
    lhs.type = t;
  }
  assignment(check, x, lhs.type, context);
  if (x.invalid()) {
    lhs.used = true;
    return null;
  }
  return x.type;
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n !== 1 ? 's' : ''}`;
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

export function assignError(check: Checker, rhs: ast.Expr[], nvars: number, nvals: number): void {
  const vars = measure(nvars, 'variable');
  const vals = measure(nvals, 'value');
  const rhs0 = rhs[0]!;
  if (rhs.length === 1) {
    const call = unparen(rhs0);
    if (call.kind === 'CallExpr') {
      check.errorf(rhs0, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
      return;
    }
  }
  check.errorf(rhs0, `assignment mismatch: ${vars} but ${vals}`);
}

/** Initializes lhs from rhs (a declaration, `:=`, or a return statement when returnStmt is set). */
export function initVars(check: Checker, lhs: Var[], origRhs: ast.Expr[], returnStmt: ast.ReturnStmt | null): void {
  const [rhs, commaOk] = exprList(check, origRhs, lhs.length === 2 && returnStmt === null);
  if (lhs.length !== rhs.length) {
    for (const v of lhs) {
      v.used = true;
      if (v.type === nilType) v.type = invalidType;
    }
    for (const x of rhs) if (x.mode === 'invalid') return;
    if (returnStmt !== null) {
      let at: ast.Node | Operand = returnStmt;
      let qualifier = 'not enough';
      if (rhs.length > lhs.length) {
        at = rhs[lhs.length]!.expr!;
        qualifier = 'too many';
      } else if (rhs.length > 0) {
        at = rhs[rhs.length - 1]!.expr!;
      }
      check.errorf(at, `${qualifier} return values\n\thave ${typesSummary(check, rhs.map((x) => x.type), false)}\n\twant ${typesSummary(check, lhs.map((v) => v.type), false)}`);
      return;
    }
    assignError(check, origRhs, lhs.length, rhs.length);
    return;
  }
  const context = returnStmt !== null ? 'return statement' : 'assignment';
  if (commaOk) {
    const a: (Type | null)[] = [];
    for (let i = 0; i < 2; i++) a.push(initVar(check, lhs[i]!, rhs[i]!, context));
    recordCommaOkTypes(check, origRhs[0]!, a);
    return;
  }
  let ok = true;
  lhs.forEach((v, i) => {
    if (initVar(check, v, rhs[i]!, context) === null) ok = false;
  });
  if (!ok) for (const v of lhs) v.used = true;
}

/** Records `v, ok := m[k]` style expressions with a (T, bool) tuple type. */
function recordCommaOkTypes(check: Checker, e: ast.Expr, a: (Type | null)[]): void {
  if (a[0] === null || a[1] === null) return;
  let x = e;
  for (;;) {
    const tv = check.info.types.get(x);
    if (tv === undefined) return;
    const t0 = a[0]!;
    const t1 = a[1]!;
    const vars = [new Var(noPos, null, '', t0), new Var(noPos, null, '', t1)];
    check.info.types.set(x, { mode: tv.mode, type: new Tuple(vars) });
    if (x.kind !== 'ParenExpr') break;
    x = x.x;
  }
}
import { noPos } from '../types/objects.js';

/** Assigns x to the operand lhs (types2 assignVar). */
export function assignVar(check: Checker, lhs: ast.Expr, x: Operand): Type | null {
  if (x.mode === 'invalid' || x.type === invalidType) {
    use(check, [lhs]);
    return null;
  }
  const id = unparen(lhs);
  if (id.kind === 'Ident' && id.name === '_') {
    check.info.defs.delete(id);
    assignment(check, x, null, 'assignment to _ identifier');
    return x.invalid() ? null : x.type;
  }
  let v: Var | null = null;
  let vUsed = false;
  if (id.kind === 'Ident') {
    const found = check.ctx.scope.lookupParent(id.name);
    if (found !== undefined && found[1] instanceof Var && found[1].pkg === check.pkg) {
      v = found[1];
      vUsed = v.used;
    }
  }
  const z = new Operand();
  expr(check, z, lhs);
  if (v !== null) v.used = vUsed;
  if (z.mode === 'invalid' || z.type === invalidType) return null;
  switch (z.mode) {
    case 'variable': case 'mapindex':
      break;
    default: {
      const ze = z.expr!;
      if (ze.kind === 'SelectorExpr') {
        const op = new Operand();
        expr(check, op, ze.x);
        if (op.mode === 'mapindex') {
          check.errorf(z, `cannot assign to struct field ${exprString(ze)} in map`);
          return null;
        }
      }
      check.errorf(z, `cannot assign to ${S(check, z)}`);
      return null;
    }
  }
  assignment(check, x, z.type, 'assignment');
  return x.invalid() ? null : x.type;
}

export function assignVars(check: Checker, lhs: ast.Expr[], origRhs: ast.Expr[]): void {
  const [rhs, commaOk] = exprList(check, origRhs, lhs.length === 2);
  if (lhs.length !== rhs.length) {
    use(check, lhs);
    for (const x of rhs) if (x.mode === 'invalid') return;
    assignError(check, origRhs, lhs.length, rhs.length);
    return;
  }
  if (commaOk) {
    const a: (Type | null)[] = [];
    for (let i = 0; i < 2; i++) a.push(assignVar(check, lhs[i]!, rhs[i]!));
    recordCommaOkTypes(check, origRhs[0]!, a);
    return;
  }
  let ok = true;
  lhs.forEach((l, i) => {
    if (assignVar(check, l, rhs[i]!) === null) ok = false;
  });
  if (!ok) {
    for (const l of lhs) {
      const id = unparen(l);
      if (id.kind === 'Ident') {
        const found = check.ctx.scope.lookupParent(id.name);
        if (found !== undefined && found[1] instanceof Var && found[1].pkg === check.pkg) found[1].used = true;
      }
    }
  }
}

/** `a, b := ...` (types2 shortVarDecl). */
export function shortVarDecl(check: Checker, s: ast.AssignStmt | { line: number; col: number }, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const scope = check.ctx.scope;
  const seen = new Set<string>();
  const lhsVars: (Var | null)[] = [];
  const newVars: Var[] = [];
  let hasErr = false;
  for (const l of lhs) {
    if (l.kind !== 'Ident') {
      use(check, [l]);
      check.errorf(l, `non-name ${exprString(l)} on left side of :=`);
      hasErr = true;
      lhsVars.push(null);
      continue;
    }
    const name = l.name;
    if (name !== '_') {
      if (seen.has(name)) {
        check.errorf(l, `${name} repeated on left side of :=`);
        hasErr = true;
        lhsVars.push(null);
        continue;
      }
      seen.add(name);
    }
    const alt = scope.lookup(name);
    if (alt !== undefined) {
      check.recordUse(l, alt);
      if (alt instanceof Var) lhsVars.push(alt);
      else {
        check.errorf(l, `cannot assign to ${exprString(l)}`);
        hasErr = true;
        lhsVars.push(null);
      }
      continue;
    }
    const obj = new Var(check.pos(l), check.pkg, name, nilType);
    lhsVars.push(obj);
    if (name !== '_') newVars.push(obj);
    check.recordDef(l, obj);
  }
  const vars = lhsVars.map((v, i) => v ?? new Var(check.pos(lhs[i]!), check.pkg, '_', nilType));
  initVars(check, vars, rhs, null);
  if (newVars.length === 0 && !hasErr) {
    check.errorf(s, 'no new variables on left side of :=');
    return;
  }
  for (const v of newVars) {
    check.declare(scope, null, v);
    check.usage.push(v);
  }
}

