// Interfaces, method values and deferred calls (Go's convT*, itabs, assertE2I, method wrappers).
//
// Design
//   An interface value is two registers (tab, data) (decision 5). For an empty interface the tab
//   word is the dynamic type's descriptor; for a non-empty one it is an itab:
//
//     0 interface descriptor  8 type descriptor  16 hash (u32)  24.. one word per method (sorted
//     by method id, the order of the interface's method set): the function index to call with
//     the data word as receiver.
//
//   The data word is the value itself for pointer-shaped types (pointers, maps, channels, funcs,
//   unsafe.Pointer) and otherwise a pointer to a copy of the value. Where that copy is follows
//   gc's walk (dataWord) and runtime (convT*), so that allocation counts agree with Go's:
//     1. a constant: read-only data laid out at compile time (gc's static temporaries);
//     2. a zero-size value: zerobase (mallocgc(0));
//     3. a bool or one-byte integer: its entry of `staticuint64s`, a table of the words 0..255;
//     4. a conversion escape analysis keeps on the stack, of at most 1 KiB: frame memory;
//     5. otherwise the runtime's convT: an integer of 2, 4 or 8 bytes below 256 uses
//        staticuint64s (convT16/32/64), an empty string or nil slice a block of zeros (zeroVal),
//        and anything else a heap copy (mallocgc + store).
//
//   Method wrappers. An itab entry receives the data word, which for a non-pointer type T is a
//   pointer to the boxed T, and for a method promoted through embedded fields must walk those
//   fields. `methodWrapper(T, path, m)` generates the adapter gc generates (`main.(*T).M`): walk
//   the path, load the receiver (or take its address for pointer methods), call m with the
//   remaining arguments, return its results. The same adapter, taking the data word from a
//   closure object instead of r0, implements method values (`x.M` bound to a copy of x, or to
//   &x for pointer methods), with gc's `-fm` suffix.
//
//   Itabs for static conversions are laid out at compile time; dynamic ones (assertions to
//   interfaces, interface-to-interface conversions) are built by the VM's getitab from the
//   concrete type's method table (`methods`, filled here for every type converted to an
//   interface) and cached.
//
//   Deferred calls `defer f(args)` become closures: the callee and the arguments are evaluated
//   at the defer statement and saved in a heap object; a thunk function reloads them and makes
//   the call. `defer func(){...}()` defers the func value itself.
//
// How it differs from gc: a struct or array holding a single pointer is boxed like any other
// value (gc stores the pointer itself in the data word), and floats always take convT's heap
// path (gc's convT64 also spares the few whose bits are below 256: +0.0 and denormals).
import type * as ast from '../../parser/ast.js';
import { Func, Var, newField } from '../types/objects.js';
import { methodSet } from '../types/methodset.js';
import { typeSetOf } from '../types/typeset.js';
import { identical } from '../types/predicates.js';
import { Kind as CKind, float32Val, float64Val, imag, real, stringBytes, type Value } from '../types/constant.js';
import {
  ArrayType, Basic, BasicInfo, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Typ, under, type Type,
} from '../types/types.js';
import { offsetsof, sizeof } from '../types/sizes.js';
import { noPos } from '../types/objects.js';
import { FuncBuilder } from './builder.js';
import type { FuncCode } from '../../vm/program.js';
import type { FuncCompiler } from './func.js';
import type { ProgramCompiler } from './package.js';
import { TypeTable, isMemType, regWidth, ptrRegsOf, methodKey, type CGType } from './types.js';
import { errorMethodKey } from '../../vm/iface.js';
import { convertTo, expr, load, store, addr, fieldAddr, move, numClass, constant } from './expr.js';
import { callResults, fieldTypeAt } from './call.js';
import { assignTo } from './stmt.js';
import { stmts, block } from './stmt.js';
import type { LValue } from './expr.js';

/** Whether values of t are a single pointer word (stored directly in an interface's data word). */
export function isPointerShaped(t: Type): boolean {
  const u = under(t);
  return u instanceof Pointer || u instanceof MapType || u instanceof Chan || u instanceof Signature || (u instanceof Basic && u.kind === BasicKind.UnsafePointer);
}

export class Ifaces {
  /** Itabs by `typeAddr:ifaceAddr`, shared with the VM's getitab. */
  readonly itabs = new Map<string, number>();
  private wrappers = new Map<string, number>();
  private closureStructs: Struct[] = [];
  private rtErr: { runtimeError: number; plainError: number } | null = null;

  constructor(private readonly pc: ProgramCompiler) {}

  /** Descriptor addresses for the runtime's own error values (a string header as data). */
  runtimeErrorType(): { runtimeError: number; plainError: number } {
    if (this.rtErr === null) {
      const strT = Typ[BasicKind.String]!;
      const re = this.pc.types.get(strT);
      // Distinct descriptors named like Go's runtime types; their Error method is native.
      const mk = (name: string) => {
        const t = this.pc.types.types;
        const idx = t.length;
        const addr = this.pc.mem.dataAlloc(72, 8);
        const vt: CGType = { ...re, addr, name, kind: re.kind, methods: new Map(), goType: strT };
        this.pc.mem.memmove(addr, re.addr, 72);
        this.pc.mem.store64(addr + 64, idx);
        t.push(vt);
        vt.methods.set(errorMethodKey, this.pc.funcIndexOfNative('runtime.errorString.Error', 1, 2));
        // Both implement runtime.Error (Go's plainError does too).
        vt.methods.set('RuntimeError|func()()', this.pc.funcIndexOfNative('runtime.errorString.RuntimeError', 1, 0));
        return addr;
      };
      this.rtErr = { runtimeError: mk('runtime.Error'), plainError: mk('runtime.plainError') };
    }
    return this.rtErr;
  }

