// fmt's printer against Go 1.19: every row of fixtures/fmt.jsonl.gz (written by
// fixtures/gen-fmt.go) is a Sprintf/Sprint/Sprintln/Errorf call with described operands and the
// output Go printed.

import { describe, expect, test } from 'vitest';
import { errorf } from '../../../src/stdlib/fmt/errors.js';
import { sprint, sprintf, sprintln } from '../../../src/stdlib/fmt/print.js';
import type { GoValue } from '../../../src/stdlib/fmt/value.js';
import { type Desc, fake, fixture, fromHex, toHex } from './fake.js';

interface Row {
  fn: 'Sprintf' | 'Sprint' | 'Sprintln' | 'Errorf';
  f?: string;
  fx?: string;
  a: (Desc | null)[];
  o?: string;
  ox?: string;
  w?: number;
}

const rows = fixture<Row>('fmt.jsonl.gz');
const enc = new TextEncoder();

function want(r: Row): string {
  if (r.o !== undefined) return toHex(enc.encode(r.o));
  return r.ox === '-' ? '' : r.ox!;
}

function run(r: Row): { out: string; wrapped?: number } {
  const args: (GoValue | null)[] = r.a.map((d) => (d === null ? null : fake(d)));
  const format = r.fx !== undefined ? fromHex(r.fx) : (r.f ?? '');
  switch (r.fn) {
    case 'Sprintf':
      return { out: toHex(sprintf(format, args)) };
    case 'Sprint':
      return { out: toHex(sprint(args)) };
    case 'Sprintln':
      return { out: toHex(sprintln(args)) };
    case 'Errorf': {
      const res = errorf(format, args);
      return { out: toHex(res.message), wrapped: res.wrapped === null ? -1 : args.indexOf(res.wrapped) };
    }
  }
}

const dec = new TextDecoder();
function show(hex: string): string {
  return JSON.stringify(dec.decode(fromHex(hex)));
}

function label(r: Row): string {
  const args = r.a.map((d) => (d === null ? 'nil' : d.t)).join(', ');
  return `${r.fn}(${JSON.stringify(r.f ?? r.fx ?? '')}, ${args})`;
}

function check(filter: (r: Row) => boolean, min: number): void {
  const fails: string[] = [];
  let n = 0;
  for (const r of rows.filter(filter)) {
    n++;
    let got: { out: string; wrapped?: number };
    try {
      got = run(r);
    } catch (e) {
      fails.push(`${label(r)}: threw ${String(e)}`);
      continue;
    }
    const w = want(r);
    if (got.out !== w) fails.push(`${label(r)}: want ${show(w)}, got ${show(got.out)}`);
    if (r.w !== undefined && got.wrapped !== r.w) fails.push(`${label(r)}: wraps operand ${got.wrapped}, want ${r.w}`);
  }
  expect(fails.slice(0, 30)).toEqual([]);
  expect(n).toBeGreaterThanOrEqual(min);
}

const kindOf = (r: Row): string | undefined => r.a[0]?.t;
const oneOf = (re: RegExp) => (r: Row): boolean => r.fn === 'Sprintf' && r.a.length === 1 && re.test(kindOf(r) ?? '');
const isNum = oneOf(/^u?int(8|16|32|64)?$|^uintptr$|^main\.S$/);
const isFloat = oneOf(/^(float|complex)(32|64|128)$|^main\.MyFloat$/);
const isString = oneOf(/^string$|^main\.MyStr$/);

describe('fmt print (Go 1.19 fixtures)', () => {
  test('integers and runes: every verb and flag', () => check(isNum, 3000));
  test('floats and complex numbers', () => check(isFloat, 3000));
  test('strings', () => check(isString, 1000));
  test('composites, pointers, maps, methods, nil forms, format errors', () =>
    check((r) => r.fn === 'Sprintf' && !isNum(r) && !isFloat(r) && !isString(r), 1000));
  test('Sprint and Sprintln', () => check((r) => r.fn === 'Sprint' || r.fn === 'Sprintln', 30));
  test('Errorf and %w', () => check((r) => r.fn === 'Errorf', 20));
  test('the fixture is large', () => expect(rows.length).toBeGreaterThan(9000));
});
