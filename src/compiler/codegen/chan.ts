// Channels in generated code: make, send, receive (with and without ok), close, range, select.
//
// Design
//   The runtime (src/runtime/chan.ts, select.ts) moves elements between memory addresses, never
//   registers, because a goroutine that blocks must leave its element where another goroutine
//   can copy it from or to (gc passes element addresses to chansend1/chanrecv1 the same way):
//
//   ch <- v         v, converted to the element type, is stored in a frame slot of the sending
//                   function; CHANSEND ch, slot.
//   <-ch            CHANRECV -1, ch, slot; then the value is loaded from the slot (a memory-typed
//                   value is the slot's address, copied by whoever stores it). As a statement,
//                   the element is discarded (address -1).
//   v, ok := <-ch   CHANRECV ok, ch, slot.
//   for v := range ch    `for { v, ok := <-ch; if !ok { break }; body }` with one v for the whole
//                   loop (Go 1.19) and the channel evaluated once.
//   close(ch)       CHANCLOSE ch.  make(chan T, n)  MAKECHAN r, chan T, n.
//
//   select, as gc's walkSelect lowers it:
//   - no cases: SELECT with no cases, which parks forever (`select (no cases)`);
//   - only a default: its body;
//   - one case and no default: the plain channel operation, then the body (so a goroutine
//     blocked in it waits with `chan receive`/`chan send`, as in Go);
//   - otherwise: the channel operands and the values to send are evaluated once, in source
//     order; an scase array {c, elem} is filled in frame memory, sends first in source order,
//     receives from the end backwards (gc's casorder); SELECT writes the chosen case index
//     (-1 for default) and recvOK; a chain of compares dispatches to the clause. A receive
//     clause assigns its variables from the case's slot at the start of its body, as gc's
//     order pass rewrites `case x, ok = <-c` to temporaries assigned inside the clause.
//   `break` inside a clause leaves the select.
//
//   Every blocking instruction carries the line of its statement (the `<-` or `select`), which
//   is where a traceback of a blocked goroutine points.
//
// How it differs from gc: gc calls selectnbsend/selectnbrecv for a case plus default; here that
// is a two-entry SELECT without blocking, which the runtime handles the same way.
import type * as ast from '../../parser/ast.js';
import type { FuncCompiler } from './func.js';
import type { ProgramCompiler } from './package.js';
import { convertTo, convertRegs, expr, load, lvalue, move, store, type LValue } from './expr.js';
import { assignTo, block, stmt } from './stmt.js';
import { Var } from '../types/objects.js';
import { ArrayType, BasicKind, Chan, Interface, Pointer, Typ, under, type Type } from '../types/types.js';
import { isMemType } from './types.js';
import { Kind as CKind } from '../types/constant.js';

/** The scase array of a select with n cases: {c, elem} pointer pairs. */
function scaseArray(n: number): Type {
  return new ArrayType(new Pointer(Typ[BasicKind.Uint8]!), 2 * n);
}

