// Expressions (types2 expr.go; spec "Expressions", "Operators", "Constant expressions").
//
// Design
//   rawExpr evaluates an expression into an Operand and records it (info.types). Untyped
//   results are remembered in `check.untyped` until their context fixes a type: when an untyped
//   operand is converted (convertUntyped, assignment), updateExprType walks down the expression
//   and re-records each untyped subexpression with the final type, checking that constants are
//   representable and that the untyped left operand of a non-constant shift became an integer
//   (`var f float64 = 1 << s` is an error). Constant operations are exact (constant.ts) and each
//   result is checked: typed constants must stay representable ("overflows"), untyped integers
//   must stay within 512 bits ("constant overflow").
//
//   Binary operations follow types2: evaluate both operands, handle shifts separately, convert
//   untyped operands towards each other when they can mix, then comparisons, then identical
//   types, the operator's operand predicate, division by zero, and the constant fold.
//
//   Operands of type-parameter type are operated on through their type sets: an operator applies
//   if it applies to every type in the set (predicates.ts allX), == needs a comparable set, and
//   an untyped constant converts to a type parameter if it converts to every type in its set
//   (it stays a constant of type T in Info; the code generator folds it per instance).
//
// Differences from types2: function literal bodies are checked at once rather than at the end
// of the enclosing statement (the result is the same: a variable declared by the statement that
// contains the literal is not yet in scope).
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import {
  Kind, bitLenOf, binaryOp, compare, imag, makeBool, makeUnknown, real, shift as constShift, sign, toInt, uint64Val,
  unaryOp, type BinaryOperator, type ComparisonOperator, type Value,
} from '../types/constant.js';
import { fromLiteral, type LiteralKind } from '../types/literal.js';
import { implicitTypeAndValue, assignableTo } from '../types/assignable.js';
import {
  allBoolean, allInteger, allNumeric, allNumericOrString, allOrdered, allString, comparable, defaultType, hasNil, identical,
  isBoolean, isComplex, isInteger, isInterface, isNumeric, isTyped, isUnsigned, isUntyped,
} from '../types/predicates.js';
import { representable } from '../types/representable.js';
import { sizeof } from '../types/sizes.js';
import { typeString } from '../types/typestring.js';
import {
  ArrayType, Basic, BasicKind, Chan, ChanDir, Interface, MapType, Pointer, Signature, Slice, Struct, Tuple, Typ, TypeParam,
  invalidType, under, type Type,
} from '../types/types.js';
import { nonGeneric } from './typeparams.js';
import type { Checker } from './check.js';
import { callExpr, selector } from './call.js';
import { indexExpr, sliceExpr } from './index.js';
import { compositeLit } from './literals.js';
import { Operand, operandString } from './operand.js';
import { funcBody } from './stmt.js';
import { typeAssertion } from './conversions.js';
import { funcType, ident, typ, varType } from './typexpr.js';

const invalidOp = 'invalid operation: ';

