import { describe, expect, test } from 'vitest';
import { AddressSpace, HEAP_BASE, DATA_BASE, MemoryFault, SegvCode } from '../../src/runtime/export_test.js';

function space(): { m: AddressSpace; a: number } {
  const m = new AddressSpace();
  m.sysMap(1 << 22);
  return { m, a: HEAP_BASE + 4096 };
}

function fault(f: () => unknown): MemoryFault {
  try {
    f();
  } catch (e) {
    if (e instanceof MemoryFault) return e;
    throw e;
  }
  throw new Error('no fault');
}

describe('address space', () => {
  test('the first page is never mapped: nil dereference', () => {
    const { m } = space();
    for (const a of [0, 8, 0xfff]) {
      const f = fault(() => m.load64(a));
      expect(f.isNilDeref).toBe(true);
      expect(f.addr).toBe(a);
      expect(f.code).toBe(SegvCode.MapErr);
    }
    expect(fault(() => m.store8(0, 1)).isNilDeref).toBe(true);
    expect(fault(() => m.loadF64(16)).isNilDeref).toBe(true);
  });

  test('unmapped memory faults, but is not a nil dereference', () => {
    const { m } = space();
    expect(fault(() => m.load8(0x1000)).isNilDeref).toBe(false);
    expect(fault(() => m.load8(DATA_BASE)).addr).toBe(DATA_BASE);
    expect(fault(() => m.load32(HEAP_BASE - 4)).isNilDeref).toBe(false);
    expect(fault(() => m.load64(m.heapEnd - 4)).addr).toBe(m.heapEnd - 4);
    expect(fault(() => m.load8(NaN)).isNilDeref).toBe(false);
    expect(() => m.load8(m.heapEnd - 1)).not.toThrow();
  });

  test('8, 16 and 32-bit loads and stores, signed and unsigned', () => {
    const { m, a } = space();
    m.store8(a, -1);
    expect(m.load8(a)).toBe(255);
    expect(m.loadInt8(a)).toBe(-1);
    m.store8(a, 0x1ff);
    expect(m.load8(a)).toBe(0xff);
    m.store16(a, -2);
    expect(m.load16(a)).toBe(0xfffe);
    expect(m.loadInt16(a)).toBe(-2);
    m.store32(a, 0xdeadbeef);
    expect(m.load32(a)).toBe(0xdeadbeef);
    expect(m.loadInt32(a)).toBe(0xdeadbeef | 0);
    expect(m.load8(a)).toBe(0xef);
    expect(m.load8(a + 3)).toBe(0xde);
    m.store32(a, -5);
    expect(m.load32(a)).toBe(2 ** 32 - 5);
    expect(m.loadInt32(a)).toBe(-5);
  });

  test('64-bit values: fast path, NaN beyond 2^53, exact paths', () => {
    const { m, a } = space();
    const cases: bigint[] = [0n, 1n, -1n, 2n ** 53n - 1n, -(2n ** 53n), 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, -(2n ** 63n), 0x123456789abcdef0n];
    for (const v of cases) {
      m.store64Big(a, v);
      expect(m.loadInt64Big(a)).toBe(v);
      expect(m.load64Big(a)).toBe(BigInt.asUintN(64, v));
      const fits = v >= -(2n ** 53n) && v < 2n ** 53n;
      if (fits) expect(m.loadInt64(a)).toBe(Number(v));
      else expect(m.loadInt64(a)).toBeNaN();
      const u = BigInt.asUintN(64, v);
      if (u < 2n ** 53n) expect(m.load64(a)).toBe(Number(u));
      else expect(m.load64(a)).toBeNaN();
      expect(m.load64Lo(a)).toBe(Number(u & 0xffffffffn));
      expect(m.load64Hi(a)).toBe(Number(u >> 32n));
    }
    for (const v of [0, 1, -1, -123456789012, 2 ** 53, -(2 ** 53), 2 ** 52 + 3, 1e15]) {
      m.store64(a, v);
      expect(m.loadInt64Big(a)).toBe(BigInt(v));
    }
    m.store64(a, 2 ** 64 + 2 ** 12); // integral doubles wrap modulo 2^64
    expect(m.load64Big(a)).toBe(4096n);
    m.store64Parts(a, 0xffffffff, 0x7fffffff);
    expect(m.loadInt64Big(a)).toBe(2n ** 63n - 1n);
    m.storePtr(a, HEAP_BASE + 8);
    expect(m.loadPtr(a)).toBe(HEAP_BASE + 8);
  });

  test('floats', () => {
    const { m, a } = space();
    m.storeF64(a, Math.PI);
    expect(m.loadF64(a)).toBe(Math.PI);
    expect(m.load64Big(a)).toBe(0x400921fb54442d18n);
    m.storeF64(a, -0);
    expect(Object.is(m.loadF64(a), -0)).toBe(true);
    m.storeF32(a, 1.1);
    expect(m.loadF32(a)).toBe(Math.fround(1.1));
    expect(m.load32(a)).toBe(0x3f8ccccd);
    m.storeF64(a, NaN);
    expect(m.loadF64(a)).toBeNaN();
  });

  test('unaligned accesses', () => {
    const { m, a } = space();
    m.store64Big(a + 1, 0x0102030405060708n);
    expect(m.load8(a + 1)).toBe(8);
    expect(m.load64Big(a + 1)).toBe(0x0102030405060708n);
    expect(m.load64(a + 1)).toBeNaN();
    m.store32(a + 3, 0x11223344);
    expect(m.load32(a + 3)).toBe(0x11223344);
    m.store16(a + 5, 0xabcd);
    expect(m.load16(a + 5)).toBe(0xabcd);
    m.storeF64(a + 3, 2.5);
    expect(m.loadF64(a + 3)).toBe(2.5);
    m.store64(a + 2, -2);
    expect(m.loadInt64(a + 2)).toBe(-2);
  });

  test('memmove, memclr, memequal, bytes', () => {
    const { m, a } = space();
    m.writeBytes(a, new TextEncoder().encode('hello, world'));
    m.memmove(a + 2, a, 5); // overlapping, forwards
    expect(new TextDecoder().decode(m.bytes(a, 12))).toBe('hehellorld'.slice(0, 2) + 'hello' + 'world');
    m.memmove(a, a + 2, 5); // overlapping, backwards
    expect(new TextDecoder().decode(m.bytes(a, 5))).toBe('hello');
    expect(m.memequal(a, a + 2, 5)).toBe(false);
    m.memmove(a + 20, a, 5);
    expect(m.memequal(a, a + 20, 5)).toBe(true);
    m.memclr(a + 1, 3);
    expect(Array.from(m.bytes(a, 5))).toEqual([104, 0, 0, 0, 111]);
    m.memmove(0, 0, 0); // zero-length touches nothing
    expect(() => m.memmove(a, 0, 1)).toThrow(MemoryFault);
    // word-compare path
    m.writeBytes(a + 64, Uint8Array.from({ length: 37 }, (_, i) => i));
    m.memmove(a + 128, a + 64, 37);
    expect(m.memequal(a + 64, a + 128, 37)).toBe(true);
    m.store8(a + 128 + 36, 99);
    expect(m.memequal(a + 64, a + 128, 37)).toBe(false);
  });

  test('data segment layout and read-only data', () => {
    const m = new AddressSpace({ dataCapacity: 4096 });
    const s = m.dataAlloc(5, 1);
    expect(s).toBe(DATA_BASE);
    m.writeBytes(s, new TextEncoder().encode('hello'));
    m.sealReadOnly();
    const v = m.dataAlloc(8, 8);
    expect(v).toBe(DATA_BASE + 8);
    m.store64(v, 42);
    const f = fault(() => m.store8(s, 0));
    expect(f.code).toBe(SegvCode.AccErr);
    expect(m.load8(s)).toBe(104);
    // growing the data segment past its capacity keeps data and heap contents
    m.sysMap(1 << 22);
    m.store64(HEAP_BASE + 16, 7);
    const big = m.dataAlloc(100000, 8);
    expect(big).toBeGreaterThan(v);
    m.store8(big + 99999, 1);
    expect(m.load64(v)).toBe(42);
    expect(m.load64(HEAP_BASE + 16)).toBe(7);
    expect(new TextDecoder().decode(m.bytes(s, 5))).toBe('hello');
  });

  test('heap growth keeps contents', () => {
    const m = new AddressSpace();
    m.sysMap(1 << 22);
    m.store64(HEAP_BASE + 100 * 8, 12345);
    for (let i = 0; i < 5; i++) expect(m.sysMap(1 << 22)).toBe(true);
    expect(m.heapEnd).toBe(HEAP_BASE + 6 * (1 << 22));
    expect(m.load64(HEAP_BASE + 800)).toBe(12345);
    expect(m.load64(m.heapEnd - 8)).toBe(0);
    const small = new AddressSpace({ maxHeapBytes: 1 << 23 });
    expect(small.sysMap(1 << 23)).toBe(true);
    expect(small.sysMap(8192)).toBe(false);
  });
});
