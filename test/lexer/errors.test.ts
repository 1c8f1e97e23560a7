// gc's lexical diagnostics: wording and position. Every expectation was produced by Go 1.19's
// compiler on `package main\n\nfunc main() {\n\t<stmt>\n}\n`.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lexer/lexer.js';

function lexErrors(stmt: string): string[] {
  const src = `package main\n\nfunc main() {\n\t${stmt}\n}\n`;
  return tokenize(src, 'c.go').diagnostics.map((d) => `${d.line}:${d.col}: ${d.msg}`);
}

const cases: [string, string][] = [
  ['x := 0128', "4:10: invalid digit '8' in octal literal"],
  ['x := 0x', '4:9: hexadecimal literal has no digits'],
  ['x := 0b102', "4:11: invalid digit '2' in binary literal"],
  ['x := 0o18', "4:10: invalid digit '8' in octal literal"],
  ['x := 1__0', "4:9: '_' must separate successive digits"],
  ['x := 0x1.5', "4:12: hexadecimal mantissa requires a 'p' exponent"],
  ['x := 0b1.0', '4:10: invalid radix point in binary literal'],
  ['x := 1e', '4:9: exponent has no digits'],
  ['x := 0x1e+3p', "4:13: 'p' exponent requires hexadecimal mantissa"],
  ['x := 0b1p3', "4:10: 'p' exponent requires hexadecimal mantissa"],
  ['x := 09', "4:8: invalid digit '9' in octal literal"],
  ['x := 1_', "4:8: '_' must separate successive digits"],
  ["x := '\\q'", '4:9: unknown escape'],
  ["x := ''", "4:8: empty rune literal or unescaped '"],
  ["x := 'ab'", '4:7: more than one character in rune literal'],
  ['x := "abc', '4:11: newline in string'],
  ["x := '\\400'", '4:12: octal escape value 256 > 255'],
  ["x := '\\xZZ'", "4:10: invalid character 'Z' in hexadecimal escape"],
  ['x := "\\uD800"', '4:14: escape is invalid Unicode code point U+D800'],
  ['x := @', "4:7: invalid character U+0040 '@'"],
  ['x := "\\U00110000"', '4:18: escape is invalid Unicode code point U+110000'],
  ['x := 0_x1', "4:8: '_' must separate successive digits"],
  ['x := 1._5', "4:9: '_' must separate successive digits"],
  ['x := .5e', '4:10: exponent has no digits'],
  ['x := 0o', '4:9: octal literal has no digits'],
  ['x := 1_.5', "4:8: '_' must separate successive digits"],
  ['x := 0x1_p1', "4:10: '_' must separate successive digits"],
  ['x := 1e_5', "4:9: '_' must separate successive digits"],
  ['x := 0x_1__2', "4:12: '_' must separate successive digits"],
  ['x := 1_2_', "4:10: '_' must separate successive digits"],
];

describe('lexical errors in gc words', () => {
  for (const [stmt, want] of cases) {
    it(stmt, () => {
      expect(lexErrors(stmt)[0]).toBe(want);
    });
  }
  it('accepts legacy octal-looking floats and separated hex', () => {
    expect(lexErrors('x := 08.5')).toEqual([]);
    expect(lexErrors('x := 0x_1')).toEqual([]);
    expect(lexErrors('x := 089i')).toEqual([]);
  });
  it('reports an unterminated raw string and comment at their start', () => {
    expect(tokenize('package p\nvar s = `abc\n', 'a.go').diagnostics[0]).toMatchObject({ line: 2, col: 9, msg: 'string not terminated' });
    expect(tokenize('package p\n/* abc\n', 'a.go').diagnostics[0]).toMatchObject({ line: 2, col: 1, msg: 'comment not terminated' });
  });
  it('counts columns in bytes', () => {
    const d = tokenize('package p\nvar s = "é" + @', 'a.go').diagnostics[0]!;
    expect([d.line, d.col]).toEqual([2, 16]);
  });
  it('reports identifier characters gc rejects', () => {
    expect(lexErrors('x := a·b')).toEqual(["4:8: invalid character U+00B7 '·' in identifier"]);
    expect(lexErrors('y := ٣x')).toEqual(["4:7: identifier cannot begin with digit U+0663 '٣'"]);
  });
});
