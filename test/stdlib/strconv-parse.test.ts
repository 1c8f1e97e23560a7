// ParseFloat, ParseInt, ParseUint, Atoi, FormatInt, FormatUint and ParseBool against Go 1.19
// (fixtures/gen-strconv.go).

import { describe, expect, test } from 'vitest';
import { parseFloat, parseFloatPrefix } from '../../src/stdlib/strconv/atof.js';
import { atoi, parseInt, parseUint } from '../../src/stdlib/strconv/atoi.js';
import { formatInt, formatUint, itoa } from '../../src/stdlib/strconv/itoa.js';
import { formatBool, parseBool } from '../../src/stdlib/strconv/bool.js';
import { ErrRange, ErrSyntax } from '../../src/stdlib/strconv/errors.js';
import { PlainPanic } from '../../src/runtime/error.js';
import { Mismatches, fixtureRows, float64bitsHex, fromHex } from './fixtures.js';

describe('strconv.ParseFloat', () => {
  test('every fixture input parses as in Go, for bitSize 64 and 32', () => {
    const m = new Mismatches();
    for (const row of fixtureRows('strconv-atof.jsonl.gz')) {
      const [s, b64, e64, b32, e32] = row as [string, string, string, string, string];
      const [v, err] = parseFloat(s, 64);
      m.check(`ParseFloat(${JSON.stringify(s)}, 64)`, b64, float64bitsHex(v));
      m.check(`ParseFloat(${JSON.stringify(s)}, 64) err`, e64, err ? err.error() : '');
      const [v32, err32] = parseFloat(s, 32);
      m.check(`ParseFloat(${JSON.stringify(s)}, 32)`, b32, float64bitsHex(v32));
      m.check(`ParseFloat(${JSON.stringify(s)}, 32) err`, e32, err32 ? err32.error() : '');
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(12000);
  });

  test('errors carry the sentinels', () => {
    expect(parseFloat('1e400', 64)[1]!.err).toBe(ErrRange);
    expect(parseFloat('x', 64)[1]!.err).toBe(ErrSyntax);
    expect(parseFloat('1e-400', 64)).toEqual([0, null]);
    expect(parseFloatPrefix('1.5abc', 64)).toEqual([1.5, 3, null]);
  });
});

describe('strconv.ParseInt / ParseUint / Atoi', () => {
  test('every fixture input parses as in Go', () => {
    const m = new Mismatches();
    for (const row of fixtureRows('strconv-atoi.jsonl.gz')) {
      const s = fromHex(row[0] as string);
      const q = JSON.stringify(new TextDecoder().decode(s));
      const [a, ae] = atoi(s);
      m.check(`Atoi(${q})`, row[1], String(a));
      m.check(`Atoi(${q}) err`, row[2], ae ? ae.error() : '');
      for (let i = 3; i < row.length; i += 6) {
        const [base, bits, iv, ie, uv, ue] = row.slice(i, i + 6) as [number, number, string, string, string, string];
        const [v, err] = parseInt(s, base, bits);
        m.check(`ParseInt(${q}, ${base}, ${bits})`, iv, String(v));
        m.check(`ParseInt(${q}, ${base}, ${bits}) err`, ie, err ? err.error() : '');
        const [u, uerr] = parseUint(s, base, bits);
        m.check(`ParseUint(${q}, ${base}, ${bits})`, uv, String(u));
        m.check(`ParseUint(${q}, ${base}, ${bits}) err`, ue, uerr ? uerr.error() : '');
      }
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(15000);
  });

  test('results are numbers when safe, bigints beyond 2^53', () => {
    expect(parseInt('9007199254740991', 10, 64)[0]).toBe(9007199254740991);
    expect(parseInt('9007199254740992', 10, 64)[0]).toBe(9007199254740992n);
    expect(parseInt('-9223372036854775808', 10, 64)[0]).toBe(-9223372036854775808n);
    expect(parseUint('18446744073709551615', 10, 64)[0]).toBe(18446744073709551615n);
    expect(Object.is(atoi('-0')[0], 0)).toBe(true);
  });
});

describe('strconv.FormatInt / FormatUint / Itoa', () => {
  test('every base 2..36 as in Go', () => {
    const m = new Mismatches();
    for (const row of fixtureRows('strconv-itoa.jsonl.gz')) {
      const dec = row[0] as string;
      const v = BigInt(dec);
      const u = BigInt.asUintN(64, v);
      const vn = Number.isSafeInteger(Number(v)) ? Number(v) : v;
      m.check(`Itoa(${dec})`, dec, itoa(vn));
      for (let b = 2; b <= 36; b++) {
        m.check(`FormatInt(${dec}, ${b})`, row[1 + (b - 2) * 2], formatInt(vn, b));
        m.check(`FormatUint(${u}, ${b})`, row[2 + (b - 2) * 2], formatUint(u, b));
      }
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(10000);
  });
  test('an illegal base panics', () => {
    expect(() => formatInt(1, 1)).toThrow(PlainPanic);
    expect(() => formatInt(1, 37)).toThrow('strconv: illegal AppendInt/FormatInt base');
  });
});

describe('strconv.ParseBool / FormatBool', () => {
  test("Go's words", () => {
    for (const s of ['1', 't', 'T', 'TRUE', 'true', 'True']) expect(parseBool(s)).toEqual([true, null]);
    for (const s of ['0', 'f', 'F', 'FALSE', 'false', 'False']) expect(parseBool(s)).toEqual([false, null]);
    for (const s of ['', 'yes', 'tRUE', 'TRUE ', ' 1', 'falsey']) {
      const [v, err] = parseBool(s);
      expect(v).toBe(false);
      expect(err!.error()).toBe(`strconv.ParseBool: parsing ${JSON.stringify(s)}: invalid syntax`);
    }
    expect(formatBool(true)).toBe('true');
    expect(formatBool(false)).toBe('false');
  });
});
