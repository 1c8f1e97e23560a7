// The parser's foundation: the token cursor, gc's error reporting and recovery, and the list helper.
//
// Design
//   The Go parser is a Chevrotain `EmbeddedActionsParser` split over a chain of classes, one per
//   part of the grammar, each file reading like the corresponding part of the spec:
//
//     ParserBase (this file)  token cursor, errors, `advance`, `list`
//       → ExprParser          expressions.ts   operands, primary expressions, binary expressions
//       → TypeParser          types.ts         types, parameter lists, struct and interface types
//       → StmtParser          statements.ts    statements and the if/for/switch headers
//       → GoParser            declarations.ts  declarations, the source file, `performSelfAnalysis`
//
//   Mutually recursive productions of later classes are declared `abstract` here.
//
//   Decisions are gc's: one token of lookahead, tested on the token's `tokenTypeIdx` (a small
//   integer) against tables built once from the token vocabulary. Go's grammar is not LL(k) in the
//   places that matter (a type and an expression look alike; `T{` is a composite literal or a
//   block; `[N]` is an array length or a type parameter list), and gc resolves them with context
//   it carries along (`xnest`, the keyword of the enclosing header) rather than with more
//   lookahead. Chevrotain's OR/MANY compute their lookahead from the grammar alone and cannot see
//   that context, so the productions are registered as Chevrotain rules (`rule`), which gives them
//   Chevrotain's rule stack and invocation protocol, and their bodies make gc's decisions directly.
//   The recording phase of `performSelfAnalysis` therefore records rule names only: rule bodies
//   do not run while `RECORDING_PHASE` is set.
//
// Errors
//   Syntax errors are gc's, word for word: `syntaxErrorAt` adds gc's "unexpected <token>" prefix
//   in the same cases, and recovery is gc's too: `want` reports and skips one token, `advance`
//   skips to a follow token (or to a statement keyword inside a function), `list` reports
//   "possibly missing comma or )" and resynchronises at a closing bracket. Nothing is thrown; the
//   parse always runs to the end of the file, so every error gc reports is reported, in gc's order.
//   The one-syntax-error-per-line rule is applied by `index.ts`, as gc's error printer does.
import { EmbeddedActionsParser, EOF, type IToken } from '../lexer/chevrotain.js';
import * as T from '../lexer/tokens.js';
import type { Diagnostic } from '../diagnostics.js';
import type * as ast from './ast.js';

// ---------------------------------------------------------------------------------------------
// Token kinds: tokenTypeIdx of every token type the grammar tests.

const idx = (t: { tokenTypeIdx?: number }): number => t.tokenTypeIdx!;

export const K = {
  EOF: idx(EOF),
  Ident: idx(T.Ident), Int: idx(T.Int), Float: idx(T.Float), Imag: idx(T.Imag), Rune: idx(T.Rune),
  String: idx(T.String), ExplicitSemi: idx(T.ExplicitSemi), ImplicitSemi: idx(T.ImplicitSemi),
  Add: idx(T.Add), Sub: idx(T.Sub), Mul: idx(T.Mul), And: idx(T.And), Or: idx(T.Or), Xor: idx(T.Xor),
  Not: idx(T.Not), Tilde: idx(T.Tilde), Arrow: idx(T.Arrow), Inc: idx(T.Inc), Dec: idx(T.Dec),
  Assign: idx(T.Assign), Define: idx(T.Define), Ellipsis: idx(T.Ellipsis),
  LParen: idx(T.LParen), LBrack: idx(T.LBrack), LBrace: idx(T.LBrace), Comma: idx(T.Comma),
  Period: idx(T.Period), RParen: idx(T.RParen), RBrack: idx(T.RBrack), RBrace: idx(T.RBrace),
  Colon: idx(T.Colon),
  Break: idx(T.Break), Case: idx(T.Case), Chan: idx(T.Chan), Const: idx(T.Const),
  Continue: idx(T.Continue), Default: idx(T.Default), Defer: idx(T.Defer), Else: idx(T.Else),
  Fallthrough: idx(T.Fallthrough), For: idx(T.For), Func: idx(T.Func), Go: idx(T.Go),
  Goto: idx(T.Goto), If: idx(T.If), Import: idx(T.Import), Interface: idx(T.Interface),
  Map: idx(T.Map_), Package: idx(T.Package), Range: idx(T.Range), Return: idx(T.Return),
  Select: idx(T.Select), Struct: idx(T.Struct), Switch: idx(T.Switch), Type: idx(T.Type),
  Var: idx(T.Var),
} as const;