  closureStruct(n: number): Struct {
    let s = this.closureStructs[n];
    if (s === undefined) {
      const fields = [newField(noPos, null, 'F', Typ[BasicKind.Uintptr]!, false)];
      for (let i = 0; i < n; i++) fields.push(newField(noPos, null, `X${i}`, new Pointer(Typ[BasicKind.Uint8]!), false));
      s = new Struct(fields);
      this.closureStructs[n] = s;
    }
    return s;
  }

  // ---- conversions ---------------------------------------------------------------------------

  /** The type word for a value of concrete type t in an interface of type it. */
  private tabWord(t: Type, it: Type): number {
    this.ensureMethods(t);
    const iu = under(it) as Interface;
    if (typeSetOf(iu).methods.length === 0) return this.pc.types.get(t).addr;
    return this.itab(t, it);
  }

  /**
   * convT: registers v of concrete type vt → interface it (in dst or new registers). `site` is
   * the expression escape analysis knows the conversion by (the operand of an implicit one, the
   * call of an explicit one); without it the copy is not put on the stack.
   */
  toInterface(fc: FuncCompiler, v: number, vt: Type, it: Type, dst?: number, site?: ast.Node): number {
    const b = fc.b;
    const r = dst ?? b.regs.alloc(2, [true, true]);
    const tab = this.tabWord(vt, it);
    const data = this.dataWord(fc, v, vt, site);
    b.emit('MOV', r + 1, data);
    b.loadNum(r, tab);
    return r;
  }

  /** A constant of type vt converted to interface it: its copy is read-only data (header, 1). */
  constToInterface(fc: FuncCompiler, vt: Type, value: Value, it: Type, dst?: number): number | null {
    const box = this.staticBox(vt, value);
    if (box === null) return null;
    const b = fc.b;
    const r = dst ?? b.regs.alloc(2, [true, true]);
    b.loadNum(r + 1, box);
    b.loadNum(r, this.tabWord(vt, it));
    return r;
  }

  /** The data word for registers v of non-interface type vt (steps 2-5 of the header). */
  private dataWord(fc: FuncCompiler, v: number, vt: Type, site: ast.Node | undefined): number {
    if (isPointerShaped(vt)) return v;
    const b = fc.b;
    const u = under(vt);
    const size = sizeof(vt);
    const data = b.regs.alloc(1, [true]);
    const isInt = u instanceof Basic && (u.info & BasicInfo.IsInteger) !== 0;
    if (size > 0 && u instanceof Basic && (u.kind === BasicKind.Bool || (size === 1 && isInt))) {
      const idx = b.regs.alloc(2);
      b.emit('LOADI', idx + 1, 255);
      b.emit('AND_I32', idx, v, idx + 1);
      this.staticEntry(fc, data, idx);
      return data;
    }
    if (size > 0 && size <= 1024 && site !== undefined && fc.place.boxOnStack(site)) {
      const slot = fc.stackAlloc(vt);
      store(fc, { reg: slot, off: 0 }, vt, v);
      b.emit('MOV', data, slot);
      return data;
    }
    const heap = b.newLabel();
    const done = b.newLabel();
    if (isInt && (size === 2 || size === 4 || size === 8)) {
      // convT16/32/64: a value below 256 (unsigned) is its staticuint64s entry.
      if ((u.info & BasicInfo.IsUnsigned) === 0) b.emitJump('JLTK_I', heap, 3, v, 0);
      b.emitJump('JGEK_I', heap, 3, v, 256);
      this.staticEntry(fc, data, v);
      b.jump(done);
    } else if (u instanceof Basic && u.kind === BasicKind.String) {
      // convTstring: "" is zeroVal.
      b.emitJump('JT', heap, 2, v + 1);
      b.loadNum(data, this.pc.zeroVal());
      b.jump(done);
    } else if (u instanceof Slice) {
      // convTslice: a nil slice is zeroVal.
      b.emitJump('JT', heap, 2, v);
      b.loadNum(data, this.pc.zeroVal());
      b.jump(done);
    }
    b.bind(heap);
    b.emit('NEW', data, this.pc.types.index(vt));
    store(fc, { reg: data, off: 0 }, vt, v);
    b.bind(done);
    return data;
  }

  /** data = &staticuint64s[idx] (idx a register holding 0..255). */
  staticEntry(fc: FuncCompiler, data: number, idx: number): void {
    const b = fc.b;
    const t = b.regs.alloc(2, [true, false]);
    b.loadNum(t, this.pc.staticUint64s());
    b.emit('LOADI', t + 1, 256);
    b.emit('INDEX', data, t, idx, 8, t + 1);
  }

  private readonly staticBoxes = new Map<string, number>();

