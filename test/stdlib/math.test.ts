// Go 1.19's math package on linux/amd64 versus minigo's, bit for bit
// (fixtures/gen-math.go; NaN results are compared by their bits too).

import { describe, expect, test } from 'vitest';
import * as m from '../../src/stdlib/math/index.js';
import { Mismatches, fixtureRows, float64bitsHex, float64frombitsHex } from './fixtures.js';

const rows = new Map<string, unknown[]>();
for (const row of fixtureRows('math.jsonl.gz')) rows.set(row[0] as string, row);

const X = (rows.get('X')![1] as string[]).map(float64frombitsHex);
const P = rows.get('P')!;
const PX = (P[1] as string[]).map(float64frombitsHex);
const PY = (P[2] as string[]).map(float64frombitsHex);

/** Exact bits, NaN payloads included (the x86 default NaN from arithmetic, Go's NaN() constant). */
function bitsMatch(want: string, got: number): boolean {
  return float64bitsHex(got) === want;
}

function checkList(ms: Mismatches, name: string, inputs: number[][], want: string[], f: (...a: number[]) => number): void {
  inputs.forEach((args, i) => {
    const got = f(...args);
    ms.count++;
    if (!bitsMatch(want[i]!, got) && ms.list.length < 20) {
      ms.list.push(`${name}(${args.map(float64bitsHex).join(', ')}) = ${args.join(', ')}: want ${want[i]} (${float64frombitsHex(want[i]!)}), got ${float64bitsHex(got)} (${got})`);
    }
  });
}

const unary: [string, (x: number) => number][] = [
  ['Sin', m.sin], ['Cos', m.cos], ['Tan', m.tan], ['Asin', m.asin], ['Acos', m.acos], ['Atan', m.atan],
  ['Sinh', m.sinh], ['Cosh', m.cosh], ['Tanh', m.tanh], ['Asinh', m.asinh], ['Acosh', m.acosh], ['Atanh', m.atanh],
  ['Exp', m.exp], ['Exp2', m.exp2], ['Expm1', m.expm1], ['Log', m.log], ['Log10', m.log10], ['Log2', m.log2],
  ['Log1p', m.log1p], ['Logb', m.logb], ['Cbrt', m.cbrt], ['Sqrt', m.sqrt], ['Floor', m.floor], ['Ceil', m.ceil],
  ['Trunc', m.trunc], ['Round', m.round], ['RoundToEven', m.roundToEven], ['Abs', m.abs], ['Gamma', m.gamma],
  ['Erf', m.erf], ['Erfc', m.erfc], ['Erfinv', m.erfinv], ['Erfcinv', m.erfcinv], ['J0', m.j0], ['J1', m.j1],
  ['Y0', m.y0], ['Y1', m.y1],
];

describe('math, one-argument functions', () => {
  for (const [name, f] of unary) {
    test(name, () => {
      const row = rows.get(name)!;
      const ms = new Mismatches();
      checkList(ms, name, X.map((x) => [x]), row[1] as string[], f);
      const extra = (row[2] as string[]).map(float64frombitsHex);
      checkList(ms, name, extra.map((x) => [x]), row[3] as string[], f);
      expect(ms.list).toEqual([]);
    });
  }
});

const binary: [string, (x: number, y: number) => number][] = [
  ['Atan2', m.atan2], ['Hypot', m.hypot], ['Mod', m.mod], ['Remainder', m.remainder], ['Max', m.max], ['Min', m.min],
  ['Dim', m.dim], ['Nextafter', m.nextafter], ['Copysign', m.copysign], ['Pow', m.pow],
];

describe('math, two-argument functions', () => {
  for (const [name, f] of binary) {
    test(name, () => {
      const ms = new Mismatches();
      checkList(ms, name, PX.map((x, i) => [x, PY[i]!]), rows.get(name)![1] as string[], f);
      expect(ms.list).toEqual([]);
    });
  }
  test('Pow on typical arguments', () => {
    const row = rows.get('Pow2')!;
    const xs = (row[1] as string[]).map(float64frombitsHex);
    const ys = (row[2] as string[]).map(float64frombitsHex);
    const ms = new Mismatches();
    checkList(ms, 'Pow', xs.map((x, i) => [x, ys[i]!]), row[3] as string[], m.pow);
    expect(ms.list).toEqual([]);
  });
  test('FMA', () => {
    const row = rows.get('FMA')!;
    const [xs, ys, zs] = [1, 2, 3].map((k) => (row[k] as string[]).map(float64frombitsHex));
    const ms = new Mismatches();
    checkList(ms, 'FMA', xs!.map((x, i) => [x, ys![i]!, zs![i]!]), row[4] as string[], m.fma);
    expect(ms.list).toEqual([]);
  });
  test('Ldexp', () => {
    const row = rows.get('Ldexp')!;
    const xs = (row[1] as string[]).map(float64frombitsHex);
    const es = row[2] as number[];
    const ms = new Mismatches();
    checkList(ms, 'Ldexp', xs.map((x, i) => [x, es[i]!]), row[3] as string[], m.ldexp);
    expect(ms.list).toEqual([]);
  });
  test('Jn and Yn', () => {
    const row = rows.get('Jn')!;
    const ns = row[1] as number[];
    const xs = (row[2] as string[]).map(float64frombitsHex);
    const ms = new Mismatches();
    checkList(ms, 'Jn', ns.map((n, i) => [n, xs[i]!]), row[3] as string[], m.jn);
    checkList(ms, 'Yn', ns.map((n, i) => [n, xs[i]!]), row[4] as string[], m.yn);
    expect(ms.list).toEqual([]);
  });
});

