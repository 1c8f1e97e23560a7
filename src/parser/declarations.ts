// Declarations and the source file (spec "Declarations and scope", "Source file organization"),
// and `GoParser`, the complete parser.
//
// Design
//   A source file is `package` clause, imports, then top-level declarations, each ended by a
//   semicolon. Anything else at the top level is "non-declaration statement outside function
//   body", after which parsing resumes at the next const/type/var/func keyword, as in gc.
//
//   `type T[...]` is the one place where one token of lookahead does not decide: `type A [N]int`
//   is an array type, `type T[P any] struct{}` a generic type. As gc does, the bracket's content
//   is parsed as an expression and then inspected (`extractName`): `P any`, `P *C`, `P ~int|X`,
//   `P, Q any` make a type parameter list; a lone expression (`N`, `N*M`) is an array length.
import type * as ast from './ast.js';
import { K, Semi, type ParseInput } from './base.js';
import { StmtParser } from './statements.js';

export class GoParser extends StmtParser {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  /** Parse one file. The parser instance is reused: all state is reset here. */
  parse(input: ParseInput): { file: ast.File | null; diagnostics: { file: string; line: number; col: number; msg: string }[] } {
    this.begin(input);
    const file = this.sourceFile();
    return { file, diagnostics: this.diags };
  }

  private sourceFile = this.topRule('SourceFile', (): ast.File | null => {
    const line = this.line;
    const col = this.col;
    if (!this.got(K.Package)) {
      this.syntaxError('package statement must be first');
      return null;
    }
    const name = this.ident();
    this.want(Semi);
    if (this.errcnt > 0 && this.diags.length > 0) return null;
    const f: ast.File = { kind: 'File', line, col, file: this.file, name, imports: [], decls: [], eofLine: 0, eofCol: 0 };

    while (this.tt === K.Import) {
      const d = this.declGroup(K.Import);
      f.decls.push(d);
      for (const s of d.specs) f.imports.push(s as ast.ImportSpec);
      this.want(Semi);
    }

    while (this.tt !== K.EOF) {
      switch (this.tt) {
        case K.Const: case K.Type: case K.Var:
          f.decls.push(this.declGroup(this.tt));
          break;
        case K.Func: {
          this.next();
          const d = this.funcDeclOrNil();
          if (d !== null) f.decls.push(d);
          break;
        }
        default: {
          const last = f.decls[f.decls.length - 1];
          if (this.tt === K.LBrace && last !== undefined && last.kind === 'FuncDecl' && last.body === null) {
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance(K.Const, K.Type, K.Var, K.Func);
          continue;
        }
      }
      if (this.tt !== K.EOF && !this.gotSemi()) {
        this.syntaxError('after top level declaration');
        this.advance(K.Const, K.Type, K.Var, K.Func);
      }
    }
    f.eofLine = this.line;
    f.eofCol = this.col;
    return f;
  });

  /** A declaration introduced by keyword (import, const, type, var): one spec or a group in (). */
  protected declGroup(keyword: number): ast.GenDecl {
    const tok = keyword === K.Import ? 'import' : keyword === K.Const ? 'const' : keyword === K.Type ? 'type' : 'var';
    const d: ast.GenDecl = { kind: 'GenDecl', line: this.line, col: this.col, tok, grouped: false, specs: [] };
    this.next();
    const spec = (): void => {
      let s: ast.Spec | null;
      switch (keyword) {
        case K.Import: s = this.importSpec(); break;
        case K.Const: s = this.constSpec(d.specs.length); break;
        case K.Type: s = this.typeSpec(); break;
        default: s = this.varSpec(); break;
      }
      if (s !== null) d.specs.push(s);
    };
    if (this.tt === K.LParen) {
      d.grouped = true;
      this.next();
      this.list('grouped declaration', Semi, K.RParen, () => {
        spec();
        return false;
      });
    } else {
      spec();
    }
    return d;
  }

  private importSpec = this.rule('ImportSpec', (): ast.ImportSpec | null => {
    const line = this.line;
    const col = this.col;
    let name: ast.Ident | null = null;
    if (this.tt === K.Ident) {
      name = this.ident();
    } else if (this.tt === K.Period) {
      name = { kind: 'Ident', line, col, name: '.' };
      this.next();
    }
    const path = this.oliteral();
    if (path === null) {
      this.syntaxError('missing import path');
      this.advance(Semi, K.RParen);
      return null;
    }
    if (path.litKind !== 'STRING') this.syntaxError('import path must be a string');
    return { kind: 'ImportSpec', line, col, name, path };
  });

  private constSpec = this.rule('ConstSpec', (iota: number): ast.ValueSpec => {
    const line = this.line;
    const col = this.col;
    const names = this.nameList(this.ident());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.tt !== K.EOF && !this.isSemi() && this.tt !== K.RParen) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', line, col, names, type, values, iota };
  });