  /** Read-only data holding constant value as type t; null if t is not a basic type. */
  private staticBox(t: Type, value: Value): number | null {
    const u = under(t);
    if (!(u instanceof Basic) || value.kind === CKind.Unknown) return null;
    const c = numClass(t);
    const key = `${TypeTable.key(t)}|${c}|${constKey(value)}`;
    const got = this.staticBoxes.get(key);
    if (got !== undefined) return got;
    const mem = this.pc.mem;
    const size = sizeof(t);
    const a = mem.dataAlloc(Math.max(size, 1), 8);
    switch (value.kind) {
      case CKind.Bool:
        mem.store8(a, value.value ? 1 : 0);
        break;
      case CKind.String: {
        const bytes = stringBytes(value);
        mem.storePtr(a, this.pc.stringLit(bytes));
        mem.store64(a + 8, bytes.length);
        break;
      }
      case CKind.Int:
      case CKind.Float:
        if (c === 'f64') mem.storeF64(a, float64Val(value)[0]);
        else if (c === 'f32') mem.storeF32(a, float32Val(value)[0]);
        else if (c === 'c128' || c === 'c64') return null;
        else {
          if (value.kind !== CKind.Int) return null;
          const bits = BigInt.asUintN(64, value.value);
          if (size === 8) mem.store64Big(a, bits);
          else if (size === 4) mem.store32(a, Number(bits & 0xffffffffn));
          else if (size === 2) mem.store16(a, Number(bits & 0xffffn));
          else mem.store8(a, Number(bits & 0xffn));
        }
        break;
      case CKind.Complex: {
        if (c === 'c128') {
          mem.storeF64(a, float64Val(real(value))[0]);
          mem.storeF64(a + 8, float64Val(imag(value))[0]);
        } else if (c === 'c64') {
          mem.storeF32(a, float32Val(real(value))[0]);
          mem.storeF32(a + 4, float32Val(imag(value))[0]);
        } else return null;
        break;
      }
    }
    this.staticBoxes.set(key, a);
    return a;
  }

  /** Interface → interface conversion (always succeeds statically). */
  ifaceToIface(fc: FuncCompiler, v: number, from: Type, to: Type, dst?: number): number {
    const b = fc.b;
    const r = dst ?? b.regs.alloc(3, [true, true, false]);
    const fromEmpty = typeSetOf(under(from) as Interface).methods.length === 0;
    const toEmpty = typeSetOf(under(to) as Interface).methods.length === 0;
    if ((fromEmpty === toEmpty && toEmpty) || identical(from, to)) {
      // Nothing to convert: the type word (type or itab) is already the target's.
      b.emit('MOV2', r, v);
      return r;
    }
    const tmp = b.regs.alloc(3, [true, true, false]);
    b.emit('ASSERT_IFACE', tmp, v, this.pc.types.index(to), 4 | (fromEmpty ? 0 : 2), this.pc.types.index(from));
    b.emit('MOV2', r, tmp);
    return r;
  }

  /** The itab address for concrete t in non-empty interface it (static conversions). */
  itab(t: Type, it: Type): number {
    const key = `${this.pc.types.get(t).addr}:${this.pc.types.get(it).addr}`;
    let a = this.itabs.get(key);
    if (a !== undefined) return a;
    const ms = typeSetOf(under(it) as Interface).methods;
    const mem = this.pc.mem;
    a = mem.dataAlloc(24 + 8 * ms.length, 8);
    const td = this.pc.types.get(t);
    mem.storePtr(a, this.pc.types.get(it).addr);
    mem.storePtr(a + 8, td.addr);
    mem.store32(a + 16, mem.load32(td.addr + 16));
    ms.forEach((m, i) => {
      const fi = td.methods.get(methodKey(m));
      if (fi === undefined) throw new Error(`codegen: ${td.name} has no method ${m.name} for ${TypeTable.key(it)}`);
      mem.store64(a! + 24 + 8 * i, fi);
    });
    this.itabs.set(key, a);
    return a;
  }

  /** Fill t's method table (method id → function taking the data word as receiver). */
  ensureMethods(t: Type): void {
    const td = this.pc.types.get(t);
    if (td.methods.size > 0 || (td as { methodsDone?: boolean }).methodsDone) return;
    (td as { methodsDone?: boolean }).methodsDone = true;
    const u = under(t);
    if (u instanceof Interface) return;
    for (const sel of methodSet(t)) {
      const m = sel.obj;
      const direct =
        isPointerShaped(t) && sel.index.length === 1 && (m.hasPtrRecv() || !(u instanceof Pointer)) && !(u instanceof Pointer && !m.hasPtrRecv());
      const fi = direct ? this.pc.funcIndex(m) : this.methodWrapper(t, sel.index, m, false);
      td.methods.set(methodKey(m), fi);
    }
    // Pointer-receiver methods of T are not in T's method set, but getitab for *T needs them:
    // they are found through *T's own table.
  }