/** A pseudo-kind for `advance`: any binary or unary operator (gc's `_Operator`). */
export const AnyOperator = -1;
/** A pseudo-kind for `advance` and `want`: `;` or an implied semicolon (gc's `_Semi`). */
export const Semi = -2;

const tableSize = Math.max(...T.allTokens.map(idx), K.EOF) + 1;

function table(entries: Iterable<readonly [number, number]>): Uint8Array {
  const t = new Uint8Array(tableSize);
  for (const [k, v] of entries) t[k] = v;
  return t;
}

/** Binary operator precedence by token kind (0: not a binary operator). */
export const precOf: Uint8Array = table([...T.binaryPrecedence].map(([t, p]) => [idx(t), p] as const));
/** 1 for the literal token kinds (gc's `_Literal`). */
export const isLiteral: Uint8Array = table([K.Int, K.Float, K.Imag, K.Rune, K.String].map((k) => [k, 1] as const));
/** 1 for `op=` assignment operators (gc's `_AssignOp`). */
export const isAssignOp: Uint8Array = table(
  T.allTokens.filter((t) => t.CATEGORIES?.includes(T.AssignOp)).map((t) => [idx(t), 1] as const),
);
/** 1 for tokens gc scans as `_Operator` or `_Star`: binary operators, `!`, `~`, `^`. */
const isOperator: Uint8Array = table([
  ...[...T.binaryPrecedence.keys()].map((t) => [idx(t), 1] as const),
  [K.Not, 1], [K.Tilde, 1],
]);
/** Statement keywords at which `advance` stops inside a function body (gc's stopset). */
const isStopKeyword: Uint8Array = table(
  [K.Break, K.Const, K.Continue, K.Defer, K.Fallthrough, K.For, K.Go, K.Goto, K.If, K.Return,
    K.Select, K.Switch, K.Type, K.Var].map((k) => [k, 1] as const),
);

/** The literal kind of a literal token. */
export function litKind(k: number): ast.LitKind {
  switch (k) {
    case K.Int: return 'INT';
    case K.Float: return 'FLOAT';
    case K.Imag: return 'IMAG';
    case K.Rune: return 'CHAR';
    default: return 'STRING';
  }
}

/** How gc 1.19 names the current token after "syntax error: unexpected ". */
export function describe(t: IToken): string {
  const k = t.tokenTypeIdx;
  if (k === K.ImplicitSemi) return t.image; // "newline" or "EOF"
  if (k === K.ExplicitSemi) return 'semicolon';
  if (k === K.EOF) return 'EOF';
  if (k === K.Comma) return 'comma';
  if (isLiteral[k]) return 'literal ' + t.image;
  return t.image;
}

/** How gc names an expected token after "expecting " (gc's tokstring). */
export function tokstring(k: number): string {
  switch (k) {
    case Semi: return 'semicolon or newline';
    case K.Comma: return 'comma';
    case K.Ident: return 'name';
    case K.EOF: return 'EOF';
    case K.Colon: return ':';
    case K.LParen: return '(';
    case K.RParen: return ')';
    case K.LBrack: return '[';
    case K.RBrack: return ']';
    case K.LBrace: return '{';
    case K.RBrace: return '}';
    case K.Assign: return '=';
    case K.Chan: return 'chan';
    case K.Struct: return 'struct';
    case K.Interface: return 'interface';
    case K.Select: return 'select';
    case K.If: return 'if';
    case K.For: return 'for';
    case K.Switch: return 'switch';
    default: {
      const tt = T.allTokens.find((t) => idx(t) === k);
      return tt?.LABEL ?? tt?.name ?? '?';
    }
  }
}

/** The context a parse runs in: the file's name, its source (for the EOF position) and lexer errors. */
export interface ParseInput {
  tokens: IToken[];
  file: string;
  src: string;
  /** How many errors the lexer reported (gc suppresses follow-on errors at EOF after any error). */
  lexErrors: number;
}

// Chevrotain's token-vector cursor step (LexerAdapter.consumeToken), missing from its typings.
export interface ParserBase {
  consumeToken(): void;
}

