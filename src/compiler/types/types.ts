// The representation of Go types (spec "Types"), shaped like go/types.
//
// Design
//   Every type is an instance of one class: Basic, Pointer, ArrayType, Slice, MapType, Chan,
//   Struct, Tuple, Signature, Interface, Named, TypeParam or Union. Type identity for composite
//   types is structural (predicates.ts `identical`); a Named type is identical only to itself,
//   so Named instances are compared by reference. Narrow with `instanceof`.
//
//   Named types resolve lazily. The checker creates a Named for `type T ...` before it has
//   checked the right-hand side (which may mention T: `type List struct{ next *List }`), then
//   either sets the underlying type or installs a `resolver` that computes it on first use.
//   `underlying()` follows chains of named types (`type A B; type B C; type C int`) and turns a
//   cycle into Invalid. `under(t)` is the spec's "underlying type" for any type.
//
//   Interfaces keep what was written (explicit methods, embedded types); the method set and type
//   set are computed on demand by typeset.ts and cached in the Interface.
//
//   Generics. A generic type is a Named with `typeParams`; an instance (`List[int]`) is another
//   Named sharing the origin's TypeName, with `orig` and `typeArgs` set. instantiate.ts makes
//   instances (one per distinct argument list, through a Context) and installs, as for any lazily
//   resolved Named, a resolver that substitutes the arguments into the origin's underlying type on
//   first use, and `expandMethods`, which gives the instance's methods: the origin's, each with
//   its signature substituted (Func.origin links back). Instances are lazy so that recursive
//   generic types (`type List[T any] struct{ next *List[T] }`) terminate.
//
//   Struct tags, like string constants, are byte strings (quote.ts): a tag is a Go string.
//
// Differences from go/types: `ArrayType` and `MapType` are named so that they do not shadow JS's
// `Array` and `Map` in modules that import them; array lengths are JS numbers (gc limits arrays
// to sizes far below 2^53 bytes anyway); objects carry a file:line:col position instead of a
// token.Pos; a type parameter's implicit interface (`[T ~int]`) is made once and cached.
import type { Func, TypeName, Var } from './objects.js';

export enum BasicKind {
  Invalid,
  // predeclared types
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  // types for untyped values
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
  // aliases
  Byte = Uint8,
  Rune = Int32,
}

export enum BasicInfo {
  IsBoolean = 1 << 0,
  IsInteger = 1 << 1,
  IsUnsigned = 1 << 2,
  IsFloat = 1 << 3,
  IsComplex = 1 << 4,
  IsString = 1 << 5,
  IsUntyped = 1 << 6,
  IsOrdered = IsInteger | IsFloat | IsString,
  IsNumeric = IsInteger | IsFloat | IsComplex,
  IsConstType = IsBoolean | IsNumeric | IsString,
}

export class Basic {
  constructor(
    readonly kind: BasicKind,
    readonly info: number,
    /** The name as gc prints it: `uint8` and `byte` are distinct Basic objects of one kind. */
    readonly name: string,
  ) {}
}

export class Pointer {
  constructor(readonly elem: Type) {}
}

export class ArrayType {
  /** len is -1 while unknown (`[...]T` before its literal is counted). */
  constructor(
    readonly elem: Type,
    public len: number,
  ) {}
}

export class Slice {
  constructor(readonly elem: Type) {}
}

export class MapType {
  constructor(
    readonly key: Type,
    readonly elem: Type,
  ) {}
}

export enum ChanDir {
  SendRecv,
  SendOnly,
  RecvOnly,
}

export class Chan {
  constructor(
    readonly dir: ChanDir,
    readonly elem: Type,
  ) {}
}

export class Struct {
  /** tags[i] is field i's tag as a byte string ('' if none). */
  readonly tags: readonly string[];
  constructor(
    readonly fields: readonly Var[],
    tags: readonly string[] = [],
  ) {
    this.tags = fields.map((_, i) => tags[i] ?? '');
  }
}

/** An ordered list of variables: parameter and result lists, and multiple values. */
export class Tuple {
  constructor(readonly vars: readonly Var[] = []) {}
  get length(): number {
    return this.vars.length;
  }
  at(i: number): Var {
    return this.vars[i]!;
  }
}

/** The type parameters of what has none (shared: most signatures have none). */
export const noTypeParams: readonly TypeParam[] = Object.freeze([]);

