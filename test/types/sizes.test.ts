// gc's amd64 layout: every number below is what unsafe.Sizeof, Alignof and Offsetof printed
// under Go 1.19 on linux/amd64 for the same struct.
import { describe, expect, it } from 'vitest';
import { alignof, offsetsof, sizeof } from '../../src/compiler/types/sizes.js';
import { Struct, type Type, Interface, Named } from '../../src/compiler/types/types.js';
import {
  array, bool, chan, complex128, complex64, embed, float32, func, int, int16, int32, int64, main, map, named, ptr, slice,
  string, struct, unsafePointer, uint8,
} from './build.js';
import { newPackage } from '../../src/compiler/types/universe.js';

const byte = uint8;
const S1 = named(main, 'S1', struct([['a', bool], ['b', int64], ['c', bool]]));
const uint16 = int16;

const structs: [string, Type, number, number, number[]][] = [
  ['S1', S1, 24, 8, [0, 8, 16]],
  ['S2', struct([['a', bool], ['b', bool], ['c', int32], ['d', int16]]), 12, 4, [0, 1, 4, 8]],
  ['S3', struct([['a', int32], ['b', struct([])]]), 8, 4, [0, 4]],
  ['S4', struct([['b', struct([])], ['a', int32]]), 4, 4, [0, 0]],
  ['S5', struct([['a', array(0, int64)], ['b', byte]]), 8, 8, [0, 0]],
  ['S6', struct([['a', byte], ['c', complex64], ['d', complex128], ['s', string]]), 48, 8, [0, 4, 16, 32]],
  [
    'S7',
    struct([['x', slice(int)], ['i', new Interface()], ['m', map(int, int)], ['f', func([])], ['p', ptr(int)], ['ch', chan(int)], ['u', unsafePointer]]),
    80, 8, [0, 24, 40, 48, 56, 64, 72],
  ],
  ['S8', struct([['a', array(3, byte)], ['b', array(2, uint16)], ['c', struct([['x', byte], ['y', byte]])]]), 10, 2, [0, 4, 8]],
  ['S9', struct([['a', byte], ['b', array(0, struct([]))]]), 2, 1, [0, 1]],
  ['S10', struct([]), 0, 1, []],
  ['S11', struct([['a', byte], embed(S1), ['z', byte]]), 40, 8, [0, 8, 32]],
  ['S12', struct([['f32', float32], ['b', byte], ['e', array(0, int32)]]), 12, 4, [0, 4, 8]],
];

describe('struct layout matches gc on amd64', () => {
  for (const [name, t, size, align, offsets] of structs) {
    it(name, () => {
      expect(sizeof(t)).toBe(size);
      expect(alignof(t)).toBe(align);
      const u = t instanceof Named ? t.underlying() : t;
      expect(offsetsof(u as Struct)).toEqual(offsets);
    });
  }
});

describe('basic and reference types', () => {
  it('matches gc', () => {
    expect([sizeof(complex64), alignof(complex64), sizeof(complex128), alignof(complex128)]).toEqual([8, 4, 16, 8]);
    expect([sizeof(string), alignof(string), sizeof(array(5, int16)), alignof(array(5, int16))]).toEqual([16, 8, 10, 2]);
    expect([sizeof(int), sizeof(ptr(int)), sizeof(map(int, int)), sizeof(chan(int)), sizeof(func([]))]).toEqual([8, 8, 8, 8, 8]);
    expect([sizeof(slice(byte)), sizeof(new Interface()), alignof(bool), sizeof(array(0, int))]).toEqual([24, 16, 1, 0]);
  });
  it('aligns sync/atomic.align64 to 8', () => {
    const atomic = newPackage('sync/atomic', 'atomic');
    const align64 = named(atomic, 'align64', struct([]));
    expect(alignof(align64)).toBe(8);
    expect(sizeof(struct([['_', align64], ['v', int32]]))).toBe(8);
  });
});
