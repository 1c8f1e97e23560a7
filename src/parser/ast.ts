// The abstract syntax tree of a Go 1.19 source file.
//
// Design
//   The node set and names are go/ast's (File, GenDecl, FuncDecl, Ident, BinaryExpr, AssignStmt,
//   ...), because that is the vocabulary a Go programmer and the checker's authors know. Every node
//   is plain data: a discriminated union on `kind`, no classes, no parent pointers, no cycles, so
//   that `JSON.stringify` prints it (`minigo --ast`) and a test can compare it with `toMatchObject`.
//
// Positions
//   Every node has `line` and `col`: 1-based line, 1-based *byte* column, at the position gc's
//   syntax package (cmd/compile/internal/syntax) gives the corresponding node, because the checker
//   reports its errors there and gc's error positions are the contract. These are often not the
//   start of the node:
//
//     BinaryExpr            the operator               (a + b     → at '+')
//     UnaryExpr, StarExpr   the operator               (-x, *p, <-c, &v, ~int)
//     CallExpr              the '('                    (f(x)      → at '(')
//     IndexExpr, IndexListExpr, SliceExpr  the '['
//     SelectorExpr, TypeAssertExpr         the '.'
//     CompositeLit          the '{'                    (T{...}    → at '{')
//     KeyValueExpr          the ':'
//     ParenExpr             the '('
//     FuncLit               the 'func' keyword
//     FuncType              the token after 'func': the '(' of the parameters, or the '[' of type
//                           parameters (gc positions a function type after its keyword)
//     ArrayType             the '['; StructType 'struct'; InterfaceType 'interface'; MapType 'map'
//     ChanType              'chan', or '<-' for '<-chan T'
//     Ellipsis              the '...'
//     Ident, BasicLit       the token
//     ExprStmt              its expression's position (so a call statement is at its '(')
//     AssignStmt            the operator ('=', ':=', 'op='); IncDecStmt the '++'/'--'
//     SendStmt              the '<-'
//     LabeledStmt           the ':' after the label (the label Ident keeps its own position)
//     RangeStmt             the 'for' keyword; `rangeLine/rangeCol` is the 'range' keyword, where
//                           gc positions the range clause
//     other statements      their keyword ('if', 'for', 'go', 'return', 'break', ...), or the
//                           '{' of a block, or the ';' / '}' an EmptyStmt stands for
//     CaseClause, CommClause  the 'case'/'default' keyword; `colonLine/colonCol` the ':'
//     GenDecl               its keyword; each ValueSpec/TypeSpec/ImportSpec the spec's first token
//     FuncDecl              the token after 'func' (the receiver's '(' or the name), as in gc
//     Field                 its first name, or the start of its type when it has none
//     File                  the 'package' keyword
//
//   Closing positions that the checker reports at are kept too: `rbraceLine/rbraceCol` on blocks,
//   switch/select statements and composite literals ("missing return" is reported at a function
//   body's '}'), `rparenLine/rparenCol` on calls. `startPos` gives the leftmost position of an
//   expression (gc's syntax.StartPos), for messages that point at where an expression begins.
//
// Differences from go/ast: gc's syntax tree has one Field per parameter name and an Operation for
// every unary and binary operator; here fields carry a list of names as in go/ast, and operators
// are split into UnaryExpr/StarExpr/BinaryExpr. Comments are not kept.

import type { PosBases } from '../lexer/linedir.js';

export interface Pos {
  line: number;
  col: number;
}

// ---------------------------------------------------------------------------------------------
// Expressions and types

export interface BadExpr extends Pos { kind: 'BadExpr' }

export interface Ident extends Pos {
  kind: 'Ident';
  name: string;
}

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

export interface BasicLit extends Pos {
  kind: 'BasicLit';
  litKind: LitKind;
  /** The literal exactly as written: `0x1F`, `'a'`, `"a\n"` with its quotes, raw strings with backquotes. */
  value: string;
}

export interface CompositeLit extends Pos {
  kind: 'CompositeLit';
  /** null for an elided type inside another composite literal (`[]T{{1}, {2}}`). */
  type: Expr | null;
  elts: Expr[];
  rbraceLine: number;
  rbraceCol: number;
}