  private varSpec = this.rule('VarSpec', (): ast.ValueSpec => {
    const line = this.line;
    const col = this.col;
    const names = this.nameList(this.ident());
    let type: ast.Expr | null = null;
    let values: ast.Expr[] = [];
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: 'ValueSpec', line, col, names, type, values, iota: 0 };
  });

  private typeSpec = this.rule('TypeSpec', (): ast.TypeSpec => {
    const line = this.line;
    const col = this.col;
    const name = this.ident();
    const d: ast.TypeSpec = { kind: 'TypeSpec', line, col, name, typeParams: null, assign: false, type: null as unknown as ast.Expr };
    let type: ast.Expr | null = null;
    if (this.tt === K.LBrack) {
      // type T[P C] ... (generic) or type A [N]E (array)
      const bl = this.line;
      const bc = this.col;
      this.next();
      if (this.tt === K.Ident) {
        let x: ast.Expr = this.ident();
        if (this.tt !== K.LBrack) {
          this.xnest++;
          x = this.binaryExpr(this.pexpr(x, false));
          this.xnest--;
        }
        const [pname, ptype] = extractName(x, this.tt === K.Comma);
        if (pname !== null && (ptype !== null || this.tt !== K.RBrack)) {
          d.typeParams = this.paramList(pname, ptype, K.RBrack, true);
          d.assign = this.gotAssign();
          type = this.typeOrNil();
        } else {
          type = this.arrayType(bl, bc, x);
        }
      } else if (this.tt === K.RBrack) {
        this.next();
        type = this.sliceType(bl, bc);
      } else {
        type = this.arrayType(bl, bc, null);
      }
    } else {
      d.assign = this.gotAssign();
      type = this.typeOrNil();
    }
    if (type === null) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(Semi, K.RParen);
    }
    d.type = type;
    return d;
  });

  /** A function or method declaration; `func` has been consumed. */
  private funcDeclOrNil = this.rule('FunctionDecl', (): ast.FuncDecl | null => {
    const line = this.line;
    const col = this.col;
    let recv: ast.Field | null = null;
    if (this.got(K.LParen)) {
      const rcvr = this.paramList(null, null, K.RParen, false);
      let n = 0;
      for (const f of rcvr) n += Math.max(1, f.names.length);
      if (n === 0) {
        this.error('method has no receiver');
      } else {
        if (n > 1) this.error('method has multiple receivers');
        recv = rcvr[0]!;
      }
    }
    if (this.tt !== K.Ident) {
      this.syntaxError('expecting name or (');
      this.advance(K.LBrace, Semi);
      return null;
    }
    const name = this.ident();
    const type = this.funcType(recv !== null ? 'method' : '');
    const body = this.tt === K.LBrace ? this.funcBody() : null;
    return { kind: 'FuncDecl', line, col, recv, name, typeParams: type.typeParams, type, body, pragmas: [] };
  });
}

/**
 * In `type T[x ...`, whether x is `P C` (a type parameter P with constraint C) read as an
 * expression: `P *C` parses as a multiplication, `P *C | D` as an or, `P C` never reaches here as
 * one expression but `P(C)` does as a call. Returns [name, constraint] or [null, x]. force: a
 * comma follows, so x must be a parameter if it can be one.
 */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | null, ast.Expr | null] {
  switch (x.kind) {
    case 'Ident':
      return [x, null];
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          return [x.x, { kind: 'StarExpr', line: x.line, col: x.col, x: x.y }];
        }
      } else if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name !== null && lhs !== null) return [name, { ...x, x: lhs }];
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && !x.hasEllipsis && (force || isTypeElem(x.args[0]!))) {
        return [x.fun, x.args[0]!];
      }
      break;
  }
  return [null, x];
}

/** Whether x contains a type literal or a `~` term, i.e. can only be a constraint. */
function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === '~' || isTypeElem(x.x);
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}
