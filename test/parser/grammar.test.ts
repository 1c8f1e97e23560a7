// One test per construct of Go 1.19's grammar: the AST's shape and the positions gc gives its nodes.
import { describe, expect, it } from 'vitest';
import type * as ast from '../../src/parser/ast.js';
import { startPos } from '../../src/parser/ast.js';
import { parseFile } from '../../src/parser/index.js';
import { exprString } from '../../src/parser/printer.js';

function parse(src: string): ast.File {
  const r = parseFile(src, 'x.go');
  expect(r.diagnostics).toEqual([]);
  return r.file!;
}

/** The expression e, parsed from `package p; var _ = e` with e starting at line 2, col 9. */
function expr(e: string): ast.Expr {
  const f = parse('package p\nvar _ = ' + e + '\n');
  return ((f.decls[0] as ast.GenDecl).specs[0] as ast.ValueSpec).values[0]!;
}

/** The statements of a function body; the body starts on line 3 with a tab (col 2). */
function stmts(body: string): ast.Stmt[] {
  const f = parse('package p\nfunc f() {\n' + body + '\n}\n');
  return (f.decls[0] as ast.FuncDecl).body!.list;
}

function stmt(s: string): ast.Stmt {
  return stmts('\t' + s)[0]!;
}

/** The type of `type T <t>`, t starting at line 2, col 8. */
function typ(t: string): ast.Expr {
  const f = parse('package p\ntype T ' + t + '\n');
  return ((f.decls[0] as ast.GenDecl).specs[0] as ast.TypeSpec).type;
}

describe('source file', () => {
  it('package, imports, declarations', () => {
    const f = parse('package main\n\nimport "fmt"\nimport (\n\tm "math"\n\t. "os"\n\t_ "io"\n)\n\nfunc main() {}\n');
    expect(f).toMatchObject({ kind: 'File', line: 1, col: 1, name: { name: 'main', line: 1, col: 9 } });
    expect(f.imports.map((i) => [i.name?.name ?? null, i.path.value, i.line, i.col])).toEqual([
      [null, '"fmt"', 3, 8], ['m', '"math"', 5, 2], ['.', '"os"', 6, 2], ['_', '"io"', 7, 2],
    ]);
    expect(f.decls.map((d) => d.kind)).toEqual(['GenDecl', 'GenDecl', 'FuncDecl']);
    expect(f.decls[1]).toMatchObject({ tok: 'import', grouped: true, line: 4, col: 1 });
    expect(f).toMatchObject({ eofLine: 11, eofCol: 1 });
  });

  it('const groups number their specs (iota)', () => {
    const f = parse('package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)\n');
    const specs = (f.decls[0] as ast.GenDecl).specs as ast.ValueSpec[];
    expect(specs.map((s) => [s.names.map((n) => n.name), s.iota, s.values.length])).toEqual([
      [['A'], 0, 1], [['B'], 1, 0], [['C', 'D'], 2, 2],
    ]);
    expect(specs[2]!.type).toMatchObject({ kind: 'Ident', name: 'int' });
  });

  it('var declarations', () => {
    const f = parse('package p\nvar a, b int\nvar c = 1\nvar (\n\td float64 = 2\n)\n');
    const v = (i: number): ast.ValueSpec => (f.decls[i] as ast.GenDecl).specs[0] as ast.ValueSpec;
    expect(v(0)).toMatchObject({ names: [{ name: 'a' }, { name: 'b' }], type: { name: 'int' }, values: [] });
    expect(v(1)).toMatchObject({ names: [{ name: 'c' }], type: null, values: [{ kind: 'BasicLit', value: '1' }] });
    expect(v(2)).toMatchObject({ line: 5, col: 2, type: { name: 'float64' } });
  });

  it('function and method declarations (positions after "func")', () => {
    const f = parse('package p\nfunc f(a int) (r int) { return a }\nfunc (t *T) M() {}\nfunc g()\n');
    const [fd, md, ext] = f.decls as ast.FuncDecl[];
    expect(fd).toMatchObject({ line: 2, col: 6, recv: null, name: { name: 'f' }, typeParams: null });
    expect(fd!.type).toMatchObject({ kind: 'FuncType', line: 2, col: 7, params: [{ names: [{ name: 'a' }] }], results: [{ names: [{ name: 'r' }] }] });
    expect(fd!.body).toMatchObject({ line: 2, col: 23, rbraceLine: 2, rbraceCol: 34 });
    expect(md).toMatchObject({ line: 3, col: 6, recv: { names: [{ name: 't' }], type: { kind: 'StarExpr', x: { name: 'T' } } }, name: { name: 'M' } });
    expect(ext).toMatchObject({ body: null });
  });

  it('generic functions and methods of generic types', () => {
    const f = parse('package p\nfunc Map[K comparable, V any, R ~int | ~string](m map[K]V) R { var r R; return r }\nfunc (l *List[T]) Push(v T) {}\n');
    const [fd, md] = f.decls as ast.FuncDecl[];
    expect(fd!.typeParams!.map((p) => [p.names.map((n) => n.name), exprString(p.type)])).toEqual([
      [['K'], 'comparable'], [['V'], 'any'], [['R'], '~int | ~string'],
    ]);
    expect(md!.recv!.type).toMatchObject({ kind: 'StarExpr', x: { kind: 'IndexExpr', x: { name: 'List' }, index: { name: 'T' } } });
  });
});