export class Signature {
  /** Type parameters of a generic function (generics stage). */
  typeParams: readonly TypeParam[] = noTypeParams;
  /** Receiver type parameters of a method of a generic type (generics stage). */
  recvTypeParams: readonly TypeParam[] = noTypeParams;
  constructor(
    /** The receiver for methods (including interface methods), else null. */
    public recv: Var | null,
    readonly params: Tuple,
    readonly results: Tuple,
    /** The last parameter's type is a slice `[]T`, written `...T`. */
    readonly variadic: boolean,
  ) {}
}

/** A term of a union: `T` or `~T` (generics stage). */
export class Term {
  constructor(
    readonly tilde: boolean,
    readonly type: Type,
  ) {}
}

/** `A | ~B | ...` as an interface element (generics stage). */
export class Union {
  constructor(readonly terms: readonly Term[]) {}
}

/** The computed method set and type set of an interface (see typeset.ts). */
export interface TypeSet {
  /** All methods, explicit and embedded, sorted by name (unexported ones by package too). */
  readonly methods: readonly Func[];
  /** The set contains only comparable types (embeds `comparable`). */
  readonly comparable: boolean;
  /** The permitted types, or null for "all types" (the only case before generics). */
  readonly terms: readonly Term[] | null;
  /** Methods that clash with another of the same name but a different signature. */
  readonly duplicates: readonly { readonly method: Func; readonly other: Func }[];
}

export class Interface {
  /** Explicitly declared methods, in source order. */
  readonly methods: Func[];
  /** Embedded elements: interface types, and (generics) non-interface types and unions. */
  readonly embeddeds: Type[];
  /** An implicit interface wraps a constraint written without `interface{}` (generics). */
  implicit = false;
  /** Cache for typeset.ts; reset with `invalidate` if methods or embeddeds change. */
  tset: TypeSet | null = null;
  constructor(methods: Func[] = [], embeddeds: Type[] = []) {
    this.methods = methods;
    this.embeddeds = embeddeds;
  }
  invalidate(): void {
    this.tset = null;
  }
}

/** A defined type `type T U` (spec "Type definitions"), or an instance of a generic one. */
export class Named {
  private under_: Type | null = null;
  private resolving = false;
  /** Computes and sets the underlying type on first use (see the header). */
  resolver: ((t: Named) => void) | null = null;
  /** Declared methods, in source order (the checker appends them as it finds them). */
  private readonly declared: Func[] = [];
  /** Type parameters of a generic type (and of its instances, via orig). */
  typeParams: readonly TypeParam[] = [];
  /** Type arguments and the generic origin of an instance. */
  typeArgs: readonly Type[] | null = null;
  orig: Named = this;
  /** For an instance: the origin's methods instantiated (instantiate.ts). */
  expandMethods: ((t: Named) => readonly Func[]) | null = null;

  constructor(
    public obj: TypeName,
    underlying: Type | null = null,
  ) {
    this.under_ = underlying;
  }

  /** Sets the type as written on the right of `type T ...` (possibly another Named). */
  setUnderlying(t: Type): void {
    this.under_ = t;
  }

  /** The type as set, without following named types; null while unresolved. */
  rawUnderlying(): Type | null {
    return this.under_;
  }

  /** The underlying type: never a Named; Invalid for a cyclic or unresolved definition. */
  underlying(): Type {
    let u = this.step();
    if (u === null) return invalidType;
    if (!(u instanceof Named)) return u;
    const seen = new Set<Named>([this]);
    while (u instanceof Named) {
      if (seen.has(u)) return invalidType;
      seen.add(u);
      const next: Type | null = u.step();
      if (next === null) return invalidType;
      u = next;
    }
    this.under_ = u;
    return u;
  }

  /** The type as set, running the resolver first if there is one (re-entry sees null). */
  private step(): Type | null {
    if (this.under_ === null && this.resolver !== null && !this.resolving) {
      const r = this.resolver;
      this.resolving = true;
      try {
        r(this);
      } finally {
        this.resolving = false;
        if (this.under_ !== null) this.resolver = null;
      }
    }
    return this.under_;
  }

  /** The methods: declared ones, or for an instance the origin's instantiated. */
  get methods(): readonly Func[] {
    return this.expandMethods !== null ? this.expandMethods(this) : this.declared;
  }

