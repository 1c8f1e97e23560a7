// A tiny evaluator of Go constant expressions for the constant tests: literals, `true`/`false`,
// unary and binary operators with Go's precedence, parentheses, and conversions to basic types.
// It applies the checker's rules for untyped kinds (integer division for integer operands,
// the larger untyped kind wins, typed operands convert untyped ones, typed results are rounded
// to their type) so that expressions can be compared with what gc prints.
import {
  Kind, binaryOp, compare, makeBool, shift, toInt, unaryOp, type BinaryOperator, type ComparisonOperator, type Value,
} from '../../src/compiler/types/constant.js';
import { fromLiteral, type LiteralKind } from '../../src/compiler/types/literal.js';
import { representable, representationCause } from '../../src/compiler/types/representable.js';
import { BasicKind, Typ, type Basic } from '../../src/compiler/types/types.js';
import { isInteger, isUnsigned } from '../../src/compiler/types/predicates.js';
import { sizeof } from '../../src/compiler/types/sizes.js';

export interface Const {
  type: Basic;
  value: Value;
}

export class ConstError extends Error {}

const untypedOrder = [BasicKind.UntypedInt, BasicKind.UntypedRune, BasicKind.UntypedFloat, BasicKind.UntypedComplex];

const tokenRe =
  /\s*(0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?i?|0[bBoO][0-9_]+i?|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9_]+)?i?|\.[0-9][0-9_]*(?:[eE][+-]?[0-9_]+)?i?|'(?:[^'\\]|\\.)+'|"(?:[^"\\]|\\.)*"|`[^`]*`|&&|\|\||<<|>>|&\^|==|!=|<=|>=|[-+*/%&|^<>!()]|[A-Za-z_][A-Za-z0-9_]*)/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  tokenRe.lastIndex = 0;
  while (tokenRe.lastIndex < src.length) {
    const m = tokenRe.exec(src);
    if (!m) {
      if (/^\s*$/.test(src.slice(tokenRe.lastIndex))) break;
      throw new Error(`bad token at ${src.slice(tokenRe.lastIndex)}`);
    }
    out.push(m[1]!);
  }
  return out;
}

const prec: Record<string, number> = {
  '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3,
  '+': 4, '-': 4, '|': 4, '^': 4, '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5, '&': 5, '&^': 5,
};

const typeNames: Record<string, Basic> = {};
for (const t of Typ) if (t.kind > BasicKind.Invalid && t.kind < BasicKind.UnsafePointer) typeNames[t.name] = t;

export function evalConst(src: string): Const {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++]!;

  function primary(): Const {
    const t = next();
    if (t === '(') {
      const v = binary(1);
      if (next() !== ')') throw new Error('missing )');
      return v;
    }
    if (t === 'true' || t === 'false') return { type: Typ[BasicKind.UntypedBool]!, value: makeBool(t === 'true') };
    if (t in typeNames) {
      if (next() !== '(') throw new Error('expected (');
      const x = binary(1);
      if (next() !== ')') throw new Error('missing )');
      return convert(x, typeNames[t]!);
    }
    let kind: LiteralKind;
    let type: BasicKind;
    if (t[0] === '"' || t[0] === '`') [kind, type] = ['string', BasicKind.UntypedString];
    else if (t[0] === "'") [kind, type] = ['rune', BasicKind.UntypedRune];
    else if (t.endsWith('i')) [kind, type] = ['imag', BasicKind.UntypedComplex];
    else if (/^0[xX]/.test(t) ? /[.pP]/.test(t) : /[.eE]/.test(t) && !/^0[bBoO]/.test(t)) [kind, type] = ['float', BasicKind.UntypedFloat];
    else [kind, type] = ['int', BasicKind.UntypedInt];
    return { type: Typ[type]!, value: fromLiteral(t, kind) };
  }

  function unary(): Const {
    const t = peek();
    if (t === '-' || t === '+' || t === '^' || t === '!') {
      next();
      const x = unary();
      const p = t === '^' && isUnsigned(x.type) ? sizeof(x.type) * 8 : 0;
      return checkTyped({ type: x.type, value: unaryOp(t, x.value, p) });
    }
    return primary();
  }

  function binary(minPrec: number): Const {
    let x = unary();
    for (;;) {
      const op = peek();
      if (op === undefined || !(op in prec) || prec[op]! < minPrec) return x;
      next();
      const y = binary(prec[op]! + 1);
      x = apply(x, op, y);
    }
  }

  const v = binary(1);
  if (i !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return v;
}

function isUntypedBasic(t: Basic): boolean {
  return t.kind >= BasicKind.UntypedBool;
}

function convert(x: Const, t: Basic): Const {
  const r = representable(x.value, t);
  if (!r.ok) throw new ConstError(representationCause(x.type, t));
  return { type: t, value: r.value };
}

function checkTyped(x: Const): Const {
  if (isUntypedBasic(x.type)) return x;
  const r = representable(x.value, x.type);
  if (!r.ok) throw new ConstError('overflows');
  return { type: x.type, value: r.value };
}

function matchTypes(x: Const, y: Const): [Const, Const] {
  const ux = isUntypedBasic(x.type);
  const uy = isUntypedBasic(y.type);
  if (ux && !uy) return [convert(x, y.type), y];
  if (!ux && uy) return [x, convert(y, x.type)];
  if (ux && uy) {
    const ix = untypedOrder.indexOf(x.type.kind);
    const iy = untypedOrder.indexOf(y.type.kind);
    if (ix >= 0 && iy >= 0) {
      const t = Typ[untypedOrder[Math.max(ix, iy)]!]!;
      return [{ type: t, value: x.value }, { type: t, value: y.value }];
    }
  }
  return [x, y];
}

function apply(x: Const, op: string, y: Const): Const {
  if (op === '<<' || op === '>>') {
    const s = toInt(y.value);
    if (s.kind !== Kind.Int) throw new ConstError('bad shift count');
    let xv = x.value;
    let xt = x.type;
    if (isUntypedBasic(xt)) {
      xv = toInt(xv);
      if (xv.kind !== Kind.Int) throw new ConstError('truncated');
      xt = Typ[BasicKind.UntypedInt]!;
    }
    return checkTyped({ type: xt, value: shift(xv, op, Number(s.value)) });
  }
  [x, y] = matchTypes(x, y);
  if (['==', '!=', '<', '<=', '>', '>='].includes(op)) {
    return { type: Typ[BasicKind.UntypedBool]!, value: makeBool(compare(x.value, op as ComparisonOperator, y.value)) };
  }
  let bop = op as BinaryOperator;
  if (op === '/' && isInteger(x.type)) bop = 'div';
  return checkTyped({ type: x.type, value: binaryOp(x.value, bop, y.value) });
}
