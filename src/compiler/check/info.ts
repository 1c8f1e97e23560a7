// The result of type checking: what the code generator and later passes read (go/types `Info`).
//
// Design
//   The checker records, for every expression it evaluates, its mode, type and (for constants)
//   value, keyed by the AST node itself: AST nodes are plain objects with identity, so a Map
//   keyed by node needs no ids. Identifiers map to the objects they declare (`defs`) or denote
//   (`uses`); `implicits` holds objects without an identifier of their own (a type switch
//   clause's variable, an import without a name); `selections` records how each `x.f` resolves
//   (field path through embedded fields, method value or method expression, implicit
//   dereferences); `scopes` maps the nodes that open a block to their Scope.
//
//   Untyped expressions are recorded with their final type: after `var x int64 = 1 << 3` the
//   expression `1 << 3` is recorded as the constant 8 of type int64, and in `var f float64 = x + 1`
//   the `1` as a float64 (types2 rewrites untyped operands when their context fixes the type,
//   and so do we). As in go/types, the operands *inside* a constant expression (the `1` and `3`
//   of `1 << 3`) keep their untyped types: only the outermost constant is ever materialized.
//   `nil` is recorded with the type it was converted to.
//
//   `initOrder` lists package-level variable initializations in the order the spec requires
//   (spec "Package initialization": dependency order, then declaration order). A `CheckedPackage`
//   carries one package's Info; `Program.packages` lists every package in the order they must be
//   initialized (imported packages first, main last).
//
//   `instances` records every use of a generic function or type with its type arguments and the
//   instance (go/types Info.Instances), keyed by the identifier that names the generic object:
//   the code generator compiles one copy of a generic function per distinct argument list.
//
// Differences from go/types: `Selection` is a plain record instead of a class; `FileVersions`
// does not exist yet (-lang comes later); TypeAndValue carries `mode`
// as a string union instead of the unexported operandMode plus predicates, which reads better in a
// code generator's switch.
import type * as ast from '../../parser/ast.js';
import type { Value } from '../types/constant.js';
import type { Func, Obj, Var } from '../types/objects.js';
import type { Package } from '../types/package.js';
import type { Scope } from '../types/scope.js';
import type { Type } from '../types/types.js';

/**
 * What an expression is (types2 operandMode):
 *   constant  a compile-time constant (`value` is set)
 *   variable  an addressable location (a variable, `*p`, `a[i]` of an addressable array, `s[i]`, `x.f` of one)
 *   value     a computed value (not addressable)
 *   type      the expression denotes a type
 *   builtin   a predeclared function (`len`, `unsafe.Sizeof`) in call position
 *   novalue   a call of a function without results
 *   commaok   a value that may also be used as `v, ok` (type assertion, channel receive)
 *   mapindex  `m[k]`: a value that may be used as `v, ok`, and assigned to, but not addressed
 * A commaok or mapindex expression used in a two-value context (`v, ok := <-c`) is recorded with
 * the tuple type (T, untyped bool→bool as assigned), as go/types records it.
 */
export type Mode = 'constant' | 'variable' | 'value' | 'type' | 'builtin' | 'novalue' | 'commaok' | 'mapindex';

export interface TypeAndValue {
  readonly mode: Mode;
  readonly type: Type;
  /** The constant value when mode is 'constant'. */
  readonly value?: Value;
}

/** How `x.f` resolves (go/types Selection). */
export type SelectionKind = 'field' | 'method' | 'methodExpr';

export interface Selection {
  /**
   *   field       x.f is a struct field
   *   method      x.m is a method value (bound receiver) or the callee of a method call
   *   methodExpr  T.m is a method expression: a function whose first parameter is the receiver
   */
  readonly kind: SelectionKind;
  /** The type of x (for methodExpr, the type T). */
  readonly recv: Type;
  /** The field (Var) or method (Func) selected. */
  readonly obj: Var | Func;
  /**
   * Path of field indices from x to the selected object: all but the last are embedded fields
   * walked through; the last is the field's index or the method's index in its type's method
   * list (Named.methods or the interface's sorted method set).
   */
  readonly index: readonly number[];
  /** A pointer is dereferenced on the way (either x itself, or an embedded pointer field). */
  readonly indirect: boolean;
  /** The type of the selector expression (for methods: the signature without receiver, or with it as first parameter for methodExpr). */
  readonly type: Type;
}

export interface Info {
  /** Every checked expression (including type expressions and ParenExprs). */
  readonly types: Map<ast.Expr, TypeAndValue>;
  /** Identifiers that declare an object (package-level names, locals, params, fields, methods, labels). The package clause's name is absent. */
  readonly defs: Map<ast.Ident, Obj>;
  /** Identifiers that denote an object. */
  readonly uses: Map<ast.Ident, Obj>;
  /**
   * Objects declared without an identifier of their own:
   *   ast.ImportSpec without name → its PkgName
   *   ast.CaseClause of a type switch with `x :=` → the clause's Var
   *   ast.Field of an anonymous parameter/result → its Var
   */
  readonly implicits: Map<ast.Node, Obj>;
  /** `x.f` selector expressions that select a field or method (not qualified identifiers `pkg.Name`). */
  readonly selections: Map<ast.SelectorExpr, Selection>;
  /**
   * Scopes opened by: File, FuncType (the function's parameters and body), BlockStmt, IfStmt,
   * ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, CaseClause, CommClause, SelectStmt.
   */
  readonly scopes: Map<ast.Node, Scope>;
  /** Package-level variable initializations in execution order (spec "Package initialization"). */
  readonly initOrder: Initializer[];
  /** Function literals that refer to local variables of enclosing functions: those variables, in order of first use. */
  readonly captures: Map<ast.FuncLit, Var[]>;
  /**
   * Uses of generic functions and types, by the identifier naming them (`F` in `F[int]` and in
   * `F(x)` with inferred arguments, `List` in `List[int]`, `pkg.F`'s `F`): the type arguments and
   * the instantiated signature or Named type.
   */
  readonly instances: Map<ast.Ident, Instance>;
}

/** One instantiation (go/types Instance). */
export interface Instance {
  readonly typeArgs: readonly Type[];
  readonly type: Type;
}

/** One package-level initialization `lhs... = rhs` (several lhs for `var a, b = f()`). */
export interface Initializer {
  readonly lhs: readonly Var[];
  readonly rhs: ast.Expr;
}

export function newInfo(): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    scopes: new Map(),
    initOrder: [],
    captures: new Map(),
    instances: new Map(),
  };
}

/** One checked package. */
export interface CheckedPackage {
  readonly pkg: Package;
  readonly info: Info;
  /** The package's files, in the order given. */
  readonly files: readonly ast.File[];
  /** Functions declared `init`, in source order (they are not in the package scope). */
  readonly inits: readonly Func[];
  /** True for packages loaded from src/stdlib (functions without bodies are native). */
  readonly std: boolean;
}

/** The whole program: every package in initialization order, main last. */
export interface Program {
  readonly packages: readonly CheckedPackage[];
  readonly main: CheckedPackage;
}
