// Collecting package-level objects (types2 resolver.go; spec "Declarations and scope",
// "Import declarations", "Package clause").
//
// Design
//   One pass over all files declares every package-level constant, variable, type and function
//   in the package scope (each with a DeclInfo saying where it came from), and every import in
//   its file's scope. Nothing is type-checked here: that happens in decl.ts, on demand, so that
//   declaration order does not matter. Methods are not in any scope; they are listed under the
//   name of their receiver's base type (found syntactically, `T` in `func (p *T) m()`) and
//   attached when that type is declared. `init` functions are not declared at all.
//
//   Methods of generic types are found the same way (the base of `func (l *List[T]) m()` is
//   `List`); their receiver type parameters are declared when the method's signature is checked.
//
// Differences from types2: no "C" imports; import paths are resolved only among the standard
// packages we ship.
import type * as ast from '../../parser/ast.js';
import { Const, Func, PkgName, TypeName, Var, isExported, type Obj } from '../types/objects.js';
import type { Package } from '../types/package.js';
import { Scope } from '../types/scope.js';
import { unquoteString } from '../types/quote.js';
import { BasicKind, Typ, invalidType } from '../types/types.js';
import { makeUnknown } from '../types/constant.js';
import { unsafePkg } from '../types/universe.js';
import type { Checker, DeclInfo } from './check.js';