describe('type declarations', () => {
  it('alias and definition', () => {
    const f = parse('package p\ntype A = int\ntype B int\n');
    expect((f.decls[0] as ast.GenDecl).specs[0]).toMatchObject({ kind: 'TypeSpec', assign: true, name: { name: 'A', line: 2, col: 6 }, typeParams: null });
    expect((f.decls[1] as ast.GenDecl).specs[0]).toMatchObject({ assign: false, type: { name: 'int' } });
  });

  it('type parameters versus array lengths', () => {
    const spec = (src: string): ast.TypeSpec => (parse('package p\n' + src + '\n').decls[0] as ast.GenDecl).specs[0] as ast.TypeSpec;
    expect(spec('type A [N]int')).toMatchObject({ typeParams: null, type: { kind: 'ArrayType', len: { name: 'N' } } });
    expect(spec('type A [N*M]int')).toMatchObject({ typeParams: null, type: { kind: 'ArrayType', len: { kind: 'BinaryExpr', op: '*' } } });
    expect(spec('type A []int')).toMatchObject({ typeParams: null, type: { kind: 'ArrayType', len: null } });
    expect(spec('type T[P any] struct{}')).toMatchObject({ typeParams: [{ names: [{ name: 'P' }], type: { name: 'any' } }], type: { kind: 'StructType' } });
    // gc's rule: `[P *C]` is an array length P*C unless C is certainly a type or a comma follows.
    expect(spec('type T[P *C] int')).toMatchObject({ typeParams: null, type: { kind: 'ArrayType', len: { kind: 'BinaryExpr', op: '*' } } });
    expect(spec('type T[P *C,] int').typeParams).toMatchObject([{ names: [{ name: 'P' }], type: { kind: 'StarExpr', x: { name: 'C' } } }]);
    expect(spec('type T[P *struct{}] int').typeParams).toMatchObject([{ names: [{ name: 'P' }], type: { kind: 'StarExpr', x: { kind: 'StructType' } } }]);
    expect(spec('type T[P *int,] int').typeParams).toMatchObject([{ names: [{ name: 'P' }], type: { kind: 'StarExpr' } }]);
    expect(spec('type T[P interface{ M() }, Q ~int | string] int').typeParams).toMatchObject([
      { names: [{ name: 'P' }], type: { kind: 'InterfaceType' } },
      { names: [{ name: 'Q' }], type: { kind: 'BinaryExpr', op: '|', x: { kind: 'UnaryExpr', op: '~' } } },
    ]);
    expect(spec('type T[K comparable, V any] map[K]V').typeParams!.map((p) => p.names[0]!.name)).toEqual(['K', 'V']);
    expect(spec('type T[A, B any] int').typeParams).toMatchObject([{ names: [{ name: 'A' }, { name: 'B' }] }]);
  });
});

