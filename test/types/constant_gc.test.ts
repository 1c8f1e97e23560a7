// Constant arithmetic and formatting, checked against what gc 1.19 prints for the same
// expressions (each row: expression, the type gc reports, and the value as gc prints it in
// "cannot use (expr) (untyped float constant 0.3) as struct{} value"; "overflows" where gc
// reports the typed constant overflowing).
import { describe, expect, it } from 'vitest';
import { valueString } from '../../src/compiler/types/constant.js';
import { ConstError, evalConst } from './consteval.js';

const gcPrinted: [string, string, string][] = [
  ["1 << 100 >> 98", "untyped int", "4"],
  ["0.1 + 0.2", "untyped float", "0.3"],
  ["0.1", "untyped float", "0.1"],
  ["1e100", "untyped float", "1e+100"],
  ["1e+100 / 3", "untyped float", "3.33333e+99"],
  ["1.0 / 3", "untyped float", "0.333333"],
  ["2.0 / 3", "untyped float", "0.666667"],
  ["1 / 3", "untyped int", "0"],
  ["7 / 2", "untyped int", "3"],
  ["7.0 / 2", "untyped float", "3.5"],
  ["-7 / 2", "untyped int", "-3"],
  ["-7 % 3", "untyped int", "-1"],
  ["1e1000", "untyped float", "1e+1000"],
  ["1e-1000", "untyped float", "1e-1000"],
  ["1e5000", "untyped float", "1e+5000"],
  ["1e-5000", "untyped float", "1e-5000"],
  ["123456789.0", "untyped float", "1.23457e+08"],
  ["1234567.0", "untyped float", "1.23457e+06"],
  ["100000.0", "untyped float", "100000"],
  ["1000000.0", "untyped float", "1e+06"],
  ["0.0001", "untyped float", "0.0001"],
  ["0.00001", "untyped float", "1e-05"],
  ["1 << 200", "untyped int", "1606938044258990275541962092341162602522202993782792835301376"],
  ["(1 << 200) * 1.5", "untyped float", "2.41041e+60"],
  ["1.5e300 * 1.5e300", "untyped float", "2.25e+600"],
  ["3 + 4i", "untyped complex", "(3 + 4i)"],
  ["(1 + 2i) * (3 - 4i)", "untyped complex", "(11 + 2i)"],
  ["(1 + 2i) / (3 - 4i)", "untyped complex", "(-0.2 + 0.4i)"],
  ["1i * 1i", "untyped complex", "(-1 + 0i)"],
  ["2.5i", "untyped complex", "(0 + 2.5i)"],
  ["0x1p-2", "untyped float", "0.25"],
  ["0x1.8p1", "untyped float", "3"],
  ["0X_1FFF", "untyped int", "8191"],
  ["0o17 + 017 + 0b101", "untyped int", "35"],
  ["1_000_000", "untyped int", "1000000"],
  ["'a'", "untyped rune", "97"],
  ["'\\n' + 0", "untyped rune", "10"],
  ["'\\x80'", "untyped rune", "128"],
  ["'\\u00e9'", "untyped rune", "233"],
  ["'\\U0001F600'", "untyped rune", "128512"],
  ["\"abc\"", "untyped string", "\"abc\""],
  ["\"a\\x00b\\xffc\\u00e9\\t\\\"\\\\\"", "untyped string", "\"a\\x00b\\xffcé\\t\\\"\\\\\""],
  ["\"€𝄞\"", "untyped string", "\"€𝄞\""],
  ["`raw\\n`", "untyped string", "\"raw\\\\n\""],
  ["\"12345678901234567890123456789012345678901234567890123456789012345678901234567890\"", "untyped string", "\"12345678901234567890123456789012345678901234567890123456789012345678..."],
  ["\"\\a\\b\\f\\v\\r\\x7f\"", "untyped string", "\"\\a\\b\\f\\v\\r\\x7f\""],
  ["^1", "untyped int", "-2"],
  ["^-1", "untyped int", "0"],
  ["-(1 << 63)", "untyped int", "-9223372036854775808"],
  ["1e3 == 1000", "untyped bool", "true"],
  ["0.1 + 0.2 == 0.3", "untyped bool", "true"],
  ["1e-400", "untyped float", "1e-400"],
  ["1.7976931348623157e308 * 2", "untyped float", "3.59539e+308"],
  ["4.9e-324", "untyped float", "4.94066e-324"],
  ["1e23", "untyped float", "1e+23"],
  ["5e-324 / 2", "untyped float", "4.94066e-324"],
  ["100000.5", "untyped float", "100000"],
  ["1000005.0", "untyped float", "1e+06"],
  ["1e6 + 5", "untyped float", "1e+06"],
  ["0.5e-5", "untyped float", "5e-06"],
  ["1e1000000", "untyped float", "1e+1000000"],
  ["1e-1000000", "untyped float", "1e-1000000"],
  ["\"\\u2028x\"", "untyped string", "\"\\u2028x\""],
  ["\"\\ufeff\"", "untyped string", "\"\\ufeff\""],
  ["1e20 * 1e20 / 7", "untyped float", "1.42857e+39"],
  ["float32(0.1)", "float32", "0.1"],
  ["float64(float32(0.1))", "float64", "0.1"],
  ["float32(1e38) * 10", "float32", "overflows"],
  ["uint8(255) + 0", "uint8", "255"],
  ["-0.0", "untyped float", "0"],
  ["1 - 0.9", "untyped float", "0.1"],
  ["(0.1i + 0.2i) * 10", "untyped complex", "(0 + 3i)"],
];

describe('constant values as gc prints them', () => {
  for (const [expr, type, want] of gcPrinted) {
    it(expr, () => {
      let got: string;
      let gotType = type;
      try {
        const c = evalConst(expr);
        got = valueString(c.value);
        gotType = c.type.name;
      } catch (e) {
        if (!(e instanceof ConstError)) throw e;
        got = e.message;
      }
      expect(got).toBe(want);
      expect(gotType).toBe(type);
    });
  }
});