export abstract class ParserBase extends EmbeddedActionsParser {
  /** The current token (gc's p.tok with its position). */
  protected tok!: IToken;
  /** `this.tok.tokenTypeIdx`. */
  protected tt = 0;
  /**
   * Expression nesting level, gc's `xnest`: < 0 inside an if/for/switch header, where `T{` is not
   * a composite literal unless parenthesised; incremented inside (), [], {} and function literals.
   */
  protected xnest = 0;
  /** Function nesting depth: inside a function body `advance` also stops at statement keywords. */
  protected fnest = 0;
  protected errcnt = 0;
  protected diags: Diagnostic[] = [];
  protected file = '';
  private src = '';
  private tokens: IToken[] = [];
  private eof: ast.Pos | null = null;

  constructor() {
    super(T.allTokens, { recoveryEnabled: false, maxLookahead: 1, skipValidations: true });
  }

  /**
   * Register a production as a Chevrotain rule and return the function that invokes it as a
   * subrule (`SUBRULE`, with its arguments as `ARGS`). The body runs only when parsing, never
   * during Chevrotain's recording phase (see the header comment).
   */
  protected rule<A extends unknown[], R>(name: string, impl: (...args: A) => R): (...args: A) => R {
    const r = this.topRule(name, impl);
    type Any4 = (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => R;
    if (impl.length === 0) return (() => this.SUBRULE(r as unknown as () => R)) as unknown as (...args: A) => R;
    const call: Any4 = (a, b, c, d) => this.SUBRULE(r as unknown as Any4, { ARGS: [a, b, c, d] });
    return call as unknown as (...args: A) => R;
  }

  /** Register a production as a Chevrotain rule invoked at the top level (the source file). */
  protected topRule<A extends unknown[], R>(name: string, impl: (...args: A) => R): (...args: A) => R {
    const self = this;
    const body = function (a?: unknown, b?: unknown, c?: unknown, d?: unknown): R {
      if (self.RECORDING_PHASE) return undefined as R;
      return (impl as unknown as (a?: unknown, b?: unknown, c?: unknown, d?: unknown) => R).call(self, a, b, c, d);
    };
    return this.RULE(name, body as unknown as (...args: A) => R) as unknown as (...args: A) => R;
  }

  protected begin(input: ParseInput): void {
    this.input = input.tokens;
    this.tokens = input.tokens;
    this.file = input.file;
    this.src = input.src;
    this.eof = null;
    this.diags = [];
    this.errcnt = input.lexErrors;
    this.xnest = 0;
    this.fnest = 0;
    this.tok = this.LA(1);
    this.tt = this.tok.tokenTypeIdx;
  }

  // -------------------------------------------------------------------------------------------
  // The cursor

  protected next(): void {
    this.consumeToken();
    this.tok = this.LA(1);
    this.tt = this.tok.tokenTypeIdx;
  }

  protected got(k: number): boolean {
    if (this.tt === k) {
      this.next();
      return true;
    }
    return false;
  }

  protected isSemi(): boolean {
    return this.tt === K.ImplicitSemi || this.tt === K.ExplicitSemi;
  }

  protected gotSemi(): boolean {
    if (this.tt === K.ImplicitSemi || this.tt === K.ExplicitSemi) {
      this.next();
      return true;
    }
    return false;
  }

  /** Consume a token of kind k (or `Semi`), or report "expecting k" and skip one token (gc's want). */
  protected want(k: number): void {
    if (k === Semi ? !this.gotSemi() : !this.got(k)) {
      this.syntaxError('expecting ' + tokstring(k));
      this.advance();
    }
  }

  /** `=`, or `:=` reported as "expecting =" and accepted (gc's gotAssign). */
  protected gotAssign(): boolean {
    if (this.tt === K.Define) {
      this.syntaxError('expecting =');
      this.next();
      return true;
    }
    return this.got(K.Assign);
  }

  protected get line(): number {
    return this.tt === K.EOF ? this.eofPos().line : this.tok.startLine!;
  }

  protected get col(): number {
    return this.tt === K.EOF ? this.eofPos().col : this.tok.startColumn!;
  }

  /** The position just past the last byte of the file. */
  private eofPos(): ast.Pos {
    if (this.eof === null) {
      // The semicolon the lexer inserts at the end of the file sits at the EOF position.
      const toks = this.tokens;
      let n = toks.length;
      while (n > 0 && toks[n - 1]!.tokenTypeIdx === K.EOF) n--;
      const last = toks[n - 1];
      if (last !== undefined && last.tokenTypeIdx === K.ImplicitSemi && last.image === 'EOF') {
        this.eof = { line: last.startLine!, col: last.startColumn! };
        return this.eof;
      }
      // Count the lines after the last token.
      const src = this.src;
      let line = last !== undefined ? last.startLine! : 1;
      const from = last !== undefined ? last.startOffset : 0;
      let start = -1;
      for (let i = src.indexOf('\n', from); i >= 0; i = src.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
      }
      if (start < 0 && last !== undefined) {
        this.eof = { line, col: last.startColumn! + utf8Length(src, from, src.length) };
      } else {
        this.eof = { line, col: utf8Length(src, Math.max(start, 0), src.length) + 1 };
      }
    }
    return this.eof;
  }

  // -------------------------------------------------------------------------------------------
  // Errors and recovery

  protected errorAt(line: number, col: number, msg: string): void {
    this.diags.push({ file: this.file, line, col, msg });
    this.errcnt++;
  }

  protected error(msg: string): void {
    this.errorAt(this.line, this.col, msg);
  }

  /**
   * Report a syntax error at (line, col) in gc's words. A message starting "in ", "at " or
   * "after " becomes "unexpected <tok> <msg>", one starting "expecting " becomes
   * "unexpected <tok>, <msg>", anything else is printed as is.
   */
  protected syntaxErrorAt(line: number, col: number, msg: string): void {
    if (this.tt === K.EOF && this.errcnt > 0) return; // no follow-on errors at EOF
    if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg;
    } else if (msg.startsWith('expecting ')) {
      msg = ', ' + msg;
    } else if (msg !== '') {
      this.errorAt(line, col, 'syntax error: ' + msg);
      return;
    }
    this.errorAt(line, col, 'syntax error: unexpected ' + describe(this.tok) + msg);
  }