export function collectObjects(check: Checker, files: readonly ast.File[]): void {
  const pkg = check.pkg;
  for (const file of files) {
    check.ctx.fileName = file.file;
    const fileScope = new Scope(pkg.scope, { file: file.file, line: 1, col: 1 }, { file: file.file, line: file.eofLine, col: file.eofCol }, `file ${file.file}`);
    fileScope.isPackage = true;
    check.recordScope(file, fileScope);
    const mk = (): DeclInfo => ({ fileName: file.file, fileScope, deps: new Set() });
    const P = (n: ast.Pos) => check.pos(n);

    for (const decl of file.decls) {
      if (decl.kind === 'FuncDecl') {
        const name = decl.name.name;
        const obj = new Func(P(decl.name), pkg, name, invalidType);
        const info: DeclInfo = { ...mk(), fdecl: decl };
        if (decl.recv === null) {
          if (name === 'init' || (name === 'main' && pkg.name === 'main')) {
            if (decl.typeParams !== null && decl.typeParams.length > 0) {
              const tp = decl.typeParams[0]!;
              check.errorf(tp.names[0] ?? tp, `func ${name} must have no type parameters`);
            } else if (decl.type.params.length > 0 || decl.type.results.length > 0) {
              check.errorf(decl, `func ${name} must have no arguments and no return values`);
            }
          }
          if (name === 'init') {
            obj.parent = pkg.scope;
            check.recordDef(decl.name, obj);
            check.inits.push(obj);
            if (decl.body === null) check.errorAtObj(obj.pos, 'missing function body');
          } else {
            check.declare(pkg.scope, decl.name, obj);
          }
        } else {
          check.recordDef(decl.name, obj);
          const base = receiverBaseName(decl.recv.type);
          if (base !== null) {
            const list = pendingMethods.get(check) ?? new Map<string, Func[]>();
            pendingMethods.set(check, list);
            list.set(base, [...(list.get(base) ?? []), obj]);
          }
        }
        check.objMap.set(obj, info);
        check.objList.push(obj);
        obj.order = check.objList.length;
        continue;
      }

      switch (decl.tok) {
        case 'import':
          for (const s of decl.specs as ast.ImportSpec[]) declareImport(check, fileScope, s);
          break;
        case 'const': {
          let last: ast.ValueSpec | null = null;
          for (const s of decl.specs as ast.ValueSpec[]) {
            let inherited = false;
            if (s.type !== null || s.values.length > 0) last = s;
            else if (last !== null) inherited = true;
            const src = last ?? s;
            for (let i = 0; i < s.names.length; i++) {
              const id = s.names[i]!;
              const obj = new Const(P(id), pkg, id.name, invalidType, makeUnknown());
              const info: DeclInfo = {
                ...mk(), vtype: src.type, init: src.values[i] ?? null, inherited, iota: s.iota, constPos: id,
              };
              declarePkgObj(check, id, obj, info);
            }
            arity(check, s, s.names, src.values, true, inherited);
          }
          break;
        }
        case 'var':
          for (const s of decl.specs as ast.ValueSpec[]) {
            const vars = s.names.map((id) => new Var(P(id), pkg, id.name, invalidType));
            const shared: DeclInfo | null = s.values.length === 1 && s.names.length > 1
              ? { ...mk(), lhs: vars, vtype: s.type, init: s.values[0]! } : null;
            s.names.forEach((id, i) => {
              const info = shared ?? { ...mk(), vtype: s.type, init: s.values[i] ?? null };
              declarePkgObj(check, id, vars[i]!, info);
            });
            if (s.type === null || s.values.length > 0) arity(check, s, s.names, s.values, false, false);
          }
          break;
        case 'type':
          for (const s of decl.specs as ast.TypeSpec[]) {
            const obj = new TypeName(P(s.name), pkg, s.name.name, invalidType);
            declarePkgObj(check, s.name, obj, { ...mk(), tdecl: s });
          }
          break;
      }
    }
  }

  // Attach methods to their receiver base type names (types2 does this in collectObjects too).
  const list = pendingMethods.get(check);
  if (list !== undefined) {
    for (const [name, ms] of list) {
      let obj = pkg.scope.lookup(name);
      // Follow aliases to the defined type (types2 resolveBaseTypeName).
      for (let n = 0; n < 100 && obj instanceof TypeName; n++) {
        const td = check.objMap.get(obj)?.tdecl;
        if (td === undefined || !td.assign) break;
        let t = td.type;
        while (t.kind === 'ParenExpr') t = t.x;
        if (t.kind !== 'Ident') break;
        obj = pkg.scope.lookup(t.name);
      }
      if (obj instanceof TypeName) check.methods.set(obj, [...(check.methods.get(obj) ?? []), ...ms]);
      else if (!(obj instanceof TypeName)) {
        // Methods on unknown or non-type receivers are checked (and reported) with their signature.
        const orphans = check.methods.get(orphanKey) ?? [];
        check.methods.set(orphanKey, [...orphans, ...ms]);
      }
    }
    pendingMethods.delete(check);
  }

  // A file-scope import must not clash with a package-level name (types2 "already declared").
  for (const file of files) {
    const fs = check.info.scopes.get(file)!;
    check.ctx.fileName = file.file;
    for (const obj of fs.objects()) {
      const alt = pkg.scope.lookup(obj.name);
      if (alt === undefined) continue;
      if (obj instanceof PkgName) {
        check.errorAtObj(alt.pos, `${alt.name} already declared through import of ${obj.imported.toString()}\n\t${obj.pos.file}:${obj.pos.line}:${obj.pos.col}: other declaration of ${alt.name}`);
      } else {
        check.errorAtObj(alt.pos, `${alt.name} already declared through dot-import of ${obj.pkg?.toString()}\n\t${obj.pos.file}:${obj.pos.line}:${obj.pos.col}: other declaration of ${alt.name}`);
      }
    }
  }
}

const pendingMethods = new WeakMap<Checker, Map<string, Func[]>>();
/** Key under which methods with an unresolvable receiver base are kept. */
export const orphanKey = new TypeName({ file: '', line: 0, col: 0 }, null, '', invalidType);

