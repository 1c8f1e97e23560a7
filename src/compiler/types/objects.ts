// Named language entities (spec "Declarations and scope"): the objects a Scope maps names to.
//
// Design
//   One class per kind of object, as in go/types: Var (variables, parameters, results, struct
//   fields), Const, TypeName, Func (functions and methods, including interface methods), PkgName
//   (an import), Label, Builtin (a predeclared function, with the id the checker switches on) and
//   Nil. All share `BaseObject`: the package (null for universe objects), the name, the type
//   (mutable: the checker fills it in when it resolves the declaration) and the declaring
//   position. `Obj` is the union to narrow with `instanceof`.
//
//   `id()` is the identity used for field and method names: exported names are the same in every
//   package, unexported names are qualified by the package path (spec "Uniqueness of
//   identifiers"). `scopePos` is where the object's scope begins (for `lookupParent` at a
//   position; a local variable is not visible in its own initializer).
//
// Differences from go/types: positions are `{file, line, col}` values instead of token.Pos (gc's
// messages need exactly these); the checker's per-object state (colour for cycle detection, the
// declaration it came from) is left to the checker's own maps.
import type { Value } from './constant.js';
import type { Package } from './package.js';
import type { Scope } from './scope.js';
import {
  Basic, BasicKind, Interface, Named, Pointer, Signature, Typ, TypeParam, byteType, invalidType, runeType, under, type Type,
} from './types.js';

/** A source position: declaring file, 1-based line and byte column (gc's). */
export interface Pos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export const noPos: Pos = { file: '', line: 0, col: 0 };

/** a < b, a == b, a > b as -1, 0, 1 (positions in different files compare by file name). */
export function comparePos(a: Pos, b: Pos): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col;
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0);
  if (c === undefined) return false;
  return /\p{Lu}/u.test(String.fromCodePoint(c));
}

export abstract class BaseObject {
  /** The scope the object is declared in (set by Scope.insert); null for fields and methods. */
  parent: Scope | null = null;
  /** Where the object's scope starts (see the header); defaults to its position. */
  scopePos: Pos;
  /** Declaration order within a package, for deterministic iteration. */
  order = 0;

  constructor(
    readonly pos: Pos,
    readonly pkg: Package | null,
    readonly name: string,
    public type: Type,
  ) {
    this.scopePos = pos;
  }

  exported(): boolean {
    return isExported(this.name);
  }

  /** The name qualified for uniqueness: unexported names carry their package path. */
  id(): string {
    return objectId(this.pkg, this.name);
  }

  /** Whether this object's name is the same identifier as `name` in `pkg`. */
  sameId(pkg: Package | null, name: string): boolean {
    if (name !== this.name) return false;
    if (isExported(name)) return true;
    // Unexported names from different packages differ.
    if (pkg === null || this.pkg === null) return pkg === this.pkg;
    return pkg.path === this.pkg.path;
  }
}

export function objectId(pkg: Package | null, name: string): string {
  if (isExported(name) || pkg === null) return name;
  return `${pkg.path}.${name}`;
}

export class Var extends BaseObject {
  /** Set when the variable is read (gc: "declared but not used"). */
  used = false;
  /** For a field or parameter of an instantiated type or signature: the generic one. */
  origin: Var | null = null;
  constructor(
    pos: Pos,
    pkg: Package | null,
    name: string,
    type: Type,
    /** A struct field. */
    readonly isField = false,
    /** An embedded field (its name is the type's name). */
    readonly embedded = false,
  ) {
    super(pos, pkg, name, type);
  }
}

/** A struct field. */
export function newField(pos: Pos, pkg: Package | null, name: string, type: Type, embedded: boolean): Var {
  return new Var(pos, pkg, name, type, true, embedded);
}

/** A parameter or result (names may be '' or '_'). */
export function newParam(pos: Pos, pkg: Package | null, name: string, type: Type): Var {
  return new Var(pos, pkg, name, type);
}

