// Representability of constants in basic types (spec "Representability"), checked against gc 1.19:
// `var _ T = v` compiles, or fails with "(truncated)", "(overflows)" or no cause ("mismatch");
// float results are compared bit for bit with what the Go program printed for
// math.Float64bits(float64(T(v))).
import { describe, expect, it } from 'vitest';
import {
  float64Val, makeInt, makeFloat64, Kind,
} from '../../src/compiler/types/constant.js';
import { fromLiteral } from '../../src/compiler/types/literal.js';
import { intRange, representable } from '../../src/compiler/types/representable.js';
import { BasicKind, Typ } from '../../src/compiler/types/types.js';
import { ConstError, evalConst } from './consteval.js';

const gcAssign: [string, string, string][] = [
  ["int8", "127", "ok"],
  ["int8", "128", "overflows"],
  ["int8", "-128", "ok"],
  ["int8", "-129", "overflows"],
  ["int8", "1.0", "ok"],
  ["int8", "1.5", "truncated"],
  ["int8", "1e2", "ok"],
  ["int8", "'a'", "ok"],
  ["uint8", "255", "ok"],
  ["uint8", "256", "overflows"],
  ["uint8", "-1", "overflows"],
  ["int16", "32767", "ok"],
  ["int16", "-32769", "overflows"],
  ["uint16", "65535", "ok"],
  ["uint16", "65536", "overflows"],
  ["int32", "2147483647", "ok"],
  ["int32", "2147483648", "overflows"],
  ["int32", "-2147483648", "ok"],
  ["uint32", "4294967295", "ok"],
  ["uint32", "4294967296", "overflows"],
  ["int64", "9223372036854775807", "ok"],
  ["int64", "9223372036854775808", "overflows"],
  ["int64", "-9223372036854775808", "ok"],
  ["int64", "-9223372036854775809", "overflows"],
  ["int", "9223372036854775807", "ok"],
  ["int", "9223372036854775808", "overflows"],
  ["uint", "18446744073709551615", "ok"],
  ["uint", "18446744073709551616", "overflows"],
  ["uint", "-1", "overflows"],
  ["uintptr", "18446744073709551615", "ok"],
  ["uintptr", "18446744073709551616", "overflows"],
  ["uint64", "18446744073709551615", "ok"],
  ["uint64", "1e19", "ok"],
  ["uint64", "1e20", "truncated"],
  ["int", "1e100", "truncated"],
  ["int", "1+0i", "ok"],
  ["int", "1+1i", "truncated"],
  ["int", "2.5+0i", "truncated"],
  ["float32", "3.4028234663852886e38", "ok"],
  ["float32", "3.4028235e38", "ok"],
  ["float32", "3.40282356779733661637539395458142568448e38", "overflows"],
  ["float32", "3.4028235677973366e38", "ok"],
  ["float32", "3.4028236e38", "overflows"],
  ["float32", "1e39", "overflows"],
  ["float32", "1e-46", "ok"],
  ["float32", "-1e39", "overflows"],
  ["float64", "1.7976931348623157e308", "ok"],
  ["float64", "1.7976931348623158e308", "ok"],
  ["float64", "1.797693134862315808e308", "overflows"],
  ["float64", "1.7976931348623159e308", "overflows"],
  ["float64", "1e309", "overflows"],
  ["float64", "1e-400", "ok"],
  ["float64", "0x1p1023", "ok"],
  ["float64", "0x1p1024", "overflows"],
  ["float32", "1<<127", "ok"],
  ["float32", "1<<128", "overflows"],
  ["complex64", "1e39", "overflows"],
  ["complex64", "1i*1e39", "overflows"],
  ["complex128", "1e309i", "overflows"],
  ["complex128", "1+2i", "ok"],
  ["float64", "1+2i", "overflows"],
  ["float64", "1+0i", "ok"],
  ["string", "\"x\"", "ok"],
  ["string", "1", "mismatch"],
  ["bool", "true", "ok"],
  ["bool", "1", "mismatch"],
  ["int", "\"a\"", "mismatch"],
  ["float64", "\"a\"", "mismatch"],
  ["int", "true", "mismatch"],
];

