// Calls: functions, methods, func values, natives, conversions and builtins.
//
// Design
//   A call reserves its whole argument block at the top of the register stack first (receiver,
//   parameters, hidden result addresses), then evaluates each argument into its slot, so the
//   temporaries of later arguments go above the block and the callee's window is exactly the
//   block (func.ts has the convention). After the call the results are at the block's start.
//
//   The arguments are evaluated in gc's order, not strictly left to right (the spec leaves the
//   order of variable reads against calls open, and programs observe gc's): first the calls in
//   them, then the ones that may panic, then plain reads (ArgClass, runArgTasks). So in
//   `f(n, inc(&n))` f sees the incremented n. A struct or array argument is passed as its
//   address and copied by the callee on entry, which is after all of that: the copy sees what gc's
//   late copy sees. Only a call that follows a non-call argument makes the order differ from
//   source order; everything else compiles as before.
//
//   Variadic calls pack the extra arguments into a new array — frame memory when escape
//   analysis says the `... argument` does not escape, else the heap — and pass the slice.
//
//   Builtins compile inline: len/cap read registers of the operand's shape, append is GROW1 plus
//   a store (one element) or APPEND (a spread), copy is COPY, new is NEW or frame memory, make is
//   MAKESLICE or frame memory (a constant size that does not escape) or the map runtime,
//   print/println are PRINT instructions, panic/recover the VM's.
//
//   A call of a declared function or concrete method that gc inlines has its callee's body
//   compiled in place of the CALL, after the same argument block (inline.ts).
//
// How it differs from gc: closures, method values and interface calls are always called (gc
// inlines some closures and devirtualized calls).
import type * as ast from '../../parser/ast.js';
import { identical } from '../types/predicates.js';
import { Builtin, BuiltinId, Func, TypeName, Var } from '../types/objects.js';
import {
  ArrayType, Basic, BasicKind, Chan, Interface, MapType, Named, Pointer, Signature, Slice, Tuple, under, type Type,
} from '../types/types.js';
import { sizeof } from '../types/sizes.js';
import { Kind as CKind } from '../types/constant.js';
import { PrintKind } from '../../vm/print.js';
import type { FuncCompiler } from './func.js';
import { isMemType, regWidth, ptrRegsOf } from './types.js';
import { convertTo, convertRegs, expr, move, numClass, zeroValue, store, addr, fieldAddr, wrapOpFor, constant } from './expr.js';
import { conversion } from './convert.js';
import { inlineCall, inlineTarget, ParamAliases } from './inline.js';

/** Compile a call; the first result's registers (dst if given). */
export function call(fc: FuncCompiler, e: ast.CallExpr, dst?: number): number {
  const t = fc.typeOf(e);
  // An inlined body can leave its only result in dst itself (inline.ts).
  const r = callResults(fc, e, t instanceof Tuple ? undefined : dst);
  const rt = t instanceof Tuple ? (t.length > 0 ? t.at(0).type : null) : t;
  if (dst !== undefined && rt !== null) {
    move(fc, dst, r, rt);
    return dst;
  }
  return r;
}