  /**
   * The adapter that calls method m (reached through embedded field path index[0..-1]) with a
   * receiver derived from a data word of type t. `bound`: the data word is word 1 of the closure
   * object (a method value) and the arguments start at r0; else it is r0 and they start at r1.
   */
  methodWrapper(t: Type, index: readonly number[], m: Func, bound: boolean): number {
    const key = `${TypeTable.key(t)}|${index.join('.')}|${m.id()}|${bound}`;
    const got = this.wrappers.get(key);
    if (got !== undefined) return got;
    const pc = this.pc;
    const sig = m.type as Signature;
    const base = t instanceof Pointer || under(t) instanceof Pointer ? (under(t) as Pointer).elem : t;
    const tn = base instanceof Named ? base.obj.name : 'T';
    const pkg = (base instanceof Named ? base.obj.pkg?.path : undefined) ?? 'main';
    const name = bound ? `${pkg}.${tn}.${m.name}-fm` : `${pkg}.(*${tn}).${m.name}`;
    const idx = pc.newFunc(name, () => {
      const b = new FuncBuilder(name, '', 0);
      b.wrapper = true;
      const nparams = paramWords(sig);
      let data: number;
      let args: number;
      if (bound) {
        args = b.regs.alloc(nparams);
        const ctx = b.regs.alloc(1, [true]);
        b.emit('CTX', ctx);
        data = b.regs.alloc(1, [true]);
        // A receiver value is in the closure itself (methodValue), a pointer-shaped one is word 1.
        if (isPointerShaped(t)) b.emit('LOAD_PTR', data, ctx, 8);
        else b.emit('ADDI', data, ctx, 8);
      } else {
        data = b.regs.alloc(1, [true]);
        args = b.regs.alloc(nparams);
      }
      // Walk to the receiver.
      let cur = data;
      let curT: Type = isPointerShaped(t) && !(under(t) instanceof Pointer) ? t : base;
      const pointerLike = isPointerShaped(t) && !(under(t) instanceof Pointer);
      const steps = index.slice(0, -1);
      steps.forEach((i, k) => {
        const st = under(curT) as Struct;
        const f = st.fields[i]!;
        const off = offsetsof(st)[i]!;
        const nx = b.regs.alloc(1, [true]);
        if (under(f.type) instanceof Pointer) {
          b.emit('LOAD_PTR', nx, cur, off);
          // The last embedded pointer is itself the receiver of a pointer method: not dereferenced.
          if (!(k === steps.length - 1 && m.hasPtrRecv())) b.emit('NILCHK', nx);
          curT = (under(f.type) as Pointer).elem;
        } else {
          b.emit('ADDI', nx, cur, off);
          curT = f.type;
        }
        cur = nx;
      });
      if (under(curT) instanceof Interface) {
        // A method promoted from an embedded interface: call through its itab.
        const iv = b.regs.alloc(2, [true, true]);
        b.emit('LOAD_PTR', iv, cur, 0);
        b.emit('LOAD_PTR', iv + 1, cur, 8);
        const w = b.regs.alloc(1 + nparams);
        b.emit('MOV', w, iv + 1);
        if (nparams > 0) b.emit('MOVN', w + 1, args, nparams);
        b.emit('CALLM', iv, index[index.length - 1]!, w);
        let nres = 0;
        for (const v of sig.results.vars) nres += regWidth(v.type);
        b.regs.reserve(w + nres + 1);
        b.emit('RET', w, nres);
        return b.finish(0, 0, nres);
      }
      const recvT = sig.recv!.type;
      if (!m.hasPtrRecv() && !pointerLike && steps.length === 0 && under(t) instanceof Pointer) {
        // runtime.panicwrap: a value method called through a nil pointer panics with gc's
        // message instead of faulting. (Before the receiver's registers: the arguments must
        // follow the receiver.)
        const msg = new TextEncoder().encode(`value method ${pkg}.${tn}.${m.name} called using nil *${tn} pointer`);
        const ra = b.regs.alloc(3, [true, true, false]);
        b.emit('MOV', ra, cur);
        b.loadNum(ra + 1, pc.stringLit(msg));
        b.loadNum(ra + 2, msg.length);
        b.emit('CALLN', pc.nativeIndex('runtime.panicwrap'), ra);
      }
      const w = b.regs.alloc(regWidth(recvT), ptrRegsOf(recvT));
      if (m.hasPtrRecv() || pointerLike) b.emit('MOV', w, cur);
      else {
        // Load the value receiver (memory types pass the address; the callee copies).
        const fcLike = { b, pc } as unknown as FuncCompiler;
        load(fcLike, { reg: cur, off: 0 }, recvT, w);
      }
      const a2 = b.regs.alloc(nparams);
      if (nparams > 0) b.emit('MOVN', a2, args, nparams);
      const native = pc.nativeFor(m);
      if (native !== null) b.emit('CALLN', native, w);
      else b.emit('CALL', pc.funcIndex(m), w);
      let nres = 0;
      for (const v of sig.results.vars) nres += regWidth(v.type);
      b.regs.reserve(w + Math.max(nres, nparams + regWidth(recvT)) + 1);
      b.emit('RET', w, nres);
      return b.finish(0, 0, nres);
    });
    this.wrappers.set(key, idx);
    return idx;
  }

  // ---- assertions ----------------------------------------------------------------------------

  private assertFlags(fc: FuncCompiler, srcT: Type, panic: boolean): number {
    void fc;
    const nonEmpty = typeSetOf(under(srcT) as Interface).methods.length > 0;
    return (panic ? 1 : 0) | (nonEmpty ? 2 : 0);
  }

  /** x.(T): registers of the T value (panics on failure). */
  typeAssert(fc: FuncCompiler, e: ast.TypeAssertExpr, dst: number | undefined, commaOk: boolean): number {
    void commaOk;
    const [v] = this.assert(fc, e, true);
    const t = fc.typeOf(e.type!);
    if (dst !== undefined) {
      move(fc, dst, v, t);
      return dst;
    }
    return v;
  }

  typeAssertOk(fc: FuncCompiler, e: ast.TypeAssertExpr): [number, number, Type] {
    const [v, ok] = this.assert(fc, e, false);
    return [v, ok, fc.typeOf(e.type!)];
  }

  private assert(fc: FuncCompiler, e: ast.TypeAssertExpr, panic: boolean): [number, number] {
    const b = fc.b;
    const srcT = fc.typeOf(e.x);
    const T = fc.typeOf(e.type!);
    const x = expr(fc, e.x);
    const flags = this.assertFlags(fc, srcT, panic);
    if (under(T) instanceof Interface) {
      const r = b.regs.alloc(3, [true, true, false]);
      this.pc.types.index(T);
      b.emit('ASSERT_IFACE', r, x, this.pc.types.index(T), flags, this.pc.types.index(srcT));
      return [r, r + 2];
    }
    this.ensureMethods(T);
    const ok = b.regs.alloc(1);
    b.emit('ASSERT_TYPE', ok, x, this.pc.types.index(T), flags, this.pc.types.index(srcT));
    const r = fc.alloc(T);
    const done = b.newLabel();
    const fail = b.newLabel();
    if (!panic) b.emitJump('JF', fail, 2, ok);
    this.extract(fc, x + 1, T, r);
    if (!panic) {
      b.jump(done);
      b.bind(fail);
      if (isMemType(T)) {
        const slot = fc.frameSlot(T);
        b.emit('MEMCLR', slot, sizeof(T));
        b.emit('MOV', r, slot);
      } else fc.zeroRegs(r, T);
      b.bind(done);
    }
    return [r, ok];
  }

