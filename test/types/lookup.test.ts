// Method sets, lookup and interface satisfaction, checked against gc 1.19's verdicts and wording
// for the same declarations (the Go program is reproduced in the comments):
//
//   type I interface{ M() }; type J interface{ N() }; type IJ interface{ I; J }; type K interface{ M(int) }
//   type V struct{}; func (V) M()      type P struct{}; func (*P) M()      type N struct{}; func (N) N()
//   type EmbV struct{ V }  type EmbP struct{ P }  type EmbPP struct{ *P }  type Both struct{ V; N }
//   type Amb struct{ V; P }  type Deep struct{ EmbV; P }  type Fld struct{ V; M int }  type Iface struct{ I }
//   type Mm struct{}; func (Mm) m()
import { describe, expect, it } from 'vitest';
import { assignableTo, implementsIface } from '../../src/compiler/types/assignable.js';
import { lookupFieldOrMethod } from '../../src/compiler/types/lookup.js';
import { methodSet } from '../../src/compiler/types/methodset.js';
import { checkerQualifier, typeString } from '../../src/compiler/types/typestring.js';
import { Pointer, type Type } from '../../src/compiler/types/types.js';
import { embed, fmt, func, iface, int, main, method, named, ptr, string, struct } from './build.js';
import { Func, Var } from '../../src/compiler/types/objects.js';

const I = named(main, 'I', iface([['M', func([])]]));
const J = named(main, 'J', iface([['N', func([])]]));
const IJ = named(main, 'IJ', iface([], [I, J]));
const K = named(main, 'K', iface([['M', func([int])]]));
const V = named(main, 'V', struct([]));
const P = named(main, 'P', struct([]));
const N = named(main, 'N', struct([]));
method(V, 'M', func([]));
method(P, 'M', func([]), true);
method(N, 'N', func([]));
const EmbV = named(main, 'EmbV', struct([embed(V)]));
const EmbP = named(main, 'EmbP', struct([embed(P)]));
const EmbPP = named(main, 'EmbPP', struct([embed(ptr(P))]));
const Both = named(main, 'Both', struct([embed(V), embed(N)]));
const Amb = named(main, 'Amb', struct([embed(V), embed(P)]));
const Deep = named(main, 'Deep', struct([embed(EmbV), embed(P)]));
const Fld = named(main, 'Fld', struct([embed(V), ['M', int]]));
const Iface = named(main, 'Iface', struct([embed(I)]));
const Mm = named(main, 'Mm', struct([]));
method(Mm, 'm', func([]));
const qf = checkerQualifier(main);

const gc: [Type, Type, string][] = [
  [V, I, ''],
  [ptr(V), I, ''],
  [P, I, 'P does not implement I (M method has pointer receiver)'],
  [ptr(P), I, ''],
  [EmbV, I, ''],
  [EmbP, I, 'EmbP does not implement I (M method has pointer receiver)'],
  [ptr(EmbP), I, ''],
  [EmbPP, I, ''],
  [Both, IJ, 'Both does not implement IJ (missing N method)'],
  [Amb, I, 'Amb does not implement I (missing M method)'],
  [ptr(Amb), I, '*Amb does not implement I (missing M method)'],
  [Deep, I, 'Deep does not implement I (M method has pointer receiver)'],
  [ptr(Deep), I, ''],
  [Fld, I, 'Fld does not implement I (missing M method)'],
  [Iface, I, ''],
  [ptr(Iface), I, ''],
  [V, K, 'V does not implement K (wrong type for M method)\n\t\thave M()\n\t\twant M(int)'],
  [Mm, I, 'Mm does not implement I (missing M method)\n\t\thave m()\n\t\twant M()'],
  [V, IJ, 'V does not implement IJ (missing N method)'],
  [ptr(I), I, '*I does not implement I (type *I is pointer to interface, not interface)'],
  [I, J, 'I does not implement J (missing N method)'],
  [I, V, 'need type assertion'],
  [I, K, 'I does not implement K (wrong type for M method)\n\t\thave M()\n\t\twant M(int)'],
  [I, IJ, 'I does not implement IJ (missing N method)'],
];

describe('assignability to interfaces, as gc words it', () => {
  for (const [from, to, want] of gc) {
    it(`${typeString(from, qf)} to ${typeString(to, qf)}`, () => {
      const r = assignableTo({ type: from }, to, qf);
      expect(r.cause).toBe(want);
      expect(r.ok).toBe(want === '');
    });
  }
  it('explains a non-interface target', () => {
    expect(implementsIface(V, int, qf).cause).toBe('V does not implement int (int is not an interface)');
  });
});

