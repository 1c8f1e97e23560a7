// Types (spec "Types"): type names and instantiations, array, slice, map, channel, pointer,
// function, struct and interface types, and parameter lists, including type parameter lists.
//
// Design
//   `typeOrNil` returns null when the current token cannot start a type, so callers decide what
//   is missing and say it in gc's words ("expecting type", "missing channel element type",
//   "... is missing type").
//
//   Parameter lists are parsed as gc parses them: first a list of entries, each a name, a type,
//   or a name followed by a type, because `func(a, b int)`, `func(int, string)`, `func(a []int)`
//   and `func(List[int])` cannot be told apart before the list ends. `paramList` then resolves
//   the entries: if no entry has both a name and a type, every lone name is a type; otherwise
//   each lone name takes the type of the next entry to its right, and an entry that cannot is
//   "mixed named and unnamed parameters" (or, in a type parameter list, "missing type
//   constraint" / "type parameters must be named"). Names that share one written type become one
//   Field, as in go/ast.
//
//   Interface elements may be methods, embedded types or type-set unions (`~int | string`); a
//   union is a BinaryExpr '|' tree over terms, a `~T` term a UnaryExpr '~'.
import type * as ast from './ast.js';
import { startPos as startPosOf } from './ast.js';
import { AnyOperator, K, Semi, tokstring } from './base.js';
import { ExprParser } from './expressions.js';

/** One entry of a parameter list before resolution. */
interface Param {
  line: number;
  col: number;
  name: ast.Ident | null;
  type: ast.Expr | null;
}

function field(line: number, col: number, names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | null): ast.Field {
  return { kind: 'Field', line, col, names, type, tag };
}