  addMethod(m: Func): void {
    this.declared.push(m);
  }
}

let nextTypeParamId = 0;

/** A type parameter: its constraint (bound) is an interface or, written bare, a type. */
export class TypeParam {
  /** Unique per type parameter, for instance keys. */
  readonly id = ++nextTypeParamId;
  private implicitIface: Interface | null = null;
  constructor(
    readonly obj: TypeName,
    readonly index: number,
    public constraint: Type,
  ) {}
  /** The constraint as an interface (a non-interface constraint `~int` is wrapped implicitly). */
  iface(): Interface {
    const u = under(this.constraint);
    if (u instanceof Interface) return u;
    if (this.implicitIface === null || this.implicitIface.embeddeds[0] !== this.constraint) {
      const i = new Interface([], [this.constraint]);
      i.implicit = true;
      this.implicitIface = i;
    }
    return this.implicitIface;
  }
}

export type Type =
  | Basic
  | Pointer
  | ArrayType
  | Slice
  | MapType
  | Chan
  | Struct
  | Tuple
  | Signature
  | Interface
  | Named
  | TypeParam
  | Union;

/** The spec's underlying type; a type parameter's is its constraint interface. */
export function under(t: Type): Type {
  if (t instanceof Named) return t.underlying();
  if (t instanceof TypeParam) return t.iface();
  return t;
}

// ---------------------------------------------------------------------------------------------
// The basic types. `Typ` is indexed by kind; `aliases` holds `byte` and `rune`.

const { IsBoolean, IsInteger, IsUnsigned, IsFloat, IsComplex, IsString, IsUntyped } = BasicInfo;

export const Typ: readonly Basic[] = [
  new Basic(BasicKind.Invalid, 0, 'invalid type'),
  new Basic(BasicKind.Bool, IsBoolean, 'bool'),
  new Basic(BasicKind.Int, IsInteger, 'int'),
  new Basic(BasicKind.Int8, IsInteger, 'int8'),
  new Basic(BasicKind.Int16, IsInteger, 'int16'),
  new Basic(BasicKind.Int32, IsInteger, 'int32'),
  new Basic(BasicKind.Int64, IsInteger, 'int64'),
  new Basic(BasicKind.Uint, IsInteger | IsUnsigned, 'uint'),
  new Basic(BasicKind.Uint8, IsInteger | IsUnsigned, 'uint8'),
  new Basic(BasicKind.Uint16, IsInteger | IsUnsigned, 'uint16'),
  new Basic(BasicKind.Uint32, IsInteger | IsUnsigned, 'uint32'),
  new Basic(BasicKind.Uint64, IsInteger | IsUnsigned, 'uint64'),
  new Basic(BasicKind.Uintptr, IsInteger | IsUnsigned, 'uintptr'),
  new Basic(BasicKind.Float32, IsFloat, 'float32'),
  new Basic(BasicKind.Float64, IsFloat, 'float64'),
  new Basic(BasicKind.Complex64, IsComplex, 'complex64'),
  new Basic(BasicKind.Complex128, IsComplex, 'complex128'),
  new Basic(BasicKind.String, IsString, 'string'),
  new Basic(BasicKind.UnsafePointer, 0, 'Pointer'),
  new Basic(BasicKind.UntypedBool, IsBoolean | IsUntyped, 'untyped bool'),
  new Basic(BasicKind.UntypedInt, IsInteger | IsUntyped, 'untyped int'),
  new Basic(BasicKind.UntypedRune, IsInteger | IsUntyped, 'untyped rune'),
  new Basic(BasicKind.UntypedFloat, IsFloat | IsUntyped, 'untyped float'),
  new Basic(BasicKind.UntypedComplex, IsComplex | IsUntyped, 'untyped complex'),
  new Basic(BasicKind.UntypedString, IsString | IsUntyped, 'untyped string'),
  new Basic(BasicKind.UntypedNil, IsUntyped, 'untyped nil'),
];

export const byteType = new Basic(BasicKind.Byte, IsInteger | IsUnsigned, 'byte');
export const runeType = new Basic(BasicKind.Rune, IsInteger, 'rune');
export const aliases: readonly Basic[] = [byteType, runeType];


/** The type of erroneous expressions; predicates treat it as compatible with everything. */
export const invalidType: Basic = Typ[BasicKind.Invalid]!;