function declarePkgObj(check: Checker, id: ast.Ident, obj: Const | Var | TypeName, info: DeclInfo): void {
  if (id.name === 'init') {
    check.errorf(id, `cannot declare init - must be func`);
    return;
  }
  if (id.name === 'main' && check.pkg.name === 'main') {
    check.errorf(id, `cannot declare main - must be func`);
    return;
  }
  check.declare(check.pkg.scope, id, obj);
  check.objMap.set(obj, info);
  check.objList.push(obj);
  obj.order = check.objList.length;
}

function arity(check: Checker, s: ast.ValueSpec, names: ast.Ident[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void {
  const l = names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l]!;
    if (inherited) check.errorf(s, `extra init expr at ${check.ctx.fileName}:${n.line}:${n.col}`);
    else check.errorf(n, `extra init expr ${exprStr(n)}`);
  } else if (l > r && (constDecl || r !== 1)) {
    const n = names[r]!;
    check.errorf(n, `missing init expr for ${n.name}`);
  }
}

import { exprString as exprStr } from '../../parser/printer.js';

function receiverBaseName(t: ast.Expr): string | null {
  for (;;) {
    switch (t.kind) {
      case 'ParenExpr': t = t.x; continue;
      case 'StarExpr': t = t.x; continue;
      case 'IndexExpr': case 'IndexListExpr': t = t.x; continue;
      case 'Ident': return t.name;
      default: return null;
    }
  }
}

function declareImport(check: Checker, fileScope: Scope, s: ast.ImportSpec): void {
  const path = unquoteString(s.path.value);
  if (path === null || path === '') {
    check.errorf(s.path, 'invalid import path (empty string)');
    return;
  }
  const bad = [...path].find((c) => c.codePointAt(0)! < 0x20 || (c.codePointAt(0)! >= 0x7f && c.codePointAt(0)! < 0xa0) || /\s/u.test(c) || c === '\\' || '!"#$%&\'()*,:;<=>?[]^`{|}\ufffd'.includes(c));
  if (bad !== undefined) {
    const cp = bad.codePointAt(0)!;
    const printable = cp >= 0x20 && cp !== 0x7f && cp !== 0xfffd;
    check.errorf(s.path, `invalid import path (invalid character U+${cp.toString(16).toUpperCase().padStart(4, '0')}${printable ? ` '${bad}'` : ''})`);
    return;
  }
  let imp: Package;
  if (path === 'unsafe') imp = unsafePkg;
  else {
    const r = check.importer.importPackage(path);
    if (typeof r === 'string') {
      check.errorf(s.path, `could not import ${path} (${r})`);
      return;
    }
    imp = r;
  }
  if (!check.pkg.imports.includes(imp)) check.pkg.imports.push(imp);
  const name = s.name?.name ?? imp.name;
  if (name === 'init') {
    check.errorf(s, 'cannot import package as init - init must be a func');
    return;
  }
  const at = s.name ?? s.path;
  const obj = new PkgName(check.pos(at), check.pkg, name, imp);
  if (s.name !== null) check.recordDef(s.name, obj);
  else check.info.implicits.set(s, obj);
  if (name === '.') {
    for (const o of imp.scope.objects()) {
      if (!isExported(o.name)) continue;
      const alt = fileScope.insert(o);
      if (alt !== undefined) {
        check.errorAtObj(obj.pos, `${o.name} redeclared in this block`);
      }
    }
    dotImports.set(obj, fileScope);
    check.imports.push(obj);
    return;
  }
  if (name !== '_') {
    const alt = fileScope.insert(obj);
    if (alt !== undefined) {
      check.errorAtObj(obj.pos, `${name} redeclared in this block\n\t${alt.pos.file}:${alt.pos.line}:${alt.pos.col}: other declaration of ${name}`);
      return;
    }
    check.imports.push(obj);
  }
}

/** Dot-imports and their file scope: a dot-import is used when any of its objects is. */
export const dotImports = new WeakMap<PkgName, Scope>();

export function isDotImported(obj: Obj, fileScope: Scope): boolean {
  return obj.pkg !== null && fileScope.lookup(obj.name) === obj;
}

