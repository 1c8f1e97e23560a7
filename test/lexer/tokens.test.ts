// The scanner's tokens: every literal form, every operator, keywords, the semicolon rule, positions.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/lexer/lexer.js';

/** "Type:image" for each token of `src`. */
function toks(src: string): string[] {
  const r = tokenize(src, 't.go');
  expect(r.diagnostics).toEqual([]);
  return r.tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

function one(src: string): string {
  const t = toks(src);
  return t[0]!;
}

describe('literals', () => {
  const ints = ['0', '42', '4_2', '0600', '0_600', '0o600', '0O600', '0xBadFace', '0xBad_Face', '0x_67_7a_2f_cc_40_c6',
    '170141183460469231731687303715884105727', '170_141183_460469_231731_687303_715884_105727', '0b1011', '0B_1_0'];
  for (const s of ints) it(`int ${s}`, () => expect(one(s)).toBe(`Int:${s}`));
  const floats = ['0.', '72.40', '072.40', '2.71828', '1.e+0', '6.67428e-11', '1E6', '.25', '.12345E+5', '1_5.', '0.15e+0_2',
    '0x1p-2', '0x2.p10', '0x1.Fp+0', '0X.8p-0', '0X_1FFFP-16', '089.5', '1e0'];
  for (const s of floats) it(`float ${s}`, () => expect(one(s)).toBe(`Float:${s}`));
  const imags = ['0i', '0123i', '0o123i', '0xabci', '0.i', '2.71828i', '1.e+0i', '6.67428e-11i', '1E6i', '.25i', '.12345E+5i', '0x1p-2i'];
  for (const s of imags) it(`imaginary ${s}`, () => expect(one(s)).toBe(`Imag:${s}`));
  const runes = ["'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\377'", "'\\x07'", "'\\xff'", "'\\u12e4'",
    "'\\U00101234'", "'\\''", "'\\\\'", "'\\a'", "'\\b'", "'\\f'", "'\\n'", "'\\r'", "'\\v'", "'😀'"];
  for (const s of runes) it(`rune ${s}`, () => expect(one(s)).toBe(`Rune:${s}`));
  const strings = ['"abc"', '"\\n"', '"\\""', '"Hello, world!\\n"', '"日本語"', '"\\u65e5本\\U00008a9e"', '"\\xff\\u00FF"',
    '"\\uD7FF"', '"\\U0010FFFF"', '``', '`abc`', '`\\n\n\\n`', '`a"b`'];
  for (const s of strings) it(`string ${JSON.stringify(s)}`, () => expect(one(s)).toBe(`String:${s}`));
  it('raw strings span lines and keep later positions right', () => {
    const r = tokenize('`a\nb\nc` x', 't.go');
    expect(r.tokens[1]).toMatchObject({ image: 'x', startLine: 3, startColumn: 4 });
  });
});

describe('identifiers and keywords', () => {
  it('identifiers with Unicode letters and digits', () => {
    expect(toks('a _x9 ThisVariableIsExported αβ 日本 x٣')).toEqual([
      'Ident:a', 'Ident:_x9', 'Ident:ThisVariableIsExported', 'Ident:αβ', 'Ident:日本', 'Ident:x٣', 'ImplicitSemi:EOF',
    ]);
  });
  it('every keyword', () => {
    const kws = 'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var';
    const got = toks(kws).filter((t) => !t.startsWith('ImplicitSemi'));
    expect(got.map((s) => s.split(':')[1])).toEqual(kws.split(' '));
    expect(got.every((s) => !s.startsWith('Ident:'))).toBe(true);
  });
  it('keyword prefixes are identifiers', () => {
    expect(toks('fo format iff')).toEqual(['Ident:fo', 'Ident:format', 'Ident:iff', 'ImplicitSemi:EOF']);
  });
});

describe('operators and punctuation', () => {
  it('maximal munch over every operator', () => {
    const ops = '+ & += &= && == != ( ) - | -= |= || < <= [ ] * ^ *= ^= <- > >= { } / << /= <<= ++ = := , ; % >> %= >>= -- ! ... . : &^ &^= ~';
    const got = toks(ops).map((s) => s.slice(s.indexOf(':') + 1));
    // `)`, `]`, `}`, `++` and `--` before a newline would insert semicolons; here all are on one line.
    expect(got).toEqual(ops.split(' '));
  });
  it('splits .. into two periods and a.5 correctly', () => {
    expect(toks('x..y')).toEqual(['Ident:x', 'Period:.', 'Period:.', 'Ident:y', 'ImplicitSemi:EOF']);
    expect(toks('x.5')).toEqual(['Ident:x', 'Float:.5', 'ImplicitSemi:EOF']);
    expect(toks('a<-b')).toEqual(['Ident:a', 'Arrow:<-', 'Ident:b', 'ImplicitSemi:EOF']);
    expect(toks('a&^=b')).toEqual(['Ident:a', 'AndNotAssign:&^=', 'Ident:b', 'ImplicitSemi:EOF']);
  });
});

describe('automatic semicolons', () => {
  const semis = (src: string) =>
    tokenize(src, 't.go').tokens.filter((t) => t.tokenType.name.endsWith('Semi')).map((t) => `${t.startLine}:${t.startColumn}:${t.image}`);
  it('after identifiers, literals, break/continue/fallthrough/return, ++ -- ) ] }', () => {
    const lines = ['x', '1', '1.5', '1i', "'a'", '"s"', '`r`', 'break', 'continue', 'fallthrough', 'return', 'x++', 'x--', 'f()', 'a[1]', '{}'];
    expect(semis(lines.join('\n') + '\n')).toEqual(lines.map((l, i) => `${i + 1}:${l.length + 1}:newline`));
  });
  it('not after operators, other keywords or opening brackets', () => {
    expect(semis('a +\nb\n')).toEqual(['2:2:newline']);
    expect(semis('func (\n)\n')).toEqual(['2:2:newline']);
    expect(semis('if x {\n}\n')).toEqual(['2:2:newline']);
    expect(semis('var\nx\n')).toEqual(['2:2:newline']);
  });
  it('at EOF', () => {
    expect(semis('x')).toEqual(['1:2:EOF']);
    expect(semis('x // c')).toEqual(['1:7:EOF']);
    expect(semis('x +')).toEqual([]);
  });
  it('comments: line comments end at the newline, multi-line block comments act as a newline', () => {
    expect(semis('x // c\ny')).toEqual(['1:7:newline', '2:2:EOF']);
    expect(semis('x /* a\nb */ y')).toEqual(['1:3:newline', '2:7:EOF']);
    expect(semis('x /* a */ y')).toEqual(['1:12:EOF']);
    expect(semis('x /* a */\ny')).toEqual(['1:10:newline', '2:2:EOF']);
  });
  it('explicit semicolons are kept and named as gc names them', () => {
    expect(toks('a; b')).toEqual(['Ident:a', 'ExplicitSemi:;', 'Ident:b', 'ImplicitSemi:EOF']);
  });
  it('blank lines and CRLF do not add semicolons', () => {
    expect(semis('x\r\n\r\n\ny\r\n')).toEqual(['1:3:newline', '4:3:newline']);
  });
  it('a leading byte order mark is skipped', () => {
    expect(toks('\ufeffpackage p')).toEqual(['Package:package', 'Ident:p', 'ImplicitSemi:EOF']);
  });
});

describe('positions', () => {
  it('1-based lines and byte columns, tabs count one', () => {
    const t = tokenize('package p\n\tvar s = "日本" + x\n', 't.go').tokens;
    const x = t.find((k) => k.image === 'x')!;
    expect([x.startLine, x.startColumn]).toEqual([2, 21]);
  });
});
