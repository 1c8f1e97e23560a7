// The checker: state shared by all passes, and the driver for one package (types2 check.go).
//
// Design
//   `checkFiles` runs the phases of go/types in order:
//     1. collectObjects (resolver.ts): declare every package-level object in the package scope,
//        imports in each file's scope, methods attached to their receiver base type names.
//     2. packageObjects (decl.ts): type-check every package-level declaration, in source order,
//        following dependencies depth-first (objDecl) so that each object is checked before
//        use; cycles are found on the way (grey objects on the path).
//     3. processDelayed: function bodies and other work queued while checking declarations
//        (a body may mention anything in the package, so bodies come after all signatures).
//     4. initOrder (initorder.ts): package-level variables in dependency order.
//     5. unusedImports (unused.ts).
//   Errors are collected in an ErrorSink (errors.ts), never thrown.
//
//   The Checker's `ctx` is the environment of what is being checked now (types2 environment):
//   the scope, the package-level declaration whose dependencies are being recorded, iota, the
//   enclosing function's signature. Functions in the other modules take the Checker as their
//   first argument; they mirror types2's methods of the same names.
//
// Differences from types2: no bailout panic (errors never stop the checker); the Checker holds
// the file name of what it checks, because our positions are line:col without a file.
import type * as ast from '../../parser/ast.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Value } from '../types/constant.js';
import { Func, TypeName, type Obj, type Var } from '../types/objects.js';
import type { Package } from '../types/package.js';
import type { Scope } from '../types/scope.js';
import { checkerQualifier, type Qualifier } from '../types/typestring.js';
import type { Signature, Type } from '../types/types.js';
import { ErrorSink, posOf, type At } from './errors.js';
import type { Info, Mode } from './info.js';
import type { Operand } from './operand.js';

/** What the checker knows about a package-level declaration (types2 declInfo). */
export interface DeclInfo {
  readonly fileName: string;
  /** The file scope the declaration appears in. */
  readonly fileScope: Scope;
  /** For `var a, b = f()`: all of the lhs (the same DeclInfo for each). */
  lhs?: Var[];
  /** The type expression of a const/var, or null. */
  vtype?: ast.Expr | null;
  /** The initializer of a const/var, or null. */
  init?: ast.Expr | null;
  /** A constant whose expression is repeated from an earlier spec (implicit repetition). */
  inherited?: boolean;
  /** For constants: the value of iota. */
  iota?: number;
  /** For constants: where the constant is declared (errors in inherited expressions go there). */
  constPos?: At;
  tdecl?: ast.TypeSpec;
  fdecl?: ast.FuncDecl;
  /** Package-level objects this declaration refers to (for init order and cycles). */
  readonly deps: Set<Obj>;
}

export interface Context {
  decl: DeclInfo | null;
  scope: Scope;
  iota: Value | undefined;
  /** Position for errors in an inherited constant expression. */
  errpos: At | null;
  sig: Signature | null;
  /** Function body contains labels / calls: set while walking. */
  hasLabel: boolean;
  /** The file whose code is being checked. */
  fileName: string;
  /** Inside a FuncLit within a function (for captured variables). */
  funcLit: ast.FuncLit | null;
}

export interface Importer {
  /** The checked package for an import path, or an error message. */
  importPackage(path: string): Package | string;
}

export class Checker {
  readonly errors = new ErrorSink();
  readonly objMap = new Map<Obj, DeclInfo>();
  /** Objects of the package-level declarations in source order. */
  readonly objList: Obj[] = [];
  /** Colours of objDecl's depth-first walk: grey while on the path. */
  readonly color = new Map<Obj, 'grey' | 'black'>();
  readonly objPath: Obj[] = [];
  readonly methods = new Map<TypeName, Func[]>();
  /**
   * Each signature's function scope (parameters and results), for funcBody. Kept by the checker
   * rather than with the signature, which outlives the check: a package's types would otherwise
   * keep every function scope, and through it the function's local scopes and variables.
   */
  readonly sigScopes = new Map<Signature, Scope>();
  readonly delayed: (() => void)[] = [];
  /** Every file scope's import objects, for "imported and not used". */
  readonly imports: import('../types/objects.js').PkgName[] = [];
  /** Local variables that must be used, per function (unused.ts). */
  readonly usage: Var[] = [];
  /** `init` functions in source order. */
  readonly inits: Func[] = [];
  /** Untyped expressions whose final type is not yet known (types2 untyped map). */
  readonly untyped = new Map<ast.Expr, { mode: Mode; type: Type; val?: Value }>();
  readonly qf: Qualifier;
  ctx: Context;
  firstErr = false;

