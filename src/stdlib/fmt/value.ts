// The values fmt prints and scans, seen through a minimal `reflect.Value`.
//
// Go's fmt is written against package reflect: it asks a value for its kind, its type's name, its
// scalar contents, its elements and fields, and whether its dynamic type has the methods
// `Format`, `GoString`, `Error`, `String` (and `Scan`, when scanning). minigo's fmt engine
// (the other files of this directory) is written against the `GoValue` interface
// below instead, so it does not know how values are laid out: the VM's binding implements
// `GoValue` over its simulated address space and type descriptors, and the tests implement it
// over plain JS objects.
//
// The contract, in reflect's words:
//   - A `GoValue` is a reflect.Value that is valid (`Kind != Invalid`). Where reflect would give
//     an invalid Value (the element of a nil interface, the operand of `Printf("%v", nil)`), the
//     engine uses `null`.
//   - An argument of Print/Printf/Errorf/Scan is the dynamic value of an `any`: never of kind
//     Interface; a nil `any` is `null`. Values of kind Interface appear inside composites
//     (elements of `[]any`, fields of type `error`, map keys of type `any`).
//   - Each accessor has reflect's precondition: `int()` only for Int kinds, `index` only for
//     Array and Slice, and so on. The engine never calls an accessor outside its precondition.
//   - `methods()` is the method set of the value's type as Go computes it for an interface
//     conversion (pointer vs value receivers, promoted methods of embedded fields): the binding's
//     job. The engine decides *when* to call them (methods.ts).
//   - Read-only values (reflect's flagRO: values reached through an unexported struct field,
//     whose methods fmt must not call) are tracked by the engine itself from `fieldExported`;
//     the binding need not mark them.
//
// A method hook that panics throws a `MethodPanic` carrying the panic value; the engine recovers
// it as fmt does (methods.ts: `%!v(PANIC=String method: boom)`, or `<nil>` for a nil pointer
// receiver) or rethrows it (a panic while printing a panic value), and the binding turns an
// escaping `MethodPanic` back into a Go panic. Anything else a hook throws (minigo's internal
// errors, runtime.Goexit) passes through the engine untouched.
//
// How it differs from Go: reflect.Value is a (type, pointer, flags) triple; here it is an object
// the binding creates on demand, and the type is not a separate object: the few questions fmt
// asks about a type (its string, identity, element kind) are asked of the value. Methods are
// called synchronously: a method that blocks (a channel receive inside String) must be run to
// completion by the binding (a nested run of the VM), since the engine cannot suspend.
import { Kind } from '../../vm/kind.js';

/** reflect.Kind, with reflect's numbering: the runtime's own table (the kind byte of a type descriptor). */
export { Kind };

/** The predeclared type named after each basic kind (reflect's kindNames for these kinds). */
export const basicTypeName: Readonly<Partial<Record<Kind, string>>> = {
  [Kind.Bool]: 'bool',
  [Kind.Int]: 'int',
  [Kind.Int8]: 'int8',
  [Kind.Int16]: 'int16',
  [Kind.Int32]: 'int32',
  [Kind.Int64]: 'int64',
  [Kind.Uint]: 'uint',
  [Kind.Uint8]: 'uint8',
  [Kind.Uint16]: 'uint16',
  [Kind.Uint32]: 'uint32',
  [Kind.Uint64]: 'uint64',
  [Kind.Uintptr]: 'uintptr',
  [Kind.Float32]: 'float32',
  [Kind.Float64]: 'float64',
  [Kind.Complex64]: 'complex64',
  [Kind.Complex128]: 'complex128',
  [Kind.String]: 'string',
};

/** The size in bits of a sized kind (reflect's Type.Bits); int, uint and uintptr are 64 (amd64). */
export function kindBits(k: Kind): number {
  switch (k) {
    case Kind.Int8: case Kind.Uint8: return 8;
    case Kind.Int16: case Kind.Uint16: return 16;
    case Kind.Int32: case Kind.Uint32: case Kind.Float32: return 32;
    case Kind.Complex128: return 128;
    default: return 64;
  }
}

export function isIntKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Int64;
}

export function isUintKind(k: Kind): boolean {
  return k >= Kind.Uint && k <= Kind.Uintptr;
}

/** A 64-bit integer: a number when it is a safe integer, a bigint otherwise (as in strconv). */
export type Int64 = number | bigint;

/** A Go string or []byte result: its bytes (any bytes, not necessarily UTF-8). */
export type Bytes = Uint8Array;

/**
 * fmt.State as the engine offers it to a Formatter: the binding wraps it in a Go value whose
 * Write, Width, Precision and Flag methods call these.
 */
export interface FmtState {
  /** State.Write: appends to the output being formatted (never fails). */
  write(b: Uint8Array): void;
  /** State.Width: the width and whether one was given. */
  width(): [number, boolean];
  /** State.Precision: the precision and whether one was given. */
  precision(): [number, boolean];
  /** State.Flag(c): whether the flag character c ('-', '+', '#', ' ', '0') was given. */
  flag(c: number): boolean;
}

/**
 * fmt.ScanState as the engine offers it to a Scanner (scan.ts's ScanState implements it); the
 * binding wraps it in a Go value. Errors are thrown as `ScanError`s (scan.ts).
 */
