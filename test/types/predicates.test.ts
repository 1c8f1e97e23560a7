// Identity, comparability, assignability and convertibility. The assignment and conversion
// tables reproduce a Go program compiled with gc 1.19 (rows gc rejected are marked false).
import { describe, expect, it } from 'vitest';
import { assignableTo, convertibleTo, implicitTypeAndValue } from '../../src/compiler/types/assignable.js';
import {
  makeInt,
} from '../../src/compiler/types/constant.js';
import { fromLiteral } from '../../src/compiler/types/literal.js';
import { comparable, defaultType, hasNil, identical, identicalIgnoreTags, isInteger, isNumeric, isString, isUntyped } from '../../src/compiler/types/predicates.js';
import { typeString } from '../../src/compiler/types/typestring.js';
import { BasicKind, ChanDir, Interface, Typ, type Type } from '../../src/compiler/types/types.js';
import { anyType, errorType, universeType } from '../../src/compiler/types/universe.js';
import {
  array, bool, chan, complex128, complex64, float64, func, iface, int, main, map, named, ptr, slice, string, struct, uint8,
  unsafePointer, uintptr,
} from './build.js';

const MyInt = named(main, 'MyInt', int);
const IntSlice = named(main, 'IntSlice', slice(int));
const Ch = named(main, 'Ch', chan(int));
const S = named(main, 'S', struct([['a', int, 'x:"1"']]));
const S2 = named(main, 'S2', struct([['a', int, 'x:"2"']]));
const PS = named(main, 'PS', ptr(S));
const E = named(main, 'E', new Interface());
const Str = named(main, 'Str', string);
const Fn = named(main, 'Fn', func([int], [string]));
const rune = universeType('rune');
const byte = universeType('byte');

const assignments: [Type, Type, boolean][] = [
  [MyInt, int, false],
  [IntSlice, slice(int), true],
  [slice(int), IntSlice, true],
  [chan(int), chan(int, ChanDir.RecvOnly), true],
  [chan(int), Ch, true],
  [Ch, chan(int), true],
  [chan(int, ChanDir.RecvOnly), chan(int), false],
  [S2, S, false],
  [Fn, func([['x', int]], [string]), true],
  [S, E, true],
];

const conversions: [Type, Type, boolean][] = [
  [S2, S, true],
  [ptr(S2), ptr(S), true],
  [ptr(S2), PS, false],
  [ptr(S), unsafePointer, true],
  [unsafePointer, ptr(int), true],
  [unsafePointer, uintptr, true],
  [uintptr, unsafePointer, true],
  [int, unsafePointer, false],
  [slice(byte), string, true],
  [slice(rune), string, true],
  [Str, slice(byte), true],
  [string, slice(rune), true],
  [int, string, true],
  [slice(int), ptr(array(4, int)), true],
  [slice(int), array(4, int), false],
  [float64, int, true],
  [complex64, complex128, true],
  [complex64, float64, false],
  [IntSlice, slice(int), true],
  [slice(rune), slice(byte), false],
  [slice(byte), Str, true],
  [float64, string, false],
  [float64, MyInt, true],
  [int, bool, false],
];

describe('assignability (gc 1.19)', () => {
  for (const [v, t, ok] of assignments) {
    it(`${typeString(v)} = ${typeString(t)}: ${ok}`, () => expect(assignableTo({ type: v }, t).ok).toBe(ok));
  }
});

describe('convertibility (gc 1.19)', () => {
  for (const [v, t, ok] of conversions) {
    it(`${typeString(t)}(${typeString(v)}): ${ok}`, () => expect(convertibleTo({ type: v }, t).ok).toBe(ok));
  }
});

describe('untyped operands', () => {
  const untypedInt = Typ[BasicKind.UntypedInt]!;
  const untypedFloat = Typ[BasicKind.UntypedFloat]!;
  const untypedNil = Typ[BasicKind.UntypedNil]!;
  it('assigns representable constants only', () => {
    expect(assignableTo({ type: untypedInt, value: makeInt(255) }, uint8).ok).toBe(true);
    expect(assignableTo({ type: untypedInt, value: makeInt(256) }, uint8).ok).toBe(false);
    expect(assignableTo({ type: untypedFloat, value: fromLiteral('2.0', 'float') }, MyInt).ok).toBe(true);
    expect(implicitTypeAndValue({ type: untypedFloat, value: fromLiteral('2.5', 'float') }, int)).toEqual({ ok: false, error: 'TruncatedFloat' });
    expect(implicitTypeAndValue({ type: untypedInt, value: makeInt(300) }, uint8)).toEqual({ ok: false, error: 'NumericOverflow' });
    expect(implicitTypeAndValue({ type: untypedInt, value: makeInt(1) }, string)).toEqual({ ok: false, error: 'InvalidConstVal' });
  });
  it('gives untyped values their default type in empty interfaces only', () => {
    const r = implicitTypeAndValue({ type: Typ[BasicKind.UntypedRune]!, value: makeInt(97) }, anyType);
    expect(r.ok && typeString(r.type)).toBe('rune');
    expect(assignableTo({ type: untypedInt, value: makeInt(1) }, errorType).ok).toBe(false);
  });
  it('assigns nil to types with nil', () => {
    for (const t of [ptr(int), slice(int), map(int, int), chan(int), func([]), errorType, unsafePointer]) {
      expect(assignableTo({ type: untypedNil }, t).ok).toBe(true);
    }
    for (const t of [int, string, struct([]), array(1, int)]) expect(assignableTo({ type: untypedNil }, t).ok).toBe(false);
  });
  it('widens untyped kinds and keeps others apart', () => {
    const r = implicitTypeAndValue({ type: untypedInt }, untypedFloat);
    expect(r.ok && r.type).toBe(untypedFloat);
    expect(implicitTypeAndValue({ type: Typ[BasicKind.UntypedBool]! }, untypedInt).ok).toBe(false);
  });
});