export function S(check: Checker, x: Operand | Type): string {
  return x instanceof Operand ? operandString(x, check.qf) : typeString(x, check.qf);
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** A single-valued expression (types2 expr). */
export function expr(check: Checker, x: Operand, e: ast.Expr, hint: Type | null = null): void {
  rawExpr(check, x, e, hint);
  exclude(check, x, ['novalue', 'builtin', 'type']);
  singleValue(check, x);
  nonGeneric(check, x);
}

/** An expression or a type (types2 exprOrType); a generic one only where allowed. */
export function exprOrType(check: Checker, x: Operand, e: ast.Expr, allowGeneric = false): void {
  rawExpr(check, x, e, null);
  exclude(check, x, ['novalue']);
  singleValue(check, x);
  if (!allowGeneric) nonGeneric(check, x);
}

/** A possibly multi-valued expression (types2 multiExpr). */
export function multiExpr(check: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(check, x, e, null);
  exclude(check, x, ['novalue', 'builtin', 'type']);
  nonGeneric(check, x);
}

export function exprWithHint(check: Checker, x: Operand, e: ast.Expr, hint: Type): void {
  expr(check, x, e, hint);
}

export function exclude(check: Checker, x: Operand, modes: string[]): void {
  if (!modes.includes(x.mode)) return;
  let msg: string;
  switch (x.mode) {
    case 'novalue': msg = modes.includes('type') ? '%s used as value' : '%s used as value or type'; break;
    case 'builtin': msg = '%s must be called'; break;
    default: msg = '%s is not an expression';
  }
  check.errorf(x, msg.replace('%s', S(check, x)));
  x.mode = 'invalid';
}

export function singleValue(check: Checker, x: Operand): void {
  if (x.mode === 'value' && x.type instanceof Tuple) {
    check.errorf(x, `multiple-value ${S(check, x)} in single-value context`);
    x.mode = 'invalid';
  }
}

/** A list of expressions with comma-ok handling (types2 exprList). */
export function exprList(check: Checker, elist: ast.Expr[], allowCommaOk: boolean): [Operand[], boolean] {
  if (elist.length === 0) return [[], false];
  if (elist.length === 1) {
    const e = elist[0]!;
    const x = new Operand();
    multiExpr(check, x, e);
    if (x.type instanceof Tuple && x.mode !== 'invalid') {
      return [x.type.vars.map((v) => { const o = new Operand(); o.mode = 'value'; o.expr = e; o.type = v.type; return o; }), false];
    }
    if (allowCommaOk && (x.mode === 'mapindex' || x.mode === 'commaok')) {
      const x2 = new Operand();
      x2.mode = 'value';
      x2.expr = e;
      x2.type = Typ[BasicKind.UntypedBool]!;
      return [[x, x2], true];
    }
    return [[x], false];
  }
  return [elist.map((e) => { const x = new Operand(); expr(check, x, e); return x; }), false];
}

export type ExprKind = 'conversion' | 'expression' | 'statement';

export function rawExpr(check: Checker, x: Operand, e: ast.Expr, hint: Type | null): ExprKind {
  const kind = exprInternal(check, x, e, hint);
  record(check, x);
  return kind;
}

function record(check: Checker, x: Operand): void {
  if (x.expr === null) return;
  let t: Type;
  switch (x.mode) {
    case 'invalid': t = invalidType; break;
    case 'novalue': t = new Tuple(); break;
    default: t = x.type;
  }
  const mode = x.mode === 'invalid' || x.mode === 'nilvalue' ? 'value' : x.mode;
  if (isUntyped(t)) check.untyped.set(x.expr, { mode, type: t, val: x.mode === 'constant' ? x.val : undefined });
  check.recordTypeAndValue(x.expr, mode, t, x.mode === 'constant' ? x.val : undefined);
}

function exprInternal(check: Checker, x: Operand, e: ast.Expr, hint: Type | null): ExprKind {
  x.mode = 'invalid';
  x.type = invalidType;
  x.val = undefined;
  x.expr = e;
  switch (e.kind) {
    case 'BadExpr':
      break;
    case 'Ident':
      ident(check, x, e, null, false);
      break;
    case 'Ellipsis':
      check.errorf(e, "invalid use of '...'");
      break;
    case 'BasicLit': {
      const kinds: Record<ast.LitKind, [LiteralKind, BasicKind]> = {
        INT: ['int', BasicKind.UntypedInt], FLOAT: ['float', BasicKind.UntypedFloat], IMAG: ['imag', BasicKind.UntypedComplex],
        CHAR: ['rune', BasicKind.UntypedRune], STRING: ['string', BasicKind.UntypedString],
      };
      const [lk, bk] = kinds[e.litKind];
      if (e.value.length > 10000 && (lk === 'int' || lk === 'float' || lk === 'imag')) {
        check.errorf(e, `excessively long constant: ${e.value.slice(0, 10)}... (${e.value.length} chars)`);
        break;
      }
      const v = fromLiteral(e.value, lk);
      if (v.kind === Kind.Unknown) {
        check.errorf(e, `malformed constant: ${e.value}`);
        break;
      }
      x.mode = 'constant';
      x.type = Typ[bk]!;
      x.val = v;
      // Huge exponents (1e1000000) are representable but must not overflow untyped precision.
      break;
    }
    case 'FuncLit': {
      const saved = check.ctx;
      const sig = funcType(check, null, e.type);
      check.recordTypeAndValue(e.type, 'type', sig);
      if (saved.sig === null) {
        // At package level, the body is checked after all declarations, in source order with
        // the function bodies (as types2 does; it decides the order of reported errors).
        const env = { ...saved };
        check.later(() => {
          const outer = check.ctx;
          check.ctx = env;
          funcBody(check, env.decl, '<function literal>', sig, e.body, e.type, e);
          check.ctx = outer;
        });
      } else {
        funcBody(check, saved.decl, '<function literal>', sig, e.body, e.type, e);
        check.ctx = saved;
      }
      x.mode = 'value';
      x.type = sig;
      break;
    }
    case 'CompositeLit':
      compositeLit(check, x, e, hint);
      break;
    case 'ParenExpr': {
      const k = rawExpr(check, x, e.x, hint);
      x.expr = e;
      return k;
    }
    case 'SelectorExpr':
      selector(check, x, e, false);
      break;
    case 'IndexExpr': case 'IndexListExpr':
      indexExpr(check, x, e);
      break;
    case 'SliceExpr':
      sliceExpr(check, x, e);
      break;
    case 'TypeAssertExpr': {
      if (e.type === null) {
        check.errorf(e, 'invalid AST: use of .(type) outside type switch');
        expr(check, x, e.x);
        x.mode = 'invalid';
        break;
      }
      expr(check, x, e.x);
      if (x.mode === 'invalid') break;
      if (x.type instanceof TypeParam) {
        check.errorf(x, `${invalidOp}cannot use type assertion on type parameter value ${S(check, x)}`);
        x.mode = 'invalid';
        break;
      }
      if (!isInterface(x.type)) {
        check.errorf(x, `${invalidOp}${S(check, x)} is not an interface`);
        x.mode = 'invalid';
        break;
      }
      const T = varType(check, e.type);
      if (T === invalidType) { x.mode = 'invalid'; break; }
      typeAssertion(check, e, x, T, false);
      x.mode = 'commaok';
      x.type = T;
      break;
    }
    case 'CallExpr':
      return callExpr(check, x, e);
    case 'StarExpr': {
      exprOrType(check, x, e.x);
      if (x.mode === 'invalid') break;
      if (x.mode === 'type') {
        x.type = new Pointer(x.type);
        break;
      }
      const u = under(x.type);
      if (!(u instanceof Pointer)) {
        if (x.type !== invalidType) check.errorf(x, `${invalidOp}cannot indirect ${S(check, x)}`);
        x.mode = 'invalid';
        break;
      }
      if (u.elem === invalidType) { x.mode = 'invalid'; break; }
      x.mode = 'variable';
      x.type = u.elem;
      break;
    }
    case 'UnaryExpr':
      unary(check, x, e);
      if (e.op === '<-' && x.mode !== 'invalid') {
        x.expr = e;
        return 'statement';
      }
      break;
    case 'BinaryExpr':
      binary(check, x, e, e.x, e.y, e.op);
      break;
    case 'KeyValueExpr':
      check.errorf(e, 'invalid AST: no key:value expected');
      break;
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      x.mode = 'type';
      x.type = typ(check, e);
      break;
  }
  x.expr = e;
  if (x.mode === 'invalid') x.type = invalidType;
  return 'expression';
}

// ---------------------------------------------------------------------------------------------
// Unary expressions

function unary(check: Checker, x: Operand, e: ast.UnaryExpr): void {
  expr(check, x, e.x);
  if (x.mode === 'invalid') return;
  switch (e.op) {
    case '&': {
      let inner: ast.Expr = e.x;
      while (inner.kind === 'ParenExpr') inner = inner.x;
      if (inner.kind !== 'CompositeLit' && x.mode !== 'variable') {
        check.errorf(x, `${invalidOp}cannot take address of ${S(check, x)}`);
        x.mode = 'invalid';
        return;
      }
      x.mode = 'value';
      x.type = new Pointer(x.type);
      return;
    }
    case '<-': {
      const ch = under(x.type);
      if (!(ch instanceof Chan)) {
        check.errorf(x, `${invalidOp}cannot receive from non-channel ${S(check, x)}`);
        x.mode = 'invalid';
        return;
      }
      if (ch.dir === ChanDir.SendOnly) {
        check.errorf(x, `${invalidOp}cannot receive from send-only channel ${S(check, x)}`);
        x.mode = 'invalid';
        return;
      }
      x.mode = 'commaok';
      x.type = ch.elem;
      return;
    }
    case '~':
      check.errorf(e, 'cannot use ~ outside of interface or type constraint');
      x.mode = 'invalid';
      return;
  }
  const ok = e.op === '!' ? allBoolean(x.type) : e.op === '^' ? allInteger(x.type) : allNumeric(x.type);
  if (!ok) {
    check.errorf(x, `${invalidOp}operator ${e.op} not defined on ${S(check, x)}`);
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'constant') {
    if (x.val!.kind === Kind.Unknown) return;
    const prec = isUnsigned(x.type) && !(x.type instanceof TypeParam) ? sizeof(x.type) * 8 : 0;
    x.val = unaryOp(e.op as '+' | '-' | '^' | '!', x.val!, prec);
    x.expr = e;
    overflow(check, x, e);
    return;
  }
  x.mode = 'value';
}

/** Checks a constant result (types2 overflow). */
export function overflow(check: Checker, x: Operand, opNode: ast.Expr): void {
  const at = opPos(opNode);
  if (x.val!.kind === Kind.Unknown) {
    check.errorf(at, 'constant result is not representable');
    return;
  }
  if (isTyped(x.type)) {
    representableOp(check, x, under(x.type) as Basic);
    return;
  }
  if (x.val!.kind === Kind.Int && bitLenOf(x.val!) > 512) {
    check.errorf(at, `constant ${opName(opNode)} overflow`);
    x.val = makeUnknown();
  }
}

function opPos(e: ast.Expr): { line: number; col: number } {
  if (e.kind === 'BinaryExpr' || e.kind === 'UnaryExpr' || e.kind === 'StarExpr') return { line: e.line, col: e.col };
  return startOfExpr(e);
}

import { startOf } from './errors.js';
function startOfExpr(e: ast.Expr): { line: number; col: number } {
  return startOf(e);
}

function opName(e: ast.Expr): string {
  if (e.kind === 'BinaryExpr') {
    const names: Partial<Record<string, string>> = { '+': 'addition', '-': 'subtraction', '^': 'bitwise XOR', '*': 'multiplication', '<<': 'shift' };
    return names[e.op] ?? '';
  }
  if (e.kind === 'UnaryExpr') {
    const names: Partial<Record<string, string>> = { '-': 'negation', '^': 'bitwise complement' };
    return names[e.op] ?? '';
  }
  return '';
}

/** x (a constant) must be representable by basic type t (types2 representable). */
export function representableOp(check: Checker, x: Operand, t: Basic): void {
  const r = representable(x.val!, t);
  if (!r.ok) {
    invalidConversion(check, codeFor(x.type, t), x, t);
    x.mode = 'invalid';
    return;
  }
  x.val = r.value;
}

type Code = 'TruncatedFloat' | 'NumericOverflow' | 'InvalidConstVal' | 'InvalidUntypedConversion';

function codeFor(from: Type, to: Type): Code {
  if (isNumeric(from) && isNumeric(to)) return !isInteger(from) && isInteger(to) ? 'TruncatedFloat' : 'NumericOverflow';
  return 'InvalidConstVal';
}

export function invalidConversion(check: Checker, code: Code, x: Operand, target: Type): void {
  const xs = S(check, x);
  const ts = S(check, target);
  if (code === 'TruncatedFloat') check.errorf(x, `${xs} truncated to ${ts}`);
  else if (code === 'NumericOverflow') check.errorf(x, `${xs} overflows ${ts}`);
  else check.errorf(x, `cannot convert ${xs} to ${ts}`);
}

// ---------------------------------------------------------------------------------------------
// Untyped conversion

/** The untyped operand x takes type `target` (types2 convertUntyped). */
export function convertUntyped(check: Checker, x: Operand, target: Type): void {
  if (x.mode === 'invalid' || isTyped(x.type) || target === invalidType) return;
  const r = implicitTypeAndValue({ type: x.type, value: x.mode === 'constant' ? x.val : undefined }, target);
  if (!r.ok) {
    invalidConversion(check, r.error, x, target instanceof TypeParam ? target : under(target));
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

export function updateExprVal(check: Checker, e: ast.Expr | null, v: Value): void {
  if (e === null) return;
  const info = check.untyped.get(e);
  if (info !== undefined) info.val = v;
}

const lhsShift = new WeakSet<ast.Expr>();

export function updateExprType(check: Checker, e: ast.Expr | null, t: Type, final: boolean): void {
  if (e === null) return;
  updateExprType0(check, null, e, t, final);
}

function updateExprType0(check: Checker, parent: ast.Expr | null, e: ast.Expr, t: Type, final: boolean): void {
  const old = check.untyped.get(e);
  if (old === undefined) return;
  switch (e.kind) {
    case 'ParenExpr':
      updateExprType0(check, e, e.x, t, final);
      break;
    case 'UnaryExpr':
      if (old.val === undefined) updateExprType0(check, e, e.x, t, final);
      break;
    case 'BinaryExpr':
      if (old.val !== undefined) break;
      if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) break;
      if (e.op === '<<' || e.op === '>>') updateExprType0(check, e, e.x, t, final);
      else {
        updateExprType0(check, e, e.x, t, final);
        updateExprType0(check, e, e.y, t, final);
      }
      break;
    case 'Ident': case 'BasicLit': case 'SelectorExpr': case 'CallExpr':
      break;
    default:
      return;
  }
  if (!final && isUntyped(t)) {
    old.type = under(t);
    check.recordTypeAndValue(e, old.mode, old.type, old.val);
    return;
  }
  check.untyped.delete(e);
  if (lhsShift.has(e)) {
    if (!isInteger(t)) {
      check.errorf(e, `${invalidOp}${exprString(parent ?? e)} (shift of type ${S(check, t)})`);
      return;
    }
  }
  if (old.val !== undefined) {
    const c = new Operand();
    c.mode = old.mode;
    c.expr = e;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(check, c, t);
    if (c.invalid()) return;
  }
  check.recordTypeAndValue(e, old.mode, t, old.val);
}

// ---------------------------------------------------------------------------------------------
// Binary expressions

const comparisonOps = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function binary(check: Checker, x: Operand, e: ast.Expr | null, lhs: ast.Expr, rhs: ast.Expr, op: ast.BinaryOp): void {
  const y = new Operand();
  expr(check, x, lhs);
  expr(check, y, rhs);
  if (x.mode === 'invalid') return;
  if (y.mode === 'invalid') {
    x.mode = 'invalid';
    x.expr = y.expr;
    return;
  }
  if (op === '<<' || op === '>>') {
    shift(check, x, y, e, op);
    return;
  }
  if (canMix(x, y)) {
    convertUntyped(check, x, y.type);
    if (x.invalid()) return;
    convertUntyped(check, y, x.type);
    if (y.invalid()) {
      x.mode = 'invalid';
      return;
    }
  }
  if (comparisonOps.has(op)) {
    comparison(check, x, y, op as ComparisonOperator, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type !== invalidType && y.type !== invalidType) {
      if (e !== null) check.errorf(x, `${invalidOp}${exprString(e)} (mismatched types ${S(check, x.type)} and ${S(check, y.type)})`);
      else check.errorf(x, `${invalidOp}${exprString(lhs)} ${op}= ${exprString(rhs)} (mismatched types ${S(check, x.type)} and ${S(check, y.type)})`);
    }
    x.mode = 'invalid';
    return;
  }
  const pred = binaryPredicate(op);
  if (!pred(x.type)) {
    check.errorf(x, `${invalidOp}operator ${op} not defined on ${S(check, x)}`);
    x.mode = 'invalid';
    return;
  }
  if (op === '/' || op === '%') {
    if ((x.mode === 'constant' || allInteger(x.type)) && y.mode === 'constant' && y.val!.kind !== Kind.Unknown && sign(y.val!) === 0) {
      check.errorf(y, `${invalidOp}division by zero`);
      x.mode = 'invalid';
      return;
    }
    if (x.mode === 'constant' && y.mode === 'constant' && isComplex(x.type) && y.val!.kind !== Kind.Unknown) {
      const re = real(y.val!);
      const im = imag(y.val!);
      const re2 = binaryOp(re, '*', re);
      const im2 = binaryOp(im, '*', im);
      // Squares that underflow count as zero, as in go/constant's floats.
      const zero = (v: Value) => v.kind === Kind.Unknown || sign(v) === 0;
      if (zero(re2) && zero(im2)) {
        check.errorf(y, `${invalidOp}division by zero`);
        x.mode = 'invalid';
        return;
      }
    }
  }
  if (x.mode === 'constant' && y.mode === 'constant') {
    if (x.val!.kind === Kind.Unknown || y.val!.kind === Kind.Unknown) {
      x.val = makeUnknown();
      return;
    }
    let cop: BinaryOperator = op as BinaryOperator;
    if (op === '/' && isInteger(x.type)) cop = 'div';
    x.val = binaryOp(x.val!, cop, y.val!);
    if (e !== null) x.expr = e;
    overflow(check, x, e ?? lhs);
    return;
  }
  x.mode = 'value';
}

function binaryPredicate(op: string): (t: Type) => boolean {
  switch (op) {
    case '+': return allNumericOrString;
    case '-': case '*': case '/': return allNumeric;
    case '&&': case '||': return allBoolean;
    default: return allInteger;
  }
}

function canMix(x: Operand, y: Operand): boolean {
  if (isInterface(x.type) || isInterface(y.type)) return true;
  if (allBoolean(x.type) !== allBoolean(y.type)) return false;
  if (allString(x.type) !== allString(y.type)) return false;
  if (x.isNil() && !hasNil(y.type)) return false;
  if (y.isNil() && !hasNil(x.type)) return false;
  return true;
}

export function comparison(check: Checker, x: Operand, y: Operand, op: ComparisonOperator, switchCase: boolean): void {
  if (switchCase) op = '==';
  let errOp = x;
  let cause = '';
  let ok = assignableTo({ type: x.type, value: x.val }, y.type).ok || assignableTo({ type: y.type, value: y.val }, x.type).ok;
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${S(check, x.type)} and ${S(check, y.type)}`;
  } else {
    ok = false;
    if (op === '==' || op === '!=') {
      if (x.isNil() || y.isNil()) {
        const t = x.isNil() ? y.type : x.type;
        if (!hasNil(t)) errOp = y;
        else ok = true;
      } else if (!comparable(x.type)) {
        errOp = x;
        cause = incomparableCause(check, x.type);
      } else if (!comparable(y.type)) {
        errOp = y;
        cause = incomparableCause(check, y.type);
      } else ok = true;
    } else {
      if (!allOrdered(x.type)) errOp = x;
      else if (!allOrdered(y.type)) errOp = y;
      else ok = true;
    }
  }
  if (ok) {
    if (x.mode === 'constant' && y.mode === 'constant') {
      if (x.val!.kind === Kind.Unknown || y.val!.kind === Kind.Unknown) x.val = makeUnknown();
      else x.val = makeBool(compare(x.val!, op, y.val!));
    } else {
      x.mode = 'value';
      x.val = undefined;
      updateExprType(check, x.expr, defaultType(x.type), true);
      updateExprType(check, y.expr, defaultType(y.type), true);
    }
    x.type = Typ[BasicKind.UntypedBool]!;
    return;
  }
  if (cause === '') cause = `operator ${op} not defined on ${kindString(check, errOp.type)}`;
  if (switchCase) {
    check.errorf(x, `invalid case ${exprString(x.expr)} in switch on ${exprString(y.expr)} (${cause})`);
  } else {
    check.errorf(errOp, `${invalidOp}${exprString(x.expr)} ${op} ${exprString(y.expr)} (${cause})`);
  }
  x.mode = 'invalid';
}

function incomparableCause(check: Checker, t: Type): string {
  if (t instanceof TypeParam) return 'incomparable types in type set';
  const u = under(t);
  if (u instanceof Slice || u instanceof Signature || u instanceof MapType) return `${kindString(check, t)} can only be compared to nil`;
  let cause = '';
  comparable(t, (c) => { cause = c; }, check.qf);
  return cause;
}

export function kindString(check: Checker, t: Type): string {
  const u = under(t);
  if (u instanceof ArrayType) return 'array';
  if (u instanceof Slice) return 'slice';
  if (u instanceof Struct) return 'struct';
  if (u instanceof Pointer) return 'pointer';
  if (u instanceof Signature) return 'func';
  if (u instanceof Interface) return 'interface';
  if (u instanceof MapType) return 'map';
  if (u instanceof Chan) return 'chan';
  return S(check, t);
}

function shift(check: Checker, x: Operand, y: Operand, e: ast.Expr | null, op: '<<' | '>>'): void {
  let xval: Value | undefined;
  if (x.mode === 'constant') xval = toInt(x.val!);
  if (allInteger(x.type) || (isUntyped(x.type) && xval !== undefined && xval.kind === Kind.Int)) {
    // ok
  } else {
    check.errorf(x, `${invalidOp}shifted operand ${S(check, x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  if (y.mode === 'constant') {
    const yval = toInt(y.val!);
    if (yval.kind === Kind.Int && sign(yval) < 0) {
      check.errorf(y, `${invalidOp}negative shift count ${S(check, y)}`);
      x.mode = 'invalid';
      return;
    }
    if (isUntyped(y.type)) {
      representableOp(check, y, Typ[BasicKind.Uint]!);
      if (y.invalid()) {
        x.mode = 'invalid';
        return;
      }
    }
  } else {
    if (allInteger(y.type)) {
      // ok
    } else if (isUntyped(y.type)) {
      convertUntyped(check, y, Typ[BasicKind.Uint]!);
      if (y.mode === 'invalid') {
        x.mode = 'invalid';
        return;
      }
    } else {
      check.errorf(y, `${invalidOp}shift count ${S(check, y)} must be integer`);
      x.mode = 'invalid';
      return;
    }
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant') {
      if (x.val!.kind === Kind.Unknown || y.val!.kind === Kind.Unknown) {
        x.val = makeUnknown();
        if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt]!;
        return;
      }
      const [s, ok] = uint64Val(toInt(y.val!));
      if (!ok || s > 1074n) {
        check.errorf(y, `${invalidOp}invalid shift count ${S(check, y)}`);
        x.mode = 'invalid';
        return;
      }
      if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt]!;
      x.val = constShift(xval!, op, Number(s));
      if (e !== null) x.expr = e;
      overflow(check, x, e ?? x.expr!);
      return;
    }
    if (isUntyped(x.type)) {
      if (x.expr !== null && check.untyped.has(x.expr)) lhsShift.add(x.expr);
      x.mode = 'value';
      return;
    }
  }
  if (!allInteger(x.type)) {
    check.errorf(x, `${invalidOp}shifted operand ${S(check, x)} must be integer`);
    x.mode = 'invalid';
    return;
  }
  x.mode = 'value';
}

