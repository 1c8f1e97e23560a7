// Loading the Go-generated fixtures under test/stdlib/fixtures.
//
// The fixtures are what real Go 1.19 printed for the programs next to them (gen-*.go, run with
// `GO111MODULE=off go run gen-....go`); they are gzipped JSON-lines or space-separated text so that
// tens of thousands of cases stay within a small repository footprint.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const dir = new URL('./fixtures/', import.meta.url);

/** The lines of a (gzipped) fixture file. */
export function fixtureLines(name: string): string[] {
  let buf = readFileSync(new URL(name, dir));
  if (name.endsWith('.gz')) buf = gunzipSync(buf);
  return buf.toString('utf8').split('\n').filter((l) => l.length > 0);
}

/** The parsed JSON rows of a JSON-lines fixture. */
export function fixtureRows(name: string): unknown[][] {
  return fixtureLines(name).map((l) => JSON.parse(l) as unknown[]);
}

export function fromHex(h: string): Uint8Array {
  const b = new Uint8Array(h.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(h.substr(2 * i, 2), 16);
  return b;
}

export function toHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

export function float64frombitsHex(h: string): number {
  u64[0] = BigInt('0x' + h);
  return f64[0]!;
}

export function float64bitsHex(x: number): string {
  f64[0] = x;
  return u64[0]!.toString(16);
}

/**
 * Collects mismatches between expected and actual values; a test asserts that none were found and
 * shows the first few.
 */
export class Mismatches {
  readonly list: string[] = [];
  count = 0;
  check(what: string, want: unknown, got: unknown): void {
    this.count++;
    if (want !== got && !(Number.isNaN(want) && Number.isNaN(got))) {
      if (this.list.length < 20) this.list.push(`${what}: want ${String(want)}, got ${String(got)}`);
      else this.list.length === 20 && this.list.push('...');
    }
  }
}