describe('identical', () => {
  it('compares structurally, names and tags included', () => {
    expect(identical(slice(int), slice(int))).toBe(true);
    expect(identical(byte, uint8)).toBe(true);
    expect(identical(MyInt, int)).toBe(false);
    expect(identical(struct([['a', int, 't']]), struct([['a', int, 't']]))).toBe(true);
    expect(identical(struct([['a', int, 't']]), struct([['a', int]]))).toBe(false);
    expect(identicalIgnoreTags(struct([['a', int, 't']]), struct([['a', int]]))).toBe(true);
    expect(identical(struct([['a', int]]), struct([['b', int]]))).toBe(false);
    expect(identical(array(3, int), array(4, int))).toBe(false);
    expect(identical(chan(int, ChanDir.SendOnly), chan(int))).toBe(false);
    expect(identical(map(string, int), map(string, int))).toBe(true);
  });
  it('ignores parameter names, not variadicness', () => {
    expect(identical(func([['x', int]], [['r', string]]), func([int], [string]))).toBe(true);
    expect(identical(func([slice(int)], [], true), func([slice(int)]))).toBe(false);
  });
  it('compares interfaces by method set', () => {
    const a = iface([['M', func([int])], ['N', func([])]]);
    const b = iface([['N', func([])]], [iface([['M', func([int])]])]);
    expect(identical(a, b)).toBe(true);
    expect(identical(a, iface([['M', func([int])]]))).toBe(false);
    expect(identical(new Interface(), anyType)).toBe(true);
  });
  it('handles recursive types', () => {
    const L = named(main, 'L', null);
    L.setUnderlying(struct([['next', ptr(L)]]));
    expect(identical(struct([['next', ptr(L)]]), L.underlying())).toBe(true);
    const I = named(main, 'RI', null);
    I.setUnderlying(iface([['M', func([], [I])]]));
    expect(identical(iface([['M', func([], [I])]]), I.underlying())).toBe(true);
  });
});

describe('classification', () => {
  it('comparable', () => {
    expect(comparable(struct([['a', int], ['b', string]]))).toBe(true);
    let why = '';
    expect(comparable(struct([['a', slice(int)]]), (c) => (why = c))).toBe(false);
    expect(why).toBe('struct containing []int cannot be compared');
    expect(comparable(array(2, map(int, int)), (c) => (why = c))).toBe(false);
    expect(why).toBe('[2]map[int]int cannot be compared');
    expect(comparable(func([]))).toBe(false);
    expect(comparable(errorType)).toBe(true);
    expect(comparable(Typ[BasicKind.UntypedNil]!)).toBe(false);
  });
  it('hasNil', () => {
    expect(hasNil(unsafePointer)).toBe(true);
    expect(hasNil(Fn)).toBe(true);
    expect(hasNil(string)).toBe(false);
  });
  it('default types', () => {
    expect(typeString(defaultType(Typ[BasicKind.UntypedRune]!))).toBe('rune');
    expect(defaultType(Typ[BasicKind.UntypedFloat]!)).toBe(float64);
    expect(defaultType(Typ[BasicKind.UntypedComplex]!)).toBe(complex128);
    expect(defaultType(Typ[BasicKind.UntypedNil]!)).toBe(Typ[BasicKind.UntypedNil]);
    expect(defaultType(MyInt)).toBe(MyInt);
  });
  it('looks through named types', () => {
    expect(isInteger(MyInt) && isNumeric(MyInt) && isString(Str)).toBe(true);
    expect(isUntyped(Typ[BasicKind.UntypedString]!) && !isUntyped(Str)).toBe(true);
  });
  it('resolves chains of named types lazily and turns cycles into invalid', () => {
    const A = named(main, 'A', null);
    const B = named(main, 'B', null);
    A.setUnderlying(B);
    B.resolver = (t) => t.setUnderlying(int);
    expect(A.underlying()).toBe(int);
    const X = named(main, 'X', null);
    const Y = named(main, 'Y', X);
    X.setUnderlying(Y);
    expect(X.underlying()).toBe(Typ[BasicKind.Invalid]);
    void bool;
  });
});
