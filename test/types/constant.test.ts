// Unit tests of the constant API beyond printing: literals of every form, exactness, the
// accessors' exactness flags, and the big-float fallback.
import { describe, expect, it } from 'vitest';
import {
  Kind, binaryOp, bitLenOf, compare, exactString, float32Val, float64Val, int64Val, makeFloat64, makeInt, makeString, makeStringBytes, shift, sign, stringBytes, stringVal, toComplex, toFloat, toInt, uint64Val, unaryOp, valueString, type Value,
} from '../../src/compiler/types/constant.js';
import { fromLiteral } from '../../src/compiler/types/literal.js';
import { evalConst } from './consteval.js';

const int = (s: string) => fromLiteral(s, 'int');
const flt = (s: string) => fromLiteral(s, 'float');
const intOf = (v: Value) => (v.kind === Kind.Int ? v.value : undefined);

describe('integer literals', () => {
  it.each([
    ['0', 0n], ['42', 42n], ['0777', 511n], ['0o777', 511n], ['0O17', 15n], ['0x_FF', 255n], ['0b1010', 10n],
    ['1_000', 1000n], ['0xBadFace', 0xbadfacen], ['170141183460469231731687303715884105727', 2n ** 127n - 1n],
  ])('%s', (lit, want) => expect(intOf(int(lit))).toBe(want));
  it.each(['08', '0x', '1__0', '1_', '0b2', '_1', '0o8'])('%s is invalid', (lit) => expect(int(lit).kind).toBe(Kind.Unknown));
});

describe('float and imaginary literals', () => {
  it('parses decimal forms exactly', () => {
    expect(exactString(flt('0.1'))).toBe('1/10');
    expect(exactString(flt('1.'))).toBe('1');
    expect(exactString(flt('.5e1'))).toBe('5');
    expect(exactString(flt('1_0.2_5'))).toBe('41/4');
  });
  it('parses hex floats', () => {
    expect(exactString(flt('0x1p-2'))).toBe('1/4');
    expect(exactString(flt('0x.8p1'))).toBe('1');
    expect(exactString(flt('0x1.Fp+0'))).toBe('31/16');
    expect(flt('0x1.8').kind).toBe(Kind.Unknown); // hex mantissa needs an exponent
  });
  it('reads imaginary literals with a leading zero as decimal', () => {
    expect(valueString(fromLiteral('0777i', 'imag'))).toBe('(0 + 777i)');
    expect(valueString(fromLiteral('0x10i', 'imag'))).toBe('(0 + 16i)');
    expect(valueString(fromLiteral('0b11i', 'imag'))).toBe('(0 + 3i)');
    expect(valueString(fromLiteral('1e3i', 'imag'))).toBe('(0 + 1000i)');
  });
  it('keeps huge literals as 512-bit floats', () => {
    const v = flt('1e5000');
    expect(v.kind === Kind.Float && v.repr).toBe('float');
    expect(valueString(v)).toBe('1e+5000');
    expect(valueString(binaryOp(v, '/', flt('1e4990')))).toBe('1e+10');
    expect(intOf(toInt(binaryOp(v, '/', flt('1e4990'))))).toBe(10n ** 10n);
  });
});

describe('rune and string literals', () => {
  it.each([
    ["'a'", 97n], ["'\\''", 39n], ["'\\\\'", 92n], ["'\\a'", 7n], ["'\\v'", 11n], ["'\\000'", 0n], ["'\\377'", 255n],
    ["'\\xff'", 255n], ["'\\u12e4'", 0x12e4n], ["'\\U00101234'", 0x101234n], ["'é'", 233n], ["'😀'", 0x1f600n],
  ])('%s', (lit, want) => expect(intOf(fromLiteral(lit, 'rune'))).toBe(want));
  it.each(["'ab'", "''", "'\\400'", "'\\uD800'", "'\\\"'", "'\\U00110000'", "'\\x1'"])('%s is invalid', (lit) =>
    expect(fromLiteral(lit, 'rune').kind).toBe(Kind.Unknown),
  );
  it('keeps strings as bytes, invalid UTF-8 included', () => {
    const s = fromLiteral('"\\xff\\u00e9\\377a"', 'string');
    expect([...stringBytes(s)]).toEqual([0xff, 0xc3, 0xa9, 0xff, 0x61]);
    expect(valueString(s)).toBe('"\\xffé\\xffa"');
    expect(stringVal(s)).toBe('\ufffdé\ufffda');
  });
  it('drops carriage returns from raw strings', () => {
    expect(stringVal(fromLiteral('`a\r\nb`', 'string'))).toBe('a\nb');
  });
  it('encodes non-ASCII source text as UTF-8', () => {
    expect([...stringBytes(fromLiteral('"€"', 'string'))]).toEqual([0xe2, 0x82, 0xac]);
    expect(fromLiteral('"a\\qb"', 'string').kind).toBe(Kind.Unknown);
  });
  it('concatenates and compares bytewise', () => {
    const ab = binaryOp(makeString('a'), '+', makeStringBytes(new Uint8Array([0xff])));
    expect([...stringBytes(ab)]).toEqual([0x61, 0xff]);
    expect(compare(makeString('é'), '>', makeString('z'))).toBe(true);
  });
});

