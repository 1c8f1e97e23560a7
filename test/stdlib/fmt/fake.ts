// A GoValue implementation over the JSON descriptions gen-fmt.go and gen-scan.go write: the
// stand-in for the VM binding in fmt's tests.
//
// A description (Desc) carries what reflect saw: kind, type string, type descriptor address,
// scalar (ints as decimal strings, floats as IEEE-754 bits in hex, strings as hex bytes),
// elements, fields, map entries, pointer addresses and pointees, and the results of the value's
// Error/String/GoString methods as Go computed them (or the value they panicked with). Formatters
// are named by type; their Format methods are written here to match gen-fmt.go's.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import {
  type FmtState,
  type GoMethods,
  type GoValue,
  type Int64,
  Kind,
  MethodPanic,
} from '../../../src/stdlib/fmt/value.js';

export interface MethodResult {
  r?: string;
  panic?: Desc | null;
}

export interface Desc {
  k: number;
  t: string;
  id: number;
  v?: unknown;
  ek?: number;
  e?: Desc[] | null;
  f?: [string, boolean, Desc][] | null;
  m?: [Desc, Desc][] | null;
  p?: number;
  n?: boolean;
  el?: Desc;
  mt?: { fmt?: string; gos?: MethodResult; err?: MethodResult; str?: MethodResult };
  cut?: boolean;
}

export function fromHex(h: string): Uint8Array {
  return new Uint8Array(Buffer.from(h, 'hex'));
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('hex');
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

function floatFromBits(h: string): number {
  u64[0] = BigInt('0x' + h);
  return f64[0]!;
}

function int64(s: string): Int64 {
  const b = BigInt(s);
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

const enc = new TextEncoder();

/** A fake string value, for panic values made in TypeScript. */
export function stringValue(s: string): GoValue {
  return fake({ k: Kind.String, t: 'string', id: 1, v: toHex(enc.encode(s)) });
}

function methodResult(r: MethodResult): Uint8Array {
  if (r.r !== undefined) return fromHex(r.r);
  throw new MethodPanic(r.panic ? fake(r.panic) : null);
}

/** The Format methods of gen-fmt.go's Formatter types. */
const formatters: Record<string, (v: GoValue, s: FmtState, verb: number) => void> = {
  'main.Fm': (v, s, verb) => fmFormat(v.field(0).int(), s, verb),
  '*main.Fm': (v, s, verb) => fmFormat(v.elem()!.field(0).int(), s, verb),
  'main.FmPanic': (_v, s, verb) => {
    s.write(enc.encode('partial'));
    throw new MethodPanic(stringValue('fmt-' + String.fromCodePoint(verb)));
  },
};

function fmFormat(n: Int64, s: FmtState, verb: number): void {
  let out = 'Fm(' + String.fromCodePoint(verb);
  const [w, wok] = s.width();
  if (wok) out += ' w=' + w;
  const [p, pok] = s.precision();
  if (pok) out += ' p=' + p;
  for (const fl of '-+# 0') if (s.flag(fl.charCodeAt(0))) out += ' ' + fl;
  out += ' ' + String(n) + ')';
  s.write(enc.encode(out));
}

class FakeValue implements GoValue {
  readonly kind: Kind;
  constructor(readonly d: Desc) {
    this.kind = d.k;
  }
  private need(cond: unknown, what: string): void {
    if (!cond) throw new Error(`fake ${this.d.t}: ${what} not described`);
  }
  typeString(): string {
    return this.d.t;
  }
  typeId(): number {
    return this.d.id;
  }
  elemKind(): Kind {
    this.need(this.d.ek !== undefined, 'elemKind');
    return this.d.ek!;
  }
  bool(): boolean {
    return this.d.v as boolean;
  }
  int(): Int64 {
    return int64(this.d.v as string);
  }
  uint(): Int64 {
    return int64(this.d.v as string);
  }
  float(): number {
    return floatFromBits(this.d.v as string);
  }
  complex(): readonly [number, number] {
    const [re, im] = this.d.v as [string, string];
    return [floatFromBits(re), floatFromBits(im)];
  }
  str(): Uint8Array {
    return fromHex(this.d.v as string);
  }
  len(): number {
    if (this.kind === Kind.String) return this.str().length;
    if (this.kind === Kind.Map) return (this.d.m ?? []).length;
    return (this.d.e ?? []).length;
  }
  index(i: number): GoValue {
    return fake(this.d.e![i]!);
  }
  numField(): number {
    return (this.d.f ?? []).length;
  }
  field(i: number): GoValue {
    return fake(this.d.f![i]![2]);
  }
  fieldName(i: number): string {
    return this.d.f![i]![0];
  }
  fieldExported(i: number): boolean {
    return this.d.f![i]![1];
  }
  mapEntries(): Array<readonly [GoValue, GoValue]> {
    return (this.d.m ?? []).map(([k, v]) => [fake(k), fake(v)] as const);
  }
  pointer(): number {
    this.need(this.d.p !== undefined, 'pointer');
    return this.d.p!;
  }
  isNil(): boolean {
    this.need(this.d.n !== undefined, 'isNil');
    return this.d.n!;
  }
  elem(): GoValue | null {
    if (this.kind === Kind.Interface) return this.d.el ? fake(this.d.el) : null;
    if (this.d.el) return fake(this.d.el);
    // A fake pointer of the generator: only its element kind is known.
    this.need(this.d.ek !== undefined, 'elem');
    return fake({ k: this.d.ek!, t: '?', id: 0, cut: true });
  }
  methods(): GoMethods | null {
    const mt = this.d.mt;
    if (!mt) return null;
    const m: GoMethods = {};
    if (mt.fmt) {
      const f = formatters[mt.fmt];
      this.need(f, 'Formatter ' + mt.fmt);
      m.format = (s, verb) => f!(this, s, verb);
    }
    if (mt.gos) m.goString = () => methodResult(mt.gos!);
    if (mt.err) m.error = () => methodResult(mt.err!);
    if (mt.str) m.string = () => methodResult(mt.str!);
    return m;
  }
}

/** The GoValue a description stands for. */
export function fake(d: Desc): GoValue {
  return new FakeValue(d);
}

/** The parsed JSON lines of a gzipped fixture next to this file. */
export function fixture<T>(name: string): T[] {
  const buf = gunzipSync(readFileSync(new URL('./fixtures/' + name, import.meta.url)));
  return buf
    .toString('utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);
}
