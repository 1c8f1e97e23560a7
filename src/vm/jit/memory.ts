// Translation of the memory instructions: loads and stores, addresses, nil checks, block moves,
// allocation, indexing and slicing, string indexing and decoding.
//
// Design
//   A load or store of a heap address takes AddressSpace's fast path inline (the address's buffer
//   offset in range and aligned: one typed-array access); every other address goes through the
//   AddressSpace methods the interpreter calls (mem.ts), so an unmapped or nil address raises the
//   same MemoryFault. A pointer store to the heap while the write barrier is off (mem.wb null) is
//   inline too; otherwise it goes through writePointer, where the collector's barrier sits.
//   Bounds checks are the interpreter's, with the same boundsError values. Before anything that may fail the
//   instruction's pc is recorded (Site.mayFail) for the fault handler of the generated function.
//
// How it differs from Go: gc emits bounds and nil checks as compare-and-branch to a panic call;
// the same happens here, with the panic raised as a JS exception the VM turns into a Go panic.
import { Op, type OpCode } from '../opcodes.js';
import { BoundsCode } from '../errors.js';
import type { Site } from './site.js';
import { suspendIfStopped } from './control.js';

/** A load or store of n bytes through typed view `view` (index o >>> shift), else `method`. */
interface Access {
  readonly n: number;
  readonly view: string;
  readonly shift: number;
  readonly method: string;
}

const loads: Partial<Record<number, Access>> = {
  [Op.LOAD_U8]: { n: 1, view: 'u8', shift: 0, method: 'load8' },
  [Op.LOAD_I8]: { n: 1, view: 'i8', shift: 0, method: 'loadInt8' },
  [Op.LOAD_U16]: { n: 2, view: 'u16', shift: 1, method: 'load16' },
  [Op.LOAD_I16]: { n: 2, view: 'i16', shift: 1, method: 'loadInt16' },
  [Op.LOAD_U32]: { n: 4, view: 'u32', shift: 2, method: 'load32' },
  [Op.LOAD_I32]: { n: 4, view: 'i32', shift: 2, method: 'loadInt32' },
  [Op.LOAD_F32]: { n: 4, view: 'f32', shift: 2, method: 'loadF32' },
  [Op.LOAD_F64]: { n: 8, view: 'f64', shift: 3, method: 'loadF64' },
};

const stores: Partial<Record<number, Access>> = {
  [Op.STORE_8]: { n: 1, view: 'u8', shift: 0, method: 'store8' },
  [Op.STORE_16]: { n: 2, view: 'u16', shift: 1, method: 'store16' },
  [Op.STORE_32]: { n: 4, view: 'i32', shift: 2, method: 'store32' },
  [Op.STORE_F32]: { n: 4, view: 'f32', shift: 2, method: 'storeF32' },
  [Op.STORE_F64]: { n: 8, view: 'f64', shift: 3, method: 'storeF64' },
};

/** AddressSpace.store64's heap case inline (buffer offset o): the value modulo 2^64 as two halves. */
function store64Halves(v: string): string {
  return `{ const w = o >>> 2; mem.u32[w] = ${v} >>> 0; mem.i32[w + 1] = Math.floor(${v} / 4294967296); }`;
}

/** `x + c` for an address register and an immediate offset. */
function addr(x: string, c: number): string {
  return c === 0 ? x : `${x} + ${c}`;
}

/**
 * The condition under which the n bytes at buffer offset `o` (= ad - mem.heapDelta) are mapped
 * heap bytes, aligned for a view with elements of 2^shift bytes: AddressSpace.off's heap case
 * (mem.ts), inline.
 */
function onHeap(n: number, shift: number): string {
  const aligned = shift > 0 ? ` && (o & ${(1 << shift) - 1}) === 0` : '';
  return `o >= mem.heapOff && o + ${n} <= mem.heapLimit${aligned}`;
}

const elem = (shift: number) => (shift === 0 ? 'o' : `o >>> ${shift}`);

/**
 * A 64-bit word at buffer offset o as a number, exact below 2^53 in magnitude and NaN beyond
 * (AddressSpace.load64 / loadInt64, inline): 4-byte aligned, the two halves.
 */
function word64(signed: boolean): string {
  return signed
    ? '{ const w = o >>> 2; const hi = mem.i32[w + 1]; v = hi >= -0x200000 && hi < 0x200000 ? hi * 4294967296 + mem.u32[w] : NaN; }'
    : '{ const w = o >>> 2; const hi = mem.u32[w + 1]; v = hi < 0x200000 ? hi * 4294967296 + mem.u32[w] : NaN; }';
}

/**
 * Loads and stores. Accesses to the heap take the fast path of the AddressSpace accessors
 * inline: a heap object's fields would otherwise cost a call each where V8's inlining budget
 * runs out in a large function, with the address boxed for it. Anything else (data segment,
 * unaligned, unmapped, nil) calls the accessor, which faults as it does for the interpreter.
 */
