// Translation of the memory instructions: loads and stores, addresses, nil checks, block moves,
// allocation, indexing and slicing, string indexing and decoding.
//
// Design
//   Every access goes through the AddressSpace methods the interpreter calls (mem.ts), so an
//   unmapped or nil address raises the same MemoryFault, and a pointer store goes through
//   writePointer, the one store path the collector's write barrier sits in. Bounds checks are the
//   interpreter's, with the same boundsError values. Before anything that may fail the
//   instruction's pc is recorded (Site.mayFail) for the fault handler of the generated function.
//
// How it differs from Go: gc emits bounds and nil checks as compare-and-branch to a panic call;
// the same happens here, with the panic raised as a JS exception the VM turns into a Go panic.
import { Op, type OpCode } from '../opcodes.js';
import { BoundsCode } from '../errors.js';
import type { Site } from './site.js';

const loadFn: Partial<Record<number, string>> = {
  [Op.LOAD_U8]: 'load8', [Op.LOAD_I8]: 'loadInt8', [Op.LOAD_U16]: 'load16', [Op.LOAD_I16]: 'loadInt16',
  [Op.LOAD_U32]: 'load32', [Op.LOAD_I32]: 'loadInt32', [Op.LOAD_F32]: 'loadF32', [Op.LOAD_F64]: 'loadF64',
  [Op.LOAD_PTR]: 'loadPtr',
};

const storeFn: Partial<Record<number, string>> = {
  [Op.STORE_8]: 'mem.store8', [Op.STORE_16]: 'mem.store16', [Op.STORE_32]: 'mem.store32',
  [Op.STORE_F32]: 'mem.storeF32', [Op.STORE_F64]: 'mem.storeF64', [Op.STORE_SCALAR]: 'mem.storePtr',
};

/** `x + c` for an address register and an immediate offset. */
function addr(x: string, c: number): string {
  return c === 0 ? x : `${x} + ${c}`;
}

export function loadStore(s: Site, op: OpCode): void {
  const em = s.em;
  const [a, b, c] = [s.w(1), s.w(2), s.w(3)];
  const fn = loadFn[op];
  if (fn !== undefined) {
    const p = em.r(b);
    s.mayFail();
    return em.w(a, `mem.${fn}(${addr(p, c)})`);
  }
  if (op === Op.LOAD_U64 || op === Op.LOAD_I64) {
    const [load, loadBig, ok] =
      op === Op.LOAD_U64 ? ['load64', 'load64Big', 'v <= 9007199254740991'] : ['loadInt64', 'loadInt64Big', 'v <= 9007199254740991 && v >= -9007199254740991'];
    const p = em.r(b);
    s.mayFail();
    em.line(`{ const ad = ${addr(p, c)}; const v = mem.${load}(ad); if (${ok}) { x${a} = v; R[B + ${a}] = v; } else { ${em.reload(a, `setBig(R, big, B + ${a}, mem.${loadBig}(ad))`)} } }`);
    return em.assume(a);
  }
  const p = em.r(a);
  const v = em.r(b);
  s.mayFail();
  switch (op) {
    case Op.STORE_64:
      em.line(`if (${v} === ${v}) mem.store64(${addr(p, c)}, ${v}); else mem.store64Big(${addr(p, c)}, BigInt.asUintN(64, getBig(R, big, B + ${b})));`);
      return;
    case Op.STORE_PTR:
      em.line(`writePointer(mem, ${addr(p, c)}, ${v});`);
      return;
    default:
      em.line(`${storeFn[op]!}(${addr(p, c)}, ${v});`);
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
      return em.w(a, `mallocgc(vm.mcache, ${t}.size, ${t}, true)`);
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
