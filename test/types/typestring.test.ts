// Types written as gc 1.19 writes them; each expectation is copied from gc's message
// "cannot use aNN (variable of type X) as type int" for `var aNN <type>` inside package main.
import { describe, expect, it } from 'vitest';
import { checkerQualifier, relativeTo, typeString, funcString } from '../../src/compiler/types/typestring.js';
import { ChanDir, Interface, Named, Tuple, Union, Term } from '../../src/compiler/types/types.js';
import { anyType, errorType, universeType, unsafePkg, newPackage } from '../../src/compiler/types/universe.js';
import { Func, noPos } from '../../src/compiler/types/objects.js';
import {
  array, bool, chan, embed, fmt, func, iface, int, io, main, map, named, ptr, slice, string, struct, uint8, unsafePointer,
} from './build.js';

const T = named(main, 'T', struct([]));
const Formatter = named(fmt, 'Formatter', iface([['Format', func([])]], [], fmt));
const Stringer = named(fmt, 'Stringer', iface([['String', func([], [string])]], [], fmt));
const Reader = named(io, 'Reader', iface([['Read', func([slice(uint8)], [int, errorType])]], [], io));
const byte = universeType('byte');
const rune = universeType('rune');
const qf = checkerQualifier(main);

const cases: [string, () => import('../../src/compiler/types/types.js').Type, string][] = [
  ['a01', () => slice(byte), '[]byte'],
  ['a02', () => slice(uint8), '[]uint8'],
  ['a03', () => rune, 'rune'],
  ['a04', () => map(string, slice(ptr(T))), 'map[string][]*T'],
  ['a05', () => chan(chan(int, ChanDir.RecvOnly)), 'chan (<-chan int)'],
  ['a06', () => chan(chan(int), ChanDir.SendOnly), 'chan<- chan int'],
  ['a07', () => chan(chan(int, ChanDir.RecvOnly), ChanDir.RecvOnly), '<-chan <-chan int'],
  ['a08', () => func([]), 'func()'],
  ['a09', () => func([int, slice(string)], [], true), 'func(int, ...string)'],
  ['a10', () => func([['a', int], ['b', int]], [['x', int], ['err', errorType]]), 'func(a int, b int) (x int, err error)'],
  ['a11', () => func([], [func([], [int])]), 'func() func() int'],
  ['a12', () => struct([]), 'struct{}'],
  [
    'a13',
    () => struct([embed(T), embed(ptr(Formatter)), ['x', int, 'tag'], ['y', int, 'tag']]),
    'struct{T; *fmt.Formatter; x int "tag"; y int "tag"}',
  ],
  ['a14', () => new Interface(), 'interface{}'],
  ['a15', () => anyType, 'any'],
  ['a16', () => iface([['b', func([])], ['A', func([])]], [Reader]), 'interface{A(); b(); io.Reader}'],
  ['a17', () => errorType, 'error'],
  ['a18', () => unsafePointer, 'unsafe.Pointer'],
  ['a19', () => array(0, int), '[0]int'],
  ['a20', () => ptr(array(3, slice(int))), '*[3][]int'],
  ['a21', () => Stringer, 'fmt.Stringer'],
  ['a22', () => map(T, iface([['M', func([])]])), 'map[T]interface{M()}'],
  ['a23', () => func([slice(new Interface())], [['n', int]], true), 'func(...interface{}) (n int)'],
  ['a24', () => chan(chan(int, ChanDir.RecvOnly), ChanDir.SendOnly), 'chan<- <-chan int'],
  ['a25', () => struct([['_', int]]), 'struct{_ int}'],
  ['a26', () => array(2, struct([['a', byte], ['b', byte]])), '[2]struct{a byte; b byte}'],
  ['a27', () => func([['x', int], ['_', string]]), 'func(x int, _ string)'],
  ['a28', () => iface([], [anyType]), 'interface{any}'],
  ['a29', () => func([int], [int]), 'func(int) int'],
  ['a30', () => slice(errorType), '[]error'],
];

describe('typeString matches gc 1.19', () => {
  for (const [name, make, want] of cases) it(`${name}: ${want}`, () => expect(typeString(make(), qf)).toBe(want));
});

describe('qualifiers', () => {
  it('writes paths without a qualifier and relative to a package', () => {
    expect(typeString(ptr(Stringer))).toBe('*fmt.Stringer');
    expect(typeString(T)).toBe('main.T');
    expect(typeString(T, relativeTo(main))).toBe('T');
    const nested = newPackage('example.com/a/b', 'b');
    const U = named(nested, 'U', int);
    expect(typeString(U)).toBe('example.com/a/b.U');
    expect(typeString(U, checkerQualifier(main))).toBe('b.U');
  });
  it('quotes the path when two packages share a name', () => {
    const r1 = newPackage('math/rand', 'rand');
    const r2 = newPackage('crypto/rand', 'rand');
    const main2 = newPackage('main', 'main');
    main2.imports.push(r1, r2);
    const R = named(r1, 'Rand', struct([]));
    expect(typeString(R, checkerQualifier(main2))).toBe('"math/rand".Rand');
  });
  it('qualifies unsafe.Pointer in package unsafe relative to itself', () => {
    expect(typeString(unsafePointer, checkerQualifier(unsafePkg))).toBe('Pointer');
  });
});

describe('other forms', () => {
  it('writes tuples, unions and tags with quotes', () => {
    const tup = new Tuple([...func([int, bool]).params.vars]);
    expect(typeString(tup)).toBe('(int, bool)');
    expect(typeString(new Union([new Term(true, int), new Term(false, string)]))).toBe('~int|string');
    expect(typeString(struct([['a', int, 'json:"a"']]))).toBe('struct{a int "json:\\"a\\""}');
  });
  it('writes append-style string... parameters', () => {
    const sig = func([slice(byte), string], [slice(byte)], true);
    expect(typeString(sig)).toBe('func([]byte, string...) []byte');
  });
  it('writes func objects with their signature', () => {
    const f = new Func(noPos, main, 'M', func([int], [string]));
    expect(funcString(f)).toBe('M(int) string');
  });
  it('writes comparable and error', () => {
    expect(typeString(universeType('comparable'))).toBe('comparable');
    expect(typeString((universeType('comparable') as Named).underlying())).toBe('interface{comparable}');
    expect(typeString(errorType.underlying())).toBe('interface{Error() string}');
  });
});