export abstract class TypeParser extends ExprParser {
  protected type_ = this.rule('Type', (): ast.Expr => {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError('expecting type');
      this.advance(K.Comma, K.Colon, Semi, K.RParen, K.RBrack, K.RBrace);
    }
    return typ;
  });

  protected typeOrNil = (): ast.Expr | null => {
    const line = this.line;
    const col = this.col;
    switch (this.tt) {
      case K.Mul:
        this.next();
        return { kind: 'StarExpr', line, col, x: this.type_() };
      case K.Arrow: {
        this.next();
        this.want(K.Chan);
        return { kind: 'ChanType', line, col, dir: 'recv', value: this.chanElem() };
      }
      case K.Func:
        this.next();
        return this.funcType('function type');
      case K.LBrack:
        this.next();
        if (this.got(K.RBrack)) return this.sliceType(line, col);
        return this.arrayType(line, col, null);
      case K.Chan: {
        this.next();
        const dir: ast.ChanDir = this.got(K.Arrow) ? 'send' : 'both';
        return { kind: 'ChanType', line, col, dir, value: this.chanElem() };
      }
      case K.Map: {
        this.next();
        this.want(K.LBrack);
        const key = this.type_();
        this.want(K.RBrack);
        return { kind: 'MapType', line, col, key, value: this.type_() };
      }
      case K.Struct:
        return this.structType();
      case K.Interface:
        return this.interfaceType();
      case K.Ident:
        return this.qualifiedName(null);
      case K.LParen: {
        this.next();
        const t = this.type_();
        this.want(K.RParen);
        return t;
      }
    }
    return null;
  };

  /** Type arguments of a generic type name: `T[int]`, `pkg.M[K, V]`. */
  protected typeInstance(typ: ast.Expr): ast.Expr {
    const line = this.line;
    const col = this.col;
    this.want(K.LBrack);
    let list: ast.Expr[];
    if (this.tt === K.RBrack) {
      this.syntaxError('expecting type');
      list = [this.badExpr()];
    } else {
      list = this.typeList().list;
    }
    this.want(K.RBrack);
    return list.length === 1
      ? { kind: 'IndexExpr', line, col, x: typ, index: list[0]! }
      : { kind: 'IndexListExpr', line, col, x: typ, indices: list };
  }

  /**
   * A signature after `func` (and after the name in a declaration). `context` names what may not
   * have type parameters ("function type", "method", "interface method"), or is "" where they
   * are allowed (a function declaration).
   */
  protected funcType = this.rule('Signature', (context: string): ast.FuncType => {
    const typ: ast.FuncType = { kind: 'FuncType', line: this.line, col: this.col, typeParams: null, params: [], results: [] };
    if (this.got(K.LBrack)) {
      if (context !== '') this.syntaxErrorAt(typ.line, typ.col, context + ' must have no type parameters');
      if (this.tt === K.RBrack) {
        this.syntaxError('empty type parameter list');
        this.next();
      } else {
        typ.typeParams = this.paramList(null, null, K.RBrack, true);
      }
    }
    this.want(K.LParen);
    typ.params = this.paramList(null, null, K.RParen, false);
    typ.results = this.funcResult();
    return typ;
  });

  /** `[len]elem` after the '[' at (line, col); `len` may already be parsed (type declarations). */
  protected arrayType(line: number, col: number, len: ast.Expr | null): ast.ArrayType {
    if (len === null) {
      if (this.tt === K.Ellipsis) {
        len = { kind: 'Ellipsis', line: this.line, col: this.col, elt: null };
        this.next();
      } else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tt === K.Comma) {
      this.syntaxError('unexpected comma; expecting ]');
      this.next();
    }
    this.want(K.RBrack);
    return { kind: 'ArrayType', line, col, len, elt: this.type_() };
  }

  protected sliceType(line: number, col: number): ast.ArrayType {
    return { kind: 'ArrayType', line, col, len: null, elt: this.type_() };
  }

  private chanElem(): ast.Expr {
    let typ = this.typeOrNil();
    if (typ === null) {
      typ = this.badExpr();
      this.syntaxError('missing channel element type');
    }
    return typ;
  }

  protected structType = this.rule('StructType', (): ast.StructType => {
    const typ: ast.StructType = { kind: 'StructType', line: this.line, col: this.col, fields: [] };
    this.want(K.Struct);
    this.want(K.LBrace);
    this.list('struct type', Semi, K.RBrace, () => {
      this.fieldDecl(typ);
      return false;
    });
    return typ;
  });

  private fieldDecl(styp: ast.StructType): void {
    const line = this.line;
    const col = this.col;
    const fields = styp.fields;
    switch (this.tt) {
      case K.Ident: {
        const name = this.ident();
        if (this.tt === K.Period || this.isLiteralTok() || this.isSemi() || this.tt === K.RBrace) {
          // An embedded type: T, pkg.T, optionally with a tag.
          const typ = this.qualifiedName(name);
          fields.push(field(line, col, [], typ, this.oliteral()));
          break;
        }
        const names = this.nameList(name);
        let typ: ast.Expr;
        if (names.length === 1 && this.tt === K.LBrack) {
          typ = this.arrayOrTArgs();
          if (typ.kind === 'IndexExpr' || typ.kind === 'IndexListExpr') {
            // An embedded instantiated type T[int].
            typ.x = name;
            fields.push(field(line, col, [], typ, this.oliteral()));
            break;
          }
        } else {
          typ = this.type_();
        }
        fields.push(field(line, col, names, typ, this.oliteral()));
        break;
      }
      case K.Mul: {
        this.next();
        let typ: ast.Expr;
        if (this.tt === K.LParen) {
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          typ = this.qualifiedName(null);
          this.got(K.RParen);
        } else {
          typ = this.qualifiedName(null);
        }
        fields.push(field(line, col, [], { kind: 'StarExpr', line, col, x: typ }, this.oliteral()));
        break;
      }
      case K.LParen: {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let typ: ast.Expr;
        if (this.tt === K.Mul) {
          const l = this.line;
          const c = this.col;
          this.next();
          typ = { kind: 'StarExpr', line: l, col: c, x: this.qualifiedName(null) };
        } else {
          typ = this.qualifiedName(null);
        }
        this.got(K.RParen);
        fields.push(field(line, col, [], typ, this.oliteral()));
        break;
      }
      default:
        this.syntaxError('expecting field name or embedded type');
        this.advance(Semi, K.RBrace);
    }
  }

  protected isLiteralTok(): boolean {
    const k = this.tt;
    return k === K.String || k === K.Int || k === K.Float || k === K.Imag || k === K.Rune;
  }

  /** After a field name: `[]T`, `[N]T` (an array field) or `[A, B]` (type arguments, x unset). */
  private arrayOrTArgs(): ast.Expr {
    const line = this.line;
    const col = this.col;
    this.want(K.LBrack);
    if (this.got(K.RBrack)) return this.sliceType(line, col);
    const { list, comma } = this.typeList();
    this.want(K.RBrack);
    if (!comma) {
      const elem = this.typeOrNil();
      if (elem !== null) return { kind: 'ArrayType', line, col, len: list[0]!, elt: elem };
    }
    const placeholder: ast.Expr = { kind: 'BadExpr', line, col };
    return list.length === 1
      ? { kind: 'IndexExpr', line, col, x: placeholder, index: list[0]! }
      : { kind: 'IndexListExpr', line, col, x: placeholder, indices: list };
  }

  protected interfaceType = this.rule('InterfaceType', (): ast.InterfaceType => {
    const typ: ast.InterfaceType = { kind: 'InterfaceType', line: this.line, col: this.col, methods: [] };
    this.want(K.Interface);
    this.want(K.LBrace);
    this.list('interface type', Semi, K.RBrace, () => {
      let f: ast.Field | null = null;
      if (this.tt === K.Ident) f = this.methodDecl();
      if (f === null || f.names.length === 0) f = this.embeddedElem(f);
      typ.methods.push(f);
      return false;
    });
    return typ;
  });

  /** An interface element starting with a name: a method, or an embedded (possibly generic) type. */
  private methodDecl(): ast.Field {
    const line = this.line;
    const col = this.col;
    const name = this.ident();
    const context = 'interface method';
    const method = (type: ast.Expr): ast.Field => ({ kind: 'Field', line, col, names: [name], type, tag: null });
    const embedded = (type: ast.Expr): ast.Field => ({ kind: 'Field', line, col, names: [], type, tag: null });
    switch (this.tt) {
      case K.LParen:
        return method(this.funcType(context));
      case K.LBrack: {
        const bl = this.line;
        const bc = this.col;
        this.next();
        if (this.tt === K.RBrack) {
          const el = this.line;
          const ec = this.col;
          this.next();
          if (this.tt === K.LParen) {
            this.errorAt(el, ec, 'empty type parameter list');
            return method(this.funcType(context));
          }
          this.errorAt(el, ec, 'empty type argument list');
          return embedded(name);
        }
        const list = this.paramList(null, null, K.RBrack, false);
        if (list.length === 0) {
          if (this.tt === K.LParen) return method(this.funcType(context));
          return embedded(name);
        }
        if (list[0]!.names.length > 0) {
          const f = method(this.funcType(context));
          this.errorAt(bl, bc, 'interface method must have no type parameters');
          return f;
        }
        const types = list.map((p) => p.type);
        return embedded(types.length === 1
          ? { kind: 'IndexExpr', line: bl, col: bc, x: name, index: types[0]! }
          : { kind: 'IndexListExpr', line: bl, col: bc, x: name, indices: types });
      }
      default:
        return embedded(this.qualifiedName(name));
    }
  }

  /** A union of type terms `A | ~B | ...`, continuing f's type if f is given. */
  private embeddedElem(f: ast.Field | null): ast.Field {
    if (f === null) {
      const line = this.line;
      const col = this.col;
      f = { kind: 'Field', line, col, names: [], type: this.embeddedTerm(), tag: null };
    }
    while (this.tt === K.Or) {
      const line = this.line;
      const col = this.col;
      this.next();
      f.type = { kind: 'BinaryExpr', line, col, op: '|', x: f.type, y: this.embeddedTerm() };
    }
    return f;
  }

  private embeddedTerm(): ast.Expr {
    if (this.tt === K.Tilde) {
      const line = this.line;
      const col = this.col;
      this.next();
      return { kind: 'UnaryExpr', line, col, op: '~', x: this.type_() };
    }
    let t = this.typeOrNil();
    if (t === null) {
      t = this.badExpr();
      this.syntaxError('expecting ~ term or type');
      this.advance(AnyOperator, Semi, K.RParen, K.RBrack, K.RBrace);
    }
    return t;
  }

  private paramDeclOrNil(name: ast.Ident | null, follow: number): Param | null {
    const typeSetsOk = follow === K.RBrack;
    let line = this.line;
    let col = this.col;
    if (name !== null) {
      line = name.line;
      col = name.col;
    } else if (typeSetsOk && this.tt === K.Tilde) {
      const e = this.embeddedElem(null);
      return { line: e.line, col: e.col, name: null, type: e.type };
    }
    const f: Param = { line, col, name: null, type: null };
    const elem = (): Param => {
      const e = this.embeddedElem({ kind: 'Field', line, col, names: [], type: f.type!, tag: null });
      f.type = e.type;
      return f;
    };
    if (this.tt === K.Ident || name !== null) {
      if (name === null) name = this.ident();
      if (this.tt === K.LBrack) {
        const t = this.arrayOrTArgs();
        if (t.kind === 'IndexExpr' || t.kind === 'IndexListExpr') {
          t.x = name;
        } else {
          f.name = name;
        }
        f.type = t;
        if (typeSetsOk && this.tt === K.Or) return elem();
        return f;
      }
      if (this.tt === K.Period) {
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.tt === K.Or) return elem();
        return f;
      }
      if (typeSetsOk && this.tt === K.Or) {
        f.type = name;
        return elem();
      }
      f.name = name;
    }
    if (this.tt === K.Ellipsis) {
      const el = this.line;
      const ec = this.col;
      this.next();
      let t = this.typeOrNil();
      if (t === null) {
        t = this.badExpr();
        this.syntaxError('... is missing type');
      }
      f.type = { kind: 'Ellipsis', line: el, col: ec, elt: t };
      return f;
    }
    if (typeSetsOk && this.tt === K.Tilde) {
      f.type = this.embeddedElem(null).type;
      return f;
    }
    f.type = this.typeOrNil();
    if (typeSetsOk && this.tt === K.Or && f.type !== null) return elem();
    if (f.name !== null || f.type !== null) return f;
    this.syntaxError('expecting ' + tokstring(follow));
    this.advance(K.Comma, follow);
    return null;
  }

  /**
   * A parameter list up to `close` (')' or ']'), the opening token consumed. name and typ are a
   * first entry already parsed by the caller (type declarations). requireNames: a type parameter
   * list, where every entry must be named.
   */
  protected paramList(name: ast.Ident | null, typ: ast.Expr | null, close: number, requireNames: boolean): ast.Field[] {
    if (name !== null && typ !== null && this.tt === close) {
      this.next();
      return [{ kind: 'Field', line: name.line, col: name.col, names: [name], type: typ, tag: null }];
    }
    const list: Param[] = [];
    let named = 0;
    let typed = 0;
    const end = this.list('parameter list', K.Comma, close, () => {
      let par: Param | null;
      if (typ !== null) {
        par = { line: name!.line, col: name!.col, name, type: typ };
      } else {
        par = this.paramDeclOrNil(name, close);
      }
      name = null;
      typ = null;
      if (par !== null) {
        if (par.name !== null && par.type !== null) named++;
        if (par.type !== null) typed++;
        list.push(par);
      }
      return false;
    });
    if (list.length === 0) return [];

    if (named === 0 && !requireNames) {
      for (const par of list) {
        if (par.name !== null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named !== list.length) {
      let errPos: ast.Pos | null = null;
      let t: ast.Expr | null = null;
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i]!;
        if (par.type !== null) {
          t = par.type;
          if (par.name === null) {
            errPos = startPosOf(t);
            par.name = { kind: 'Ident', line: errPos.line, col: errPos.col, name: '_' };
          }
        } else if (t !== null) {
          par.type = t;
        } else {
          errPos = { line: par.name!.line, col: par.name!.col };
          par.type = { kind: 'BadExpr', line: errPos.line, col: errPos.col };
        }
      }
      if (errPos !== null) {
        let msg: string;
        if (requireNames) {
          if (named === typed) {
            errPos = end;
            msg = 'missing type constraint';
          } else {
            msg = 'type parameters must be named';
          }
        } else {
          msg = 'mixed named and unnamed parameters';
        }
        this.syntaxErrorAt(errPos.line, errPos.col, msg);
      }
    }

    // Group names that share one written type into one Field, as go/ast does.
    const fields: ast.Field[] = [];
    let last: ast.Field | null = null;
    for (const par of list) {
      if (par.name !== null && last !== null && last.names.length > 0 && last.type === par.type) {
        last.names.push(par.name);
        continue;
      }
      last = { kind: 'Field', line: par.line, col: par.col, names: par.name ? [par.name] : [], type: par.type!, tag: null };
      fields.push(last);
    }
    return fields;
  }

  private funcResult(): ast.Field[] {
    if (this.got(K.LParen)) return this.paramList(null, null, K.RParen, false);
    const line = this.line;
    const col = this.col;
    const typ = this.typeOrNil();
    if (typ !== null) return [{ kind: 'Field', line, col, names: [], type: typ, tag: null }];
    return [];
  }

  /** A type name `T` or `pkg.T`, with type arguments if '[' follows; name may be parsed already. */
  protected qualifiedName(name: ast.Ident | null): ast.Expr {
    let x: ast.Expr;
    if (name !== null) {
      x = name;
    } else if (this.tt === K.Ident) {
      x = this.ident();
    } else {
      x = { kind: 'Ident', line: this.line, col: this.col, name: '_' };
      this.syntaxError('expecting name');
      this.advance(K.Period, Semi, K.RBrace);
    }
    if (this.tt === K.Period) {
      const line = this.line;
      const col = this.col;
      this.next();
      x = { kind: 'SelectorExpr', line, col, x, sel: this.ident() };
    }
    if (this.tt === K.LBrack) x = this.typeInstance(x);
    return x;
  }
}
