// The universe scope (spec "Predeclared identifiers", "Package unsafe").
//
// Design
//   Built once at module load: the predeclared types (with `byte` and `rune` as aliases that keep
//   their own names for messages), `error` (a Named type with method `Error() string`), `any`
//   (an alias for one distinguished empty interface, which typestring prints as `any`: a
//   literal `interface{}` elsewhere is a different object and prints as `interface{}`, as in
//   gc 1.19), `comparable` (a Named interface whose type set is "comparable types"), the
//   constants `true`, `false`, `iota`, `nil`, and the builtin functions. Package `unsafe` holds
//   `Pointer` and its builtins; it is imported, not in the universe.
//
//   `builtinInfo` is the table the checker's builtins.ts reads: argument count, whether more
//   arguments are allowed, and whether a call may stand as a statement (gc: "len(x) (value of
//   type int) is not used").
//
// Differences from go/types: universe objects are created at import time rather than in an init
// function, and package scopes are created through `newPackage` (package.ts cannot import
// this module without a cycle).
import { Const, Func, Nil, TypeName, Builtin, BuiltinId, Var, noPos } from './objects.js';
import { Package } from './package.js';
import { Scope } from './scope.js';
import { makeBool, makeInt } from './constant.js';
import { BasicKind, Interface, Named, Signature, Tuple, Typ, aliases, type Type } from './types.js';

export const universe = new Scope(null, undefined, undefined, 'universe');
universe.isPackage = true;

/** Package unsafe (imported as "unsafe"). */
export const unsafePkg = new Package('unsafe', 'unsafe', universe);
unsafePkg.complete = true;

function def(scope: Scope, obj: TypeName | Const | Func | Builtin | Nil): void {
  scope.insert(obj);
}

// Predeclared basic types (not Invalid, not UnsafePointer, not the untyped kinds).
for (const t of Typ) {
  if (t.kind === BasicKind.Invalid || t.kind === BasicKind.UnsafePointer || t.kind >= BasicKind.UntypedBool) continue;
  def(universe, new TypeName(noPos, null, t.name, t));
}
for (const t of aliases) def(universe, new TypeName(noPos, null, t.name, t));
def(unsafePkg.scope, new TypeName(noPos, unsafePkg, 'Pointer', Typ[BasicKind.UnsafePointer]!));

/** The distinguished empty interface that `any` denotes (prints as "any"). */
export const anyType = new Interface();
def(universe, new TypeName(noPos, null, 'any', anyType));

/** The predeclared `error` type. */
export const errorType: Named = (() => {
  const obj = new TypeName(noPos, null, 'error', Typ[BasicKind.Invalid]!);
  const named = new Named(obj);
  obj.type = named;
  const res = new Tuple([new Var(noPos, null, '', Typ[BasicKind.String]!)]);
  const sig = new Signature(new Var(noPos, null, '', named), new Tuple(), res, false);
  const errorMethod = new Func(noPos, null, 'Error', sig);
  named.setUnderlying(new Interface([errorMethod]));
  def(universe, obj);
  return named;
})();

/** The predeclared `comparable` constraint (usable only as a constraint; generics stage). */
export const comparableType: Named = (() => {
  const obj = new TypeName(noPos, null, 'comparable', Typ[BasicKind.Invalid]!);
  const named = new Named(obj);
  obj.type = named;
  const iface = new Interface();
  iface.tset = { methods: [], comparable: true, terms: null, duplicates: [] };
  named.setUnderlying(iface);
  def(universe, obj);
  return named;
})();

export const universeTrue = new Const(noPos, null, 'true', Typ[BasicKind.UntypedBool]!, makeBool(true));
export const universeFalse = new Const(noPos, null, 'false', Typ[BasicKind.UntypedBool]!, makeBool(false));
/** `iota`'s value is set per constant spec by the checker; the object only marks the name. */
export const universeIota = new Const(noPos, null, 'iota', Typ[BasicKind.UntypedInt]!, makeInt(0));
export const universeNil = new Nil();
def(universe, universeTrue);
def(universe, universeFalse);
def(universe, universeIota);
def(universe, universeNil);