function stripParens(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** A receive `<-x`, or null. */
function asRecv(e: ast.Expr): ast.UnaryExpr | null {
  const x = stripParens(e);
  return x.kind === 'UnaryExpr' && x.op === '<-' ? x : null;
}

export class Chans {
  constructor(private readonly pc: ProgramCompiler) {}

  private elemOf(fc: FuncCompiler, ch: ast.Expr): Type {
    return (under(fc.typeOf(ch)) as Chan).elem;
  }

  make(fc: FuncCompiler, t: Type, size: ast.Expr | null): number {
    const b = fc.b;
    let n = -1;
    if (size !== null) {
      const tv = fc.info.types.get(size);
      if (tv?.value?.kind === CKind.Int) {
        n = b.regs.alloc(1);
        b.loadInt(n, tv.value.value);
      } else n = expr(fc, size);
    }
    const r = b.regs.alloc(1, [true]);
    b.emit('MAKECHAN', r, this.pc.types.index(t), n);
    return r;
  }

  send(fc: FuncCompiler, s: ast.SendStmt): void {
    const b = fc.b;
    const et = this.elemOf(fc, s.chan);
    const c = expr(fc, s.chan);
    const slot = this.valueSlot(fc, s.value, et);
    b.setPos(s);
    b.emit('CHANSEND', c, slot);
  }

  /** A frame slot holding e converted to type t; returns the register with its address. */
  private valueSlot(fc: FuncCompiler, e: ast.Expr, t: Type): number {
    const v = convertTo(fc, e, t);
    const slot = fc.frameSlot(t);
    store(fc, { reg: slot, off: 0 }, t, v);
    return slot;
  }

  /** `<-x` as an expression: the received value. */
  recv(fc: FuncCompiler, e: ast.UnaryExpr, dst?: number): number {
    const et = this.elemOf(fc, e.x);
    const c = expr(fc, e.x);
    const slot = fc.frameSlot(et);
    fc.b.setPos(e);
    fc.b.emit('CHANRECV', -1, c, slot);
    return this.slotValue(fc, slot, et, dst);
  }

  /** `<-x` as a statement: the element is discarded. */
  recvStmt(fc: FuncCompiler, e: ast.UnaryExpr): void {
    const c = expr(fc, e.x);
    fc.b.setPos(e);
    fc.b.emit('CHANRECV', -1, c, -1);
  }

  /** `v, ok = <-x`: [value regs, ok reg, element type]. */
  recvOk(fc: FuncCompiler, e: ast.UnaryExpr): [number, number, Type] {
    const b = fc.b;
    const et = this.elemOf(fc, e.x);
    const c = expr(fc, e.x);
    const slot = fc.frameSlot(et);
    const ok = b.regs.alloc(1);
    b.setPos(e);
    b.emit('CHANRECV', ok, c, slot);
    return [this.slotValue(fc, slot, et), ok, et];
  }

  private slotValue(fc: FuncCompiler, slot: number, et: Type, dst?: number): number {
    if (isMemType(et)) {
      if (dst === undefined) return slot;
      fc.b.emit('MOV', dst, slot);
      return dst;
    }
    return load(fc, { reg: slot, off: 0 }, et, dst);
  }

  close(fc: FuncCompiler, e: ast.CallExpr): void {
    const c = expr(fc, e.args[0]!);
    fc.b.setPos(e);
    fc.b.emit('CHANCLOSE', c);
  }

  /** close(c) with c in a register (a deferred or go'd close). */
  closeReg(fc: FuncCompiler, c: number): void {
    fc.b.emit('CHANCLOSE', c);
  }

  range(fc: FuncCompiler, s: ast.RangeStmt, valE: ast.Expr | null, bind: (e: ast.Expr | null) => LValue | null, label: string | null): void {
    const b = fc.b;
    const t = fc.typeOf(s.x);
    const et = (under(t) as Chan).elem;
    const c = b.regs.alloc(1, [true]);
    expr(fc, s.x, c);
    const slot = valE !== null ? fc.frameSlot(et) : -1;
    const ok = b.regs.alloc(1);
    const define = s.tok === ':=';
    const v0 = define ? bind(valE) : null;
    const top = b.newLabel();
    const end = b.newLabel();
    b.bind(top);
    b.line = s.rangeLine;
    b.emit('CHANRECV', ok, c, slot);
    b.emitJump('JF', end, 2, ok);
    if (valE !== null) {
      const mark = b.regs.mark();
      const lv = define ? v0 : bind(valE);
      if (lv !== null) assignTo(fc, lv, this.slotValue(fc, slot, et), et);
      if (!define) b.regs.release(mark);
    }
    fc.targets.push({ label, breakLabel: end, continueLabel: top });
    block(fc, s.body.list);
    fc.targets.pop();
    b.jump(top);
    b.bind(end);
  }

  // ---- select ----------------------------------------------------------------------------------

  select(fc: FuncCompiler, s: ast.SelectStmt, label: string | null): void {
    const b = fc.b;
    const end = b.newLabel();
    const comms = s.body.filter((cc) => cc.comm !== null);
    const dflt = s.body.find((cc) => cc.comm === null) ?? null;
    fc.targets.push({ label, breakLabel: end, continueLabel: null });
    if (comms.length === 0 && dflt === null) {
      b.setPos(s);
      const r = b.regs.alloc(2);
      b.emit('SELECT', r, r, 0, 0, 1);
    } else if (comms.length === 0) {
      block(fc, dflt!.body);
    } else if (comms.length === 1 && dflt === null) {
      const cc = comms[0]!;
      const mark = b.regs.mark();
      stmt(fc, cc.comm!);
      block(fc, cc.body);
      b.regs.release(mark);
    } else this.selectgo(fc, s, comms, dflt);
    fc.targets.pop();
    b.bind(end);
  }

  private selectgo(fc: FuncCompiler, s: ast.SelectStmt, comms: ast.CommClause[], dflt: ast.CommClause | null): void {
    const b = fc.b;
    const mark = b.regs.mark();
    const n = comms.length;
    const nsends = comms.filter((cc) => cc.comm!.kind === 'SendStmt').length;
    // Operands in source order; each case's index in the scase array (gc's casorder).
    interface Case {
      cc: ast.CommClause;
      index: number;
      c: number;
      /** Register with the elem address, or -1 (a discarded receive). */
      elem: number;
      /** Receive clauses: the element type and the assignment. */
      et: Type | null;
      recv: ast.AssignStmt | null;
    }
    const cases: Case[] = [];
    let si = 0;
    let ri = 0;
    for (const cc of comms) {
      const comm = cc.comm!;
      if (comm.kind === 'SendStmt') {
        const et = this.elemOf(fc, comm.chan);
        const c = expr(fc, comm.chan);
        const elem = this.valueSlot(fc, comm.value, et);
        cases.push({ cc, index: si++, c, elem, et: null, recv: null });
        continue;
      }
      const re = comm.kind === 'ExprStmt' ? asRecv(comm.x) : comm.kind === 'AssignStmt' ? asRecv(comm.rhs[0]!) : null;
      if (re === null) throw new Error('codegen: select case ' + comm.kind);
      const et = this.elemOf(fc, re.x);
      const c = expr(fc, re.x);
      const as = comm.kind === 'AssignStmt' ? comm : null;
      const wantsValue = as !== null && !(as.lhs[0]!.kind === 'Ident' && as.lhs[0]!.name === '_');
      const elem = wantsValue ? fc.frameSlot(et) : -1;
      cases.push({ cc, index: n - 1 - ri++, c, elem, et, recv: as });
    }
    // The scase array.
    const scases = fc.frameSlot(scaseArray(n));
    let zero = -1;
    for (const k of cases) {
      b.emit('STORE_PTR', scases, k.c, 16 * k.index);
      if (k.elem < 0 && zero < 0) {
        zero = b.regs.alloc(1);
        b.emit('LOADI', zero, 0);
      }
      b.emit('STORE_PTR', scases, k.elem >= 0 ? k.elem : zero, 16 * k.index + 8);
    }
    const res = b.regs.alloc(2);
    b.setPos(s);
    b.emit('SELECT', res, scases, nsends, n - nsends, dflt === null ? 1 : 0);
    // Dispatch.
    const bodies = cases.map(() => b.newLabel());
    const dfltL = b.newLabel();
    const k = b.regs.alloc(1);
    const eq = b.regs.alloc(1);
    cases.forEach((cs, i) => {
      if (i === cases.length - 1 && dflt === null) {
        b.jump(bodies[i]!);
        return;
      }
      b.emit('LOADI', k, cs.index);
      b.emit('EQ_F', eq, res, k);
      b.emitJump('JT', bodies[i]!, 2, eq);
    });
    if (dflt !== null) b.jump(dfltL);
    const end = fc.targets[fc.targets.length - 1]!.breakLabel;
    cases.forEach((cs, i) => {
      b.bind(bodies[i]!);
      const m = b.regs.mark();
      if (cs.recv !== null) this.assignRecv(fc, cs.recv, cs.elem, cs.et!, res + 1);
      block(fc, cs.cc.body);
      b.regs.release(m);
      b.jump(end);
    });
    if (dflt !== null) {
      b.bind(dfltL);
      block(fc, dflt.body);
    }
    b.regs.release(mark);
  }

  /** The variables of `case v, ok := <-c` / `case v, ok = <-c`, from the case's slot and recvOK. */
  private assignRecv(fc: FuncCompiler, as: ast.AssignStmt, slot: number, et: Type, ok: number): void {
    const okType = Typ[BasicKind.Bool]!;
    const targets: [ast.Expr, Type, () => number][] = [];
    if (slot >= 0) targets.push([as.lhs[0]!, et, () => this.slotValue(fc, slot, et)]);
    if (as.lhs.length > 1) targets.push([as.lhs[1]!, okType, () => ok]);
    for (const [l, t, value] of targets) {
      if (l.kind === 'Ident' && l.name === '_') continue;
      let lv: LValue;
      if (as.tok === ':=') {
        const v = fc.info.defs.get(l as ast.Ident);
        if (!(v instanceof Var)) continue;
        const loc = fc.declareVar(v);
        if (loc.kind === 'reg') lv = { kind: 'reg', reg: loc.reg, type: v.type };
        else if (loc.kind === 'mem') lv = { kind: 'mem', loc: { reg: loc.reg, off: 0 }, type: v.type };
        else continue;
      } else lv = lvalue(fc, l);
      if (lv.kind === 'blank') continue;
      let src = value();
      src = convertRegs(fc, src, t, lv.type);
      if (lv.kind === 'reg') move(fc, lv.reg, src, lv.type);
      else assignTo(fc, lv, src, lv.type);
    }
  }
}