  /** The value of type T from an interface data word in register data. */
  extract(fc: FuncCompiler, data: number, T: Type, r: number): void {
    if (isPointerShaped(T)) fc.b.emit('MOV', r, data);
    else if (isMemType(T)) {
      // A copy, so that writes through the result cannot change the boxed value.
      const slot = fc.frameSlot(T);
      fc.b.emit('TYPEDMOVE', slot, data, this.pc.types.index(T));
      fc.b.emit('MOV', r, slot);
    } else load(fc, { reg: data, off: 0 }, T, r);
  }

  typeSwitch(fc: FuncCompiler, s: ast.TypeSwitchStmt): void {
    const b = fc.b;
    const label = fc.pendingLabel;
    fc.pendingLabel = null;
    const mark = b.regs.mark();
    if (s.init !== null) stmts(fc, [s.init]);
    const guard = s.assign.kind === 'ExprStmt' ? (s.assign.x as ast.TypeAssertExpr) : (s.assign.rhs[0] as ast.TypeAssertExpr);
    const srcT = fc.typeOf(guard.x);
    const x = b.regs.alloc(2, [true, true]);
    expr(fc, guard.x, x);
    const nonEmpty = typeSetOf(under(srcT) as Interface).methods.length > 0;
    const end = b.newLabel();
    const bodies = s.body.map(() => b.newLabel());
    const ok = b.regs.alloc(1);
    const tmp = b.regs.alloc(3, [true, true, false]);
    let defaultIdx = -1;
    s.body.forEach((cc, i) => {
      if (cc.list === null) {
        defaultIdx = i;
        return;
      }
      for (const te of cc.list) {
        const tv = fc.info.types.get(te)!;
        const T = tv.type;
        if (T instanceof Basic && T.kind === BasicKind.UntypedNil) {
          b.emitJump('JLTK_I', bodies[i]!, 3, x, 1); // tab word 0: nil
          continue;
        }
        if (under(T) instanceof Interface) {
          b.emit('ASSERT_IFACE', tmp, x, this.pc.types.index(T), nonEmpty ? 2 : 0, this.pc.types.index(srcT));
          b.emitJump('JT', bodies[i]!, 2, tmp + 2);
        } else {
          this.ensureMethods(T);
          b.emit('ASSERT_TYPE', ok, x, this.pc.types.index(T), nonEmpty ? 2 : 0, this.pc.types.index(srcT));
          b.emitJump('JT', bodies[i]!, 2, ok);
        }
      }
    });
    if (defaultIdx >= 0) b.jump(bodies[defaultIdx]!);
    else b.jump(end);
    fc.targets.push({ label, breakLabel: end, continueLabel: null });
    s.body.forEach((cc, i) => {
      b.bind(bodies[i]!);
      const m2 = b.regs.mark();
      const v = fc.info.implicits.get(cc) as Var | undefined;
      if (v !== undefined) {
        const loc = fc.declareVar(v);
        const single = cc.list !== null && cc.list.length === 1 ? fc.info.types.get(cc.list[0]!)!.type : null;
        const T = v.type;
        let val: number;
        if (single !== null && !(under(T) instanceof Interface) && !(T instanceof Basic && T.kind === BasicKind.UntypedNil)) {
          val = fc.alloc(T);
          this.extract(fc, x + 1, T, val);
        } else if (under(T) instanceof Interface) {
          val = b.regs.alloc(3, [true, true, false]);
          if (typeSetOf(under(T) as Interface).methods.length === 0 || !nonEmpty) {
            if (nonEmpty && typeSetOf(under(T) as Interface).methods.length === 0) {
              b.emit('ASSERT_IFACE', val, x, this.pc.types.index(T), 4 | 2, this.pc.types.index(srcT));
            } else if (!nonEmpty && typeSetOf(under(T) as Interface).methods.length > 0) {
              b.emit('ASSERT_IFACE', val, x, this.pc.types.index(T), 4, this.pc.types.index(srcT));
            } else b.emit('MOV2', val, x);
          } else b.emit('ASSERT_IFACE', val, x, this.pc.types.index(T), 4 | 2, this.pc.types.index(srcT));
        } else {
          val = x;
        }
        if (loc.kind === 'reg') move(fc, loc.reg, val, T);
        else if (loc.kind === 'mem') store(fc, { reg: loc.reg, off: 0 }, T, val);
      }
      block(fc, cc.body);
      b.regs.release(m2);
      b.jump(end);
    });
    fc.targets.pop();
    b.bind(end);
    b.regs.release(mark);
  }

  /** tag == e in a switch (tag registers of type t). */
  equal(fc: FuncCompiler, tag: number, t: Type, e: ast.Expr): number {
    const b = fc.b;
    const r = b.regs.alloc(1);
    const et = fc.typeOf(e);
    if (under(t) instanceof Interface && !(under(et) instanceof Interface)) {
      const v = convertTo(fc, e, t);
      b.emit('EQ_IFACE', r, tag, v, nonEmptyIface(t));
      return r;
    }
    if (under(et) instanceof Interface && !(under(t) instanceof Interface)) {
      // An interface case against a concrete tag: the tag converted to the case's type.
      const tv = this.toInterface(fc, tag, t, et);
      const v = expr(fc, e);
      b.emit('EQ_IFACE', r, tv, v, nonEmptyIface(et));
      return r;
    }
    const v = expr(fc, e);
    const c = numClass(t);
    if (c === 'str') b.emit('EQ_STR', r, tag, v);
    else if (c === 'i64' || c === 'u64') b.emit('EQ_I', r, tag, v);
    else if (c === 'c128' || c === 'c64') {
      const t2 = b.regs.alloc(1);
      b.emit('EQ_F', r, tag, v);
      b.emit('EQ_F', t2, tag + 1, v + 1);
      b.emit('AND_I32', r, r, t2);
    } else if (under(t) instanceof Interface) b.emit('EQ_IFACE', r, tag, v, nonEmptyIface(t));
    else if (isMemType(t)) b.emit('EQ_MEM', r, tag, v, this.pc.types.index(t));
    else b.emit('EQ_F', r, tag, v);
    return r;
  }

