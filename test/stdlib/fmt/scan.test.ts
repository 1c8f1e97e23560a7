// fmt's scanner against Go 1.19: every row of fixtures/scan.jsonl.gz (written by
// fixtures/gen-scan.go) is an Sscan/Sscanln/Sscanf call on pointers to fresh variables, with the
// count, error and stored values Go returned.

import { describe, expect, test } from 'vitest';
import { type ScanErr, fscan, scanErrMessage, sscan, sscanf, sscanln } from '../../../src/stdlib/fmt/scan.js';
import { type GoValue, type Int64, Kind } from '../../../src/stdlib/fmt/value.js';
import { fixture, toHex } from './fake.js';

interface Row {
  fn: 'Sscan' | 'Sscanln' | 'Sscanf';
  in: string;
  f?: string;
  t: string[] | null;
  n: number;
  ek?: string;
  e?: string;
  v: unknown[] | null;
}

const rows = fixture<Row>('scan.jsonl.gz');

/** Kind of each target type of gen-scan.go, and the element kind of slice types. */
const types: Record<string, [Kind, Kind?]> = {
  int: [Kind.Int], int8: [Kind.Int8], int16: [Kind.Int16], int32: [Kind.Int32], int64: [Kind.Int64],
  uint: [Kind.Uint], uint8: [Kind.Uint8], uint16: [Kind.Uint16], uint32: [Kind.Uint32], uint64: [Kind.Uint64],
  uintptr: [Kind.Uintptr], float32: [Kind.Float32], float64: [Kind.Float64], complex64: [Kind.Complex64],
  complex128: [Kind.Complex128], string: [Kind.String], '[]uint8': [Kind.Slice, Kind.Uint8], bool: [Kind.Bool],
  'main.N': [Kind.Int], 'main.Str': [Kind.String], 'main.Bs': [Kind.Slice, Kind.Uint8], 'main.F': [Kind.Float64],
  'main.Ints': [Kind.Slice, Kind.Int],
};

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const bits = (x: number): string => {
  f64[0] = x;
  return u64[0]!.toString(16);
};

/**
 * Go's ParseFloat returns math.NaN(), whose bits are 7ff8000000000001; strconv.ts returns the
 * host's NaN (7ff8000000000000). The payload is strconv's business, not the scanner's: compare
 * NaNs as NaNs.
 */
function canonicalNaN(s: string): string {
  return s.replace(/"7ff8000000000001"/g, '"7ff8000000000000"');
}

/** A variable of a type: a settable GoValue whose stored value reads back in the fixture's form. */
class Var {
  stored: unknown;
  constructor(readonly type: string) {
    const [k] = types[type]!;
    this.stored = zero(k);
  }
  value(): GoValue {
    const [kind, ek] = types[this.type]!;
    const notDescribed = (): never => {
      throw new Error('scan read a target');
    };
    return {
      kind,
      typeString: () => this.type,
      typeId: () => 0,
      elemKind: () => ek ?? notDescribed(),
      bool: notDescribed, int: notDescribed, uint: notDescribed, float: notDescribed, complex: notDescribed,
      str: notDescribed, len: notDescribed, index: notDescribed, numField: notDescribed, field: notDescribed,
      fieldName: notDescribed, fieldExported: notDescribed, mapEntries: notDescribed, pointer: notDescribed,
      isNil: notDescribed, elem: notDescribed, methods: () => null,
      setBool: (b: boolean) => (this.stored = b),
      setInt: (v: Int64) => (this.stored = String(v)),
      setUint: (v: Int64) => (this.stored = String(v)),
      setFloat: (v: number) => (this.stored = bits(v)),
      setComplex: (re: number, im: number) => (this.stored = [bits(re), bits(im)]),
      setString: (s: Uint8Array) => (this.stored = toHex(s)),
      setBytes: (s: Uint8Array) => (this.stored = toHex(s)),
    };
  }
}

function zero(k: Kind): unknown {
  switch (k) {
    case Kind.Bool: return false;
    case Kind.Float32: case Kind.Float64: return '0';
    case Kind.Complex64: case Kind.Complex128: return ['0', '0'];
    case Kind.String: case Kind.Slice: return '';
  }
  return '0';
}

/** An operand of gen-scan.go: a pointer to a Var, the int 0 ("!int"), or a nil *main.N. */
function operand(t: string): [GoValue, Var | null] {
  if (t === '!int') return [basic(Kind.Int, 'int'), null];
  if (t === 'nil*main.N') return [pointer('*main.N', Kind.Int, null), null];
  const v = new Var(t);
  return [pointer('*' + t, types[t]![0], v), v];
}

function basic(kind: Kind, t: string): GoValue {
  return { kind, typeString: () => t, methods: () => null } as unknown as GoValue;
}

function pointer(t: string, ek: Kind, v: Var | null): GoValue {
  return {
    kind: Kind.Pointer,
    typeString: () => t,
    elemKind: () => ek,
    isNil: () => v === null,
    elem: () => v!.value(),
    methods: () => null,
  } as unknown as GoValue;
}

function errKind(e: ScanErr | null): string | undefined {
  if (e === null) return undefined;
  return e.kind;
}

describe('fmt scan (Go 1.19 fixtures)', () => {
  test('Sscan, Sscanln, Sscanf: counts, errors, stored values', () => {
    const fails: string[] = [];
    for (const r of rows) {
      const ops = (r.t ?? []).map(operand);
      const args = ops.map((o) => o[0]);
      const label = `${r.fn}(${JSON.stringify(r.in)}, ${JSON.stringify(r.f ?? '')}, ${(r.t ?? []).join(' ')})`;
      let n: number;
      let err: ScanErr | null;
      try {
        if (r.fn === 'Sscan') [n, err] = sscan(r.in, args);
        else if (r.fn === 'Sscanln') [n, err] = sscanln(r.in, args);
        else [n, err] = sscanf(r.in, r.f ?? '', args);
      } catch (e) {
        fails.push(`${label}: threw ${String(e)}`);
        continue;
      }
      const got = {
        n,
        ek: errKind(err),
        e: err === null ? undefined : scanErrMessage(err),
        v: ops.map((o) => (o[1] === null ? null : o[1].stored)),
      };
      const want = { n: r.n, ek: r.ek, e: r.e, v: r.v ?? [] };
      if (canonicalNaN(JSON.stringify(got)) !== canonicalNaN(JSON.stringify(want))) {
        fails.push(`${label}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
    }
    expect(fails.slice(0, 30)).toEqual([]);
    expect(rows.length).toBeGreaterThan(2500);
  });

  test('Fscan over a RuneScanner keeps the unread rune in the input; over a plain reader it is lost', () => {
    const input = new TextEncoder().encode('12 34');
    let pos = 0;
    const rs = {
      readRune: (): [number, number] | null => (pos < input.length ? [input[pos++]!, 1] : null),
      unreadRune: () => {
        pos--;
      },
    };
    const v = new Var('int');
    expect(fscan(rs, [pointer('*int', Kind.Int, v)])).toEqual([1, null]);
    expect(v.stored).toBe('12');
    expect(pos).toBe(2); // the space after 12 was read and unread

    let bpos = 0;
    const br = { readByte: () => (bpos < input.length ? input[bpos++]! : -1) };
    expect(fscan(br, [pointer('*int', Kind.Int, v)])).toEqual([1, null]);
    expect(bpos).toBe(3); // Go's readRune wrapper consumed the space for good
  });
});