export enum BuiltinKind {
  /** Used as an expression; a call standing alone is "is not used". */
  Expression,
  /** May stand as a statement. */
  Statement,
}

export interface BuiltinInfo {
  readonly name: string;
  /** Minimum number of arguments. */
  readonly nargs: number;
  /** More arguments are permitted. */
  readonly variadic: boolean;
  readonly kind: BuiltinKind;
  /** Declared in package unsafe. */
  readonly unsafe?: boolean;
}

const E = BuiltinKind.Expression;
const S = BuiltinKind.Statement;

export const builtinInfo: Readonly<Record<BuiltinId, BuiltinInfo>> = {
  [BuiltinId.Append]: { name: 'append', nargs: 1, variadic: true, kind: E },
  [BuiltinId.Cap]: { name: 'cap', nargs: 1, variadic: false, kind: E },
  [BuiltinId.Close]: { name: 'close', nargs: 1, variadic: false, kind: S },
  [BuiltinId.Complex]: { name: 'complex', nargs: 2, variadic: false, kind: E },
  [BuiltinId.Copy]: { name: 'copy', nargs: 2, variadic: false, kind: S },
  [BuiltinId.Delete]: { name: 'delete', nargs: 2, variadic: false, kind: S },
  [BuiltinId.Imag]: { name: 'imag', nargs: 1, variadic: false, kind: E },
  [BuiltinId.Len]: { name: 'len', nargs: 1, variadic: false, kind: E },
  [BuiltinId.Make]: { name: 'make', nargs: 1, variadic: true, kind: E },
  [BuiltinId.New]: { name: 'new', nargs: 1, variadic: false, kind: E },
  [BuiltinId.Panic]: { name: 'panic', nargs: 1, variadic: false, kind: S },
  [BuiltinId.Print]: { name: 'print', nargs: 0, variadic: true, kind: S },
  [BuiltinId.Println]: { name: 'println', nargs: 0, variadic: true, kind: S },
  [BuiltinId.Real]: { name: 'real', nargs: 1, variadic: false, kind: E },
  [BuiltinId.Recover]: { name: 'recover', nargs: 0, variadic: false, kind: S },
  [BuiltinId.Add]: { name: 'Add', nargs: 2, variadic: false, kind: E, unsafe: true },
  [BuiltinId.Alignof]: { name: 'Alignof', nargs: 1, variadic: false, kind: E, unsafe: true },
  [BuiltinId.Offsetof]: { name: 'Offsetof', nargs: 1, variadic: false, kind: E, unsafe: true },
  [BuiltinId.Sizeof]: { name: 'Sizeof', nargs: 1, variadic: false, kind: E, unsafe: true },
  [BuiltinId.Slice]: { name: 'Slice', nargs: 2, variadic: false, kind: E, unsafe: true },
  [BuiltinId.Assert]: { name: 'assert', nargs: 1, variadic: false, kind: S },
  [BuiltinId.Trace]: { name: 'trace', nargs: 0, variadic: true, kind: S },
};

for (const key of Object.keys(builtinInfo)) {
  const id = Number(key) as BuiltinId;
  if (id === BuiltinId.Assert || id === BuiltinId.Trace) continue;
  const info = builtinInfo[id];
  const pkg = info.unsafe ? unsafePkg : null;
  def(info.unsafe ? unsafePkg.scope : universe, new Builtin(pkg, info.name, id));
}

/** The universe object for a predeclared type name (`int`, `byte`, `error`...). */
export function universeType(name: string): Type {
  const obj = universe.lookup(name);
  if (!(obj instanceof TypeName)) throw new Error(`no predeclared type ${name}`);
  return obj.type;
}

/** A new package whose scope is a child of the universe. */
export function newPackage(path: string, name: string): Package {
  return new Package(path, name, universe);
}
