// Types written as gc 1.19 (types2) writes them in error messages.
//
// Design
//   One recursive writer, one case per type class, producing exactly types2's text:
//     []string  map[string]int  *T  [5]int  chan int  chan<- int  <-chan int  chan (<-chan int)
//     func(x int, ys ...string) (int, error)  func()  struct{a int; b string "json:\"b\""}
//     interface{M(); String() string}  interface{}  any  error  unsafe.Pointer  byte
//   Named types are qualified by a `Qualifier`, which maps a package to its prefix ('' for none).
//   gc qualifies relative to the package being checked: its own types print bare (`T`), others by
//   package name (`fmt.Stringer`), or by quoted path if two imported packages share a name
//   (`checkerQualifier`). With no qualifier the full package path is used, as go/types does.
//
//   `any` prints as "any" only for the universe's `any` object; a literal `interface{}` prints as
//   written. Interface methods print sorted (exported first, then by name), then embedded types.
//   Struct tags print strconv-quoted. `byte` and `rune` print by the name they were written with,
//   because they are distinct Basic objects (types.ts).
//
// Differences from types2: no type-hash mode (Context) and no cycle marker beyond a guard;
// generic type parameter lists are written as `[P any]` once the generics stage fills them in.
import type { Func } from './objects.js';
import type { Package } from './package.js';
import { quoteBytes } from './quote.js';
import {
  ArrayType, Basic, BasicKind, Chan, ChanDir, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple,
  TypeParam, Union, type Type,
} from './types.js';
import { anyType, comparableType, unsafePkg } from './universe.js';
import { methodOrder } from './typeset.js';

/** The prefix written before a package's names ('' writes the name unqualified). */
export type Qualifier = (pkg: Package) => string;

/** Unqualified inside `pkg`, qualified by path elsewhere (go/types RelativeTo). */
export function relativeTo(pkg: Package | null): Qualifier | undefined {
  if (pkg === null) return undefined;
  return (other) => (other === pkg ? '' : other.path);
}

/**
 * gc's qualifier while checking `pkg`: its own names bare, others by package name, or by
 * quoted path when several packages among `known` share that name.
 */
export function checkerQualifier(pkg: Package, known: readonly Package[] = pkg.imports): Qualifier {
  return (other) => {
    if (other === pkg) return '';
    const paths = new Set(known.filter((p) => p.name === other.name).map((p) => p.path));
    paths.add(other.path);
    return paths.size > 1 ? JSON.stringify(other.path) : other.name;
  };
}

export function typeString(t: Type, qf?: Qualifier): string {
  const w = new TypeWriter(qf);
  w.typ(t);
  return w.buf;
}

/** A signature without the leading `func`: `(x int) string`. */
export function signatureString(sig: Signature, qf?: Qualifier): string {
  const w = new TypeWriter(qf);
  w.signature(sig);
  return w.buf;
}

/** A function or method as name plus signature, `M(int) string` (types2 funcString). */
export function funcString(f: Func, qf?: Qualifier): string {
  return f.type instanceof Signature ? f.name + signatureString(f.type, qf) : f.name;
}

/** The `pkg.` prefix for a package under a qualifier (empty if unqualified). */
export function packagePrefix(pkg: Package | null, qf?: Qualifier): string {
  if (pkg === null) return '';
  const s = qf ? qf(pkg) : pkg.path;
  return s === '' ? '' : s + '.';
}

class TypeWriter {
  buf = '';
  private readonly seen = new Set<Type>();
  constructor(private readonly qf?: Qualifier) {}

  typ(t: Type): void {
    if (this.seen.has(t)) {
      this.buf += '<cycle>';
      return;
    }
    this.seen.add(t);
    try {
      this.write(t);
    } finally {
      this.seen.delete(t);
    }
  }