describe('math, functions with several results', () => {
  test('Frexp', () => {
    const row = rows.get('Frexp')!;
    const ms = new Mismatches();
    X.forEach((x, i) => {
      const { frac: f, exp: e } = m.frexp(x);
      ms.check(`Frexp(${x}) frac`, (row[1] as string[])[i], float64bitsHex(f));
      ms.check(`Frexp(${x}) exp`, (row[2] as number[])[i], e);
    });
    expect(ms.list).toEqual([]);
  });
  test('Modf', () => {
    const row = rows.get('Modf')!;
    const ms = new Mismatches();
    const ints = row[1] as string[];
    const fracs = row[2] as string[];
    ints.forEach((want, i) => {
      // inputs: X then the halves extra list, whose values are reconstructed from int + frac
      const x = i < X.length ? X[i]! : float64frombitsHex(want) + float64frombitsHex(fracs[i]!);
      const { int: ip, frac: fp } = m.modf(x);
      ms.count++;
      if (!bitsMatch(want, ip) || !bitsMatch(fracs[i]!, fp)) ms.list.push(`Modf(${x}) = ${ip}, ${fp}; want ${want}, ${fracs[i]}`);
    });
    expect(ms.list.slice(0, 20)).toEqual([]);
  });
  test('Sincos', () => {
    const row = rows.get('Sincos')!;
    const xs = (row[1] as string[]).map(float64frombitsHex);
    const ms = new Mismatches();
    checkList(ms, 'Sincos.sin', xs.map((x) => [x]), row[2] as string[], (x) => m.sincos(x).sin);
    checkList(ms, 'Sincos.cos', xs.map((x) => [x]), row[3] as string[], (x) => m.sincos(x).cos);
    expect(ms.list).toEqual([]);
  });
  test('Lgamma', () => {
    const row = rows.get('Lgamma')!;
    const xs = (row[1] as string[]).map(float64frombitsHex);
    const ms = new Mismatches();
    checkList(ms, 'Lgamma', xs.map((x) => [x]), row[2] as string[], (x) => m.lgamma(x).lgamma);
    xs.forEach((x, i) => ms.check(`Lgamma(${x}) sign`, (row[3] as number[])[i], m.lgamma(x).sign));
    expect(ms.list).toEqual([]);
  });
  test('Ilogb, Signbit, Pow10', () => {
    const ms = new Mismatches();
    X.forEach((x, i) => ms.check(`Ilogb(${x})`, (rows.get('Ilogb')![1] as number[])[i], m.ilogb(x)));
    X.forEach((x, i) => ms.check(`Signbit(${x})`, (rows.get('Signbit')![1] as boolean[])[i], m.signbit(x)));
    const p10 = rows.get('Pow10')![1] as string[];
    p10.forEach((want, i) => ms.check(`Pow10(${i - 400})`, want, float64bitsHex(m.pow10(i - 400))));
    expect(ms.list).toEqual([]);
  });
  test('Nextafter32', () => {
    const row = rows.get('Nextafter32')!;
    const ms = new Mismatches();
    (row[1] as string[]).forEach((xb, i) => {
      const x = m.float32frombits(parseInt(xb, 16));
      const y = m.float32frombits(parseInt((row[2] as string[])[i]!, 16));
      const got = m.float32bits(m.nextafter32(x, y));
      const want = parseInt((row[3] as string[])[i]!, 16);
      ms.count++;
      if (got !== want && !(x !== x || y !== y)) ms.list.push(`Nextafter32(${xb}, ${(row[2] as string[])[i]}): want ${want.toString(16)}, got ${got.toString(16)}`);
    });
    expect(ms.list).toEqual([]);
  });
  test('bits round trips and NaN', () => {
    expect(m.float64bits(m.nan())).toBe(0x7ff8000000000001n);
    expect(m.float64bits(-0)).toBe(0x8000000000000000n);
    expect(m.float64frombits(0x3ff0000000000000n)).toBe(1);
    expect(m.float32bits(1)).toBe(0x3f800000);
    expect(m.float32frombits(0xc0000000)).toBe(-2);
    expect(m.isInf(Infinity, 1)).toBe(true);
    expect(m.isInf(-Infinity, 1)).toBe(false);
    expect(m.isInf(-Infinity, 0)).toBe(true);
    expect(m.inf(-1)).toBe(-Infinity);
  });
});
