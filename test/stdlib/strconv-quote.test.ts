// Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, CanBackquote, IsPrint, IsGraphic, Unquote,
// QuotedPrefix and UnquoteChar against Go 1.19 (fixtures/gen-strconv.go), and NumError's text.

import { describe, expect, test } from 'vitest';
import {
  canBackquote,
  isGraphicRune,
  isPrint,
  quote,
  quoteRune,
  quoteRuneToASCII,
  quoteRuneToGraphic,
  quoteToASCII,
  quoteToGraphic,
  quotedPrefix,
  unquote,
  unquoteChar,
} from '../../src/stdlib/strconv/quote.js';
import { NumError, ErrSyntax, BaseError } from '../../src/stdlib/strconv/errors.js';
import { isGraphic, isNotPrint16, isNotPrint32, isPrint16, isPrint32 } from '../../src/stdlib/strconv/isprint.js';
import { Mismatches, fixtureRows, fromHex, toHex } from './fixtures.js';

const rows = fixtureRows('strconv-quote.jsonl.gz');

describe('strconv quoting', () => {
  test('Quote, QuoteToASCII, QuoteToGraphic, CanBackquote of every byte and many strings', () => {
    const m = new Mismatches();
    for (const row of rows.filter((r) => r[0] === 's')) {
      const [, h, q, qa, qg, cb] = row as [string, string, string, string, string, boolean];
      const s = fromHex(h);
      m.check(`Quote(${h})`, q, toHex(quote(s)));
      m.check(`QuoteToASCII(${h})`, qa, toHex(quoteToASCII(s)));
      m.check(`QuoteToGraphic(${h})`, qg, toHex(quoteToGraphic(s)));
      m.check(`CanBackquote(${h})`, cb, canBackquote(s));
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(10000);
  });

  test('QuoteRune and variants, including invalid runes', () => {
    const m = new Mismatches();
    for (const row of rows.filter((r) => r[0] === 'r')) {
      const [, r, q, qa, qg] = row as [string, number, string, string, string];
      m.check(`QuoteRune(${r})`, q, toHex(quoteRune(r)));
      m.check(`QuoteRuneToASCII(${r})`, qa, toHex(quoteRuneToASCII(r)));
      m.check(`QuoteRuneToGraphic(${r})`, qg, toHex(quoteRuneToGraphic(r)));
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(10000);
  });

  test('IsPrint and IsGraphic for every code point (Unicode 13 tables)', () => {
    expect([isPrint16.length, isNotPrint16.length, isPrint32.length, isNotPrint32.length, isGraphic.length]).toEqual([
      434, 132, 468, 95, 16,
    ]);
    for (const [name, fn] of [
      ['isprint', isPrint],
      ['isgraphic', isGraphicRune],
    ] as const) {
      const transitions = rows.find((r) => r[0] === name)![1] as number[];
      const got: number[] = [];
      let prev = false;
      for (let c = 0; c <= 0x110000; c++) {
        const p = fn(c);
        if (p !== prev) {
          got.push(c);
          prev = p;
        }
      }
      expect(got).toEqual(transitions);
    }
    expect(isPrint(-1)).toBe(false);
    expect(isPrint(0x7fffffff)).toBe(false);
  });
});

describe('strconv unquoting', () => {
  test('Unquote and QuotedPrefix', () => {
    const m = new Mismatches();
    for (const row of rows.filter((r) => r[0] === 'u')) {
      const [, h, u, ue, p, pe] = row as [string, string, string, string, string, string];
      const s = fromHex(h);
      const [out, err] = unquote(s);
      m.check(`Unquote(${h})`, u, toHex(out));
      m.check(`Unquote(${h}) err`, ue, err ? err.message : '');
      const [pout, perr] = quotedPrefix(s);
      m.check(`QuotedPrefix(${h})`, p, toHex(pout));
      m.check(`QuotedPrefix(${h}) err`, pe, perr ? perr.message : '');
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(2000);
  });

  test('UnquoteChar', () => {
    const m = new Mismatches();
    for (const row of rows.filter((r) => r[0] === 'c')) {
      const [, h, q, v, mb, tailLen, e] = row as [string, string, number, number, boolean, number, string];
      const s = fromHex(h);
      const r = unquoteChar(s, q);
      const what = `UnquoteChar(${h}, ${q})`;
      m.check(what, v, r.value);
      m.check(what + ' multibyte', mb, r.multibyte);
      m.check(what + ' tail', tailLen, s.length - r.tail);
      m.check(what + ' err', e, r.err ? r.err.message : '');
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(5000);
  });
});

describe('NumError', () => {
  test("Go's messages", () => {
    const enc = new TextEncoder();
    expect(new NumError('ParseInt', enc.encode('x'), ErrSyntax).error()).toBe(
      'strconv.ParseInt: parsing "x": invalid syntax',
    );
    expect(new NumError('ParseInt', new Uint8Array([0xff, 0x0a]), new BaseError('invalid base 1')).error()).toBe(
      'strconv.ParseInt: parsing "\\xff\\n": invalid base 1',
    );
  });
});
