// Maps in generated code: make, index, assignment, delete, literals, range (Go's runtime/map.go
// entry points makemap, mapaccess1/2, mapassign, mapdelete, mapiterinit/next, as natives).
//
// The hmap itself (buckets of 8 with tophash, overflow buckets, incremental growth, randomized
// iteration) lives in src/vm/map.ts. This file marshals keys and values as gc does: a key is
// passed by address (a frame slot holding a copy, converted to the key type first, so an
// interface key is boxed), the runtime returns the address of the element slot, and the value is
// loaded from or stored to it. A memory-typed element read from a map is copied at once (map
// entries move when the map grows).
import type * as ast from '../../parser/ast.js';
import type { FuncCompiler } from './func.js';
import type { ProgramCompiler } from './package.js';
import { convertTo, expr, load, store, type LValue } from './expr.js';
import { assignTo, block } from './stmt.js';
import { ArrayType, BasicKind, MapType, Typ, under, type Type } from '../types/types.js';
import { isMemType } from './types.js';
import { Kind as CKind } from '../types/constant.js';

const hiterType = new ArrayType(Typ[BasicKind.Uintptr]!, 12);

export class Maps {
  constructor(private readonly pc: ProgramCompiler) {}

  private call(fc: FuncCompiler, name: string, args: number[]): number {
    const b = fc.b;
    const w = b.regs.alloc(Math.max(args.length, 2), [false, true, true]);
    args.forEach((a, i) => {
      if (a < 0) b.emit('LOADI', w + i, -a - 1);
      else b.emit('MOV', w + i, a);
    });
    b.emit('CALLN', this.pc.nativeIndex(name), w);
    return w;
  }

  /** A literal operand for call(): an immediate. */
  private imm(v: number): number {
    return -v - 1;
  }

  /** A frame slot holding e converted to the key type; returns the register with its address. */
  private keyAddr(fc: FuncCompiler, e: ast.Expr, kt: Type): number {
    const slot = fc.frameSlot(kt);
    const v = convertTo(fc, e, kt);
    store(fc, { reg: slot, off: 0 }, kt, v);
    return slot;
  }

  private keySlotFromReg(fc: FuncCompiler, v: number, kt: Type): number {
    const slot = fc.frameSlot(kt);
    store(fc, { reg: slot, off: 0 }, kt, v);
    return slot;
  }

  makeMap(fc: FuncCompiler, t: Type, hint: ast.Expr | null): number {
    const ti = this.pc.types.index(t);
    let h = -1;
    if (hint !== null) {
      const tv = fc.info.types.get(hint);
      if (tv?.value?.kind === CKind.Int) h = this.imm(Number(tv.value.value));
      else h = expr(fc, hint);
    } else h = this.imm(0);
    const w = this.call(fc, 'runtime.makemap', [this.imm(ti), h]);
    fc.b.regs.markPtr(w);
    return w;
  }

  /** The element value (copied) from an element address register p. */
  private elemValue(fc: FuncCompiler, p: number, et: Type, dst?: number): number {
    if (isMemType(et)) {
      const slot = fc.frameSlot(et);
      fc.b.emit('TYPEDMOVE', slot, p, this.pc.types.index(et));
      if (dst !== undefined) {
        fc.b.emit('MOV', dst, slot);
        return dst;
      }
      return slot;
    }
    return load(fc, { reg: p, off: 0 }, et, dst);
  }

  index(fc: FuncCompiler, e: ast.IndexExpr, dst?: number): number {
    const mt = under(fc.typeOf(e.x)) as MapType;
    const m = expr(fc, e.x);
    const kp = this.keyAddr(fc, e.index, mt.key);
    const w = this.call(fc, 'runtime.mapaccess1', [this.imm(this.pc.types.index(mt)), m, kp]);
    return this.elemValue(fc, w, mt.elem, dst);
  }

  indexOk(fc: FuncCompiler, e: ast.IndexExpr): [number, number, Type] {
    const mt = under(fc.typeOf(e.x)) as MapType;
    const m = expr(fc, e.x);
    const kp = this.keyAddr(fc, e.index, mt.key);
    const w = this.call(fc, 'runtime.mapaccess2', [this.imm(this.pc.types.index(mt)), m, kp]);
    const v = this.elemValue(fc, w, mt.elem);
    return [v, w + 1, mt.elem];
  }