export interface FmtScanState {
  /** ReadRune: the next rune and its size in bytes, or null at EOF (or at the width limit). */
  readRune(): [number, number] | null;
  unreadRune(): void;
  skipSpace(): void;
  /** Token(skipSpace, f): the bytes of the next run of runes satisfying f (default: not space). */
  token(skipSpace: boolean, f: ((r: number) => boolean) | null): Uint8Array;
  width(): [number, boolean];
}

/** What a Scan method returned: nil, or an error value (the binding's) and whether it is io.EOF. */
export type ScanMethodResult = null | { readonly error: unknown; readonly isEOF: boolean };

/**
 * The fmt-relevant methods of a value's dynamic type; each is present only when the method set
 * has it with fmt's signature. Results are Go strings (bytes). A hook that panics throws
 * `MethodPanic`.
 */
export interface GoMethods {
  /** fmt.Formatter: Format(f State, verb rune). */
  format?(state: FmtState, verb: number): void;
  /** fmt.GoStringer: GoString() string. */
  goString?(): Bytes;
  /** error: Error() string. */
  error?(): Bytes;
  /** fmt.Stringer: String() string. */
  string?(): Bytes;
  /** fmt.Scanner: Scan(state ScanState, verb rune) error. */
  scan?(state: FmtScanState, verb: number): ScanMethodResult;
}

/** A Go panic raised by a method hook; `value` is the panic value (null for panic(nil)). */
export class MethodPanic extends Error {
  override name = 'MethodPanic';
  constructor(readonly value: GoValue | null) {
    super('Go panic in a method called by fmt');
  }
}

/** A valid reflect.Value. See the file comment for the contract. */
export interface GoValue {
  readonly kind: Kind;

  /** reflect.Type.String() as %T prints it: `int`, `main.T`, `[]int`, `map[string]int`,
   * `*main.T`, `func(int) string`, `interface {}`, `struct { A int }`, `[]uint8` for []byte. */
  typeString(): string;
  /**
   * The identity of the type, equal for identical types, and ordered as the addresses of Go's
   * type descriptors are: fmtsort orders map keys of interface type by this first.
   */
  typeId(): number;
  /**
   * The kind of the element type, for Array and Slice (fmt treats []uint8-like values as bytes)
   * and Pointer (Scan looks at the pointee's kind, also for a nil pointer).
   */
  elemKind(): Kind;

  /** Bool. */
  bool(): boolean;
  /** Int, Int8, Int16, Int32, Int64: the signed value. */
  int(): Int64;
  /** Uint, Uint8, Uint16, Uint32, Uint64, Uintptr: the value, 0 <= v < 2^64. */
  uint(): Int64;
  /** Float32, Float64: the value (a float32 value is exactly representable as a double). */
  float(): number;
  /** Complex64, Complex128: the real and imaginary parts. */
  complex(): readonly [number, number];
  /** String: the bytes of the string. */
  str(): Bytes;

  /** Array, Slice, String, Map: the length. */
  len(): number;
  /** Array, Slice: element i, 0 <= i < len(). */
  index(i: number): GoValue;
  /** Array, Slice with elemKind() Uint8: all elements as bytes (optional fast path of index). */
  bytes?(): Bytes;

  /** Struct: the number of fields. */
  numField(): number;
  /** Struct: field i (of kind Interface when the field's type is an interface type). */
  field(i: number): GoValue;
  /** Struct: the name of field i (for an embedded field, its type's name). */
  fieldName(i: number): string;
  /** Struct: whether field i is exported (its name begins with an upper-case letter). */
  fieldExported(i: number): boolean;

  /** Map: the entries [key, value] in the map's iteration order (the engine sorts them). */
  mapEntries(): Array<readonly [GoValue, GoValue]>;

  /**
   * reflect.Value.Pointer(): the address held by a Pointer, UnsafePointer, Chan, Map (its hmap),
   * Func (its code pointer) or Slice (its array); 0 for nil.
   */
  pointer(): number;
  /** Pointer, Interface, Map, Slice, Chan, Func, UnsafePointer: whether the value is nil. */
  isNil(): boolean;
  /**
   * Interface: the dynamic value, or null for a nil interface. Pointer: the pointed-to value
   * (precondition: not nil).
   */
  elem(): GoValue | null;

  /** The fmt-relevant methods of the value's type, or null when it has none. */
  methods(): GoMethods | null;

  // Setters, used by Scan on the element of a pointer argument; the value must be addressable.
  setBool?(b: boolean): void;
  /** Int kinds: stores v (already range-checked for the kind's size). */
  setInt?(v: Int64): void;
  /** Uint kinds: stores v (already range-checked). */
  setUint?(v: Int64): void;
  /** Float kinds: stores v (already rounded to float32 for Float32). */
  setFloat?(v: number): void;
  setComplex?(re: number, im: number): void;
  setString?(s: Bytes): void;
  /** Slice with elemKind() Uint8: stores a new slice holding a copy of b. */
  setBytes?(b: Bytes): void;
}

/** Whether a value is of a predeclared basic type (or []byte), which fmt prints without reflect. */
export function isPredeclared(v: GoValue): boolean {
  const name = basicTypeName[v.kind];
  if (name !== undefined) return v.typeString() === name;
  return v.kind === Kind.Slice && v.typeString() === '[]uint8';
}