describe('lookupFieldOrMethod', () => {
  it('reports ambiguity at the shallowest depth', () => {
    expect(lookupFieldOrMethod(Amb, true, main, 'M').kind).toBe('ambiguous');
  });
  it('prefers the shallower method', () => {
    const r = lookupFieldOrMethod(Deep, true, main, 'M');
    expect(r.kind).toBe('found');
    if (r.kind === 'found') {
      expect(r.index).toEqual([1, 0]);
      expect((r.obj as Func).hasPtrRecv()).toBe(true);
    }
  });
  it('needs an address for pointer methods on values', () => {
    expect(lookupFieldOrMethod(P, false, main, 'M').kind).toBe('needsAddress');
    expect(lookupFieldOrMethod(P, true, main, 'M').kind).toBe('found');
    const r = lookupFieldOrMethod(EmbPP, false, main, 'M');
    expect(r.kind === 'found' && r.indirect).toBe(true);
  });
  it('finds fields, with the path of embedded indices', () => {
    const r = lookupFieldOrMethod(ptr(Fld), false, main, 'M');
    expect(r.kind === 'found' && r.obj instanceof Var && r.index).toEqual([1]);
    const inner = named(main, 'Inner', struct([['x', int]]));
    const outer = struct([['a', string], embed(ptr(inner))]);
    const x = lookupFieldOrMethod(outer, false, main, 'x');
    expect(x.kind === 'found' && [x.index, x.indirect]).toEqual([[1, 0], true]);
  });
  it('finds interface methods through embedding', () => {
    const r = lookupFieldOrMethod(Iface, false, main, 'M');
    expect(r.kind === 'found' && r.index).toEqual([0, 0]);
    expect(lookupFieldOrMethod(ptr(I), false, main, 'M').kind).toBe('notFound');
  });
  it('does not find methods of a named pointer type', () => {
    const PP = named(main, 'PP', ptr(V));
    expect(lookupFieldOrMethod(PP, false, main, 'M').kind).toBe('notFound');
    const PS = named(main, 'PS', ptr(struct([['f', int]])));
    expect(lookupFieldOrMethod(PS, false, main, 'f').kind).toBe('found');
  });
  it('keeps unexported names of other packages apart', () => {
    const other = named(fmt, 'pp', struct([['buf', int]], fmt));
    expect(lookupFieldOrMethod(other, false, main, 'buf').kind).toBe('notFound');
    expect(lookupFieldOrMethod(other, false, fmt, 'buf').kind).toBe('found');
  });
  it('terminates on recursive embedding', () => {
    const R = named(main, 'R', null);
    R.setUnderlying(struct([embed(ptr(R)), ['v', int]]));
    expect(lookupFieldOrMethod(R, false, main, 'nope').kind).toBe('notFound');
    expect(lookupFieldOrMethod(R, false, main, 'v').kind).toBe('found');
  });
});

describe('methodSet', () => {
  const names = (t: Type) => methodSet(t).map((s) => s.obj.name);
  it('separates value and pointer receivers', () => {
    expect(names(V)).toEqual(['M']);
    expect(names(P)).toEqual([]);
    expect(names(ptr(P))).toEqual(['M']);
  });
  it('promotes through embedding and pointers', () => {
    expect(names(EmbP)).toEqual([]);
    expect(names(ptr(EmbP))).toEqual(['M']);
    expect(names(EmbPP)).toEqual(['M']);
    expect(methodSet(EmbPP)[0]!.index).toEqual([0, 0]);
    expect(methodSet(EmbPP)[0]!.indirect).toBe(true);
  });
  it('drops colliding and shadowed names', () => {
    expect(names(Amb)).toEqual([]);
    expect(names(Both)).toEqual(['M']);
    expect(names(Fld)).toEqual([]);
    expect(names(Deep)).toEqual([]);
    expect(names(ptr(Deep))).toEqual(['M']);
  });
  it('lists interface methods sorted, none for pointers to interfaces', () => {
    expect(names(IJ)).toEqual(['M', 'N']);
    expect(names(ptr(IJ))).toEqual([]);
    expect(names(Iface)).toEqual(['M']);
    expect(new Pointer(I)).toBeInstanceOf(Pointer);
  });
});
