// Operands: the checker's description of an evaluated expression (types2 operand.go).
//
// Design
//   Every expression evaluates to an Operand: a mode (what kind of thing it is, info.ts `Mode`,
//   plus 'invalid' after an error), the expression, its type and, for constants, the value; a
//   builtin operand carries the builtin's id. An invalid operand is the checker's way of saying
//   "an error was already reported here": callers see mode 'invalid' and stay quiet, which is how
//   one mistake produces one message.
//
//   `operandString` writes an operand the way gc quotes it in messages:
//     x (variable of type int)     1 (untyped int constant)     c (constant 3 of type T)
//     f() (no value)               len (built-in function len)  nil
//     x (variable of type T constrained by any)   f (value of parameterized type func[T any](T))
//
// Differences from types2: no cgofunc/commaerr modes (no cgo).
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { Kind, valueString, type Value } from '../types/constant.js';
import type { BuiltinId } from '../types/objects.js';
import { isUntyped } from '../types/predicates.js';
import { typeString, type Qualifier } from '../types/typestring.js';
import { Basic, BasicKind, Named, Signature, Typ, TypeParam, invalidType, type Type } from '../types/types.js';
import { builtinInfo } from '../types/universe.js';
import type { Mode } from './info.js';

/** 'nilvalue' is the predeclared nil, also after conversion to a type (recorded as 'value'). */
export type OperandMode = 'invalid' | 'nilvalue' | Mode;

export class Operand {
  mode: OperandMode = 'invalid';
  expr: ast.Expr | null = null;
  type: Type = invalidType;
  val: Value | undefined = undefined;
  id: BuiltinId | undefined = undefined;

  /** mode === 'invalid', without TypeScript's narrowing (callees change the mode). */
  invalid(): boolean {
    return this.mode === 'invalid';
  }

  invalidate(): void {
    this.mode = 'invalid';
  }

  assign(o: Operand): void {
    this.mode = o.mode;
    this.expr = o.expr;
    this.type = o.type;
    this.val = o.val;
    this.id = o.id;
  }

  isNil(): boolean {
    return this.mode === 'nilvalue';
  }
}

const modeString: Record<OperandMode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  type: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  commaok: 'comma, ok expression',
  nilvalue: 'nil',
};

/** The short form of a constant (go/constant's String: long values are abbreviated). */
export function constString(v: Value): string {
  return valueString(v);
}

export function operandString(x: Operand, qf?: Qualifier): string {
  if (x.isNil()) {
    if (x.type === invalidType) return 'nil (with invalid type)';
    if (x.type === Typ[BasicKind.UntypedNil]) return 'nil';
    return `nil (of type ${typeString(x.type, qf)})`;
  }
  let expr = '';
  if (x.expr !== null) expr = exprString(x.expr);
  else if (x.mode === 'builtin' && x.id !== undefined) expr = builtinInfo[x.id].name;
  else if (x.mode === 'type') expr = typeString(x.type, qf);
  else if (x.mode === 'constant' && x.val !== undefined) expr = constString(x.val);

  let buf = '';
  if (expr !== '') buf += expr + ' (';
  let hasType = false;
  switch (x.mode) {
    case 'invalid': case 'novalue': case 'builtin': case 'type':
      break;
    default:
      if (isUntyped(x.type)) {
        buf += (x.type as Basic).name + ' ';
        break;
      }
      hasType = true;
  }
  buf += modeString[x.mode];
  if (x.mode === 'constant' && x.val !== undefined && x.val.kind !== Kind.Unknown) {
    const s = constString(x.val);
    if (s !== expr) buf += ' ' + s;
  }
  if (hasType) {
    if (x.type !== invalidType) {
      const generic = (x.type instanceof Named && x.type.typeParams.length > 0 && x.type.typeArgs === null) || (x.type instanceof Signature && x.type.typeParams.length > 0);
      buf += (generic ? ' of parameterized type ' : ' of type ') + typeString(x.type, qf);
      if (x.type instanceof TypeParam) buf += ' constrained by ' + typeString(x.type.constraint, qf);
    } else buf += ' with invalid type';
  }
  if (expr !== '') buf += ')';
  return buf;
}