describe('exact arithmetic', () => {
  it('is exact for untyped constants', () => {
    expect(valueString(evalConst('1<<100 >> 98').value)).toBe('4');
    expect(evalConst('0.1 + 0.2 == 0.3').value).toEqual({ kind: Kind.Bool, value: true });
    expect(exactString(evalConst('1.0/3 * 3').value)).toBe('1');
    expect(exactString(evalConst('(1<<64 + 1) * (1<<64 - 1)').value)).toBe((2n ** 128n - 1n).toString());
  });
  it('divides integers both ways', () => {
    expect(exactString(binaryOp(makeInt(7), '/', makeInt(2)))).toBe('7/2');
    expect(intOf(binaryOp(makeInt(-7), 'div', makeInt(2)))).toBe(-3n);
    expect(intOf(binaryOp(makeInt(-7), '%', makeInt(2)))).toBe(-1n);
    expect(binaryOp(makeInt(1), 'div', makeInt(0)).kind).toBe(Kind.Unknown);
  });
  it('masks ^x to the unsigned precision', () => {
    expect(intOf(unaryOp('^', makeInt(0), 8))).toBe(255n);
    expect(intOf(unaryOp('^', makeInt(1), 64))).toBe(2n ** 64n - 2n);
    expect(intOf(unaryOp('^', makeInt(5)))).toBe(-6n);
  });
  it('shifts arithmetically', () => {
    expect(intOf(shift(makeInt(-5), '>>', 1))).toBe(-3n);
    expect(bitLenOf(shift(makeInt(1), '<<', 511))).toBe(512);
  });
  it('switches fractions to floats past 4096 bits and stays there', () => {
    const big = evalConst('1.0 / (1<<500) / (1<<500) / (1<<500) / (1<<500) / (1<<500) / (1<<500) / (1<<500) / (1<<500) / (1<<500)').value;
    expect(big.kind === Kind.Float && big.repr).toBe('float');
    expect(valueString(big)).toBe('2.3175e-1355');
  });
  it('rounds big floats like gc (values from gc 1.19)', () => {
    expect(valueString(evalConst('1e-5000 * 3').value)).toBe('3e-5000');
    expect(valueString(evalConst('1e5000 + 1 - 1e5000').value)).toBe('0');
    expect(valueString(evalConst('0x1p-1074 / 2').value)).toBe('2.47033e-324');
    const chain = '1.0' + ' / (1 << 511)'.repeat(8) + ' * (1 << 511)'.repeat(8);
    expect(valueString(evalConst(chain).value)).toBe('1');
  });
  it('gives Unknown for literals beyond big.Float range (gc: "malformed constant")', () => {
    expect(flt('1e1000000000').kind).toBe(Kind.Unknown);
    expect(valueString(flt('1e-1000000000'))).toBe('0');
  });
  it('multiplies and divides complex values', () => {
    expect(valueString(evalConst('(1 + 2i) * (3 - 4i)').value)).toBe('(11 + 2i)');
    expect(toFloat(evalConst('(1 + 2i) * (1 - 2i)').value)).toEqual(toFloat(makeInt(5)));
    expect(toFloat(evalConst('1 + 1i').value).kind).toBe(Kind.Unknown);
  });
});

describe('conversions and accessors', () => {
  it('reports int64 and uint64 exactness', () => {
    expect(int64Val(makeInt(2n ** 63n - 1n))).toEqual([2n ** 63n - 1n, true]);
    expect(int64Val(makeInt(2n ** 63n))).toEqual([-(2n ** 63n), false]);
    expect(uint64Val(makeInt(2n ** 64n - 1n))).toEqual([2n ** 64n - 1n, true]);
    expect(uint64Val(makeInt(-1))).toEqual([2n ** 64n - 1n, false]);
  });
  it('reports float exactness', () => {
    expect(float64Val(flt('0.5'))).toEqual([0.5, true]);
    expect(float64Val(flt('0.1'))).toEqual([0.1, false]);
    expect(float64Val(flt('1e400'))).toEqual([Infinity, false]);
    expect(float32Val(flt('0.1'))).toEqual([Math.fround(0.1), false]);
    expect(float64Val(makeInt(2n ** 53n + 1n))).toEqual([2 ** 53, false]);
  });
  it('round-trips doubles', () => {
    for (const x of [0.1, -1e-310, 5e-324, 1.7976931348623157e308, 123.456]) expect(float64Val(makeFloat64(x))).toEqual([x, true]);
    expect(valueString(makeFloat64(-0))).toBe('0');
  });
  it('converts between kinds', () => {
    expect(intOf(toInt(flt('3.0')))).toBe(3n);
    expect(toInt(flt('3.5')).kind).toBe(Kind.Unknown);
    expect(valueString(toComplex(makeInt(2)))).toBe('(2 + 0i)');
    expect(intOf(toInt(evalConst('2.0 + 0i').value))).toBe(2n);
  });
  it('has signs', () => {
    expect(sign(makeInt(-3))).toBe(-1);
    expect(sign(flt('0.0'))).toBe(0);
    expect(sign(evalConst('0i').value)).toBe(0);
    expect(sign(evalConst('-1i').value)).not.toBe(0);
  });
});
