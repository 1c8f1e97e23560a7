// FormatFloat and fmt's float layer against Go 1.19 (fixtures/gen-strconv-ftoa.go).

import { describe, expect, test } from 'vitest';
import { type FmtFlags, fmtFloat, formatFloat, printComplex, printFloat } from '../../src/stdlib/strconv/ftoa.js';
import { PlainPanic } from '../../src/runtime/error.js';
import { Mismatches, fixtureLines, fixtureRows, float64frombitsHex } from './fixtures.js';

const precsAll = Array.from({ length: 22 }, (_, i) => i - 1);
const precsBig = [25, 30, 40, 60, 100, 330, 800];
const precsFew = [-1, 0, 1, 5, 17];

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

describe('strconv.FormatFloat', () => {
  test('every fixture case formats as Go formats it', () => {
    const m = new Mismatches();
    for (const line of fixtureLines('strconv-ftoa.txt.gz')) {
      const [bits, size, fm, ...outs] = line.split(' ') as [string, string, string, ...string[]];
      let v: number;
      if (size === '64') {
        u64[0] = BigInt('0x' + bits);
        v = f64[0]!;
      } else {
        u32[0] = parseInt(bits, 16);
        v = f32[0]!;
      }
      const precs =
        outs.length === 22 ? precsAll : outs.length === 7 ? precsBig : outs.length === 5 ? precsFew : [-1];
      outs.forEach((want, i) => {
        m.check(`FormatFloat(0x${bits}, '${fm}', ${precs[i]}, ${size})`, want, formatFloat(v, fm, precs[i]!, +size));
      });
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBeGreaterThan(190000);
  });

  test('hand-picked cases', () => {
    expect(formatFloat(0.1, 'f', 40, 64)).toBe('0.1000000000000000055511151231257827021182');
    expect(formatFloat(1e23, 'g', -1, 64)).toBe('1e+23');
    expect(formatFloat(0.125, 'f', 2, 64)).toBe('0.12');
    expect(formatFloat(-0, 'g', -1, 64)).toBe('-0');
    expect(formatFloat(0.1, 'g', -1, 32)).toBe('0.1');
    expect(formatFloat(1, 'z', -1, 64)).toBe('%z');
    expect(() => formatFloat(1, 'g', -1, 16)).toThrow(PlainPanic);
  });
});

describe("fmt's float formatting", () => {
  // Expected values printed by Go 1.19's fmt.Sprintf.
  const cases: [string, number, number, string, Parameters<typeof printFloat>[3], string][] = [
    ['%v', 3, 64, 'v', {}, '3'],
    ['%#g', 3, 64, 'g', { sharp: true }, '3.00000'],
    ['%#g', 1e6, 64, 'g', { sharp: true }, '1.00000e+06'],
    ['%#.3x', 1, 64, 'x', { sharp: true, prec: 3 }, '0x1.000p+00'],
    ['%#x', 1, 64, 'x', { sharp: true }, '0x1.0000p+00'],
    ['%#.0f', 2, 64, 'f', { sharp: true, prec: 0 }, '2.'],
    ['%#.0e', 2, 64, 'e', { sharp: true, prec: 0 }, '2.e+00'],
    ['%#g', 0, 64, 'g', { sharp: true }, '0.00000'],
    ['%#.4g', 0.0001, 64, 'g', { sharp: true, prec: 4 }, '0.0001000'],
    ['%012.3f', -3.5, 64, 'f', { zero: true, wid: 12, prec: 3 }, '-0000003.500'],
    ['%+.2e', 12345.678, 64, 'e', { plus: true, prec: 2 }, '+1.23e+04'],
    ['% f', 1, 64, 'f', { space: true }, ' 1.000000'],
    ['%+ f', 1, 64, 'f', { space: true, plus: true }, '+1.000000'],
    ['%-10.2f|', 1, 64, 'f', { minus: true, wid: 10, prec: 2 }, '1.00      '],
    ['%10.2f', -1, 64, 'f', { wid: 10, prec: 2 }, '     -1.00'],
    ['%010v', NaN, 64, 'v', { zero: true, wid: 10 }, '       NaN'],
    ['%+g', NaN, 64, 'g', { plus: true }, '+NaN'],
    ['% v', NaN, 64, 'v', { space: true }, ' NaN'],
    ['%-8v|', -Infinity, 64, 'v', { minus: true, wid: 8 }, '-Inf    '],
    ['%08v', Infinity, 64, 'v', { zero: true, wid: 8 }, '    +Inf'],
    ['%v', Infinity, 64, 'v', {}, '+Inf'],
    ['%F', 1.5, 64, 'F', {}, '1.500000'],
    ['%b', 1, 64, 'b', {}, '4503599627370496p-52'],
    ['%#b', 1, 64, 'b', { sharp: true }, '4503599627370496p-52'],
    ['%X', 1, 64, 'X', {}, '0X1P+00'],
    ['%.3v', 3.14159, 64, 'v', { prec: 3 }, '3.14'],
    ['%v', 1e21, 64, 'v', {}, '1e+21'],
    ['%v', 1e20, 64, 'v', {}, '1e+20'],
    ['%v', 123456789.0, 64, 'v', {}, '1.23456789e+08'],
    ['%v', 0.1, 32, 'v', {}, '0.1'],
    ['%08.3f', 3.14159, 64, 'f', { zero: true, wid: 8, prec: 3 }, '0003.142'],
    ['%+08.3f', 3.14159, 64, 'f', { plus: true, zero: true, wid: 8, prec: 3 }, '+003.142'],
    ['%#.3g', 100, 64, 'g', { sharp: true, prec: 3 }, '100.'],
    ['%#e', 1, 64, 'e', { sharp: true }, '1.000000e+00'],
  ];
  for (const [spec, v, size, verb, flags, want] of cases) {
    test(`${spec} of ${v}`, () => {
      expect(printFloat(v, size, verb, flags)).toBe(want);
    });
  }
  test('non-float verbs', () => {
    expect(printFloat(1, 64, 'd')).toBeNull();
    expect(fmtFloat(2.5, 64, 'f', 0)).toBe('2');
  });
});

describe("fmt's float formatting against fmt.Sprintf", () => {
  // Parses a directive the way fmt's doPrintf sets its flags for one float argument.
  function parseDirective(format: string): { verb: string; flags: FmtFlags } {
    let i = 1;
    const flags: FmtFlags = {};
    for (; '+- #0'.includes(format[i]!); i++) {
      switch (format[i]) {
        case '+': flags.plus = true; break;
        case '-': flags.minus = true; break;
        case ' ': flags.space = true; break;
        case '#': flags.sharp = true; break;
        case '0': flags.zero = true; break;
      }
    }
    if (flags.minus) flags.zero = false; // "only pad with zeros to the left"
    let w = '';
    for (; /[0-9]/.test(format[i]!); i++) w += format[i];
    if (w !== '') flags.wid = Number(w);
    if (format[i] === '.') {
      i++;
      let p = '';
      for (; /[0-9]/.test(format[i]!); i++) p += format[i];
      flags.prec = Number(p || '0');
    }
    const verb = format[i]!;
    if (verb === 'v') {
      // %v moves '#' and '+' to sharpV/plusV, which do not change how a float prints.
      flags.sharp = false;
      flags.plus = false;
    }
    return { verb, flags };
  }

  test('12000 random directives', () => {
    const m = new Mismatches();
    for (const row of fixtureRows('strconv-fmtfloat.jsonl.gz')) {
      const [format, bits, size, want] = row as [string, string, number, string];
      const { verb, flags } = parseDirective(format);
      let v = float64frombitsHex(bits);
      if (size === 32) v = Math.fround(v);
      m.check(`Sprintf(${JSON.stringify(format)}, float${size}(0x${bits}))`, want, printFloat(v, size, verb, flags));
    }
    expect(m.list).toEqual([]);
    expect(m.count).toBe(12000);
  });
});

describe("fmt's complex formatting", () => {
  test('as fmt.Printf prints complex values', () => {
    // Go 1.19: fmt.Printf("%v|%.2f|%+.1e|%8.2f|%-8.1f|%g|%v|%v|%x|% .3g|%08.2f", ...)
    expect(printComplex(1, 2, 128, 'v')).toBe('(1+2i)');
    expect(printComplex(1.5, -2.25, 128, 'f', { prec: 2 })).toBe('(1.50-2.25i)');
    expect(printComplex(3, 4, 128, 'e', { plus: true, prec: 1 })).toBe('(+3.0e+00+4.0e+00i)');
    expect(printComplex(1, 2, 128, 'f', { wid: 8, prec: 2 })).toBe('(    1.00   +2.00i)');
    expect(printComplex(1, 2, 128, 'f', { minus: true, wid: 8, prec: 1 })).toBe('(1.0     +2.0    i)');
    expect(printComplex(Math.fround(0.1), Math.fround(0.2), 64, 'g')).toBe('(0.1+0.2i)');
    expect(printComplex(NaN, -Infinity, 128, 'v')).toBe('(NaN-Infi)');
    expect(printComplex(0, -0, 128, 'v')).toBe('(0-0i)');
    expect(printComplex(1, 1, 128, 'x')).toBe('(0x1p+00+0x1p+00i)');
    expect(printComplex(1, -1, 128, 'g', { space: true, prec: 3 })).toBe('( 1-1i)');
    expect(printComplex(-1, -1, 128, 'f', { zero: true, wid: 8, prec: 2 })).toBe('(-0001.00-0001.00i)');
    expect(printComplex(1, 1, 128, 'd')).toBeNull();
  });
});