  // ---- method values and defers ----------------------------------------------------------------

  /** x.M as a func value: a closure binding the receiver (or T.M, a method expression). */
  methodValue(fc: FuncCompiler, e: ast.SelectorExpr, dst?: number): number {
    const b = fc.b;
    const sel = fc.info.selections.get(e)!;
    const m = sel.obj as Func;
    if (sel.kind === 'methodExpr') return this.methodExpr(fc, sel.recv, sel.index, m, dst);
    const xt = fc.typeOf(e.x);
    const r = dst ?? b.regs.alloc(1, [true]);
    const k = b.regs.alloc(1);
    if (under(xt) instanceof Interface) {
      const obj = fc.newObject(this.closureStruct(2), e);
      // Bound interface method: save the interface, call through its itab.
      const iv = expr(fc, e.x);
      b.emit('NILCHK', iv);
      const fi = this.ifaceMethodThunk(xt, sel.index[sel.index.length - 1]!, m);
      b.emit('LOADI', k, fi);
      b.emit('STORE_SCALAR', obj, k, 0);
      b.emit('STORE_PTR', obj, iv, 8);
      b.emit('STORE_PTR', obj, iv + 1, 16);
      b.emit('MOV', r, obj);
      return r;
    }
    // Evaluate the receiver now (Go evaluates x and walks embedded fields at binding time, so a
    // nil pointer on the way panics here, not at the call).
    const path = sel.index.slice(0, -1);
    const index = [sel.index[sel.index.length - 1]!];
    let T: Type;
    let data: number;
    let loc: { reg: number; off: number } | null = null;
    let vt: Type = xt;
    if (path.length > 0) {
      loc = fieldAddr(fc, e.x, path, true);
      vt = fieldTypeAt(xt, path);
    }
    if (m.hasPtrRecv()) {
      data = b.regs.alloc(1, [true]);
      if (loc === null && under(xt) instanceof Pointer) expr(fc, e.x, data);
      else if (loc === null) {
        const l = addr(fc, e.x, true);
        b.emit('ADDI', data, l.reg, l.off);
      } else if (under(vt) instanceof Pointer) b.emit('LOAD_PTR', data, loc.reg, loc.off);
      else b.emit('ADDI', data, loc.reg, loc.off);
      T = under(vt) instanceof Pointer ? vt : new Pointer(vt);
    } else {
      let v: number;
      if (loc === null && !(under(xt) instanceof Pointer)) {
        v = expr(fc, e.x);
        T = xt;
      } else {
        let p: number;
        if (loc === null) p = expr(fc, e.x);
        else if (under(vt) instanceof Pointer) {
          p = b.regs.alloc(1, [true]);
          b.emit('LOAD_PTR', p, loc.reg, loc.off);
        } else {
          p = b.regs.alloc(1, [true]);
          b.emit('ADDI', p, loc.reg, loc.off);
        }
        T = under(vt) instanceof Pointer ? (under(vt) as Pointer).elem : vt;
        b.emit('NILCHK', p);
        v = load(fc, { reg: p, off: 0 }, T);
      }
      if (!isPointerShaped(T)) {
        // The closure holds the receiver's value itself (gc's method value closure {F, R}).
        const obj = fc.newObject(this.boundValueStruct(T), e);
        store(fc, { reg: obj, off: 8 }, T, v);
        b.emit('LOADI', k, this.methodWrapper(T, index, m, true));
        b.emit('STORE_SCALAR', obj, k, 0);
        b.emit('MOV', r, obj);
        return r;
      }
      data = v;
    }
    const obj = fc.newObject(this.closureStruct(1), e);
    const fi = this.methodWrapper(T, index, m, true);
    b.emit('LOADI', k, fi);
    b.emit('STORE_SCALAR', obj, k, 0);
    b.emit('STORE_PTR', obj, data, 8);
    b.emit('MOV', r, obj);
    return r;
  }

  /** The closure of a method value bound to a receiver value of type T: {F uintptr; R T}. */
  private boundValueStruct(T: Type): Struct {
    return new Struct([newField(noPos, null, 'F', Typ[BasicKind.Uintptr]!, false), newField(noPos, null, 'R', T, false)]);
  }

  /** T.M: a func value whose first parameter is the receiver. */
  private methodExpr(fc: FuncCompiler, T: Type, index: readonly number[], m: Func, dst?: number): number {
    const b = fc.b;
    const r = dst ?? b.regs.alloc(1, [true]);
    let fi: number;
    if (under(T) instanceof Interface) {
      fi = this.ifaceMethodExpr(T, index[index.length - 1]!, m);
    } else if (index.length === 1 && (m.hasPtrRecv() ? under(T) instanceof Pointer : !(under(T) instanceof Pointer))) {
      fi = this.pc.funcIndex(m);
    } else {
      // (*T).M for a value method, or a promoted method: the adapter takes the receiver as r0.
      if (!isPointerShaped(T) && !isMemType(T)) throw new Error('codegen: method expression on a non-pointer receiver through embedding');
      fi = this.methodWrapper(T, index, m, false);
    }
    b.loadNum(r, this.pc.funcvalOf(fi));
    return r;
  }

