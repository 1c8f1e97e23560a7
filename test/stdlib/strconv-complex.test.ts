// ParseComplex and FormatComplex against Go 1.19 (fixtures/gen-strconv-complex.go).

import { describe, expect, test } from 'vitest';
import { parseComplex } from '../../src/stdlib/strconv/atoc.js';
import { formatComplex } from '../../src/stdlib/strconv/ctoa.js';
import { Mismatches, fixtureRows, float64bitsHex, float64frombitsHex } from './fixtures.js';

const rows = fixtureRows('strconv-complex.jsonl');

describe('strconv complex numbers', () => {
  test('ParseComplex', () => {
    const m = new Mismatches();
    for (const row of rows.filter((r) => r[0] === 'p')) {
      const [, s, bs, re, im, e] = row as [string, string, number, string, string, string];
      const [c, err] = parseComplex(s, bs);
      const what = `ParseComplex(${JSON.stringify(s)}, ${bs})`;
      m.check(what + ' real', re, float64bitsHex(c.re));
      m.check(what + ' imag', im, float64bitsHex(c.im));
      m.check(what + ' err', e, err ? err.error() : '');
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(300);
  });
  test('FormatComplex', () => {
    const m = new Mismatches();
    for (const row of rows.filter((r) => r[0] === 'f')) {
      const [, re, im, f, p, bs, want] = row as [string, string, string, string, number, number, string];
      m.check(`FormatComplex(${re}, ${im}, ${f}, ${p}, ${bs})`, want, formatComplex(float64frombitsHex(re), float64frombitsHex(im), f, p, bs));
    }
    expect(m.list).toEqual([]);
    expect(() => formatComplex(1, 2, 'g', -1, 32)).toThrow('invalid bitSize');
  });
});
