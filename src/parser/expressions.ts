// Expressions (spec "Expressions"): operands, primary expressions, unary and binary expressions,
// composite literals, argument lists.
//
// Design
//   As in gc, a type is an expression wherever an expression may appear: `[]int{1}`, `[]byte(s)`,
//   `map[string]int{}`, `*T`, `func(int) bool`, `chan int` and `struct{}` are all parsed here by
//   `operand`, which hands the type keywords to the type parser. The checker sorts types from
//   values.
//
//   Binary expressions are read as a flat list of unary operands and operators, and precedence is
//   applied afterwards with an operator stack (`binaryExpr`), so an operand costs one call
//   however many precedence levels the grammar has.
//
//   `T{` starts a composite literal only where gc allows it: always for literal types
//   (`[]T{`, `map[K]V{`, `struct{...}{`), and for a type name (`T{`, `pkg.T{`, `G[int]{`) only
//   when `xnest >= 0`, i.e. not at the top level of an if/for/switch header, where `{` opens the
//   block. Parentheses, brackets and braces raise `xnest`, which is how `if x == (T{}) {` works.
import type * as ast from './ast.js';
import { K, ParserBase, isLiteral, litKind, precOf } from './base.js';
import { exprString } from './printer.js';

export abstract class ExprParser extends ParserBase {
  protected ident(): ast.Ident {
    const t = this.tok;
    if (this.tt === K.Ident) {
      this.next();
      return { kind: 'Ident', line: t.startLine!, col: t.startColumn!, name: t.image };
    }
    const n: ast.Ident = { kind: 'Ident', line: this.line, col: this.col, name: '_' };
    this.syntaxError('expecting name');
    this.advance();
    return n;
  }