export interface FuncLit extends Pos {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

export interface ParenExpr extends Pos {
  kind: 'ParenExpr';
  x: Expr;
}

export interface SelectorExpr extends Pos {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
}

export interface IndexExpr extends Pos {
  kind: 'IndexExpr';
  x: Expr;
  index: Expr;
}

/** `x[A, B]`: an instantiation with several type arguments. */
export interface IndexListExpr extends Pos {
  kind: 'IndexListExpr';
  x: Expr;
  indices: Expr[];
}

export interface SliceExpr extends Pos {
  kind: 'SliceExpr';
  x: Expr;
  low: Expr | null;
  high: Expr | null;
  max: Expr | null;
  /** true for a 3-index slice `x[i:j:k]`. */
  slice3: boolean;
}

export interface TypeAssertExpr extends Pos {
  kind: 'TypeAssertExpr';
  x: Expr;
  /** null for `x.(type)` in a type switch guard. */
  type: Expr | null;
}

export interface CallExpr extends Pos {
  kind: 'CallExpr';
  fun: Expr;
  args: Expr[];
  /** `f(xs...)` */
  hasEllipsis: boolean;
  rparenLine: number;
  rparenCol: number;
}

/** `*x`: a pointer type or an indirection. */
export interface StarExpr extends Pos {
  kind: 'StarExpr';
  x: Expr;
}

export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';

export interface UnaryExpr extends Pos {
  kind: 'UnaryExpr';
  op: UnaryOp;
  x: Expr;
}

export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '<<' | '>>' | '&' | '&^';

export interface BinaryExpr extends Pos {
  kind: 'BinaryExpr';
  op: BinaryOp;
  x: Expr;
  y: Expr;
}

export interface KeyValueExpr extends Pos {
  kind: 'KeyValueExpr';
  key: Expr;
  value: Expr;
}

export interface ArrayType extends Pos {
  kind: 'ArrayType';
  /** null for a slice type `[]T`; an Ellipsis for `[...]T`. */
  len: Expr | null;
  elt: Expr;
}

export interface Field extends Pos {
  kind: 'Field';
  /** Empty for an anonymous parameter, an embedded field or an interface's embedded element. */
  names: Ident[];
  type: Expr;
  /** Struct field tag, or null. */
  tag: BasicLit | null;
}

export interface StructType extends Pos {
  kind: 'StructType';
  fields: Field[];
}

export interface FuncType extends Pos {
  kind: 'FuncType';
  typeParams: Field[] | null;
  params: Field[];
  results: Field[];
}

/**
 * `interface{ ... }`. Each element of `methods` is either a method (one name, a FuncType) or an
 * embedded element (no names): a type name, an instantiated type, or a type-set union built from
 * BinaryExpr '|' and UnaryExpr '~' (`~int | string`).
 */
export interface InterfaceType extends Pos {
  kind: 'InterfaceType';
  methods: Field[];
}

export interface MapType extends Pos {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType extends Pos {
  kind: 'ChanType';
  dir: ChanDir;
  value: Expr;
}

/** `...T` as the type of a final parameter, or `...` as the length of `[...]T` (elt null). */
export interface Ellipsis extends Pos {
  kind: 'Ellipsis';
  elt: Expr | null;
}

export type Expr =
  | BadExpr | Ident | BasicLit | CompositeLit | FuncLit | ParenExpr | SelectorExpr | IndexExpr
  | IndexListExpr | SliceExpr | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr | BinaryExpr
  | KeyValueExpr | ArrayType | StructType | FuncType | InterfaceType | MapType | ChanType | Ellipsis;

// ---------------------------------------------------------------------------------------------
// Statements

export interface BadStmt extends Pos { kind: 'BadStmt' }

export interface DeclStmt extends Pos {
  kind: 'DeclStmt';
  decl: GenDecl;
}

/** A `;` (explicit or implied) standing alone, or the empty statement after a label before '}'. */
export interface EmptyStmt extends Pos {
  kind: 'EmptyStmt';
  /** true when the semicolon was inserted by the semicolon rule (or the statement stands for nothing). */
  implicit: boolean;
}

export interface LabeledStmt extends Pos {
  kind: 'LabeledStmt';
  label: Ident;
  stmt: Stmt;
}

export interface ExprStmt extends Pos {
  kind: 'ExprStmt';
  x: Expr;
}

export interface SendStmt extends Pos {
  kind: 'SendStmt';
  chan: Expr;
  value: Expr;
}

export interface IncDecStmt extends Pos {
  kind: 'IncDecStmt';
  x: Expr;
  tok: '++' | '--';
}

export type AssignTok =
  | '=' | ':='
  | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

export interface AssignStmt extends Pos {
  kind: 'AssignStmt';
  lhs: Expr[];
  tok: AssignTok;
  rhs: Expr[];
}

export interface GoStmt extends Pos {
  kind: 'GoStmt';
  call: CallExpr;
}

export interface DeferStmt extends Pos {
  kind: 'DeferStmt';
  call: CallExpr;
}

export interface ReturnStmt extends Pos {
  kind: 'ReturnStmt';
  results: Expr[];
}

export interface BranchStmt extends Pos {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label: Ident | null;
}

export interface BlockStmt extends Pos {
  kind: 'BlockStmt';
  list: Stmt[];
  rbraceLine: number;
  rbraceCol: number;
}

export interface IfStmt extends Pos {
  kind: 'IfStmt';
  init: Stmt | null;
  cond: Expr;
  body: BlockStmt;
  /** null, an IfStmt or a BlockStmt. */
  else: Stmt | null;
}

export interface CaseClause extends Pos {
  kind: 'CaseClause';
  /** null for `default`. */
  list: Expr[] | null;
  body: Stmt[];
  colonLine: number;
  colonCol: number;
}

export interface SwitchStmt extends Pos {
  kind: 'SwitchStmt';
  init: Stmt | null;
  tag: Expr | null;
  body: CaseClause[];
  rbraceLine: number;
  rbraceCol: number;
}

/**
 * `switch [init;] [x :=] y.(type) { ... }`. `assign` is the guard: an ExprStmt holding the
 * TypeAssertExpr (type null), or an AssignStmt `x := y.(type)`.
 */
export interface TypeSwitchStmt extends Pos {
  kind: 'TypeSwitchStmt';
  init: Stmt | null;
  assign: ExprStmt | AssignStmt;
  body: CaseClause[];
  rbraceLine: number;
  rbraceCol: number;
}

export interface CommClause extends Pos {
  kind: 'CommClause';
  /** The send or receive statement; null for `default`. */
  comm: Stmt | null;
  body: Stmt[];
  colonLine: number;
  colonCol: number;
}

export interface SelectStmt extends Pos {
  kind: 'SelectStmt';
  body: CommClause[];
  rbraceLine: number;
  rbraceCol: number;
}

export interface ForStmt extends Pos {
  kind: 'ForStmt';
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  body: BlockStmt;
}

export interface RangeStmt extends Pos {
  kind: 'RangeStmt';
  key: Expr | null;
  value: Expr | null;
  /** A third iteration variable (an error the checker reports), else null. */
  extra: Expr | null;
  /** '=' or ':=' when there is a key, else null. */
  tok: '=' | ':=' | null;
  x: Expr;
  body: BlockStmt;
  rangeLine: number;
  rangeCol: number;
}

export type Stmt =
  | BadStmt | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt | AssignStmt
  | GoStmt | DeferStmt | ReturnStmt | BranchStmt | BlockStmt | IfStmt | CaseClause | SwitchStmt
  | TypeSwitchStmt | CommClause | SelectStmt | ForStmt | RangeStmt;

// ---------------------------------------------------------------------------------------------
// Declarations and the file

export interface ImportSpec extends Pos {
  kind: 'ImportSpec';
  /** The local name (`.`, `_` or an identifier), or null. */
  name: Ident | null;
  path: BasicLit;
}

export interface ValueSpec extends Pos {
  kind: 'ValueSpec';
  names: Ident[];
  type: Expr | null;
  values: Expr[];
  /** For a const spec, its index in its group (the value of iota). */
  iota: number;
}

export interface TypeSpec extends Pos {
  kind: 'TypeSpec';
  name: Ident;
  typeParams: Field[] | null;
  /** true for an alias declaration `type A = B`. */
  assign: boolean;
  type: Expr;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface GenDecl extends Pos {
  kind: 'GenDecl';
  tok: 'import' | 'const' | 'type' | 'var';
  /** true when the specs are grouped in parentheses. */
  grouped: boolean;
  specs: Spec[];
}

export interface FuncDecl extends Pos {
  kind: 'FuncDecl';
  recv: Field | null;
  name: Ident;
  typeParams: Field[] | null;
  type: FuncType;
  /** null for a function declared without a body (implemented elsewhere). */
  body: BlockStmt | null;
  /** The `//go:` directives written just before the declaration, e.g. ["go:noinline"]. */
  pragmas: string[];
}

export type Decl = GenDecl | FuncDecl;

export interface File extends Pos {
  kind: 'File';
  /** The file name as given to the parser. */
  file: string;
  name: Ident;
  /** Every import spec of the file, in order (they also appear in `decls`). */
  imports: ImportSpec[];
  decls: Decl[];
  /** Position of the end of the file. */
  eofLine: number;
  eofCol: number;
  /** The file's line directives, when it has any. */
  posBases?: PosBases;
}

export type Node = Expr | Stmt | Spec | Decl | Field | File;

/** The leftmost position of an expression (gc's syntax.StartPos). */
export function startPos(x: Expr): Pos {
  for (;;) {
    switch (x.kind) {
      case 'BinaryExpr': x = x.x; continue;
      case 'CallExpr': x = x.fun; continue;
      case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr': case 'SelectorExpr':
      case 'TypeAssertExpr':
        x = x.x; continue;
      case 'KeyValueExpr': x = x.key; continue;
      case 'CompositeLit':
        if (x.type) { x = x.type; continue; }
        return { line: x.line, col: x.col };
      case 'FuncType': return { line: x.line, col: x.col };
      default: return { line: x.line, col: x.col };
    }
  }
}