function stripParens(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/**
 * For `F[A]` or `pkg.F[A, B]` naming an instance of a generic function, the `F` or `pkg.F`
 * (whose identifier the view resolves to the instance); null for anything else.
 */
export function instantiatedFunc(fc: FuncCompiler, e: ast.Expr): ast.Expr | null {
  e = stripParens(e);
  if (e.kind !== 'IndexExpr' && e.kind !== 'IndexListExpr') return null;
  const x = stripParens(e.x);
  const id = x.kind === 'Ident' ? x : x.kind === 'SelectorExpr' ? x.sel : null;
  if (id === null || !fc.info.instances.has(id) || !(fc.info.uses.get(id) instanceof Func)) return null;
  return x;
}

/**
 * Compile a call; returns the register where its results start (in order, each its width): the
 * block's start, or dst when a call of a function with one result is inlined there.
 */
export function callResults(fc: FuncCompiler, e: ast.CallExpr, dst?: number): number {
  const fun = instantiatedFunc(fc, e.fun) ?? stripParens(e.fun);
  const ftv = fc.info.types.get(e.fun);
  fc.b.setPos(e);
  if (ftv?.mode === 'type') return conversion(fc, e.args[0]!, ftv.type, undefined, e);
  if (fun.kind === 'Ident' || fun.kind === 'SelectorExpr') {
    const id = fun.kind === 'Ident' ? fun : fun.sel;
    const obj = fc.info.uses.get(id);
    if (obj instanceof Builtin) return builtin(fc, obj.builtinId, e);
    if (fun.kind === 'SelectorExpr') {
      const sel = fc.info.selections.get(fun);
      if (sel !== undefined && sel.kind === 'method') return methodCall(fc, e, fun, sel.obj as Func, sel.index, sel.indirect, dst);
    }
    if (obj instanceof Func && (fun.kind === 'Ident' || fc.info.selections.get(fun) === undefined)) {
      return staticCall(fc, e, obj, dst);
    }
  }
  // A func value: read after the arguments when it is a plain read and they call (ArgClass).
  const sig = under(fc.typeOf(e.fun)) as Signature;
  if (readLate(fc, e.fun, e)) {
    const base = argBlock(fc, e, sig, 0);
    const fv = expr(fc, e.fun);
    fc.b.setPos(e);
    fc.b.emit('CALLI', fv, base);
    return finishCall(fc, base, sig);
  }
  const fv = expr(fc, e.fun);
  const base = argBlock(fc, e, sig, 0);
  fc.b.setPos(e);
  fc.b.emit('CALLI', fv, base);
  return finishCall(fc, base, sig);
}

function staticCall(fc: FuncCompiler, e: ast.CallExpr, f: Func, dst?: number): number {
  const sig = f.type as Signature;
  const native = fc.pc.nativeFor(f);
  const site = native === null ? inlineTarget(fc, e, f) : null;
  const aliases = site !== null ? new ParamAliases(fc, f) : null;
  const base = argBlock(fc, e, sig, 0, undefined, aliases);
  fc.b.setPos(e);
  if (native !== null) fc.b.emit('CALLN', native, base);
  else if (site !== null) return finishCall(fc, base, sig, inlineCall(fc, e, f, site, base, aliases, dst));
  else fc.b.emit('CALL', fc.pc.funcIndex(f), base);
  return finishCall(fc, base, sig);
}

/** Registers the arguments (and hidden result addresses) of sig take, after `extra` receiver registers. */
function paramRegs(sig: Signature): number {
  let n = 0;
  for (const v of sig.params.vars) n += regWidth(v.type);
  for (const v of sig.results.vars) if (isMemType(v.type)) n += 1;
  return n;
}

function resultRegs(sig: Signature): number {
  let n = 0;
  for (const v of sig.results.vars) n += regWidth(v.type);
  return n;
}

/**
 * Reserve the argument block for sig (after `recvWidth` receiver registers, already allocated
 * by the caller if nonzero) and evaluate the arguments of e into it. Returns the block's base.
 * For an inlined call, a parameter that aliases takes its argument's register (inline.ts
 * ParamAliases) and its slot is left unused.
 */
export function argBlock(fc: FuncCompiler, e: ast.CallExpr, sig: Signature, recvWidth: number, recvBase?: number, aliases: ParamAliases | null = null): number {
  const b = fc.b;
  const base = recvBase ?? b.regs.top;
  const params = sig.params.vars;
  const slots: number[] = [];
  for (const v of params) slots.push(fc.alloc(v.type));
  const resSlots: number[] = [];
  for (const v of sig.results.vars) if (isMemType(v.type)) resSlots.push(b.regs.alloc(1, [true]));
  void recvWidth;
  // Evaluate the arguments.
  const args = e.args;
  if (args.length === 1 && fc.typeOf(args[0]!) instanceof Tuple && (params.length > 1 || sig.variadic)) {
    // f(g()) with a multi-value g: its results are the arguments (the extra ones packed into
    // the ... slice).
    const tt = fc.typeOf(args[0]!) as Tuple;
    const r = callResults(fc, args[0] as ast.CallExpr);
    let off = r;
    const nfixed = sig.variadic ? params.length - 1 : params.length;
    const extra: { reg: number; type: Type }[] = [];
    tt.vars.forEach((tv, i) => {
      if (i >= nfixed) {
        extra.push({ reg: off, type: tv.type });
        off += regWidth(tv.type);
        return;
      }
      const pt = params[i]!.type;
      if (under(pt) instanceof Interface) convertRegs(fc, off, tv.type, pt, slots[i]);
      else move(fc, slots[i]!, off, pt);
      off += regWidth(tv.type);
    });
    if (sig.variadic) {
      const st = params[params.length - 1]!.type;
      const et = (under(st) as Slice).elem;
      const slot = slots[params.length - 1]!;
      if (extra.length === 0) b.emit('CLEARN', slot, 3);
      else {
        const p = fc.newObject(new ArrayType(et, extra.length), e);
        extra.forEach((x, i) => {
          const v = convertRegs(fc, x.reg, x.type, et);
          store(fc, { reg: p, off: i * sizeof(et) }, et, v);
        });
        b.emit('MOV', slot, p);
        b.emit('LOADI', slot + 1, extra.length);
        b.emit('LOADI', slot + 2, extra.length);
      }
    }
  } else {
    const nfixed = sig.variadic ? params.length - 1 : params.length;
    const tasks: ArgTask[] = [];
    for (let i = 0; i < nfixed; i++) {
      if (aliases !== null && aliases.take(params[i]!, args[i]!)) continue;
      tasks.push({ e: args[i]!, emit: () => void convertTo(fc, args[i]!, params[i]!.type, slots[i]) });
    }
    let finishVariadic = (): void => {};
    if (sig.variadic) {
      const st = params[params.length - 1]!.type;
      const slot = slots[params.length - 1]!;
      if (e.hasEllipsis) {
        tasks.push({ e: args[nfixed]!, emit: () => void expr(fc, args[nfixed]!, slot) });
      } else {
        finishVariadic = packVariadic(fc, e, args.slice(nfixed), st, slot, tasks);
      }
    }
    runArgTasks(fc, tasks);
    finishVariadic();
  }
  // Hidden result addresses.
  let k = 0;
  for (const v of sig.results.vars) {
    if (isMemType(v.type)) {
      const r = fc.frameSlot(v.type);
      b.emit('MOV', resSlots[k++]!, r);
    }
  }
  return base;
}

/**
 * Build the slice for the `...` parameter from the extra arguments: allocate the array now, add
 * one task per element (evaluate, store) to `tasks`, and return what finishes the slice header
 * once the tasks have run.
 */
function packVariadic(fc: FuncCompiler, call: ast.CallExpr, args: ast.Expr[], st: Type, slot: number, tasks: ArgTask[]): () => void {
  const b = fc.b;
  const et = (under(st) as Slice).elem;
  if (args.length === 0) return () => void b.emit('CLEARN', slot, 3);
  const p = fc.newObject(new ArrayType(et, args.length), call);
  const es = sizeof(et);
  args.forEach((a, i) => {
    tasks.push({
      e: a,
      emit: () => {
        const r = convertTo(fc, a, et);
        store(fc, { reg: p, off: i * es }, et, r);
      },
    });
  });
  return () => {
    b.emit('MOV', slot, p);
    b.emit('LOADI', slot + 1, args.length);
    b.emit('LOADI', slot + 2, args.length);
  };
}

/** One argument of a call: its expression and the code that evaluates it into its place. */
interface ArgTask {
  e: ast.Expr;
  emit: () => void;
}

/**
 * How gc orders an argument's evaluation (cmd/compile's order.go and walk's mayCall): the calls
 * in the arguments are hoisted into temporaries first, then the arguments that may panic (index,
 * slice, indirection, type assertion, division) are evaluated, then the rest (variable reads,
 * constants, plain arithmetic), so `f(n, inc(&n))` passes the incremented n.
 */
const enum ArgClass {
  Call = 0,
  Panicky = 1,
  Plain = 2,
}

function argClass(fc: FuncCompiler, e: ast.Expr): ArgClass {
  let cls = ArgClass.Plain;
  const visit = (n: ast.Expr): void => {
    if (cls === ArgClass.Call) return;
    const tv = fc.info.types.get(n);
    if (tv?.value !== undefined) return;
    switch (n.kind) {
      case 'ParenExpr':
        visit(n.x);
        return;
      case 'FuncLit':
      case 'BasicLit':
      case 'Ident':
        return;
      case 'CallExpr': {
        const ftv = fc.info.types.get(n.fun);
        if (ftv?.mode === 'type') {
          n.args.forEach(visit);
          return;
        }
        const fun = stripParens(n.fun);
        const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' ? fun.sel : null;
        const obj = id !== null ? fc.info.uses.get(id) : undefined;
        if (obj instanceof Builtin && (obj.builtinId === BuiltinId.Len || obj.builtinId === BuiltinId.Cap || obj.builtinId === BuiltinId.Real || obj.builtinId === BuiltinId.Imag || obj.builtinId === BuiltinId.Complex)) {
          n.args.forEach(visit);
          return;
        }
        cls = ArgClass.Call;
        return;
      }
      case 'UnaryExpr':
        if (n.op === '<-') {
          cls = ArgClass.Call;
          return;
        }
        visit(n.x);
        return;
      case 'BinaryExpr':
        if (n.op === '/' || n.op === '%') cls = Math.min(cls, ArgClass.Panicky);
        visit(n.x);
        visit(n.y);
        return;
      case 'SelectorExpr': {
        const sel = fc.info.selections.get(n);
        if (sel === undefined) return; // a qualified identifier
        if (sel.indirect || under(fc.typeOf(n.x)) instanceof Pointer) cls = Math.min(cls, ArgClass.Panicky);
        visit(n.x);
        return;
      }
      case 'StarExpr':
      case 'IndexExpr':
      case 'SliceExpr':
      case 'TypeAssertExpr':
        cls = Math.min(cls, ArgClass.Panicky);
        for (const key in n) {
          const c = (n as unknown as Record<string, unknown>)[key];
          if (c !== null && typeof c === 'object' && 'kind' in c && key !== 'type') visit(c as ast.Expr);
        }
        return;
      case 'CompositeLit':
        for (const el of n.elts) visit(el.kind === 'KeyValueExpr' ? el.value : el);
        return;
      default:
        cls = ArgClass.Call; // conservatively first
    }
  };
  visit(e);
  return cls;
}

/** Whether x (a func value or receiver of call e) is read after e's arguments: x is a plain read and an argument calls. */
function readLate(fc: FuncCompiler, x: ast.Expr, e: ast.CallExpr): boolean {
  return e.args.length > 0 && argClass(fc, x) === ArgClass.Plain && e.args.some((a) => argClass(fc, a) === ArgClass.Call);
}

/**
 * Evaluate the arguments in gc's order (ArgClass). The common case, where no call follows a
 * non-call argument, is plain left-to-right and costs one walk of each argument.
 */
function runArgTasks(fc: FuncCompiler, tasks: ArgTask[]): void {
  const b = fc.b;
  let order: ArgTask[] = tasks;
  if (tasks.length > 1) {
    const cls = tasks.map((t) => argClass(fc, t.e));
    const firstNonCall = cls.findIndex((c) => c !== ArgClass.Call);
    if (firstNonCall >= 0 && cls.lastIndexOf(ArgClass.Call) > firstNonCall) {
      order = [ArgClass.Call, ArgClass.Panicky, ArgClass.Plain].flatMap((c) => tasks.filter((_, i) => cls[i] === c));
    }
  }
  for (const t of order) {
    const mark = b.regs.mark();
    t.emit();
    b.regs.release(mark);
  }
}

/**
 * After the call instruction: keep the result registers, free the rest of the block. Returns
 * where the results are: at base, or at `at` where an inlined body left them.
 */
function finishCall(fc: FuncCompiler, base: number, sig: Signature, at = base): number {
  const b = fc.b;
  const nres = resultRegs(sig);
  b.regs.reserve(base + Math.max(nres, paramRegs(sig)));
  if (at !== base) {
    b.regs.release(base);
    return at;
  }
  b.regs.release(base + nres);
  // Mark result pointer registers.
  let r = base;
  for (const v of sig.results.vars) {
    const ps = ptrRegsOf(v.type);
    ps.forEach((p, i) => p && b.regs.markPtr(r + i));
    r += regWidth(v.type);
  }
  return base;
}

// ---------------------------------------------------------------------------------------------
// Methods

/** x.m(args) where the selection resolved to method m through field path index. */
function methodCall(fc: FuncCompiler, e: ast.CallExpr, fun: ast.SelectorExpr, m: Func, index: readonly number[], indirect: boolean, dst?: number): number {
  const b = fc.b;
  const sig = m.type as Signature;
  const xt = fc.typeOf(fun.x);
  if (under(xt) instanceof Interface || (index.length > 1 && embeddedIfaceAt(fc, xt, index))) {
    // Dynamic dispatch through the itab.
    let iv: number;
    let it: Type;
    if (under(xt) instanceof Interface) {
      iv = expr(fc, fun.x);
      it = xt;
    } else {
      const path = index.slice(0, -1);
      const loc = fieldAddr(fc, fun.x, path);
      it = fieldTypeAt(xt, path);
      iv = fc.alloc(it);
      loadIface(fc, loc, iv);
    }
    const mi = index[index.length - 1]!;
    const base = b.regs.top;
    const recv = b.regs.alloc(1, [true]);
    argBlock(fc, e, sig, 1, base);
    b.emit('MOV', recv, iv + 1);
    b.setPos(e);
    b.emit('CALLM', iv, mi, base);
    void it;
    return finishCall(fc, base, sig);
  }
  const recvT = sig.recv!.type;
  const ptrRecv = under(recvT) instanceof Pointer && !(recvT instanceof Named && !(under(recvT) instanceof Pointer));
  const base = b.regs.top;
  const recv = fc.alloc(ptrRecv ? recvT : m.hasPtrRecv() ? recvT : recvT);
  const native = fc.pc.nativeFor(m);
  const site = native === null ? inlineTarget(fc, e, m) : null;
  const aliases = site !== null ? new ParamAliases(fc, m) : null;
  // A value receiver that is a plain read is read after arguments that call (ArgClass).
  const late = !m.hasPtrRecv() && readLate(fc, fun.x, e);
  if (late) argBlock(fc, e, sig, regWidth(recvT), base, aliases);
  // Compute the receiver.
  const path = index.slice(0, -1);
  const mark = b.regs.mark();
  if (aliases !== null && path.length === 0 && !isMemType(recvT) && identical(xt, recvT) && aliases.take(sig.recv!, fun.x)) {
    // The inlined body reads the receiver variable itself.
  } else if (m.hasPtrRecv()) {
    // Need the address of the (embedded) receiver.
    if (path.length === 0 && under(xt) instanceof Pointer) expr(fc, fun.x, recv);
    else {
      const loc = path.length === 0 ? addr(fc, fun.x, true) : fieldAddr(fc, fun.x, path, true);
      const ft = path.length === 0 ? xt : fieldTypeAt(xt, path);
      if (under(ft) instanceof Pointer && path.length > 0) b.emit('LOAD_PTR', recv, loc.reg, loc.off);
      else if (loc.off !== 0) b.emit('ADDI', recv, loc.reg, loc.off);
      else b.emit('MOV', recv, loc.reg);
    }
  } else {
    // Value receiver: load the (embedded) value.
    let loc;
    let vt: Type;
    if (path.length === 0) {
      if (under(xt) instanceof Pointer) {
        const p = expr(fc, fun.x);
        b.emit('NILCHK', p);
        loc = { reg: p, off: 0 };
        vt = (under(xt) as Pointer).elem;
      } else {
        expr(fc, fun.x, recv);
        vt = xt;
        loc = null;
      }
    } else {
      loc = fieldAddr(fc, fun.x, path);
      vt = fieldTypeAt(xt, path);
      if (under(vt) instanceof Pointer) {
        const p = b.regs.alloc(1, [true]);
        b.emit('LOAD_PTR', p, loc.reg, loc.off);
        b.emit('NILCHK', p);
        loc = { reg: p, off: 0 };
        vt = (under(vt) as Pointer).elem;
      }
    }
    if (loc !== null) {
      if (isMemType(vt)) {
        if (loc.off !== 0) b.emit('ADDI', recv, loc.reg, loc.off);
        else b.emit('MOV', recv, loc.reg);
      } else {
        fc.pc.loadInto(fc, loc, vt, recv);
      }
    }
    void indirect;
  }
  b.regs.release(mark);
  if (!late) argBlock(fc, e, sig, regWidth(recvT), base, aliases);
  b.setPos(e);
  if (native !== null) b.emit('CALLN', native, base);
  else if (site !== null) return finishCall(fc, base, sig, inlineCall(fc, e, m, site, base, aliases, dst));
  else b.emit('CALL', fc.pc.funcIndex(m), base);
  return finishCall(fc, base, sig);
}

function embeddedIfaceAt(fc: FuncCompiler, xt: Type, index: readonly number[]): boolean {
  void fc;
  return under(fieldTypeAt(xt, index.slice(0, -1))) instanceof Interface;
}

/** The type of the field reached by path from x's type (through pointers). */
export function fieldTypeAt(xt: Type, path: readonly number[]): Type {
  let t = xt;
  for (const i of path) {
    let u = under(t);
    if (u instanceof Pointer) u = under(u.elem);
    t = (u as import('../types/types.js').Struct).fields[i]!.type;
  }
  return t;
}

function loadIface(fc: FuncCompiler, loc: { reg: number; off: number }, dst: number): void {
  fc.b.emit('LOAD_PTR', dst, loc.reg, loc.off);
  fc.b.emit('LOAD_PTR', dst + 1, loc.reg, loc.off + 8);
}

// ---------------------------------------------------------------------------------------------
// Builtins

/** f(g()) for builtins: the results of a multi-value call as separate (register, type) operands. */
function spreadTuple(fc: FuncCompiler, e: ast.CallExpr): { reg: number; type: Type }[] | null {
  if (e.args.length !== 1) return null;
  const t = fc.typeOf(e.args[0]!);
  if (!(t instanceof Tuple)) return null;
  const r = callResults(fc, e.args[0] as ast.CallExpr);
  const out: { reg: number; type: Type }[] = [];
  let off = r;
  for (const v of t.vars) {
    out.push({ reg: off, type: v.type });
    off += regWidth(v.type);
  }
  return out;
}

function builtin(fc: FuncCompiler, id: BuiltinId, e: ast.CallExpr): number {
  const b = fc.b;
  const args = e.args;
  const spread = id === BuiltinId.Print || id === BuiltinId.Println || id === BuiltinId.Append || id === BuiltinId.Complex ? spreadTuple(fc, e) : null;
  if (spread !== null) {
    switch (id) {
      case BuiltinId.Print:
      case BuiltinId.Println:
        spread.forEach((a, i) => {
          if (i > 0 && id === BuiltinId.Println) b.emit('PRINTSP');
          b.emit('PRINT', a.reg, printKind(a.type));
        });
        if (id === BuiltinId.Println) b.emit('PRINTNL');
        return b.regs.top;
      case BuiltinId.Complex: {
        const r = fc.alloc(fc.typeOf(e));
        b.emit('MOV', r, spread[0]!.reg);
        b.emit('MOV', r + 1, spread[1]!.reg);
        return r;
      }
      default: {
        const st = fc.typeOf(e);
        const et = (under(st) as Slice).elem;
        const r = fc.alloc(st);
        const n = spread.length - 1;
        const es = sizeof(et);
        b.emit('GROW', r, spread[0]!.reg, fc.pc.types.index(et), n);
        spread.slice(1).forEach((v, k) => {
          const ea = b.regs.alloc(1, [true]);
          const idx = b.regs.alloc(1);
          b.emit('ADDK_I64', idx, r + 1, k - n);
          b.emit('INDEX', ea, r, idx, es, r + 1);
          const val = convertRegs(fc, v.reg, v.type, et);
          store(fc, { reg: ea, off: 0 }, et, val);
        });
        return r;
      }
    }
  }
  switch (id) {
    case BuiltinId.Len:
    case BuiltinId.Cap: {
      const t = under(fc.typeOf(args[0]!));
      const r = b.regs.alloc(1);
      if (t instanceof Basic) {
        const s = expr(fc, args[0]!);
        b.emit('MOV', r, s + 1);
      } else if (t instanceof Slice) {
        const s = expr(fc, args[0]!);
        b.emit('MOV', r, s + (id === BuiltinId.Len ? 1 : 2));
      } else if (t instanceof ArrayType || (t instanceof Pointer && under(t.elem) instanceof ArrayType)) {
        // Not a constant, so the operand has a call or a receive: it is evaluated (spec: Length and capacity).
        const at = (t instanceof Pointer ? under(t.elem) : t) as ArrayType;
        expr(fc, args[0]!);
        b.emit('LOADI', r, at.len);
      } else if (t instanceof MapType || t instanceof Chan) {
        const w = b.regs.alloc(1, [true]);
        expr(fc, args[0]!, w);
        b.emit('CALLN', fc.pc.nativeIndex(t instanceof MapType ? 'runtime.maplen' : id === BuiltinId.Len ? 'runtime.chanlen' : 'runtime.chancap'), w);
        b.emit('MOV', r, w);
      } else throw new Error('codegen: len of ' + t.constructor.name);
      return r;
    }
    case BuiltinId.New: {
      return fc.newObject(fc.info.types.get(args[0]!)!.type, e);
    }
    case BuiltinId.Make: {
      const t = fc.info.types.get(args[0]!)!.type;
      const u = under(t);
      if (u instanceof Slice) {
        const r = fc.alloc(t);
        const n = stackSliceLen(fc, e);
        if (n !== null) {
          // The backing array in frame memory (escape analysis: constant size, not escaping).
          b.emit('MOV', r, fc.stackAlloc(new ArrayType(u.elem, n.cap)));
          b.emit('LOADI', r + 1, n.len);
          b.emit('LOADI', r + 2, n.cap);
          return r;
        }
        const len = intArg(fc, args[1]!);
        const cap = args.length > 2 ? intArg(fc, args[2]!) : -1;
        b.emit('MAKESLICE', r, fc.pc.types.index(u.elem), len, cap);
        return r;
      }
      if (u instanceof MapType) return fc.pc.makeMap(fc, t, args.length > 1 ? args[1]! : null);
      if (u instanceof Chan) return fc.pc.chans.make(fc, t, args.length > 1 ? args[1]! : null);
      throw new Error('codegen: make of ' + u.constructor.name);
    }
    case BuiltinId.Append: {
      const st = fc.typeOf(e);
      const et = (under(st) as Slice).elem;
      const r = fc.alloc(st);
      const s = expr(fc, args[0]!);
      if (e.hasEllipsis) {
        const src = expr(fc, args[1]!);
        b.emit('APPEND', r, s, fc.pc.types.index(et), src + 1, src);
        return r;
      }
      if (args.length === 1) {
        b.emit('MOV3', r, s);
        return r;
      }
      // Evaluate the new elements first (they may read the slice), then grow and store each.
      const vals: number[] = [];
      for (let i = 1; i < args.length; i++) vals.push(convertTo(fc, args[i]!, et));
      const es = sizeof(et);
      const ti = fc.pc.types.index(et);
      const n = vals.length;
      b.emit('GROW', r, s, ti, n);
      vals.forEach((v, k) => {
        const ea = b.regs.alloc(1, [true]);
        const idx = b.regs.alloc(1);
        b.emit('ADDK_I64', idx, r + 1, k - n);
        b.emit('INDEX', ea, r, idx, es, r + 1);
        store(fc, { reg: ea, off: 0 }, et, v);
      });
      return r;
    }
    case BuiltinId.Copy: {
      if (args.length === 1) {
        // copy(f()): the call's two results are the operands.
        const tt = fc.typeOf(args[0]!) as Tuple;
        const dt = under(tt.vars[0]!.type) as Slice;
        const rs = callResults(fc, args[0] as ast.CallExpr);
        const r = b.regs.alloc(1);
        b.emit('COPY', r, rs, rs + regWidth(tt.vars[0]!.type), sizeof(dt.elem));
        return r;
      }
      const dt = under(fc.typeOf(args[0]!)) as Slice;
      const d = expr(fc, args[0]!);
      const s = expr(fc, args[1]!);
      const r = b.regs.alloc(1);
      b.emit('COPY', r, d, s, sizeof(dt.elem));
      return r;
    }
    case BuiltinId.Print:
    case BuiltinId.Println: {
      args.forEach((a, i) => {
        if (i > 0 && id === BuiltinId.Println) b.emit('PRINTSP');
        const mark = b.regs.mark();
        let t = fc.typeOf(a);
        const tv = fc.info.types.get(a)!;
        let r: number;
        if (tv.value !== undefined && t instanceof Basic && (t.info & 64) !== 0) {
          // Untyped constant: its default type.
          t = defaultOf(t);
          r = constant(fc, t, tv.value);
        } else r = expr(fc, a);
        b.emit('PRINT', r, printKind(t));
        b.regs.release(mark);
      });
      if (id === BuiltinId.Println) b.emit('PRINTNL');
      return b.regs.top;
    }
    case BuiltinId.Panic: {
      const v = convertTo(fc, args[0]!, fc.pc.emptyInterface);
      b.emit('PANIC', v);
      return v;
    }
    case BuiltinId.Recover: {
      const r = b.regs.alloc(2, [true, true]);
      b.emit('RECOVER', r);
      return r;
    }
    case BuiltinId.Delete: {
      if (args.length === 1) {
        // delete(f()): the call's two results are the map and the key.
        const tt = fc.typeOf(args[0]!) as Tuple;
        const mt = under(tt.vars[0]!.type) as MapType;
        const rs = callResults(fc, args[0] as ast.CallExpr);
        let k = rs + regWidth(tt.vars[0]!.type);
        if (!identical(tt.vars[1]!.type, mt.key)) k = convertRegs(fc, k, tt.vars[1]!.type, mt.key);
        fc.pc.maps.deleteRegs(fc, rs, k, mt);
        return b.regs.top;
      }
      return fc.pc.mapDelete(fc, e);
    }
    case BuiltinId.Close:
      fc.pc.chans.close(fc, e);
      return b.regs.top;
    case BuiltinId.Complex: {
      const t = fc.typeOf(e);
      const r = fc.alloc(t);
      expr(fc, args[0]!, r);
      expr(fc, args[1]!, r + 1);
      return r;
    }
    case BuiltinId.Real:
    case BuiltinId.Imag: {
      const c = expr(fc, args[0]!);
      const r = b.regs.alloc(1);
      b.emit('MOV', r, c + (id === BuiltinId.Real ? 0 : 1));
      return r;
    }
    case BuiltinId.Sizeof:
    case BuiltinId.Alignof:
    case BuiltinId.Offsetof:
      return constant(fc, fc.typeOf(e), fc.info.types.get(e)!.value!);
    case BuiltinId.Add: {
      // unsafe.Add(ptr, len): address arithmetic, ptr + len.
      const p = expr(fc, args[0]!);
      const l = intArg(fc, args[1]!);
      const r = b.regs.alloc(1, [true]);
      b.emit('ADD_I64', r, p, l);
      return r;
    }
    case BuiltinId.Slice: {
      // unsafe.Slice(ptr, len): []T{ptr, len, len}, after gc's unsafeslice checks.
      const st = fc.typeOf(e);
      const et = (under(st) as Slice).elem;
      const p = expr(fc, args[0]!);
      const l = intArg(fc, args[1]!);
      const w = b.regs.alloc(3, [true, false, false]);
      b.emit('MOV', w, p);
      b.emit('MOV', w + 1, l);
      b.emit('LOADI', w + 2, sizeof(et));
      b.emit('CALLN', fc.pc.nativeIndex('runtime.unsafeslice'), w);
      const r = fc.alloc(st);
      b.emit('MOV', r, p);
      b.emit('MOV', r + 1, l);
      b.emit('MOV', r + 2, l);
      return r;
    }
    default:
      throw new Error(`codegen: builtin ${BuiltinId[id]} not supported yet`);
  }
}

/**
 * For `make([]T, len[, cap])` that escape analysis keeps on the stack, the constant length and
 * capacity; null when the array must come from the heap. (gc also keeps a constant-capacity
 * make with a variable length on the stack, checking the length at run time; here that case
 * takes the heap, which is never wrong.)
 */
function stackSliceLen(fc: FuncCompiler, e: ast.CallExpr): { len: number; cap: number } | null {
  if (!fc.place.onStack(e)) return null;
  const num = (a: ast.Expr | undefined): number | null => {
    const v = a === undefined ? undefined : fc.info.types.get(a)?.value;
    return v !== undefined && v.kind === CKind.Int ? Number(v.value) : null;
  };
  const len = num(e.args[1]);
  const cap = e.args.length > 2 ? num(e.args[2]) : len;
  return len === null || cap === null ? null : { len, cap };
}

function intArg(fc: FuncCompiler, a: ast.Expr): number {
  const t = fc.typeOf(a);
  if (t instanceof Basic && (t.info & 64) !== 0) return constant(fc, fc.pc.intType, fc.info.types.get(a)!.value!);
  return expr(fc, a);
}

function defaultOf(t: Basic): Type {
  switch (t.kind) {
    case BasicKind.UntypedBool: return fcTyp(BasicKind.Bool);
    case BasicKind.UntypedInt: return fcTyp(BasicKind.Int);
    case BasicKind.UntypedRune: return fcTyp(BasicKind.Int32);
    case BasicKind.UntypedFloat: return fcTyp(BasicKind.Float64);
    case BasicKind.UntypedComplex: return fcTyp(BasicKind.Complex128);
    case BasicKind.UntypedString: return fcTyp(BasicKind.String);
    default: return t;
  }
}

import { Typ } from '../types/types.js';
function fcTyp(k: BasicKind): Type {
  return Typ[k]!;
}

export function printKindOf(t: Type): PrintKind {
  return printKind(t);
}

function printKind(t: Type): PrintKind {
  const u = under(t);
  if (u instanceof Basic) {
    const c = numClass(t);
    switch (c) {
      case 'bool': return PrintKind.Bool;
      case 'i64': case 'i32': case 'i16': case 'i8': return PrintKind.Int;
      case 'u64': case 'u32': case 'u16': case 'u8': return PrintKind.Uint;
      case 'f64': case 'f32': return PrintKind.Float;
      case 'c128': case 'c64': return PrintKind.Complex;
      case 'str': return PrintKind.String;
      default: return PrintKind.Pointer;
    }
  }
  if (u instanceof Interface) return u.methods.length === 0 && u.embeddeds.length === 0 ? PrintKind.Eface : PrintKind.Iface;
  if (u instanceof Slice) return PrintKind.Slice;
  return PrintKind.Pointer;
}

export { wrapOpFor, zeroValue, Var, TypeName, CKind };