  constructor(
    readonly pkg: Package,
    readonly info: Info,
    readonly importer: Importer,
    /** A standard package: bodiless functions are allowed. */
    readonly std: boolean,
  ) {
    this.qf = checkerQualifier(pkg);
    this.ctx = {
      decl: null, scope: pkg.scope, iota: undefined, errpos: null, sig: null, hasLabel: false, fileName: '', funcLit: null,
    };
  }

  // ---- errors

  /** Reports msg at `at` (an operand or node: its start; or an explicit position). */
  errorf(at: Operand | ast.Node | At, msg: string): void {
    if (this.firstErr && (msg.indexOf('invalid operand') > 0 || msg.indexOf('invalid type') > 0)) return;
    const p = this.ctx.errpos ?? posOf(at);
    this.firstErr = true;
    this.errors.add({ file: this.ctx.fileName, line: p.line, col: p.col, msg });
  }

  /** Reports at an explicit file position (an object's declaration). */
  errorAtObj(pos: { file: string; line: number; col: number }, msg: string): void {
    this.firstErr = true;
    this.errors.add({ file: pos.file || this.ctx.fileName, line: pos.line, col: pos.col, msg });
  }

  diagnostics(): Diagnostic[] {
    return this.errors.diagnostics();
  }

  /** A position with the current file name, for objects. */
  pos(at: At): { file: string; line: number; col: number } {
    return { file: this.ctx.fileName, line: at.line, col: at.col };
  }

  // ---- recording

  recordTypeAndValue(x: ast.Expr, mode: Mode, type: Type, val?: Value): void {
    if (mode === 'constant') this.info.types.set(x, { mode, type, value: val });
    else this.info.types.set(x, { mode, type });
  }

  recordDef(id: ast.Ident, obj: Obj): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id, obj);
  }

  recordScope(n: ast.Node, s: Scope): void {
    this.info.scopes.set(n, s);
  }

  later(f: () => void): void {
    this.delayed.push(f);
  }

  /** Runs queued work, including work queued while running (types2 processDelayed). */
  processDelayed(from: number): void {
    for (let i = from; i < this.delayed.length; i++) this.delayed[i]!();
    this.delayed.length = from;
  }

  /** Declares obj in scope s, reporting a redeclaration (types2 declare). */
  declare(s: Scope, id: ast.Ident | null, obj: Obj, scopePos?: At): void {
    if (obj.name !== '_') {
      const alt = s.insert(obj);
      if (alt !== undefined) {
        let msg = `${obj.name} redeclared in this block`;
        if (alt.pos.line > 0) msg += `\n\t${alt.pos.file}:${alt.pos.line}:${alt.pos.col}: other declaration of ${obj.name}`;
        this.errorAtObj(obj.pos, msg);
        return;
      }
      if (scopePos) obj.scopePos = { file: obj.pos.file, line: scopePos.line, col: scopePos.col };
    }
    if (id !== null) this.recordDef(id, obj);
  }

  /** Records that the current package-level declaration depends on obj. */
  addDeclDep(obj: Obj): void {
    const d = this.ctx.decl;
    if (d === null) return;
    if (!this.objMap.has(obj)) return;
    d.deps.add(obj);
  }
}

import { collectObjects } from './resolver.js';
import { packageObjects } from './decl.js';
import { initOrder } from './initorder.js';
import { unusedImports } from './unused.js';

/** Type-checks the files of one package (see the header for the phases). */
export function checkFiles(check: Checker, files: readonly ast.File[]): void {
  for (const f of files) {
    if (f.name.name === '_') {
      check.ctx.fileName = f.file;
      check.errorf(f.name, 'invalid package name _');
    }
  }
  collectObjects(check, files);
  packageObjects(check);
  check.processDelayed(0);
  initOrder(check);
  if (!check.std) unusedImports(check);
  check.pkg.complete = true;
}
