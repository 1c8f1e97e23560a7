// The token vocabulary of Go 1.19 (The Go Programming Language Specification, "Lexical elements"),
// declared once as Chevrotain token types and read by the lexer, the parser and the error reporter.
//
// Design
//   - Every operator, delimiter and keyword is its own token type, so the parser's lookahead is a
//     bitmap test. Keywords are matched by the identifier pattern and retyped through `keywordTypes`
//     (one map lookup instead of 25 alternatives with `longer_alt`).
//   - Categories group tokens the way the grammar reads them: `BinaryOp` with a precedence in
//     `binaryPrecedence`, `AssignOp` for `op=`, `UnaryOp`, `Literal`, and `Semicolon`, which covers
//     both a written `;` and the semicolons the automatic semicolon rule inserts (`ImplicitSemi`,
//     whose image is "newline" or "EOF", the words gc uses for them in syntax errors).
//
// Differences from gc: gc's scanner folds all operators into a few token kinds with an operator
// field; Chevrotain's LL(k) lookahead wants one type per operator, so the folding happens here, in
// the categories.
import { createToken, type TokenType } from './chevrotain.js';

export const Literal = createToken({ name: 'Literal', pattern: /NA/ });
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: /NA/ });
export const AssignOp = createToken({ name: 'AssignOp', pattern: /NA/ });
export const UnaryOp = createToken({ name: 'UnaryOp', pattern: /NA/ });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /NA/ });

// Names and literals. Patterns are supplied by the lexer (custom matchers with gc's diagnostics).
export const Ident = createToken({ name: 'Ident', pattern: /NA/ });
export const Int = createToken({ name: 'Int', pattern: /NA/, categories: [Literal] });
export const Float = createToken({ name: 'Float', pattern: /NA/, categories: [Literal] });
export const Imag = createToken({ name: 'Imag', pattern: /NA/, categories: [Literal] });
export const Rune = createToken({ name: 'Rune', pattern: /NA/, categories: [Literal] });
export const String = createToken({ name: 'String', pattern: /NA/, categories: [Literal] });

export const ExplicitSemi = createToken({ name: 'ExplicitSemi', pattern: /NA/, label: ';', categories: [Semicolon] });
export const ImplicitSemi = createToken({ name: 'ImplicitSemi', pattern: /NA/, label: 'newline', categories: [Semicolon] });

interface OpSpec {
  readonly name: string;
  readonly image: string;
  readonly categories?: readonly TokenType[];
}

function op(name: string, image: string, ...categories: TokenType[]): OpSpec {
  return { name, image, categories };
}

// Operators and delimiters, in the spec's order. Longest images are tried first by the lexer.
const operatorSpecs = [
  op('Add', '+', BinaryOp, UnaryOp), op('Sub', '-', BinaryOp, UnaryOp), op('Mul', '*', BinaryOp, UnaryOp),
  op('Quo', '/', BinaryOp), op('Rem', '%', BinaryOp),
  op('And', '&', BinaryOp, UnaryOp), op('Or', '|', BinaryOp), op('Xor', '^', BinaryOp, UnaryOp),
  op('Shl', '<<', BinaryOp), op('Shr', '>>', BinaryOp), op('AndNot', '&^', BinaryOp),
  op('AddAssign', '+=', AssignOp), op('SubAssign', '-=', AssignOp), op('MulAssign', '*=', AssignOp),
  op('QuoAssign', '/=', AssignOp), op('RemAssign', '%=', AssignOp),
  op('AndAssign', '&=', AssignOp), op('OrAssign', '|=', AssignOp), op('XorAssign', '^=', AssignOp),
  op('ShlAssign', '<<=', AssignOp), op('ShrAssign', '>>=', AssignOp), op('AndNotAssign', '&^=', AssignOp),
  op('LAnd', '&&', BinaryOp), op('LOr', '||', BinaryOp), op('Arrow', '<-', UnaryOp),
  op('Inc', '++'), op('Dec', '--'),
  op('Eql', '==', BinaryOp), op('Lss', '<', BinaryOp), op('Gtr', '>', BinaryOp), op('Assign', '='), op('Not', '!', UnaryOp),
  op('Tilde', '~', UnaryOp),
  op('Neq', '!=', BinaryOp), op('Leq', '<=', BinaryOp), op('Geq', '>=', BinaryOp), op('Define', ':='),
  op('Ellipsis', '...'),
  op('LParen', '('), op('LBrack', '['), op('LBrace', '{'), op('Comma', ','), op('Period', '.'),
  op('RParen', ')'), op('RBrack', ']'), op('RBrace', '}'), op('Colon', ':'),
] as const;

const keywordNames = [
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select',
  'struct', 'switch', 'type', 'var',
] as const;

export type Keyword = (typeof keywordNames)[number];

