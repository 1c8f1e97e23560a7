// The universe, scopes and objects.
import { describe, expect, it } from 'vitest';
import { Builtin, BuiltinId, Const, Func, Nil, TypeName, Var, comparePos, noPos } from '../../src/compiler/types/objects.js';
import { Scope } from '../../src/compiler/types/scope.js';
import { typeString } from '../../src/compiler/types/typestring.js';
import { BasicKind, Named, Typ } from '../../src/compiler/types/types.js';
import { interfaceMethods } from '../../src/compiler/types/typeset.js';
import { builtinInfo, universe, universeIota, unsafePkg, newPackage, errorType } from '../../src/compiler/types/universe.js';
import { boolVal } from '../../src/compiler/types/constant.js';
import { int } from './build.js';

describe('universe', () => {
  it('declares the predeclared types', () => {
    const names = ['bool', 'int', 'int8', 'uint64', 'uintptr', 'float32', 'complex128', 'string', 'byte', 'rune', 'error', 'any', 'comparable'];
    for (const n of names) expect(universe.lookup(n)).toBeInstanceOf(TypeName);
    expect(universe.lookup('Pointer')).toBeUndefined();
    expect(unsafePkg.scope.lookup('Pointer')?.type).toBe(Typ[BasicKind.UnsafePointer]);
  });
  it('makes byte and rune aliases that keep their names', () => {
    const byte = universe.lookup('byte') as TypeName;
    expect(byte.isAlias()).toBe(true);
    expect((universe.lookup('uint8') as TypeName).isAlias()).toBe(false);
    expect((universe.lookup('any') as TypeName).isAlias()).toBe(true);
    expect((universe.lookup('error') as TypeName).isAlias()).toBe(false);
    expect((unsafePkg.scope.lookup('Pointer') as TypeName).isAlias()).toBe(false);
    expect(typeString(byte.type)).toBe('byte');
  });
  it('gives error its Error method', () => {
    const [m] = interfaceMethods(errorType);
    expect(m?.name).toBe('Error');
    expect(typeString(m!.type)).toBe('func() string');
    expect(errorType).toBeInstanceOf(Named);
  });
  it('declares constants and nil', () => {
    expect(boolVal((universe.lookup('true') as Const).val)).toBe(true);
    expect(universe.lookup('iota')).toBe(universeIota);
    expect(universe.lookup('nil')).toBeInstanceOf(Nil);
  });
  it('declares builtins with ids, unsafe ones in package unsafe', () => {
    const names = ['append', 'cap', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'new', 'panic', 'print', 'println', 'real', 'recover'];
    for (const n of names) {
      const b = universe.lookup(n);
      expect(b).toBeInstanceOf(Builtin);
      expect(builtinInfo[(b as Builtin).builtinId].name).toBe(n);
    }
    for (const n of ['Sizeof', 'Offsetof', 'Alignof', 'Add', 'Slice']) {
      expect(unsafePkg.scope.lookup(n)).toBeInstanceOf(Builtin);
      expect(universe.lookup(n)).toBeUndefined();
    }
    expect((universe.lookup('append') as Builtin).builtinId).toBe(BuiltinId.Append);
    expect(universe.lookup('assert')).toBeUndefined();
  });
});

describe('scopes', () => {
  const pos = (line: number, col: number) => ({ file: 'a.go', line, col });
  it('insert returns the existing object on conflict and ignores blanks', () => {
    const s = new Scope(null);
    const a = new Var(pos(1, 1), null, 'a', int);
    expect(s.insert(a)).toBeUndefined();
    expect(s.insert(new Var(pos(2, 1), null, 'a', int))).toBe(a);
    expect(s.insert(new Var(pos(3, 1), null, '_', int))).toBeUndefined();
    expect(s.names()).toEqual(['a']);
    expect(a.parent).toBe(s);
  });
  it('lookupParent respects where a local declaration begins', () => {
    const pkg = newPackage('main', 'main');
    const outer = new Var(pos(1, 5), pkg, 'x', int);
    pkg.scope.insert(outer);
    const fn = new Scope(pkg.scope, pos(3, 1), pos(9, 1), 'function f');
    const inner = new Var(pos(4, 2), pkg, 'x', int);
    inner.scopePos = pos(4, 10);
    fn.insert(inner);
    expect(fn.lookupParent('x', pos(4, 7))?.[1]).toBe(outer);
    expect(fn.lookupParent('x', pos(5, 1))?.[1]).toBe(inner);
    expect(fn.lookupParent('int', pos(5, 1))?.[0]).toBe(universe);
    expect(pkg.scope.innermost(pos(5, 1))).toBe(fn);
  });
  it('package-level names are visible before their declaration', () => {
    const pkg = newPackage('p', 'p');
    const f = new Func(pos(10, 6), pkg, 'later', Typ[BasicKind.Invalid]!);
    pkg.scope.insert(f);
    const body = new Scope(pkg.scope, pos(2, 1), pos(3, 1));
    expect(body.lookupParent('later', pos(2, 5))?.[1]).toBe(f);
  });
  it('orders positions and qualifies ids', () => {
    expect(comparePos(pos(1, 9), pos(2, 1))).toBeLessThan(0);
    expect(comparePos(noPos, noPos)).toBe(0);
    const pkg = newPackage('a/b', 'b');
    expect(new Var(noPos, pkg, 'x', int).id()).toBe('a/b.x');
    expect(new Var(noPos, pkg, 'X', int).id()).toBe('X');
    expect(new Var(noPos, pkg, 'Ünïcode', int).exported()).toBe(true);
  });
});
