// Method sets (spec "Method sets"): which methods a value of type T can call without taking an
// address, and how each is reached.
//
// Design
//   The same breadth-first walk over embedding depth as lookup.ts, collecting every method
//   instead of one name:
//     - the method set of T holds T's value-receiver methods and, through embedding, the value
//       methods of embedded S and all methods of embedded *S (a pointer on the path makes
//       pointer-receiver methods reachable);
//     - the method set of *T adds T's pointer-receiver methods;
//     - an interface's method set is its type set's methods; a pointer to an interface has none.
//   A name found at a shallower depth (field or method) hides deeper ones; two at the same depth
//   collide and neither is in the set. A pointer-receiver method that is unreachable at its depth
//   still hides deeper methods of that name.
//
// Differences from go/types: the result is a sorted array of selections, not a MethodSet object.
import type { Func } from './objects.js';
import { consolidateMultiples, deref } from './lookup.js';
import { typeSetOf } from './typeset.js';
import { Interface, Named, Struct, under, type Type } from './types.js';

export interface MethodSelection {
  readonly obj: Func;
  /** Embedded field indices then the method's index, as lookupFieldOrMethod reports. */
  readonly index: readonly number[];
  /** A pointer is dereferenced on the way to the receiver. */
  readonly indirect: boolean;
}

/** The method set of T, sorted by method id. */
export function methodSet(T: Type): MethodSelection[] {
  const [typ, isPtr] = deref(T);
  if (isPtr && under(typ) instanceof Interface) return [];

  // null marks a name collision (or a hidden name).
  const base = new Map<string, MethodSelection | null>();
  let current = [{ typ, index: [] as readonly number[], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();

  while (current.length > 0) {
    const next: typeof current = [];
    const fields = new Set<string>();
    const mset = new Map<string, MethodSelection | null>();
    const addOne = (f: Func, index: readonly number[], indirect: boolean, multiples: boolean) => {
      const key = f.id();
      if (!multiples && !mset.has(key) && (indirect || !f.hasPtrRecv())) mset.set(key, { obj: f, index, indirect });
      else mset.set(key, null);
    };

    for (const e of current) {
      const t = e.typ;
      if (t instanceof Named) {
        if (seen.has(t)) continue;
        seen.add(t);
        t.methods.forEach((m, i) => addOne(m, [...e.index, i], e.indirect, e.multiples));
      }
      const u = under(t);
      if (u instanceof Struct) {
        u.fields.forEach((f, i) => {
          fields.add(f.id());
          if (f.embedded) {
            const [ft, fptr] = deref(f.type);
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || fptr, multiples: e.multiples });
          }
        });
      } else if (u instanceof Interface) {
        typeSetOf(u).methods.forEach((m, i) => addOne(m, [...e.index, i], true, e.multiples));
      }
    }

    for (const [k, m] of mset) if (!base.has(k)) base.set(k, fields.has(k) ? null : m);
    for (const k of fields) if (!base.has(k)) base.set(k, null);
    current = consolidateMultiples(next);
  }

  const list = [...base.values()].filter((m): m is MethodSelection => m !== null);
  return list.sort((a, b) => (a.obj.id() < b.obj.id() ? -1 : a.obj.id() > b.obj.id() ? 1 : 0));
}