  protected syntaxError(msg: string): void {
    this.syntaxErrorAt(this.line, this.col, msg);
  }

  /**
   * Skip tokens until one in `follow` (always stopping at EOF, and inside a function body also at
   * a statement keyword). With no follow tokens, skip exactly one token.
   */
  protected advance(...follow: number[]): void {
    if (follow.length === 0) {
      if (this.tt !== K.EOF) this.next();
      return;
    }
    const stop = this.fnest > 0;
    for (;;) {
      const k = this.tt;
      if (k === K.EOF || (stop && isStopKeyword[k])) return;
      for (const f of follow) {
        if (f === k || (f === Semi && (k === K.ImplicitSemi || k === K.ExplicitSemi)) ||
          (f === AnyOperator && isOperator[k])) {
          return;
        }
      }
      this.next();
    }
  }

  /**
   * A list of elements separated by `sep` and closed by `close` (gc's list): `f` parses one
   * element and returns true to end the list early. Returns the position of the closing token.
   */
  protected list(context: string, sep: number, close: number, f: () => boolean): ast.Pos {
    let done = false;
    while (this.tt !== K.EOF && this.tt !== close && !done) {
      done = f();
      if (!(sep === Semi ? this.gotSemi() : this.got(sep)) && this.tt !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(K.RParen, K.RBrack, K.RBrace);
        if (this.tt !== close) return { line: this.line, col: this.col };
      }
    }
    const pos = { line: this.line, col: this.col };
    this.want(close);
    return pos;
  }

  protected isOperatorTok(): boolean {
    return isOperator[this.tt] === 1;
  }

  protected isStar(): boolean {
    return this.tt === K.Mul;
  }

  // -------------------------------------------------------------------------------------------
  // Productions of later classes (see the header comment).

  protected abstract expr: () => ast.Expr;
  protected abstract exprList: () => ast.Expr[];
  protected abstract binaryExpr: (x: ast.Expr | null) => ast.Expr;
  protected abstract pexpr: (x: ast.Expr | null, keepParens: boolean) => ast.Expr;
  protected abstract type_: () => ast.Expr;
  protected abstract typeOrNil: () => ast.Expr | null;
  protected abstract funcType: (context: string) => ast.FuncType;
  protected abstract funcBody: () => ast.BlockStmt;
}

/** The UTF-8 length of s[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