export class Const extends BaseObject {
  constructor(
    pos: Pos,
    pkg: Package | null,
    name: string,
    type: Type,
    public val: Value,
  ) {
    super(pos, pkg, name, type);
  }
}

export class TypeName extends BaseObject {
  /** Set by the checker for `type A = T` (needed while T is still unresolved). */
  aliasDecl = false;

  /** Whether the name is an alias (`type A = T`, `byte`, `rune`) rather than a defined type. */
  isAlias(): boolean {
    const t = this.type;
    if (t instanceof Named || t instanceof TypeParam) return t.obj !== this;
    if (t instanceof Basic) {
      if (t === invalidType) return this.aliasDecl;
      if (this.pkg?.path === 'unsafe') return false;
      return this.pkg !== null || t.name !== this.name || t === byteType || t === runeType;
    }
    return true;
  }
}

export class Func extends BaseObject {
  /** For a method of an instance (`List[int].Push`): the generic method it instantiates. */
  origin: Func | null = null;
  /** Interface method or concrete method: the receiver is in the signature. */
  constructor(pos: Pos, pkg: Package | null, name: string, sig: Signature | Type) {
    super(pos, pkg, name, sig);
  }

  signature(): Signature {
    if (!(this.type instanceof Signature)) throw new Error(`func ${this.name} has no signature`);
    return this.type;
  }

  /** A method with a receiver of pointer type `*T` (spec "Method sets"). */
  hasPtrRecv(): boolean {
    const sig = this.type;
    if (!(sig instanceof Signature) || sig.recv === null) return false;
    const rt = sig.recv.type;
    // An interface method's receiver is the interface; it never needs an address.
    if (under(rt) instanceof Interface) return false;
    return rt instanceof Pointer;
  }

  /** `pkg.Name` for functions, `(T).M` / `(*T).M` for methods, as gc names them. */
  fullName(qualify: (pkg: Package) => string = (p) => p.name): string {
    const sig = this.type;
    const prefix = (p: Package | null) => (p === null ? '' : qualify(p) === '' ? '' : qualify(p) + '.');
    if (sig instanceof Signature && sig.recv !== null) {
      let rt = sig.recv.type;
      let star = '';
      if (rt instanceof Pointer) {
        star = '*';
        rt = rt.elem;
      }
      if (rt instanceof Named) return `(${star}${prefix(rt.obj.pkg)}${rt.obj.name}).${this.name}`;
    }
    return prefix(this.pkg) + this.name;
  }
}

export class PkgName extends BaseObject {
  used = false;
  constructor(
    pos: Pos,
    pkg: Package | null,
    name: string,
    readonly imported: Package,
  ) {
    super(pos, pkg, name, invalidType);
  }
}

export class Label extends BaseObject {
  used = false;
  constructor(pos: Pos, pkg: Package | null, name: string) {
    super(pos, pkg, name, invalidType);
  }
}

/** The predeclared functions (spec "Built-in functions", package unsafe). */
export enum BuiltinId {
  Append,
  Cap,
  Close,
  Complex,
  Copy,
  Delete,
  Imag,
  Len,
  Make,
  New,
  Panic,
  Print,
  Println,
  Real,
  Recover,
  // package unsafe
  Add,
  Alignof,
  Offsetof,
  Sizeof,
  Slice,
  // testing support (go/types `assert` and `trace`); not in the universe
  Assert,
  Trace,
}

export class Builtin extends BaseObject {
  constructor(
    pkg: Package | null,
    name: string,
    readonly builtinId: BuiltinId,
  ) {
    super(noPos, pkg, name, invalidType);
  }
}

export class Nil extends BaseObject {
  constructor() {
    super(noPos, null, 'nil', Typ[BasicKind.UntypedNil]!);
  }
}

export type Obj = Var | Const | TypeName | Func | PkgName | Label | Builtin | Nil;
