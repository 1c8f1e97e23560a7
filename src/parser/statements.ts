// Statements (spec "Statements"): blocks, simple statements, if/for/switch/select, labels,
// go/defer, branches.
//
// Design
//   A simple statement is parsed as gc parses it: an expression list first, then the next token
//   decides (`=`, `:=`, `op=`, `++`, `<-`, `:` for a label, or nothing: an expression statement).
//   The headers of if, for and switch share `header`, which parses `init; cond; post` with
//   `xnest = -1` so that `{` ends the header rather than starting a composite literal, and which
//   reports gc's header errors ("missing condition in if statement", "cannot use x := 1 as
//   value", "cannot declare in post statement of for loop", ...). A `for` header whose first
//   simple statement is a range clause becomes a RangeStmt; a `switch` header whose guard is
//   `x.(type)` or `v := x.(type)` becomes a TypeSwitchStmt.
import type * as ast from './ast.js';
import { K, Semi, isAssignOp as isAssignOpTable, tokstring } from './base.js';
import { exprListString, exprString, stmtString } from './printer.js';
import { TypeParser } from './types.js';
import { unparen } from './expressions.js';
import { checkBranches } from './branches.js';

/** A range clause `[lhs (=|:=)] range x` while its for statement is being parsed. */
interface RangeClause {
  kind: 'RangeClause';
  line: number;
  col: number;
  lhs: ast.Expr[] | null;
  def: boolean;
  x: ast.Expr;
}

type SimpleStmt = ast.Stmt | RangeClause;

interface Header {
  init: SimpleStmt | null;
  cond: ast.Expr | null;
  /** The statement the condition came from (for a type switch guard). */
  condStmt: ast.Stmt | null;
  post: ast.Stmt | null;
}

export abstract class StmtParser extends TypeParser {
  protected abstract declGroup(keyword: number): ast.GenDecl;

  /** Count of labels and branch statements parsed: bodies without any need no branch check. */
  private branches = 0;

  protected funcBody = (): ast.BlockStmt => {
    this.fnest++;
    const errcnt = this.errcnt;
    const branches = this.branches;
    const body = this.blockStmt('');
    this.fnest--;
    if (errcnt === this.errcnt && this.branches !== branches) {
      for (const d of checkBranches(body, this.file)) this.errorAt(d.line, d.col, d.msg);
    }
    return body;
  };

  protected blockStmt = this.rule('Block', (context: string): ast.BlockStmt => {
    const s: ast.BlockStmt = { kind: 'BlockStmt', line: this.line, col: this.col, list: [], rbraceLine: 0, rbraceCol: 0 };
    if (!this.got(K.LBrace)) {
      this.syntaxError('expecting { after ' + context);
      this.advance(K.Ident, K.RBrace);
      s.rbraceLine = this.line;
      s.rbraceCol = this.col;
      if (this.got(K.RBrace)) return s;
    }
    s.list = this.stmtList();
    s.rbraceLine = this.line;
    s.rbraceCol = this.col;
    this.want(K.RBrace);
    return s;
  });