describe('types', () => {
  it('array, slice, [...] and map', () => {
    expect(typ('[4]int')).toMatchObject({ kind: 'ArrayType', line: 2, col: 8, len: { kind: 'BasicLit', litKind: 'INT', value: '4' }, elt: { name: 'int' } });
    expect(typ('[]string')).toMatchObject({ kind: 'ArrayType', len: null, elt: { name: 'string' } });
    expect(typ('map[string][]int')).toMatchObject({ kind: 'MapType', line: 2, col: 8, key: { name: 'string' }, value: { kind: 'ArrayType' } });
    expect(expr('[...]int{1}')).toMatchObject({ kind: 'CompositeLit', type: { kind: 'ArrayType', len: { kind: 'Ellipsis', elt: null, line: 2, col: 10 } } });
  });

  it('channels with direction', () => {
    expect(typ('chan int')).toMatchObject({ kind: 'ChanType', dir: 'both', col: 8 });
    expect(typ('chan<- int')).toMatchObject({ kind: 'ChanType', dir: 'send' });
    expect(typ('<-chan int')).toMatchObject({ kind: 'ChanType', dir: 'recv', col: 8 });
    expect(typ('chan<- <-chan int')).toMatchObject({ dir: 'send', value: { dir: 'recv' } });
    expect(typ('chan (<-chan int)')).toMatchObject({ dir: 'both', value: { dir: 'recv' } });
    // In an expression `<-chan int(nil)` is a conversion to a receive-only channel type.
    expect(expr('(<-chan int)(nil)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'ParenExpr', x: { kind: 'ChanType', dir: 'recv' } } });
  });

  it('pointer and function types', () => {
    expect(typ('*int')).toMatchObject({ kind: 'StarExpr', x: { name: 'int' } });
    const ft = typ('func(a, b int, c ...string) (int, error)') as ast.FuncType;
    expect(ft).toMatchObject({ kind: 'FuncType', line: 2, col: 12 });
    expect(ft.params.map((p) => [p.names.map((n) => n.name), exprString(p.type)])).toEqual([
      [['a', 'b'], 'int'], [['c'], '...string'],
    ]);
    expect(ft.results.map((p) => [p.names.length, exprString(p.type)])).toEqual([[0, 'int'], [0, 'error']]);
  });

  it('unnamed parameters, including generic and slice types', () => {
    const params = (s: string): string[] => (typ(s) as ast.FuncType).params.map((p) =>
      p.names.map((n) => n.name + ' ').join('') + exprString(p.type));
    expect(params('func(int, string)')).toEqual(['int', 'string']);
    expect(params('func(a []int)')).toEqual(['a []int']);
    expect(params('func(List[int])')).toEqual(['List[int]']);
    expect(params('func(m Map[K, V])')).toEqual(['m Map[K, V]']);
    expect(params('func(p.T, *q.U)')).toEqual(['p.T', '*q.U']);
    expect(params('func(...int)')).toEqual(['...int']);
  });

  it('struct types: named, embedded, tagged fields', () => {
    const st = typ('struct {\n\ta, b int `json:"a"`\n\tE\n\t*pkg.F\n\tG[int]\n\th [2]int\n}') as ast.StructType;
    expect(st).toMatchObject({ kind: 'StructType', line: 2, col: 8 });
    expect(st.fields.map((f) => [f.names.map((n) => n.name), exprString(f.type), f.tag?.value ?? null, f.line, f.col])).toEqual([
      [['a', 'b'], 'int', '`json:"a"`', 3, 2],
      [[], 'E', null, 4, 2],
      [[], '*pkg.F', null, 5, 2],
      [[], 'G[int]', null, 6, 2],
      [['h'], '[2]int', null, 7, 2],
    ]);
  });

  it('interface types: methods, embedded types, type sets', () => {
    const it_ = typ('interface {\n\tM(x int) string\n\tio.Reader\n\t~int | ~int8 | string\n\tC[int]\n}') as ast.InterfaceType;
    expect(it_.methods.map((m) => [m.names.map((n) => n.name), exprString(m.type)])).toEqual([
      [['M'], 'func(x int) string'],
      [[], 'io.Reader'],
      [[], '~int | ~int8 | string'],
      [[], 'C[int]'],
    ]);
    expect(it_.methods[2]!.type).toMatchObject({ kind: 'BinaryExpr', op: '|', line: 5, col: 15, x: { kind: 'BinaryExpr', op: '|', line: 5, col: 7 } });
  });
});

describe('expressions', () => {
  it('identifiers and literals', () => {
    expect(expr('x')).toMatchObject({ kind: 'Ident', name: 'x', line: 2, col: 9 });
    expect(expr('0x1F')).toMatchObject({ kind: 'BasicLit', litKind: 'INT', value: '0x1F' });
    expect(expr('1.5e3')).toMatchObject({ litKind: 'FLOAT' });
    expect(expr('2i')).toMatchObject({ litKind: 'IMAG' });
    expect(expr("'a'")).toMatchObject({ litKind: 'CHAR', value: "'a'" });
    expect(expr('"a\\n"')).toMatchObject({ litKind: 'STRING', value: '"a\\n"' });
    expect(expr('`raw`')).toMatchObject({ litKind: 'STRING', value: '`raw`' });
  });

  it('binary expressions: precedence, associativity, position at the operator', () => {
    const e = expr('a + b*c - d') as ast.BinaryExpr;
    expect(exprString(e)).toBe('a + b * c - d');
    expect(e).toMatchObject({ op: '-', col: 17, x: { op: '+', col: 11, y: { op: '*', col: 14 } }, y: { name: 'd' } });
    expect(expr('a || b && c == d')).toMatchObject({ op: '||', y: { op: '&&', y: { op: '==' } } });
    expect(expr('a << 1 | b &^ c')).toMatchObject({ op: '|', x: { op: '<<' }, y: { op: '&^' } });
    expect(expr('a < b == c > d')).toMatchObject({ op: '>', x: { op: '==', x: { op: '<' } }, y: { name: 'd' } });
  });

  it('unary expressions', () => {
    expect(expr('-x')).toMatchObject({ kind: 'UnaryExpr', op: '-', col: 9 });
    expect(expr('!ok')).toMatchObject({ op: '!' });
    expect(expr('^m')).toMatchObject({ op: '^' });
    expect(expr('<-ch')).toMatchObject({ kind: 'UnaryExpr', op: '<-' });
    expect(expr('*p')).toMatchObject({ kind: 'StarExpr', col: 9 });
    expect(expr('&(T{})')).toMatchObject({ kind: 'UnaryExpr', op: '&', x: { kind: 'CompositeLit' } });
    expect(expr('- -x')).toMatchObject({ op: '-', x: { op: '-' } });
  });

  it('selectors, indices, slices, assertions, calls (positions)', () => {
    expect(expr('a.b')).toMatchObject({ kind: 'SelectorExpr', col: 10, x: { name: 'a' }, sel: { name: 'b', col: 11 } });
    expect(expr('a[i]')).toMatchObject({ kind: 'IndexExpr', col: 10 });
    expect(expr('s[1:2]')).toMatchObject({ kind: 'SliceExpr', col: 10, low: { value: '1' }, high: { value: '2' }, max: null, slice3: false });
    expect(expr('s[:]')).toMatchObject({ kind: 'SliceExpr', low: null, high: null });
    expect(expr('s[i:j:k]')).toMatchObject({ slice3: true, max: { name: 'k' } });
    expect(expr('x.(T)')).toMatchObject({ kind: 'TypeAssertExpr', col: 10, type: { name: 'T' } });
    const c = expr('f(a, b...)') as ast.CallExpr;
    expect(c).toMatchObject({ kind: 'CallExpr', line: 2, col: 10, hasEllipsis: true, rparenLine: 2, rparenCol: 18 });
    expect(c.args).toHaveLength(2);
    expect(startPos(expr('a.b(c).d[e]'))).toEqual({ line: 2, col: 9 });
  });

  it('generic instantiation', () => {
    expect(expr('f[int](x)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'IndexExpr', index: { name: 'int' } } });
    expect(expr('m[K, V]{}')).toMatchObject({ kind: 'CompositeLit', type: { kind: 'IndexListExpr', indices: [{ name: 'K' }, { name: 'V' }] } });
    expect(expr('pkg.F[[]int, map[string]int]')).toMatchObject({ kind: 'IndexListExpr', indices: [{ kind: 'ArrayType' }, { kind: 'MapType' }] });
  });

  it('types in expression context', () => {
    expect(expr('[]int{1}')).toMatchObject({ kind: 'CompositeLit', col: 14, type: { kind: 'ArrayType', col: 9 }, elts: [{ value: '1' }], rbraceCol: 16 });
    expect(expr('[]byte(s)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'ArrayType' } });
    expect(expr('map[string]int{}')).toMatchObject({ kind: 'CompositeLit', type: { kind: 'MapType' } });
    expect(expr('struct{}{}')).toMatchObject({ kind: 'CompositeLit', type: { kind: 'StructType' } });
    expect(expr('(*T)(p)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'ParenExpr', x: { kind: 'StarExpr' } } });
    expect(expr('func(int) bool(nil)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'FuncType' } });
    expect(expr('chan int(nil)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'ChanType', value: { name: 'int' } } });
    expect(expr('interface{}(x)')).toMatchObject({ kind: 'CallExpr', fun: { kind: 'InterfaceType' } });
  });

  it('composite literals: keys, nested elided types', () => {
    const c = expr('map[string][]T{"a": {{1}, {x: 2}}}') as ast.CompositeLit;
    const kv = c.elts[0] as ast.KeyValueExpr;
    expect(kv).toMatchObject({ kind: 'KeyValueExpr', col: 27, key: { value: '"a"' }, value: { kind: 'CompositeLit', type: null } });
    const inner = (kv.value as ast.CompositeLit).elts;
    expect(inner).toMatchObject([{ kind: 'CompositeLit', type: null }, { kind: 'CompositeLit', elts: [{ kind: 'KeyValueExpr' }] }]);
    expect(exprString(c)).toBe('map[string][]T{…}');
  });

  it('function literals', () => {
    const fl = expr('func(x int) int { return x }') as ast.FuncLit;
    expect(fl).toMatchObject({ kind: 'FuncLit', line: 2, col: 9, type: { kind: 'FuncType', col: 13 }, body: { list: [{ kind: 'ReturnStmt' }] } });
    expect(exprString(fl)).toBe('func(x int) int {…}');
  });

  it('parenthesised expressions are kept', () => {
    expect(expr('(a + b) * c')).toMatchObject({ op: '*', x: { kind: 'ParenExpr', col: 9, x: { op: '+' } } });
  });
});

describe('statements', () => {
  it('simple statements and their positions', () => {
    const [a, d, op, inc, send, call, recv] = stmts('\tx = 1\n\ty, z := 2, 3\n\tx += 4\n\tx++\n\tch <- v\n\tf()\n\t<-ch');
    expect(a).toMatchObject({ kind: 'AssignStmt', tok: '=', line: 3, col: 4, lhs: [{ name: 'x' }], rhs: [{ value: '1' }] });
    expect(d).toMatchObject({ kind: 'AssignStmt', tok: ':=', line: 4, col: 7, lhs: [{ name: 'y' }, { name: 'z' }] });
    expect(op).toMatchObject({ kind: 'AssignStmt', tok: '+=', col: 4 });
    expect(inc).toMatchObject({ kind: 'IncDecStmt', tok: '++', col: 3 });
    expect(send).toMatchObject({ kind: 'SendStmt', col: 5, chan: { name: 'ch' }, value: { name: 'v' } });
    expect(call).toMatchObject({ kind: 'ExprStmt', line: 8, col: 3, x: { kind: 'CallExpr' } });
    expect(recv).toMatchObject({ kind: 'ExprStmt', x: { kind: 'UnaryExpr', op: '<-' } });
  });

  it('declarations in functions', () => {
    const [v, c, t] = stmts('\tvar x int\n\tconst k = 1\n\ttype T struct{}');
    expect(v).toMatchObject({ kind: 'DeclStmt', col: 2, decl: { tok: 'var' } });
    expect(c).toMatchObject({ decl: { tok: 'const' } });
    expect(t).toMatchObject({ decl: { tok: 'type' } });
  });

  it('go, defer, return, branches, labels, blocks, empty statements', () => {
    const s = stmts('\tgo f(x)\n\tdefer g()\nL:\n\tfor {\n\t\tbreak L\n\t\tcontinue\n\t}\n\tgoto L\n\t{\n\t}\n\t;\n\treturn 1, 2');
    expect(s[0]).toMatchObject({ kind: 'GoStmt', col: 2, call: { kind: 'CallExpr', col: 6 } });
    expect(s[1]).toMatchObject({ kind: 'DeferStmt', call: { fun: { name: 'g' } } });
    expect(s[2]).toMatchObject({ kind: 'LabeledStmt', line: 5, col: 2, label: { name: 'L', line: 5, col: 1 }, stmt: { kind: 'ForStmt' } });
    const body = ((s[2] as ast.LabeledStmt).stmt as ast.ForStmt).body.list;
    expect(body).toMatchObject([{ kind: 'BranchStmt', tok: 'break', label: { name: 'L' } }, { kind: 'BranchStmt', tok: 'continue', label: null }]);
    expect(s[3]).toMatchObject({ kind: 'BranchStmt', tok: 'goto' });
    expect(s[4]).toMatchObject({ kind: 'BlockStmt', rbraceLine: 12 });
    expect(s[5]).toMatchObject({ kind: 'EmptyStmt', implicit: false });
    expect(s[6]).toMatchObject({ kind: 'ReturnStmt', results: [{ value: '1' }, { value: '2' }] });
  });

  it('if / else if / else, with init', () => {
    const s = stmt('if x := f(); x > 0 {\n\t} else if y {\n\t} else {\n\t}') as ast.IfStmt;
    expect(s).toMatchObject({ kind: 'IfStmt', line: 3, col: 2, init: { kind: 'AssignStmt', tok: ':=' }, cond: { op: '>' } });
    expect(s.else).toMatchObject({ kind: 'IfStmt', cond: { name: 'y' }, else: { kind: 'BlockStmt' } });
  });

  it('composite literals in headers need parentheses', () => {
    const s = stmt('if x == (T{}) {\n\t}') as ast.IfStmt;
    expect(s.cond).toMatchObject({ op: '==', y: { kind: 'ParenExpr', x: { kind: 'CompositeLit' } } });
    const t = stmt('for _, v := range []T{{1}} {\n\t}') as ast.RangeStmt;
    expect(t).toMatchObject({ kind: 'RangeStmt', x: { kind: 'CompositeLit' } });
    // `T{` at the top level of a header is the block, so `x == T` is the condition.
    const u = stmts('\tif x == T {\n\t}')[0] as ast.IfStmt;
    expect(u.cond).toMatchObject({ op: '==', y: { name: 'T' } });
  });

  it('for loops: three-clause, condition only, infinite', () => {
    const [a, b, c] = stmts('\tfor i := 0; i < n; i++ {\n\t}\n\tfor x {\n\t}\n\tfor {\n\t}');
    expect(a).toMatchObject({ kind: 'ForStmt', init: { tok: ':=' }, cond: { op: '<' }, post: { kind: 'IncDecStmt' } });
    expect(b).toMatchObject({ kind: 'ForStmt', init: null, cond: { name: 'x' }, post: null });
    expect(c).toMatchObject({ kind: 'ForStmt', init: null, cond: null, post: null });
  });

  it('range loops', () => {
    const [a, b, c] = stmts('\tfor k, v := range m {\n\t}\n\tfor range ch {\n\t}\n\tfor i = range s {\n\t}');
    expect(a).toMatchObject({ kind: 'RangeStmt', col: 2, key: { name: 'k' }, value: { name: 'v' }, tok: ':=', x: { name: 'm' }, rangeCol: 14 });
    expect(b).toMatchObject({ kind: 'RangeStmt', key: null, value: null, tok: null });
    expect(c).toMatchObject({ kind: 'RangeStmt', key: { name: 'i' }, value: null, tok: '=' });
  });

  it('expression switches', () => {
    const s = stmt('switch x := f(); x {\n\tcase 1, 2:\n\t\tg()\n\tdefault:\n\t}') as ast.SwitchStmt;
    expect(s).toMatchObject({ kind: 'SwitchStmt', init: { tok: ':=' }, tag: { name: 'x' }, rbraceLine: 7 });
    expect(s.body).toMatchObject([
      { kind: 'CaseClause', line: 4, col: 2, list: [{ value: '1' }, { value: '2' }], colonCol: 11, body: [{ kind: 'ExprStmt' }] },
      { kind: 'CaseClause', list: null, body: [] },
    ]);
    expect(stmt('switch {\n\t}')).toMatchObject({ kind: 'SwitchStmt', tag: null });
  });

  it('type switches', () => {
    const a = stmt('switch v := x.(type) {\n\tcase int, string:\n\tcase nil:\n\t}') as ast.TypeSwitchStmt;
    expect(a).toMatchObject({ kind: 'TypeSwitchStmt', assign: { kind: 'AssignStmt', lhs: [{ name: 'v' }], rhs: [{ kind: 'TypeAssertExpr', type: null }] } });
    expect(a.body[0]!.list).toHaveLength(2);
    const b = stmt('switch x.(type) {\n\t}') as ast.TypeSwitchStmt;
    expect(b).toMatchObject({ kind: 'TypeSwitchStmt', init: null, assign: { kind: 'ExprStmt', x: { kind: 'TypeAssertExpr', type: null } } });
  });

  it('select', () => {
    const s = stmt('select {\n\tcase v, ok := <-c:\n\tcase c <- 1:\n\tcase <-d:\n\tdefault:\n\t}') as ast.SelectStmt;
    expect(s.body.map((c) => c.comm?.kind ?? null)).toEqual(['AssignStmt', 'SendStmt', 'ExprStmt', null]);
    expect(s).toMatchObject({ kind: 'SelectStmt', rbraceLine: 8, rbraceCol: 2 });
  });
});

describe('printer (gc short form)', () => {
  it('prints as gc quotes source in messages', () => {
    expect(exprString(expr('[]int{1, 2}'))).toBe('[]int{…}');
    expect(exprString(expr('T{}'))).toBe('T{}');
    expect(exprString(expr('f(a, b...)'))).toBe('f(a, b...)');
    expect(exprString(expr('x.(*T)'))).toBe('x.(*T)');
    expect(exprString(expr('s[1:]'))).toBe('s[1:]');
    expect(exprString(expr('map[string]chan<- int(nil)'))).toBe('map[string]chan<- int(nil)');
    expect(exprString(expr('-x + ^y'))).toBe('-x + ^y');
  });
});

describe('whole files', () => {
  it('a program using most of the language parses without errors', () => {
    const src = `package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func (p *Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

func main() {
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			fmt.Println(v)
		}
	}()
	ch <- Sum[int](1, 2, 3)
	close(ch)
	<-done
	var b strings.Builder
	switch x := interface{}(b.Len()).(type) {
	case int:
		_ = x
	}
	m := map[string]Pair[string, int]{"a": {Key: "a", Val: 1}}
	if p, ok := m["a"]; ok && p.Val > 0 {
		fmt.Println(p.String())
	}
outer:
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			break outer
		default:
		}
	}
	arr := [...]int{1, 2, 3}
	s := arr[1:2:3]
	_ = s
}
`;
    const f = parse(src);
    expect(f.decls).toHaveLength(6);
  });
});

describe('the parser instance', () => {
  it('is reused: each parse starts from a clean state', () => {
    const bad = parseFile('package p\nfunc f() { x := }\n', 'a.go');
    expect(bad.diagnostics).toHaveLength(1);
    const good = parseFile('package q\nvar _ = T{}\n', 'b.go');
    expect(good.diagnostics).toEqual([]);
    expect(good.file).toMatchObject({ file: 'b.go', name: { name: 'q' } });
  });

  it('produces plain JSON-serialisable data', () => {
    const f = parse('package p\nfunc f() { for i := range x { if i > 0 { g(i) } } }\n');
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});