  /** I.M as a func value: receiver interface in r0, r1; arguments after. */
  private ifaceMethodExpr(it: Type, mi: number, m: Func): number {
    const key = `iexpr|${TypeTable.key(it)}|${mi}`;
    const got = this.wrappers.get(key);
    if (got !== undefined) return got;
    const sig = m.type as Signature;
    const name = `${TypeTable.key(it)}.${m.name}`;
    const idx = this.pc.newFunc(name, () => {
      const b = new FuncBuilder(name, '', 0);
      b.wrapper = true;
      const nparams = paramWords(sig);
      const iv = b.regs.alloc(2, [true, true]);
      const args = b.regs.alloc(nparams);
      return callThroughIface(b, sig, iv, mi, args, nparams);
    });
    this.wrappers.set(key, idx);
    return idx;
  }

  /** A function calling method #mi through the interface saved in its closure object. */
  private ifaceMethodThunk(it: Type, mi: number, m: Func): number {
    const key = `ithunk|${TypeTable.key(it)}|${mi}`;
    const got = this.wrappers.get(key);
    if (got !== undefined) return got;
    const sig = m.type as Signature;
    const name = `${TypeTable.key(it)}.${m.name}-fm`;
    const idx = this.pc.newFunc(name, () => {
      const b = new FuncBuilder(name, '', 0);
      b.wrapper = true;
      const nparams = paramWords(sig);
      const args = b.regs.alloc(nparams);
      const ctx = b.regs.alloc(1, [true]);
      b.emit('CTX', ctx);
      const iv = b.regs.alloc(2, [true, true]);
      b.emit('LOAD_PTR', iv, ctx, 8);
      b.emit('LOAD_PTR', iv + 1, ctx, 16);
      return callThroughIface(b, sig, iv, mi, args, nparams);
    });
    this.wrappers.set(key, idx);
    return idx;
  }

  /**
   * `defer call`: a func value taking no arguments that makes the call with the arguments as
   * evaluated now.
   */
  deferClosure(fc: FuncCompiler, call: ast.CallExpr): number {
    const b = fc.b;
    let fun = call.fun;
    while (fun.kind === 'ParenExpr') fun = fun.x;
    const ft = fc.info.types.get(call.fun);
    // defer f() / defer func(){...}() with no arguments: the func value itself.
    if (call.args.length === 0 && ft?.mode !== 'type' && !(fun.kind === 'Ident' && fc.info.uses.get(fun)?.constructor.name === 'Builtin')) {
      const sel = fun.kind === 'SelectorExpr' ? fc.info.selections.get(fun) : undefined;
      if (sel === undefined || sel.kind !== 'field') {
        const sig = under(fc.typeOf(call.fun));
        if (sig instanceof Signature && sig.results.length === 0) return expr(fc, call.fun);
        if (sig instanceof Signature) return this.thunk(fc, call, []);
      }
    }
    return this.thunk(fc, call, call.args);
  }