  protected nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(K.Comma)) l.push(this.ident());
    return l;
  }

  protected badExpr(): ast.BadExpr {
    return { kind: 'BadExpr', line: this.line, col: this.col };
  }

  /** A literal token, or null (gc's oliteral). */
  protected oliteral(): ast.BasicLit | null {
    if (isLiteral[this.tt]) {
      const t = this.tok;
      this.next();
      return { kind: 'BasicLit', line: t.startLine!, col: t.startColumn!, litKind: litKind(t.tokenTypeIdx), value: t.image };
    }
    return null;
  }

  // Not a Chevrotain rule: it is the hottest production, and a rule invocation costs several calls.
  protected expr = (): ast.Expr => this.binaryExpr(null);

  protected exprList = (): ast.Expr[] => {
    const list = [this.expr()];
    while (this.got(K.Comma)) list.push(this.expr());
    return list;
  };

  /**
   * A binary expression whose first operand may already be parsed (x). Operands and operators are
   * collected left to right; precedence and left associativity are applied with a stack.
   */
  protected binaryExpr = (x: ast.Expr | null): ast.Expr => {
    if (x === null) x = this.unaryExpr();
    if (precOf[this.tt] === 0) return x;
    const operands: ast.Expr[] = [x];
    const ops: { op: ast.BinaryOp; prec: number; line: number; col: number }[] = [];
    const reduce = (): void => {
      const o = ops.pop()!;
      const y = operands.pop()!;
      const l = operands.pop()!;
      operands.push({ kind: 'BinaryExpr', line: o.line, col: o.col, op: o.op, x: l, y });
    };
    for (let prec = precOf[this.tt]!; prec > 0; prec = precOf[this.tt]!) {
      const t = this.tok;
      while (ops.length > 0 && ops[ops.length - 1]!.prec >= prec) reduce();
      ops.push({ op: t.image as ast.BinaryOp, prec, line: t.startLine!, col: t.startColumn! });
      this.next();
      operands.push(this.unaryExpr());
    }
    while (ops.length > 0) reduce();
    return operands[0]!;
  };

  protected unaryExpr(): ast.Expr {
    const t = this.tok;
    switch (this.tt) {
      case K.Mul: {
        this.next();
        return { kind: 'StarExpr', line: t.startLine!, col: t.startColumn!, x: this.unaryExpr() };
      }
      case K.Add: case K.Sub: case K.Not: case K.Xor: case K.Tilde: {
        this.next();
        return { kind: 'UnaryExpr', line: t.startLine!, col: t.startColumn!, op: t.image as ast.UnaryOp, x: this.unaryExpr() };
      }
      case K.And: {
        this.next();
        // &(x) is &x: the parentheses are dropped, as gc does, so &T{} checks alike either way.
        return { kind: 'UnaryExpr', line: t.startLine!, col: t.startColumn!, op: '&', x: unparen(this.unaryExpr()) };
      }
      case K.Arrow: {
        this.next();
        const x = this.unaryExpr();
        if (x.kind === 'ChanType') {
          // <-chan T: the arrow belongs to the channel type; `<-` binds to the leftmost `chan`.
          let dir: ast.ChanDir = 'send';
          let c: ast.Expr = x;
          while (dir === 'send') {
            if (c.kind !== 'ChanType') break;
            dir = c.dir;
            if (dir === 'recv') this.syntaxError('unexpected <-, expecting chan');
            c.dir = 'recv';
            c = c.value;
          }
          if (dir === 'send') this.syntaxError(`unexpected ${exprString(c)}, expecting chan`);
          return x;
        }
        return { kind: 'UnaryExpr', line: t.startLine!, col: t.startColumn!, op: '<-', x };
      }
    }
    return this.pexpr(null, true);
  }

  protected operand(keepParens: boolean): ast.Expr {
    const t = this.tok;
    switch (this.tt) {
      case K.Ident:
        this.next();
        return { kind: 'Ident', line: t.startLine!, col: t.startColumn!, name: t.image };
      case K.Int: case K.Float: case K.Imag: case K.Rune: case K.String:
        this.next();
        return { kind: 'BasicLit', line: t.startLine!, col: t.startColumn!, litKind: litKind(t.tokenTypeIdx), value: t.image };
      case K.LParen: {
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(K.RParen);
        if (this.tt === K.LBrace) keepParens = true;
        if (keepParens) return { kind: 'ParenExpr', line: t.startLine!, col: t.startColumn!, x };
        return x;
      }
      case K.Func: {
        this.next();
        const ftyp = this.funcType('function type');
        if (this.tt === K.LBrace) {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: 'FuncLit', line: t.startLine!, col: t.startColumn!, type: ftyp, body };
        }
        return ftyp;
      }
      case K.LBrack: case K.Chan: case K.Map: case K.Struct: case K.Interface:
        return this.type_();
      default: {
        const x = this.badExpr();
        this.syntaxError('expecting expression');
        this.advance(K.RParen, K.RBrack, K.RBrace);
        return x;
      }
    }
  }

  /** Primary expressions: an operand followed by selectors, indices, slices, calls, assertions, literals. */
  protected pexpr = (x: ast.Expr | null, keepParens: boolean): ast.Expr => {
    if (x === null) x = this.operand(keepParens);
    for (;;) {
      const t = this.tok;
      const line = t.startLine!;
      const col = t.startColumn!;
      switch (this.tt) {
        case K.Period: {
          this.next();
          if (this.tt === K.Ident) {
            x = { kind: 'SelectorExpr', line, col, x, sel: this.ident() };
          } else if (this.tt === K.LParen) {
            this.next();
            if (this.got(K.Type)) {
              x = { kind: 'TypeAssertExpr', line, col, x, type: null };
            } else {
              x = { kind: 'TypeAssertExpr', line, col, x, type: this.type_() };
            }
            this.want(K.RParen);
          } else {
            this.syntaxError('expecting name or (');
            this.advance(K.ExplicitSemi, K.ImplicitSemi, K.RParen);
          }
          break;
        }
        case K.LBrack: {
          this.next();
          if (this.tt === K.RBrack) {
            this.syntaxError('expecting operand');
            this.next();
            break;
          }
          let i: ast.Expr | null = null;
          if (this.tt !== K.Colon) {
            const { list, comma } = this.typeList();
            if (comma || this.tt === K.RBrack) {
              this.want(K.RBrack);
              x = list.length === 1
                ? { kind: 'IndexExpr', line, col, x, index: list[0]! }
                : { kind: 'IndexListExpr', line, col, x, indices: list };
              break;
            }
            i = list[0]!;
          }
          if (!this.got(K.Colon)) {
            this.syntaxError('expecting comma, : or ]');
            this.advance(K.Comma, K.Colon, K.RBrack);
          }
          this.xnest++;
          const s: ast.SliceExpr = { kind: 'SliceExpr', line, col, x, low: i, high: null, max: null, slice3: false };
          if (this.tt !== K.Colon && this.tt !== K.RBrack) s.high = this.expr();
          if (this.tt === K.Colon) {
            s.slice3 = true;
            if (s.high === null) {
              this.error('middle index required in 3-index slice');
              s.high = this.badExpr();
            }
            this.next();
            if (this.tt !== K.RBrack) {
              s.max = this.expr();
            } else {
              this.error('final index required in 3-index slice');
              s.max = this.badExpr();
            }
          }
          this.xnest--;
          this.want(K.RBrack);
          x = s;
          break;
        }
        case K.LParen: {
          this.next();
          x = this.argList(x, line, col);
          break;
        }
        case K.LBrace: {
          const u = unparen(x);
          let ok = false;
          switch (u.kind) {
            case 'Ident': case 'SelectorExpr':
              ok = this.xnest >= 0;
              break;
            case 'IndexExpr': case 'IndexListExpr':
              ok = this.xnest >= 0 && !isValue(u);
              break;
            case 'ArrayType': case 'StructType': case 'MapType':
              ok = true;
              break;
          }
          if (!ok) return x;
          if (u !== x) this.syntaxError('cannot parenthesize type in composite literal');
          const lit = this.complitexpr();
          lit.type = x;
          x = lit;
          break;
        }
        default:
          return x;
      }
    }
  };

  /** An element of a composite literal: a nested literal with elided type, or an expression. */
  private bareComplitexpr(): ast.Expr {
    if (this.tt === K.LBrace) return this.complitexpr();
    return this.expr();
  }

  protected complitexpr = this.rule('CompositeLit', (): ast.CompositeLit => {
    const x: ast.CompositeLit = { kind: 'CompositeLit', line: this.line, col: this.col, type: null, elts: [], rbraceLine: 0, rbraceCol: 0 };
    this.xnest++;
    this.want(K.LBrace);
    const end = this.list('composite literal', K.Comma, K.RBrace, () => {
      let e = this.bareComplitexpr();
      if (this.tt === K.Colon) {
        const line = this.line;
        const col = this.col;
        this.next();
        e = { kind: 'KeyValueExpr', line, col, key: e, value: this.bareComplitexpr() };
      }
      x.elts.push(e);
      return false;
    });
    x.rbraceLine = end.line;
    x.rbraceCol = end.col;
    this.xnest--;
    return x;
  });

  /** The arguments of a call of fun; the '(' at (line, col) has been consumed. */
  protected argList = this.rule('Arguments', (fun: ast.Expr, line: number, col: number): ast.CallExpr => {
    const call: ast.CallExpr = { kind: 'CallExpr', line, col, fun, args: [], hasEllipsis: false, rparenLine: 0, rparenCol: 0 };
    this.xnest++;
    const end = this.list('argument list', K.Comma, K.RParen, () => {
      call.args.push(this.expr());
      call.hasEllipsis = this.got(K.Ellipsis);
      return call.hasEllipsis;
    });
    this.xnest--;
    call.rparenLine = end.line;
    call.rparenCol = end.col;
    return call;
  });

  /** An index or a list of type arguments; `comma` tells whether a comma was seen. */
  protected typeList(): { list: ast.Expr[]; comma: boolean } {
    this.xnest++;
    const list = [this.expr()];
    let comma = false;
    if (this.got(K.Comma)) {
      comma = true;
      let t = this.typeOrNil();
      if (t !== null) {
        list.push(t);
        while (this.got(K.Comma)) {
          if ((t = this.typeOrNil()) === null) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    return { list, comma };
  }
}

export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** Whether x is certainly a value, not a type (gc's isValue): decides `a[i]{` in headers. */
export function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr':
    case 'CallExpr': case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || isValue(x.index);
    case 'IndexListExpr':
      return isValue(x.x);
    default:
      return false;
  }
}