  assign(fc: FuncCompiler, lv: Extract<LValue, { kind: 'map' }>, src: number): void {
    const kp = this.keySlotFromReg(fc, lv.key, lv.mapType.key);
    const w = this.call(fc, 'runtime.mapassign', [this.imm(this.pc.types.index(lv.mapType)), lv.map, kp]);
    store(fc, { reg: w, off: 0 }, lv.mapType.elem, src);
  }

  load(fc: FuncCompiler, lv: Extract<LValue, { kind: 'map' }>): number {
    const kp = this.keySlotFromReg(fc, lv.key, lv.mapType.key);
    const w = this.call(fc, 'runtime.mapaccess1', [this.imm(this.pc.types.index(lv.mapType)), lv.map, kp]);
    return this.elemValue(fc, w, lv.mapType.elem);
  }

  delete(fc: FuncCompiler, e: ast.CallExpr): number {
    const mt = under(fc.typeOf(e.args[0]!)) as MapType;
    const m = expr(fc, e.args[0]!);
    const kp = this.keyAddr(fc, e.args[1]!, mt.key);
    return this.call(fc, 'runtime.mapdelete', [this.imm(this.pc.types.index(mt)), m, kp]);
  }

  /** delete(m, k) with m and k (already of the key type) in registers (deferred delete). */
  deleteRegs(fc: FuncCompiler, m: number, k: number, mt: MapType): void {
    const kp = this.keySlotFromReg(fc, k, mt.key);
    this.call(fc, 'runtime.mapdelete', [this.imm(this.pc.types.index(mt)), m, kp]);
  }

  literal(fc: FuncCompiler, e: ast.CompositeLit, dst?: number): number {
    const t = fc.typeOf(e);
    const mt = under(t) as MapType;
    const ti = this.pc.types.index(t);
    const h = fc.b.regs.alloc(1, [true]);
    const w = this.call(fc, 'runtime.makemap', [this.imm(ti), this.imm(e.elts.length)]);
    fc.b.emit('MOV', h, w);
    for (const el of e.elts) {
      if (el.kind !== 'KeyValueExpr') continue;
      const mark = fc.b.regs.mark();
      const kp = this.keyAddr(fc, el.key, mt.key);
      const v = convertTo(fc, el.value, mt.elem);
      const p = this.call(fc, 'runtime.mapassign', [this.imm(ti), h, kp]);
      store(fc, { reg: p, off: 0 }, mt.elem, v);
      fc.b.regs.release(mark);
    }
    if (dst !== undefined) {
      fc.b.emit('MOV', dst, h);
      return dst;
    }
    return h;
  }

  range(
    fc: FuncCompiler,
    s: ast.RangeStmt,
    keyE: ast.Expr | null,
    valE: ast.Expr | null,
    bind: (e: ast.Expr | null) => LValue | null,
    label: string | null,
  ): void {
    const b = fc.b;
    const t = fc.typeOf(s.x);
    const mt = under(t) as MapType;
    const ti = this.pc.types.index(t);
    const m = expr(fc, s.x);
    const it = fc.frameSlot(hiterType);
    this.call(fc, 'runtime.mapiterinit', [this.imm(ti), m, it]);
    const define = s.tok === ':=';
    const kv0 = define ? bind(keyE) : null;
    const vv0 = define ? bind(valE) : null;
    const top = b.newLabel();
    const cont = b.newLabel();
    const end = b.newLabel();
    b.bind(top);
    const kp = b.regs.alloc(1, [true]);
    b.emit('LOAD_PTR', kp, it, 0);
    b.emitJump('JF', end, 2, kp);
    const kv = define ? kv0 : bind(keyE);
    if (kv !== null) {
      const mark = b.regs.mark();
      const k = this.elemValue(fc, kp, mt.key);
      assignTo(fc, kv, k, mt.key);
      b.regs.release(mark);
    }
    const vv = define ? vv0 : bind(valE);
    if (vv !== null) {
      const mark = b.regs.mark();
      const vp = b.regs.alloc(1, [true]);
      b.emit('LOAD_PTR', vp, it, 8);
      const v = this.elemValue(fc, vp, mt.elem);
      assignTo(fc, vv, v, mt.elem);
      b.regs.release(mark);
    }
    fc.pendingLabel = label;
    fc.targets.push({ label: fc.pendingLabel, breakLabel: end, continueLabel: cont });
    fc.pendingLabel = null;
    block(fc, s.body.list);
    fc.targets.pop();
    b.bind(cont);
    this.call(fc, 'runtime.mapiternext', [this.imm(ti), it]);
    b.jump(top);
    b.bind(end);
  }
}