  protected stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = [];
    for (;;) {
      const k = this.tt;
      if (k === K.EOF || k === K.RBrace || k === K.Case || k === K.Default) break;
      const s = this.stmtOrNil();
      if (s === null) break;
      l.push(s);
      if (!this.gotSemi() && this.tt !== K.RBrace) {
        this.syntaxError('at end of statement');
        this.advance(Semi, K.RBrace, K.Case, K.Default);
        this.gotSemi();
      }
    }
    return l;
  }

  protected stmtOrNil = this.rule('Statement', (): ast.Stmt | null => {
    const t = this.tok;
    const line = t.startLine!;
    const col = t.startColumn!;
    switch (this.tt) {
      case K.Ident: {
        const lhs = this.exprList();
        if (lhs.length === 1 && lhs[0]!.kind === 'Ident' && this.tt === K.Colon) {
          this.branches++;
          return this.labeledStmtOrNil(lhs[0]);
        }
        return this.simpleStmt(lhs, 0) as ast.Stmt;
      }
      case K.Var:
        return this.declStmt(K.Var);
      case K.Const:
        return this.declStmt(K.Const);
      case K.Type:
        return this.declStmt(K.Type);
      case K.LBrace:
        return this.blockStmt('');
      case K.Add: case K.Sub: case K.Mul: case K.And: case K.Xor: case K.Not:
      case K.Int: case K.Float: case K.Imag: case K.Rune: case K.String:
      case K.Func: case K.LParen: case K.LBrack: case K.Struct: case K.Map: case K.Chan: case K.Interface:
      case K.Arrow:
        return this.simpleStmt(null, 0) as ast.Stmt;
      case K.For:
        return this.forStmt();
      case K.Switch:
        return this.switchStmt();
      case K.Select:
        return this.selectStmt();
      case K.If:
        return this.ifStmt();
      case K.Fallthrough:
        this.branches++;
        this.next();
        return { kind: 'BranchStmt', line, col, tok: 'fallthrough', label: null };
      case K.Break: case K.Continue: {
        this.branches++;
        this.next();
        const label = this.tt === K.Ident ? this.ident() : null;
        return { kind: 'BranchStmt', line, col, tok: t.image as 'break' | 'continue', label };
      }
      case K.Go: case K.Defer:
        return this.callStmt();
      case K.Goto:
        this.branches++;
        this.next();
        return { kind: 'BranchStmt', line, col, tok: 'goto', label: this.ident() };
      case K.Return: {
        this.next();
        let results: ast.Expr[] = [];
        if (!this.isSemi() && this.tt !== K.RBrace) results = this.exprList();
        return { kind: 'ReturnStmt', line, col, results };
      }
      case K.ExplicitSemi: case K.ImplicitSemi:
        return { kind: 'EmptyStmt', line, col, implicit: this.tt === K.ImplicitSemi };
    }
    return null;
  });

  private declStmt(keyword: number): ast.DeclStmt {
    const line = this.line;
    const col = this.col;
    return { kind: 'DeclStmt', line, col, decl: this.declGroup(keyword) };
  }

  private labeledStmtOrNil(label: ast.Ident): ast.Stmt | null {
    const line = this.line;
    const col = this.col;
    this.want(K.Colon);
    if (this.tt === K.RBrace) {
      return { kind: 'LabeledStmt', line, col, label, stmt: { kind: 'EmptyStmt', line: this.line, col: this.col, implicit: true } };
    }
    const stmt = this.stmtOrNil();
    if (stmt !== null) return { kind: 'LabeledStmt', line, col, label, stmt };
    this.syntaxErrorAt(line, col, 'missing statement after label');
    return null;
  }

  private callStmt(): ast.GoStmt | ast.DeferStmt {
    const line = this.line;
    const col = this.col;
    const isGo = this.tt === K.Go;
    const word = isGo ? 'go' : 'defer';
    this.next();
    let x = this.pexpr(null, this.tt === K.LParen);
    const u = unparen(x);
    if (u !== x) {
      this.errorAt(x.line, x.col, `expression in ${word} must not be parenthesized`);
      x = u;
    }
    let call: ast.CallExpr;
    if (x.kind === 'CallExpr') {
      call = x;
    } else {
      this.errorAt(x.line, x.col, `expression in ${word} must be function call`);
      call = { kind: 'CallExpr', line: x.line, col: x.col, fun: x, args: [], hasEllipsis: false, rparenLine: x.line, rparenCol: x.col };
    }
    return isGo ? { kind: 'GoStmt', line, col, call } : { kind: 'DeferStmt', line, col, call };
  }

  /**
   * A simple statement; lhs is an expression list already parsed, or null. keyword is For when a
   * range clause may appear, Switch when a type switch guard may, else 0.
   */
  protected simpleStmt = this.rule('SimpleStmt', (lhs: ast.Expr[] | null, keyword: number): SimpleStmt => {
    if (keyword === K.For && this.tt === K.Range) return this.rangeClause(null, false);
    if (lhs === null) lhs = this.exprList();
    const t = this.tok;
    const line = t.startLine!;
    const col = t.startColumn!;
    if (lhs.length === 1 && this.tt !== K.Assign && this.tt !== K.Define) {
      const x = lhs[0]!;
      switch (this.tt) {
        case K.Inc: case K.Dec:
          this.next();
          return { kind: 'IncDecStmt', line, col, x, tok: t.image as '++' | '--' };
        case K.Arrow:
          this.next();
          return { kind: 'SendStmt', line, col, chan: x, value: this.expr() };
        default:
          if (this.isAssignOpTok()) {
            this.next();
            return { kind: 'AssignStmt', line, col, lhs, tok: t.image as ast.AssignTok, rhs: [this.expr()] };
          }
          return { kind: 'ExprStmt', line: x.line, col: x.col, x };
      }
    }
    if (this.tt === K.Assign || this.tt === K.Define) {
      const def = this.tt === K.Define;
      this.next();
      if (keyword === K.For && this.tt === K.Range) return this.rangeClause(lhs, def);
      const rhs = this.exprList();
      return { kind: 'AssignStmt', line, col, lhs, tok: def ? ':=' : '=', rhs };
    }
    this.syntaxError('expecting := or = or comma');
    this.advance(Semi, K.RBrace);
    const x = lhs[0]!;
    return { kind: 'ExprStmt', line: x.line, col: x.col, x };
  });

  private rangeClause(lhs: ast.Expr[] | null, def: boolean): RangeClause {
    const line = this.line;
    const col = this.col;
    this.next();
    return { kind: 'RangeClause', line, col, lhs, def, x: this.expr() };
  }

  /** The header of an if, for or switch statement, from its keyword up to the '{'. */
  private header(keyword: number): Header {
    const h: Header = { init: null, cond: null, condStmt: null, post: null };
    this.want(keyword);
    if (this.tt === K.LBrace) {
      if (keyword === K.If) {
        this.syntaxError('missing condition in if statement');
        h.cond = this.badExpr();
      }
      return h;
    }
    const outer = this.xnest;
    this.xnest = -1;

    if (!this.isSemi()) {
      if (this.got(K.Var)) this.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
      h.init = this.simpleStmt(null, keyword);
      if (h.init.kind === 'RangeClause') {
        this.xnest = outer;
        return h;
      }
    }

    let condStmt: SimpleStmt | null = null;
    let semi: { line: number; col: number; lit: string } | null = null;
    done: if (this.tt !== K.LBrace) {
      if (this.isSemi()) {
        semi = { line: this.line, col: this.col, lit: this.tt === K.ExplicitSemi ? 'semicolon' : this.tok.image };
        this.next();
      } else {
        this.want(K.LBrace);
        if (this.tt !== K.LBrace) this.advance(K.LBrace, K.RBrace);
      }
      if (keyword === K.For) {
        if (!this.isSemi()) {
          if (this.tt === K.LBrace) {
            this.syntaxError('expecting for loop condition');
            break done;
          }
          condStmt = this.simpleStmt(null, 0);
        }
        this.want(Semi);
        if (this.tt !== K.LBrace) {
          const post = this.simpleStmt(null, 0) as ast.Stmt;
          h.post = post;
          if (post.kind === 'AssignStmt' && post.tok === ':=') {
            this.syntaxErrorAt(post.line, post.col, 'cannot declare in post statement of for loop');
          }
        }
      } else if (this.tt !== K.LBrace) {
        condStmt = this.simpleStmt(null, keyword);
      }
    } else {
      condStmt = h.init;
      h.init = null;
    }

    if (condStmt === null) {
      if (keyword === K.If && semi !== null) {
        if (semi.lit !== 'semicolon') {
          this.syntaxErrorAt(semi.line, semi.col, `unexpected ${semi.lit}, expecting { after if clause`);
        } else {
          this.syntaxErrorAt(semi.line, semi.col, 'missing condition in if statement');
        }
        h.cond = { kind: 'BadExpr', line: semi.line, col: semi.col };
      }
    } else if (condStmt.kind === 'ExprStmt') {
      h.cond = condStmt.x;
      h.condStmt = condStmt;
    } else if (keyword === K.Switch && isTypeSwitchGuard(condStmt)) {
      h.cond = condStmt.rhs[0]!;
      h.condStmt = condStmt;
    } else {
      let str: string;
      if (condStmt.kind === 'AssignStmt' && condStmt.tok === '=') {
        str = `assignment (${exprListString(condStmt.lhs)}) = (${exprListString(condStmt.rhs)})`;
      } else if (condStmt.kind === 'RangeClause') {
        str = 'range ' + exprString(condStmt.x);
      } else {
        str = stmtString(condStmt);
      }
      this.syntaxErrorAt(condStmt.line, condStmt.col, `cannot use ${str} as value`);
    }
    this.xnest = outer;
    return h;
  }

  protected ifStmt = this.rule('IfStmt', (): ast.IfStmt => {
    const line = this.line;
    const col = this.col;
    const h = this.header(K.If);
    const body = this.blockStmt('if clause');
    let els: ast.Stmt | null = null;
    if (this.got(K.Else)) {
      if (this.tt === K.If) {
        els = this.ifStmt();
      } else if (this.tt === K.LBrace) {
        els = this.blockStmt('');
      } else {
        this.syntaxError('else must be followed by if or statement block');
        this.advance(K.Ident, K.RBrace);
      }
    }
    return { kind: 'IfStmt', line, col, init: h.init as ast.Stmt | null, cond: h.cond ?? { kind: 'BadExpr', line, col }, body, else: els };
  });

  protected forStmt = this.rule('ForStmt', (): ast.ForStmt | ast.RangeStmt => {
    const line = this.line;
    const col = this.col;
    const h = this.header(K.For);
    const body = this.blockStmt('for clause');
    const init = h.init;
    if (init !== null && init.kind === 'RangeClause') {
      const lhs = init.lhs ?? [];
      return {
        kind: 'RangeStmt', line, col,
        key: lhs[0] ?? null, value: lhs[1] ?? null, extra: lhs[2] ?? null,
        tok: init.lhs === null ? null : init.def ? ':=' : '=',
        x: init.x, body, rangeLine: init.line, rangeCol: init.col,
      };
    }
    return { kind: 'ForStmt', line, col, init, cond: h.cond, post: h.post, body };
  });

  protected switchStmt = this.rule('SwitchStmt', (): ast.SwitchStmt | ast.TypeSwitchStmt => {
    const line = this.line;
    const col = this.col;
    const h = this.header(K.Switch);
    if (!this.got(K.LBrace)) {
      this.syntaxError('missing { after switch clause');
      this.advance(K.Case, K.Default, K.RBrace);
    }
    const body: ast.CaseClause[] = [];
    while (this.tt !== K.EOF && this.tt !== K.RBrace) body.push(this.caseClause());
    const rbraceLine = this.line;
    const rbraceCol = this.col;
    this.want(K.RBrace);
    const init = h.init as ast.Stmt | null;
    const cs = h.condStmt;
    if (cs !== null && ((cs.kind === 'ExprStmt' && cs.x.kind === 'TypeAssertExpr' && cs.x.type === null) ||
      (cs.kind === 'AssignStmt'))) {
      return { kind: 'TypeSwitchStmt', line, col, init, assign: cs as ast.ExprStmt | ast.AssignStmt, body, rbraceLine, rbraceCol };
    }
    return { kind: 'SwitchStmt', line, col, init, tag: h.cond, body, rbraceLine, rbraceCol };
  });

  protected selectStmt = this.rule('SelectStmt', (): ast.SelectStmt => {
    const line = this.line;
    const col = this.col;
    this.want(K.Select);
    if (!this.got(K.LBrace)) {
      this.syntaxError('missing { after select clause');
      this.advance(K.Case, K.Default, K.RBrace);
    }
    const body: ast.CommClause[] = [];
    while (this.tt !== K.EOF && this.tt !== K.RBrace) body.push(this.commClause());
    const rbraceLine = this.line;
    const rbraceCol = this.col;
    this.want(K.RBrace);
    return { kind: 'SelectStmt', line, col, body, rbraceLine, rbraceCol };
  });

  private caseClause = this.rule('CaseClause', (): ast.CaseClause => {
    const line = this.line;
    const col = this.col;
    let list: ast.Expr[] | null = null;
    if (this.tt === K.Case) {
      this.next();
      list = this.exprList();
    } else if (this.tt === K.Default) {
      this.next();
    } else {
      this.syntaxError('expecting case or default or }');
      this.advance(K.Colon, K.Case, K.Default, K.RBrace);
    }
    const colonLine = this.line;
    const colonCol = this.col;
    this.want(K.Colon);
    return { kind: 'CaseClause', line, col, list, body: this.stmtList(), colonLine, colonCol };
  });

  private commClause = this.rule('CommClause', (): ast.CommClause => {
    const line = this.line;
    const col = this.col;
    let comm: ast.Stmt | null = null;
    if (this.tt === K.Case) {
      this.next();
      comm = this.simpleStmt(null, 0) as ast.Stmt;
    } else if (this.tt === K.Default) {
      this.next();
    } else {
      this.syntaxError('expecting case or default or }');
      this.advance(K.Colon, K.Case, K.Default, K.RBrace);
    }
    const colonLine = this.line;
    const colonCol = this.col;
    this.want(K.Colon);
    return { kind: 'CommClause', line, col, comm, body: this.stmtList(), colonLine, colonCol };
  });

  private isAssignOpTok(): boolean {
    return isAssignOpTable[this.tt] === 1;
  }
}

/** `v := x.(type)`: the guard of a type switch that declares a variable. */
function isTypeSwitchGuard(s: SimpleStmt): s is ast.AssignStmt {
  return s.kind === 'AssignStmt' && s.tok === ':=' && s.lhs.length === 1 && s.lhs[0]!.kind === 'Ident' &&
    s.rhs.length === 1 && s.rhs[0]!.kind === 'TypeAssertExpr' && s.rhs[0]!.type === null;
}