  /**
   * A closure object [thunk, callee funcval, arg0, arg1, ...] whose thunk calls the callee with
   * the saved arguments. Builtins (print, panic, close, recover, ...) and method calls are
   * wrapped by evaluating a func value for them first.
   */
  private thunk(fc: FuncCompiler, call: ast.CallExpr, args: ast.Expr[]): number {
    const b = fc.b;
    let fun = call.fun;
    while (fun.kind === 'ParenExpr') fun = fun.x;
    const isBuiltin = fun.kind === 'Ident' && fc.info.uses.get(fun)?.constructor.name === 'Builtin';
    const types: Type[] = [];
    const vals: number[] = [];
    let fv = -1;
    let sig: Signature | null = null;
    if (!isBuiltin) {
      fv = expr(fc, call.fun);
      sig = under(fc.typeOf(call.fun)) as Signature;
      const params = sig.params.vars;
      const nfixed = sig.variadic && !call.hasEllipsis ? params.length - 1 : params.length;
      for (let i = 0; i < nfixed; i++) {
        const t = params[i]!.type;
        let v = convertTo(fc, args[i]!, t);
        if (isMemType(t)) {
          const slot = fc.frameSlot(t);
          b.emit('TYPEDMOVE', slot, v, this.pc.types.index(t));
          v = slot;
        }
        types.push(t);
        vals.push(v);
      }
      if (sig.variadic && !call.hasEllipsis) {
        const st = params[params.length - 1]!.type;
        const et = (under(st) as Slice).elem;
        const extra = args.slice(nfixed);
        const sv = b.regs.alloc(3, [true, false, false]);
        if (extra.length === 0) b.emit('CLEARN', sv, 3);
        else {
          const at = new ArrayType(et, extra.length);
          const p = b.regs.alloc(1, [true]);
          b.emit('NEW', p, this.pc.types.index(at));
          extra.forEach((a, i) => {
            const r = convertTo(fc, a, et);
            store(fc, { reg: p, off: i * sizeof(et) }, et, r);
          });
          b.emit('MOV', sv, p);
          b.emit('LOADI', sv + 1, extra.length);
          b.emit('LOADI', sv + 2, extra.length);
        }
        types.push(st);
        vals.push(sv);
      }
    } else {
      // Builtins: save the evaluated arguments and re-run the builtin in the thunk.
      for (const a of args) {
        const tv = fc.info.types.get(a)!;
        let t = tv.type;
        if (t instanceof Basic && (t.info & 64) !== 0) t = defaultBasic(t);
        types.push(t);
        vals.push(tv.value !== undefined ? constant(fc, t, tv.value) : expr(fc, a));
      }
    }
    // The closure object: [thunk][callee][args...] with each argument in its own slot.
    const fields = [newField(noPos, null, 'F', Typ[BasicKind.Uintptr]!, false), newField(noPos, null, 'FN', new Pointer(Typ[BasicKind.Uint8]!), false)];
    types.forEach((t, i) => fields.push(newField(noPos, null, `A${i}`, t, false)));
    const st = new Struct(fields);
    const offs = offsetsof(st);
    const obj = b.regs.alloc(1, [true]);
    b.emit('NEW', obj, this.pc.types.index(st));
    if (fv >= 0) b.emit('STORE_PTR', obj, fv, 8);
    types.forEach((t, i) => store(fc, { reg: obj, off: offs[i + 2]! }, t, vals[i]!));
    const name = `${fc.b.name}.deferwrap${++this.deferCount}`;
    const file = fc.file;
    const line = call.line;
    const info = fc.info;
    const thunkIdx = this.pc.newFunc(name, () => {
      const tb = new FuncBuilder(name, file, line);
      tb.wrapper = true;
      tb.line = line;
      const ctx = tb.regs.alloc(1, [true]);
      tb.emit('CTX', ctx);
      const fcLike = { b: tb, pc: this.pc, info, typeOf: (e: ast.Expr) => info.types.get(e)!.type, alloc: (t: Type) => tb.regs.alloc(regWidth(t), ptrRegsOf(t)), frameSlot: (t: Type) => { const off = tb.allocFrame(sizeof(t), 8); const r = tb.regs.alloc(1, [true]); tb.emit('ADDR_FP', r, off); return r; } } as unknown as FuncCompiler;
      if (isBuiltin) {
        // Re-issue the builtin with the saved values.
        const id = (fc.info.uses.get(fun as ast.Ident) as { builtinId: number }).builtinId;
        const regs = types.map((t, i) => load(fcLike, { reg: ctx, off: offs[i + 2]! }, t));
        this.pc.builtinThunkBody(fcLike, id, regs, types);
      } else {
        const callee = tb.regs.alloc(1, [true]);
        tb.emit('LOAD_PTR', callee, ctx, 8);
        const w = tb.regs.top;
        for (let i = 0; i < types.length; i++) {
          const t = types[i]!;
          const r = tb.regs.alloc(regWidth(t), ptrRegsOf(t));
          load(fcLike, { reg: ctx, off: offs[i + 2]! }, t, r);
        }
        for (const v of sig!.results.vars) {
          if (isMemType(v.type)) {
            const r = tb.regs.alloc(1, [true]);
            const off = tb.allocFrame(sizeof(v.type), 8);
            tb.emit('ADDR_FP', r, off);
          }
        }
        let nres = 0;
        for (const v of sig!.results.vars) nres += regWidth(v.type);
        tb.regs.reserve(w + nres + 1);
        tb.emit('CALLI', callee, w);
      }
      tb.emit('RET', 0, 0);
      return tb.finish(0, 0, 0);
    });
    const k = b.regs.alloc(1);
    b.emit('LOADI', k, thunkIdx);
    b.emit('STORE_SCALAR', obj, k, 0);
    return obj;
  }
  private deferCount = 0;
}

/** A key telling constant values apart (for sharing read-only boxes). */
function constKey(v: Value): string {
  switch (v.kind) {
    case CKind.Bool: return `b${v.value}`;
    case CKind.String: return `s${v.bytes}`;
    case CKind.Int: return `i${v.value}`;
    case CKind.Float: return `f${float64Val(v)[0]}`;
    case CKind.Complex: return `c${float64Val(real(v))[0]},${float64Val(imag(v))[0]}`;
    default: return '?';
  }
}

export function nonEmptyIface(t: Type): number {
  return typeSetOf(under(t) as Interface).methods.length > 0 ? 1 : 0;
}

function defaultBasic(t: Basic): Type {
  switch (t.kind) {
    case BasicKind.UntypedBool: return Typ[BasicKind.Bool]!;
    case BasicKind.UntypedInt: return Typ[BasicKind.Int]!;
    case BasicKind.UntypedRune: return Typ[BasicKind.Int32]!;
    case BasicKind.UntypedFloat: return Typ[BasicKind.Float64]!;
    case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128]!;
    case BasicKind.UntypedString: return Typ[BasicKind.String]!;
    case BasicKind.UntypedNil: return new Pointer(Typ[BasicKind.Uint8]!);
    default: return t;
  }
}

export { callResults, assignTo, Tuple, Var, type LValue };

/** Registers a method's parameters take, plus one per memory-typed result (its address). */
function paramWords(sig: Signature): number {
  let n = 0;
  for (const v of sig.params.vars) n += regWidth(v.type);
  for (const v of sig.results.vars) if (isMemType(v.type)) n += 1;
  return n;
}

/**
 * The body shared by the method-expression and method-value wrappers: call method #mi of the
 * interface in registers iv, iv+1 with the nparams argument registers at args, and return its
 * results.
 */
function callThroughIface(b: FuncBuilder, sig: Signature, iv: number, mi: number, args: number, nparams: number): FuncCode {
  const w = b.regs.alloc(1 + nparams);
  b.emit('MOV', w, iv + 1);
  if (nparams > 0) b.emit('MOVN', w + 1, args, nparams);
  b.emit('CALLM', iv, mi, w);
  let nres = 0;
  for (const v of sig.results.vars) nres += regWidth(v.type);
  b.regs.reserve(w + nres + 1);
  b.emit('RET', w, nres);
  return b.finish(0, 0, nres);
}