const gcBits: [string, string, string][] = [
  ["float32", "0.1", "3fb99999a0000000"],
  ["float32", "1e-46", "0000000000000000"],
  ["float32", "1e-45", "36a0000000000000"],
  ["float32", "0.7e-45", "0000000000000000"],
  ["float32", "3.4028235e38", "47efffffe0000000"],
  ["float32", "16777217", "4170000000000000"],
  ["float32", "16777219", "4170000040000000"],
  ["float32", "0x1.fffffep127", "47efffffe0000000"],
  ["float32", "float32(0.1)+float32(0.2)", "3fd3333340000000"],
  ["float32", "float32(1)/3", "3fd5555560000000"],
  ["float64", "0.1", "3fb999999999999a"],
  ["float64", "0.1+0.2", "3fd3333333333333"],
  ["float64", "float64(0.1)+float64(0.2)", "3fd3333333333334"],
  ["float64", "1e-320", "00000000000007e8"],
  ["float64", "2.4703282292062328e-324", "0000000000000001"],
  ["float64", "2.4703282292062327e-324", "0000000000000000"],
  ["float64", "9007199254740993", "4340000000000000"],
  ["float64", "1e23", "44b52d02c7e14af6"],
  ["float64", "1.7976931348623158e308", "7fefffffffffffff"],
  ["float64", "-0.0", "0000000000000000"],
];

describe('var _ T = v, as gc decides it', () => {
  for (const [t, v, want] of gcAssign) {
    it(`${t} = ${v}`, () => {
      let got = 'ok';
      try {
        evalConst(`${t}(${v})`);
      } catch (e) {
        if (!(e instanceof ConstError)) throw e;
        got = e.message === 'cannot convert' ? 'mismatch' : e.message;
      }
      expect(got).toBe(want);
    });
  }
});

function bitsOf(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

describe('rounding to float32 and float64 is exact', () => {
  for (const [t, v, want] of gcBits) {
    it(`${t}(${v})`, () => {
      const c = evalConst(`${t}(${v})`);
      const [f] = float64Val(c.value);
      expect(bitsOf(f)).toBe(want);
    });
  }
});

describe('representable', () => {
  it('has the integer ranges of every sized type', () => {
    expect(intRange(BasicKind.Int8)).toEqual([-128n, 127n]);
    expect(intRange(BasicKind.Uint16)).toEqual([0n, 65535n]);
    expect(intRange(BasicKind.Int)).toEqual([-(2n ** 63n), 2n ** 63n - 1n]);
    expect(intRange(BasicKind.Uintptr)).toEqual([0n, 2n ** 64n - 1n]);
    expect(intRange(BasicKind.UntypedInt)).toBeUndefined();
  });
  it('turns integral floats into Ints', () => {
    const r = representable(fromLiteral('1e2', 'float'), Typ[BasicKind.Int8]!);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual(makeInt(100));
  });
  it('accepts anything in untyped kinds and Unknown everywhere', () => {
    expect(representable(fromLiteral('1e1000', 'float'), BasicKind.UntypedFloat).ok).toBe(true);
    expect(representable(makeInt(1n << 1000n), BasicKind.UntypedInt).ok).toBe(true);
    expect(representable(makeFloat64(NaN), BasicKind.Int8).ok).toBe(true);
    expect(makeFloat64(NaN).kind).toBe(Kind.Unknown);
  });
  it('rejects a string for a rune and an int for a string', () => {
    expect(representable(fromLiteral('"a"', 'string'), BasicKind.Int32).ok).toBe(false);
    expect(representable(makeInt(65), BasicKind.String).ok).toBe(false);
  });
});