function makeOperators(): Record<string, TokenType> {
  const out: Record<string, TokenType> = {};
  for (const s of operatorSpecs) {
    out[s.name] = createToken({ name: s.name, pattern: /NA/, label: s.image, categories: [...(s.categories ?? [])] });
  }
  return out;
}

const ops = makeOperators();
export const Add = ops.Add!, Sub = ops.Sub!, Mul = ops.Mul!, Quo = ops.Quo!, Rem = ops.Rem!;
export const And = ops.And!, Or = ops.Or!, Xor = ops.Xor!, Shl = ops.Shl!, Shr = ops.Shr!, AndNot = ops.AndNot!;
export const AddAssign = ops.AddAssign!, SubAssign = ops.SubAssign!, MulAssign = ops.MulAssign!;
export const QuoAssign = ops.QuoAssign!, RemAssign = ops.RemAssign!, AndAssign = ops.AndAssign!;
export const OrAssign = ops.OrAssign!, XorAssign = ops.XorAssign!, ShlAssign = ops.ShlAssign!;
export const ShrAssign = ops.ShrAssign!, AndNotAssign = ops.AndNotAssign!;
export const LAnd = ops.LAnd!, LOr = ops.LOr!, Arrow = ops.Arrow!, Inc = ops.Inc!, Dec = ops.Dec!;
export const Eql = ops.Eql!, Lss = ops.Lss!, Gtr = ops.Gtr!, Assign = ops.Assign!, Not = ops.Not!;
export const Tilde = ops.Tilde!;
export const Neq = ops.Neq!, Leq = ops.Leq!, Geq = ops.Geq!, Define = ops.Define!, Ellipsis = ops.Ellipsis!;
export const LParen = ops.LParen!, LBrack = ops.LBrack!, LBrace = ops.LBrace!, Comma = ops.Comma!;
export const Period = ops.Period!, RParen = ops.RParen!, RBrack = ops.RBrack!, RBrace = ops.RBrace!;
export const Colon = ops.Colon!;

function makeKeywords(): Map<string, TokenType> {
  const m = new Map<string, TokenType>();
  for (const k of keywordNames) {
    const name = k[0]!.toUpperCase() + k.slice(1);
    m.set(k, createToken({ name, pattern: /NA/, label: k }));
  }
  return m;
}

/** Keyword spelling → token type; the lexer retypes an identifier found here. */
export const keywordTypes: ReadonlyMap<string, TokenType> = makeKeywords();
const kw = (k: Keyword): TokenType => keywordTypes.get(k)!;
export const Break = kw('break'), Case = kw('case'), Chan = kw('chan'), Const = kw('const');
export const Continue = kw('continue'), Default = kw('default'), Defer = kw('defer'), Else = kw('else');
export const Fallthrough = kw('fallthrough'), For = kw('for'), Func = kw('func'), Go = kw('go');
export const Goto = kw('goto'), If = kw('if'), Import = kw('import'), Interface = kw('interface');
export const Map_ = kw('map'), Package = kw('package'), Range = kw('range'), Return = kw('return');
export const Select = kw('select'), Struct = kw('struct'), Switch = kw('switch'), Type = kw('type');
export const Var = kw('var');

/** Operator image → token type, longest images first (the lexer's maximal munch order). */
export const operatorsByImage: ReadonlyArray<readonly [string, TokenType]> = operatorSpecs
  .map((s) => [s.image, ops[s.name]!] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** Binary operator precedence (spec "Operator precedence"): 5 binds tightest. */
export const binaryPrecedence: ReadonlyMap<TokenType, number> = new Map([
  [Mul, 5], [Quo, 5], [Rem, 5], [Shl, 5], [Shr, 5], [And, 5], [AndNot, 5],
  [Add, 4], [Sub, 4], [Or, 4], [Xor, 4],
  [Eql, 3], [Neq, 3], [Lss, 3], [Leq, 3], [Gtr, 3], [Geq, 3],
  [LAnd, 2],
  [LOr, 1],
]);

/** Every token type, categories first, in the order Chevrotain's parser vocabulary wants them. */
export const allTokens: TokenType[] = [
  Literal, BinaryOp, AssignOp, UnaryOp, Semicolon,
  Ident, Int, Float, Imag, Rune, String, ExplicitSemi, ImplicitSemi,
  ...Object.values(ops), ...keywordTypes.values(),
];

/**
 * The spec's semicolon rule: a newline (or EOF) after one of these tokens ends the statement.
 * Indexed by tokenTypeIdx.
 */
export const endsStatement: ReadonlySet<TokenType> = new Set([
  Ident, Int, Float, Imag, Rune, String, Break, Continue, Fallthrough, Return, Inc, Dec, RParen, RBrack, RBrace,
]);