export function loadStore(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const ld = loads[op];
  if (ld !== undefined) {
    const p = em.r(b);
    s.mayFail();
    em.line(`{ const ad = ${addr(p, c)}; const o = ad - mem.heapDelta;`);
    em.line(`x${a} = ${onHeap(ld.n, ld.shift)} ? mem.${ld.view}[${elem(ld.shift)}] : mem.${ld.method}(ad); R[B + ${a}] = x${a}; }`);
    return em.assume(a);
  }
  if (op === Op.LOAD_U64 || op === Op.LOAD_I64 || op === Op.LOAD_PTR) {
    const signed = op === Op.LOAD_I64;
    const p = em.r(b);
    s.mayFail();
    em.line(`{ const ad = ${addr(p, c)}; const o = ad - mem.heapDelta; let v;`);
    em.line(`if (${onHeap(8, 2)}) ${word64(signed)} else v = mem.${signed ? 'loadInt64' : 'load64'}(ad);`);
    if (op === Op.LOAD_PTR) em.line(`x${a} = v; R[B + ${a}] = v; }`);
    else {
      const ok = signed ? 'v <= 9007199254740991 && v >= -9007199254740991' : 'v <= 9007199254740991';
      const slow = `setBig(R, big, B + ${a}, mem.${signed ? 'loadInt64Big' : 'load64Big'}(ad))`;
      em.line(`if (${ok}) { x${a} = v; R[B + ${a}] = v; } else { ${em.reload(a, slow)} } }`);
    }
    return em.assume(a);
  }
  const p = em.r(a);
  const v = em.r(b);
  s.mayFail();
  const st = stores[op];
  if (st !== undefined) {
    em.line(`{ const ad = ${addr(p, c)}; const o = ad - mem.heapDelta;`);
    em.line(`if (${onHeap(st.n, st.shift)}) mem.${st.view}[${elem(st.shift)}] = ${v}; else mem.${st.method}(ad, ${v}); }`);
    return;
  }
  switch (op) {
    case Op.STORE_64:
    case Op.STORE_SCALAR: {
      const plain = store64Halves(v);
      em.line(`{ const ad = ${addr(p, c)}; const o = ad - mem.heapDelta;`);
      if (op === Op.STORE_SCALAR) em.line(`if (${onHeap(8, 2)}) ${plain} else mem.store64(ad, ${v}); }`);
      else {
        em.line(`if (${v} !== ${v}) mem.store64Big(ad, BigInt.asUintN(64, getBig(R, big, B + ${b})));`);
        em.line(`else if (${onHeap(8, 2)}) ${plain} else mem.store64(ad, ${v}); }`);
      }
      return;
    }
    case Op.STORE_PTR:
      // The one pointer-store path: with the barrier off (mem.wb null), a heap store inline as
      // storePtr does it; else writePointer, where the collector's write barrier is.
      em.line(`{ const ad = ${addr(p, c)}; const o = ad - mem.heapDelta;`);
      em.line(`if (mem.wb === null && ${onHeap(8, 3)}) ${store64Halves(v)} else writePointer(mem, ad, ${v}); }`);
      return;
    default:
      throw new Error(`loadStore: ${op}`);
  }
}

export function address(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  switch (op) {
    case Op.ADDR_FP:
      return em.w(a, `fp + ${b}`);
    case Op.ADDI:
      return em.w(a, addr(em.r(b), c));
    case Op.NILCHK: {
      const p = em.r(a);
      s.mayFail();
      em.line(`if (${p} === 0) throw new MemoryFault(0);`);
      return;
    }
    case Op.MEMMOVE: {
      if (c <= 0) return;
      const dst = em.r(a);
      const src = em.r(b);
      s.mayFail();
      // A move onto itself still faults on a nil source.
      em.line(`if (${dst} !== ${src}) mem.memmove(${dst}, ${src}, ${c}); else mem.load8(${src});`);
      return;
    }
    case Op.NEW: {
      const t = em.bind(`T${b}`, s.vm.types[b]);
      s.mayFail();
      em.w(a, `mallocgc(vm.mcache, ${t}.size, ${t}, true)`);
      // The allocation may have asked for a collection or an assist: a safe point, as in the loop.
      em.line(suspendIfStopped(s, false));
      return;
    }
    default:
      throw new Error(`address: ${op}`);
  }
}

export function index(s: Site, op: OpCode): void {
  const em = s.em;
  const a = s.w(1);
  switch (op) {
    case Op.INDEX: {
      const [b, c, size, e] = [s.w(2), s.w(3), s.w(4), s.w(5)];
      const p = em.r(b);
      const i = em.r(c);
      const len = em.r(e);
      s.mayFail();
      em.line(`if (!(${i} >= 0 && ${i} < ${len})) throw boundsError(${BoundsCode.Index}, intValue(R, big, B + ${c}), ${len});`);
      return em.w(a, `${p} + ${i} * ${size}`);
    }
    case Op.SLICE:
      s.mayFail();
      em.line(`sliceOp(R, big, B, code, ${s.pc});`);
      for (let k = 0; k < 3; k++) em.forget(a + k);
      return;
    case Op.STR_INDEX: {
      const [b, c] = [s.w(2), s.w(3)];
      const p = em.r(b);
      const n = em.r(b + 1);
      const i = em.r(c);
      s.mayFail();
      em.line(`if (!(${i} >= 0 && ${i} < ${n})) throw boundsError(${BoundsCode.Index}, intValue(R, big, B + ${c}), ${n});`);
      return em.w(a, `mem.load8(${p} + ${i})`);
    }
    case Op.STR_DECODE: {
      const [b, c] = [s.w(2), s.w(3)];
      const p = em.r(b);
      const n = em.r(b + 1);
      const k = em.r(c);
      s.mayFail();
      em.line(`{ const c0 = mem.load8(${p} + ${k});`);
      em.line(`if (c0 < 0x80) { x${a} = c0; x${a + 1} = 1; } else { const rw = decoderune(mem, ${p}, ${n}, ${k}); x${a} = rw >>> 3; x${a + 1} = rw & 7; }`);
      em.line(`R[B + ${a}] = x${a}; R[B + ${a + 1}] = x${a + 1}; }`);
      em.assume(a);
      em.assume(a + 1);
      return;
    }
    default:
      throw new Error(`index: ${op}`);
  }
}