  private write(t: Type): void {
    if (t instanceof Basic) {
      if (t.kind === BasicKind.UnsafePointer) this.buf += packagePrefix(unsafePkg, this.qf);
      this.buf += t.name;
    } else if (t instanceof ArrayType) {
      this.buf += `[${t.len}]`;
      this.typ(t.elem);
    } else if (t instanceof Slice) {
      this.buf += '[]';
      this.typ(t.elem);
    } else if (t instanceof Struct) {
      this.buf += 'struct{';
      t.fields.forEach((f, i) => {
        if (i > 0) this.buf += '; ';
        if (!f.embedded) this.buf += f.name + ' ';
        this.typ(f.type);
        const tag = t.tags[i]!;
        if (tag !== '') this.buf += ' ' + quoteBytes(tag);
      });
      this.buf += '}';
    } else if (t instanceof Pointer) {
      this.buf += '*';
      this.typ(t.elem);
    } else if (t instanceof Tuple) {
      this.tuple(t, false);
    } else if (t instanceof Signature) {
      this.buf += 'func';
      this.signature(t);
    } else if (t instanceof Union) {
      t.terms.forEach((term, i) => {
        if (i > 0) this.buf += '|';
        if (term.tilde) this.buf += '~';
        this.typ(term.type);
      });
    } else if (t instanceof Interface) {
      this.iface(t);
    } else if (t instanceof MapType) {
      this.buf += 'map[';
      this.typ(t.key);
      this.buf += ']';
      this.typ(t.elem);
    } else if (t instanceof Chan) {
      const parens = t.dir === ChanDir.SendRecv && t.elem instanceof Chan && t.elem.dir === ChanDir.RecvOnly;
      this.buf += t.dir === ChanDir.SendRecv ? 'chan ' : t.dir === ChanDir.SendOnly ? 'chan<- ' : '<-chan ';
      if (parens) this.buf += '(';
      this.typ(t.elem);
      if (parens) this.buf += ')';
    } else if (t instanceof Named) {
      this.buf += packagePrefix(t.obj.pkg, this.qf) + t.obj.name;
      if (t.typeArgs !== null) this.typeList(t.typeArgs);
      else if (t.typeParams.length > 0) this.typeParamList(t.typeParams);
    } else if (t instanceof TypeParam) {
      this.buf += t.obj.name;
    }
  }

  private iface(t: Interface): void {
    if (t === anyType) {
      this.buf += 'any';
      return;
    }
    if (t === comparableType.underlying()) {
      this.buf += 'interface{comparable}';
      return;
    }
    if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) {
      this.typ(t.embeddeds[0]!);
      return;
    }
    this.buf += 'interface{';
    let first = true;
    for (const m of [...t.methods].sort(methodOrder)) {
      if (!first) this.buf += '; ';
      first = false;
      this.buf += m.name;
      if (m.type instanceof Signature) this.signature(m.type);
    }
    for (const e of t.embeddeds) {
      if (!first) this.buf += '; ';
      first = false;
      this.typ(e);
    }
    this.buf += '}';
  }

  private typeList(ts: readonly Type[]): void {
    this.buf += '[';
    ts.forEach((t, i) => {
      if (i > 0) this.buf += ', ';
      this.typ(t);
    });
    this.buf += ']';
  }

  private typeParamList(ps: readonly TypeParam[]): void {
    this.buf += '[';
    ps.forEach((p, i) => {
      if (i > 0) this.buf += ', ';
      this.buf += p.obj.name + ' ';
      this.typ(p.constraint);
    });
    this.buf += ']';
  }

  tuple(tup: Tuple, variadic: boolean): void {
    this.buf += '(';
    tup.vars.forEach((v, i) => {
      if (i > 0) this.buf += ', ';
      if (v.name !== '') this.buf += v.name + ' ';
      let t = v.type;
      if (variadic && i === tup.length - 1) {
        if (t instanceof Slice) {
          this.buf += '...';
          t = t.elem;
        } else {
          // append(s, "foo"...) is typed as func([]byte, string...)
          this.typ(t);
          this.buf += '...';
          return;
        }
      }
      this.typ(t);
    });
    this.buf += ')';
  }

  signature(sig: Signature): void {
    if (sig.typeParams.length > 0) this.typeParamList(sig.typeParams);
    this.tuple(sig.params, sig.variadic);
    const n = sig.results.length;
    if (n === 0) return;
    this.buf += ' ';
    if (n === 1 && sig.results.at(0).name === '') {
      this.typ(sig.results.at(0).type);
      return;
    }
    this.tuple(sig.results, false);
  }
}
