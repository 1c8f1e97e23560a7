// Expressions and simple statements printed on one line, as gc's syntax printer prints them in
// its short form (syntax.String): the form in which gc quotes source in error messages, e.g.
// "cannot use x := 1 as value", "x (variable of type int)", "[]int{…}".
//
// Short form: non-empty function bodies and composite literal bodies print as "{…}"; everything
// else is printed in full with gc's spacing (binary operators between blanks, none after unary
// operators). Parentheses are printed where the source had them (ParenExpr), never added.
import type * as ast from './ast.js';

export function exprString(x: ast.Expr | null): string {
  if (x === null) return '';
  switch (x.kind) {
    case 'BadExpr': return '<bad expr>';
    case 'Ident': return x.name;
    case 'BasicLit': return x.value;
    case 'FuncLit': return exprString(x.type) + ' {' + (x.body.list.length > 0 ? '…' : '') + '}';
    case 'CompositeLit': return exprString(x.type) + '{' + (x.elts.length > 0 ? '…' : '') + '}';
    case 'ParenExpr': return '(' + exprString(x.x) + ')';
    case 'SelectorExpr': return exprString(x.x) + '.' + x.sel.name;
    case 'IndexExpr': return exprString(x.x) + '[' + exprString(x.index) + ']';
    case 'IndexListExpr': return exprString(x.x) + '[' + exprListString(x.indices) + ']';
    case 'SliceExpr':
      return exprString(x.x) + '[' + exprString(x.low) + ':' + exprString(x.high) +
        (x.max !== null ? ':' + exprString(x.max) : '') + ']';
    case 'TypeAssertExpr': return exprString(x.x) + '.(' + (x.type === null ? 'type' : exprString(x.type)) + ')';
    case 'CallExpr': return exprString(x.fun) + '(' + exprListString(x.args) + (x.hasEllipsis ? '...' : '') + ')';
    case 'StarExpr': return '*' + exprString(x.x);
    case 'UnaryExpr': return x.op + exprString(x.x);
    case 'BinaryExpr': return exprString(x.x) + ' ' + x.op + ' ' + exprString(x.y);
    case 'KeyValueExpr': return exprString(x.key) + ': ' + exprString(x.value);
    case 'ArrayType':
      if (x.len === null) return '[]' + exprString(x.elt);
      return '[' + (x.len.kind === 'Ellipsis' && x.len.elt === null ? '...' : exprString(x.len)) + ']' + exprString(x.elt);
    case 'Ellipsis': return '...' + exprString(x.elt);
    case 'StructType': return 'struct{' + x.fields.map(fieldString).join('; ') + '}';
    case 'FuncType': return 'func' + signatureString(x);
    case 'InterfaceType':
      return 'interface{' + x.methods.map((m) =>
        m.names.length > 0 && m.type.kind === 'FuncType' ? m.names[0]!.name + signatureString(m.type) : exprString(m.type),
      ).join('; ') + '}';
    case 'MapType': return 'map[' + exprString(x.key) + ']' + exprString(x.value);
    case 'ChanType': {
      let s = x.dir === 'recv' ? '<-chan ' : x.dir === 'send' ? 'chan<- ' : 'chan ';
      const e = x.value;
      if (x.dir === 'both' && e.kind === 'ChanType' && e.dir === 'recv') s += '(' + exprString(e) + ')';
      else s += exprString(e);
      return s;
    }
  }
}

export function exprListString(list: readonly ast.Expr[]): string {
  return list.map(exprString).join(', ');
}

function unparenType(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

function paramListString(list: readonly ast.Field[], open: string, close: string): string {
  return open + list.map((f) =>
    (f.names.length > 0 ? f.names.map((n) => n.name).join(', ') + ' ' : '') + exprString(unparenType(f.type)),
  ).join(', ') + close;
}

export function signatureString(t: ast.FuncType): string {
  let s = paramListString(t.params, '(', ')');
  if (t.results.length > 0) {
    s += ' ';
    const r = t.results;
    s += r.length === 1 && r[0]!.names.length === 0 ? exprString(r[0]!.type) : paramListString(r, '(', ')');
  }
  return s;
}

function fieldString(f: ast.Field): string {
  let s = f.names.length > 0 ? f.names.map((n) => n.name).join(', ') + ' ' + exprString(f.type) : exprString(f.type);
  if (f.tag !== null) s += ' ' + f.tag.value;
  return s;
}

/** A simple statement on one line (gc prints these in "cannot use ... as value"). */
export function stmtString(s: ast.Stmt): string {
  switch (s.kind) {
    case 'ExprStmt': return exprString(s.x);
    case 'SendStmt': return exprString(s.chan) + ' <- ' + exprString(s.value);
    case 'IncDecStmt': return exprString(s.x) + s.tok;
    case 'AssignStmt': return exprListString(s.lhs) + ' ' + s.tok + ' ' + exprListString(s.rhs);
    case 'GoStmt': return 'go ' + exprString(s.call);
    case 'DeferStmt': return 'defer ' + exprString(s.call);
    case 'ReturnStmt': return 'return' + (s.results.length > 0 ? ' ' + exprListString(s.results) : '');
    case 'BranchStmt': return s.tok + (s.label ? ' ' + s.label.name : '');
    default: return '';
  }
}
