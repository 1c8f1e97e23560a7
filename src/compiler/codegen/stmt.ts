// Statements: blocks, declarations, assignment, control flow, range, switch, defer, return.
//
// Design
//   Registers: a statement starts with the register stack at the block's level and gives back
//   its temporaries when it ends; a declaration allocates its variable's registers permanently
//   until the end of the enclosing block (regalloc.ts).
//
//   Assignment follows the spec's two phases: the operands of index expressions and pointer
//   indirections on the left and the expressions on the right are evaluated in the usual order,
//   then the assignments happen left to right. The bounds check of a slice or array element on
//   the left belongs to the second phase (PendingIndex): in `x, a[i] = 1, 2` with i out of range,
//   x is assigned before the panic, as in gc. A single assignment to a register variable
//   evaluates straight into the variable when the expression reads its operands before writing
//   its result (arithmetic, calls); otherwise through a temporary.
//
//   Loops: `for` has Go 1.19's semantics (one variable for the whole loop; a closure capturing it
//   sees the last value). `range` evaluates its operand once; over a string it decodes runes
//   (STR_DECODE), over an array with a value variable it iterates over a copy, as the spec says.
//
//   Control flow uses labels patched by the builder. break/continue find their target on a
//   stack of loops/switches (by label name when labelled); goto and labels share a per-function
//   table.
//
// How it differs from gc: no jump tables or binary search for switch (cases are tested in order,
// which is what the spec says happens).
import type * as ast from '../../parser/ast.js';
import { Const, TypeName, Var } from '../types/objects.js';
import { ArrayType, Basic, Chan, Interface, MapType, Pointer, Slice, Tuple, under, type Type } from '../types/types.js';
import { sizeof } from '../types/sizes.js';
import { Kind as CKind } from '../types/constant.js';
import type { FuncCompiler, BranchTarget } from './func.js';
import { isMemType, regWidth } from './types.js';
import {
  addr, arith, convertRegs, convertTo, expr, load, lvalue, move, numClass, shift, store, zeroValue, type LValue,
} from './expr.js';
import { callResults } from './call.js';
import { inlineResultDst, inlineReturn } from './inline.js';
import type { Label } from './builder.js';

export function stmts(fc: FuncCompiler, list: readonly ast.Stmt[]): void {
  for (const s of list) stmt(fc, s);
}

export function block(fc: FuncCompiler, list: readonly ast.Stmt[]): void {
  const mark = fc.b.regs.mark();
  stmts(fc, list);
  fc.b.regs.release(mark);
}

export function stmt(fc: FuncCompiler, s: ast.Stmt): void {
  const b = fc.b;
  b.setPos(s);
  const mark = b.regs.mark();
  switch (s.kind) {
    case 'EmptyStmt':
      return;
    case 'BlockStmt':
      block(fc, s.list);
      return;
    case 'ExprStmt':
      exprStmt(fc, s.x);
      b.regs.release(mark);
      return;
    case 'DeclStmt':
      declStmt(fc, s.decl);
      return;
    case 'AssignStmt':
      assign(fc, s);
      return;
    case 'IncDecStmt':
      opAssign(fc, s.x, s.tok === '++' ? '+' : '-', null);
      b.regs.release(mark);
      return;
    case 'IfStmt':
      ifStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'ForStmt':
      forStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'RangeStmt':
      rangeStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'SwitchStmt':
      switchStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'TypeSwitchStmt':
      fc.pc.typeSwitch(fc, s);
      b.regs.release(mark);
      return;
    case 'ReturnStmt':
      returnStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'BranchStmt':
      branch(fc, s);
      return;
    case 'LabeledStmt': {
      const l = gotoLabel(fc, s.label.name);
      b.bind(l);
      fc.pendingLabel = s.label.name;
      stmt(fc, s.stmt);
      fc.pendingLabel = null;
      return;
    }
    case 'GoStmt':
      goStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'DeferStmt':
      deferStmt(fc, s);
      b.regs.release(mark);
      return;
    case 'SendStmt':
      fc.pc.chans.send(fc, s);
      b.regs.release(mark);
      return;
    case 'SelectStmt': {
      const label = fc.pendingLabel;
      fc.pendingLabel = null;
      fc.pc.chans.select(fc, s, label);
      b.regs.release(mark);
      return;
    }
    default:
      throw new Error(`codegen: statement ${s.kind} not supported yet`);
  }
}

function exprStmt(fc: FuncCompiler, e: ast.Expr): void {
  if (e.kind === 'CallExpr') callResults(fc, e);
  else if (e.kind === 'UnaryExpr' && e.op === '<-') fc.pc.chans.recvStmt(fc, e);
  else expr(fc, e);
}

export function gotoLabel(fc: FuncCompiler, name: string): Label {
  let l = fc.gotoLabels.get(name);
  if (l === undefined) {
    l = fc.b.newLabel();
    fc.gotoLabels.set(name, l);
  }
  return l;
}

// ---------------------------------------------------------------------------------------------
// Declarations and assignment

function declStmt(fc: FuncCompiler, d: ast.GenDecl): void {
  if (d.tok !== 'var') return;
  for (const spec of d.specs) {
    if (spec.kind !== 'ValueSpec') continue;
    const vars = spec.names.map((n) => fc.info.defs.get(n) as Var | undefined);
    if (spec.values.length === 0) {
      for (const v of vars) if (v !== undefined) initVar(fc, v, null);
    } else if (spec.values.length === vars.length) {
      // Evaluate all values first (they cannot refer to the new variables).
      const mark = fc.b.regs.mark();
      const vals = spec.values.map((e, i) => {
        const v = vars[i];
        const t = v?.type ?? fc.typeOf(e);
        return isMemType(t) ? copyOf(fc, e, t) : convertTo(fc, e, t);
      });
      const locs = vars.map((v) => (v === undefined ? null : fc.declareVar(v)));
      vars.forEach((v, i) => {
        if (v !== undefined) storeVar(fc, locs[i]!, v.type, vals[i]!);
      });
      // The values' temporaries sit below the variables: keep them (they are dead but harmless).
      void mark;
    } else {
      // var a, b = f()  /  var v, ok = m[k]  /  var v, ok = x.(T)
      const rhs = stripParens(spec.values[0]!);
      const pairs: [Var, number, Type][] = [];
      if (rhs.kind === 'CallExpr' && fc.typeOf(rhs) instanceof Tuple) {
        const r = callResults(fc, rhs);
        const tt = fc.typeOf(rhs) as Tuple;
        let off = r;
        tt.vars.forEach((tv, i) => {
          const v = vars[i];
          if (v !== undefined) pairs.push([v, off, tv.type]);
          off += regWidth(tv.type);
        });
      } else {
        const [val, ok, vt] = fc.pc.commaOk(fc, rhs);
        if (vars[0] !== undefined) pairs.push([vars[0], val, vt]);
        if (vars[1] !== undefined) pairs.push([vars[1], ok, fc.pc.boolType]);
      }
      for (const [v, src, st] of pairs) {
        const loc = fc.declareVar(v);
        storeVar(fc, loc, v.type, convertRegs(fc, src, st, v.type));
      }
    }
  }
}

/** A fresh copy of memory-typed e (so later writes to e's source do not show). */
function copyOf(fc: FuncCompiler, e: ast.Expr, t: Type): number {
  const src = expr(fc, e);
  const slot = fc.frameSlot(t);
  fc.b.emit('TYPEDMOVE', slot, src, fc.pc.types.index(t));
  return slot;
}

/** Declare v and give it e's value (or zero). */
export function initVar(fc: FuncCompiler, v: Var, e: ast.Expr | null): void {
  if (e === null) {
    const loc = fc.declareVar(v);
    if (loc.kind === 'reg') fc.zeroRegs(loc.reg, v.type);
    return;
  }
  const val = isMemType(v.type) ? copyOf(fc, e, v.type) : convertTo(fc, e, v.type);
  const loc = fc.declareVar(v);
  storeVar(fc, loc, v.type, val);
}

function storeVar(fc: FuncCompiler, loc: import('./func.js').VarLoc, t: Type, src: number): void {
  if (loc.kind === 'reg') move(fc, loc.reg, src, t);
  else if (loc.kind === 'mem') store(fc, { reg: loc.reg, off: 0 }, t, src);
  else throw new Error('codegen: storeVar global');
}

/** Store the value in registers src (type t) through lvalue lv. */
export function assignTo(fc: FuncCompiler, lv: LValue, src: number, t: Type): void {
  switch (lv.kind) {
    case 'blank':
      return;
    case 'reg':
      move(fc, lv.reg, src, t);
      return;
    case 'mem':
      store(fc, lv.loc, t, src);
      return;
    case 'map':
      fc.pc.mapAssign(fc, lv, src);
      return;
  }
}

/** Whether e can be evaluated straight into a variable's registers (reads before it writes). */
function directOK(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'BinaryExpr':
      return e.op !== '&&' && e.op !== '||';
    case 'CallExpr':
    case 'BasicLit':
    case 'Ident':
      return true;
    case 'ParenExpr':
      return directOK(e.x);
    default:
      return false;
  }
}

function assign(fc: FuncCompiler, s: ast.AssignStmt): void {
  const b = fc.b;
  const mark = b.regs.mark();
  if (s.tok !== '=' && s.tok !== ':=') {
    opAssign(fc, s.lhs[0]!, s.tok.slice(0, -1), s.rhs[0]!);
    b.regs.release(mark);
    return;
  }
  if (s.tok === ':=') {
    // New variables are declared (their registers allocated) before the values are stored,
    // but after the values are computed.
  }
  if (s.lhs.length === s.rhs.length) {
    if (s.lhs.length === 1) {
      single(fc, s.lhs[0]!, s.rhs[0]!, s.tok === ':=');
      return;
    }
    // Parallel assignment: left operands, then right values into temporaries, then store.
    const lvs = s.lhs.map((l) => (s.tok === ':=' && isNewVar(fc, l) ? null : pendingLvalue(fc, l)));
    const vals = s.rhs.map((r, i) => {
      const lt = lhsType(fc, s.lhs[i]!, r);
      if (isMemType(lt)) return copyOf(fc, r, lt);
      const v = convertTo(fc, r, lt);
      // Copy register values so that later stores cannot change them.
      const tmp = fc.alloc(lt);
      move(fc, tmp, v, lt);
      return tmp;
    });
    s.lhs.forEach((l, i) => {
      const lt = lhsType(fc, l, s.rhs[i]!);
      const lv = lvs[i];
      assignTo(fc, lv === null ? declareNew(fc, l) : indexNow(fc, lv), vals[i]!, lt);
    });
    releaseKeepingVars(fc, mark, s);
    return;
  }
  // a, b = f()  /  v, ok = m[k]  /  v, ok = x.(T)
  const rhs = s.rhs[0]!;
  const lvs = s.lhs.map((l) => (s.tok === ':=' && isNewVar(fc, l) ? null : pendingLvalue(fc, l)));
  let srcs: number[];
  let types: Type[];
  const inner = stripParens(rhs);
  if (inner.kind === 'CallExpr' && fc.typeOf(inner) instanceof Tuple) {
    const r = callResults(fc, inner);
    const tt = fc.typeOf(inner) as Tuple;
    srcs = [];
    types = [];
    let off = r;
    for (const tv of tt.vars) {
      srcs.push(off);
      types.push(tv.type);
      off += regWidth(tv.type);
    }
  } else {
    // comma-ok forms
    const [v, ok, vt] = fc.pc.commaOk(fc, inner);
    srcs = [v, ok];
    types = [vt, fc.pc.boolType];
  }
  s.lhs.forEach((l, i) => {
    const pl = lvs[i];
    const lv = pl === null ? declareNew(fc, l) : indexNow(fc, pl);
    const lt = lv.kind === 'blank' ? types[i]! : lv.type;
    assignTo(fc, lv, convertRegs(fc, srcs[i]!, types[i]!, lt), lt);
  });
  releaseKeepingVars(fc, mark, s);
}

/**
 * An element of a slice or array on the left of a tuple assignment, its operands evaluated
 * (phase 1 of the spec's two) and its bounds not yet checked: the check belongs to the
 * assignment itself (phase 2), so in `x, a[i] = 1, 2` with i out of range x is assigned first.
 */
interface PendingIndex {
  kind: 'index';
  /** Address of element 0 (a copy). */
  base: number;
  /** The index (a copy). */
  index: number;
  /** The length to check against. */
  len: number;
  elemSize: number;
  /** A pointer to an array, to be nil-checked before the index. */
  nilCheck: boolean;
  type: Type;
}

/** Phase 1 of a tuple assignment's left operand (see PendingIndex). */
function pendingLvalue(fc: FuncCompiler, l: ast.Expr): LValue | PendingIndex {
  const e = stripParens(l);
  const b = fc.b;
  if (e.kind !== 'IndexExpr') return pinned(fc, lvalue(fc, l));
  const xt = under(fc.typeOf(e.x));
  const t = fc.typeOf(e);
  if (xt instanceof Slice) {
    const sv = expr(fc, e.x);
    const base = b.regs.alloc(1, [true]);
    const len = b.regs.alloc(1);
    b.emit('MOV', base, sv);
    b.emit('MOV', len, sv + 1);
    const index = b.regs.alloc(1);
    expr(fc, e.index, index);
    return { kind: 'index', base, index, len, elemSize: sizeof(xt.elem), nilCheck: false, type: t };
  }
  const ctv = fc.info.types.get(e.index);
  if (ctv?.value !== undefined) return pinned(fc, lvalue(fc, l)); // checked by the compiler
  let at: ArrayType;
  const base = b.regs.alloc(1, [true]);
  let nilCheck = false;
  if (xt instanceof Pointer) {
    at = under(xt.elem) as ArrayType;
    expr(fc, e.x, base);
    nilCheck = true;
  } else if (xt instanceof ArrayType) {
    at = xt;
    const loc = addr(fc, e.x);
    if (loc.off + sizeof(at) >= 4096) b.emit('NILCHK', loc.reg);
    b.emit('ADDI', base, loc.reg, loc.off);
  } else return pinned(fc, lvalue(fc, l));
  const index = b.regs.alloc(1);
  expr(fc, e.index, index);
  const len = b.regs.alloc(1);
  b.emit('LOADI', len, at.len);
  return { kind: 'index', base, index, len, elemSize: sizeof(at.elem), nilCheck, type: t };
}

/**
 * A memory lvalue whose address register may be a variable (`p.i` addresses through p's own
 * register): copy the address, so that assigning p earlier in the same statement does not move
 * where p.i is stored (the spec evaluates the pointer indirection in phase 1).
 */
function pinned(fc: FuncCompiler, lv: LValue): LValue {
  if (lv.kind !== 'mem') return lv;
  const r = fc.b.regs.alloc(1, [true]);
  fc.b.emit('MOV', r, lv.loc.reg);
  return { ...lv, loc: { reg: r, off: lv.loc.off } };
}

/** Phase 2: the bounds check and the element's address. */
function indexNow(fc: FuncCompiler, lv: LValue | PendingIndex): LValue {
  if (lv.kind !== 'index') return lv;
  const b = fc.b;
  if (lv.nilCheck) b.emit('NILCHK', lv.base);
  const r = b.regs.alloc(1, [true]);
  b.emit('INDEX', r, lv.base, lv.index, lv.elemSize, lv.len);
  return { kind: 'mem', loc: { reg: r, off: 0 }, type: lv.type };
}

function stripParens(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

/** After a := with new variables, the registers above mark hold them: keep the top. */
function releaseKeepingVars(fc: FuncCompiler, mark: number, s: ast.AssignStmt): void {
  if (s.tok === ':=') return; // new variables may have been allocated above temporaries
  fc.b.regs.release(mark);
}

function isNewVar(fc: FuncCompiler, l: ast.Expr): boolean {
  return l.kind === 'Ident' && l.name !== '_' && fc.info.defs.get(l) instanceof Var && !fc.vars.has(fc.info.defs.get(l) as Var);
}

function declareNew(fc: FuncCompiler, l: ast.Expr): LValue {
  const v = fc.info.defs.get(l as ast.Ident) as Var;
  const loc = fc.declareVar(v);
  if (loc.kind === 'reg') return { kind: 'reg', reg: loc.reg, type: v.type };
  if (loc.kind === 'mem') return { kind: 'mem', loc: { reg: loc.reg, off: 0 }, type: v.type };
  throw new Error('codegen: global in :=');
}

function lhsType(fc: FuncCompiler, l: ast.Expr, r: ast.Expr): Type {
  if (l.kind === 'Ident' && l.name === '_') {
    const t = fc.typeOf(r);
    return t;
  }
  const d = l.kind === 'Ident' ? fc.info.defs.get(l) : undefined;
  if (d instanceof Var) return d.type;
  return fc.typeOf(l);
}

function single(fc: FuncCompiler, l: ast.Expr, r: ast.Expr, define: boolean): void {
  const b = fc.b;
  const mark = b.regs.mark();
  if (define && isNewVar(fc, l)) {
    const v = fc.info.defs.get(l as ast.Ident) as Var;
    // Compute the value before allocating the variable, so temporaries sit above... the
    // variable must survive the statement: allocate it first, then compute into it.
    if (fc.place.varKind(v) === 'reg') {
      const loc = fc.declareVar(v);
      if (loc.kind === 'reg') {
        convertTo(fc, r, v.type, loc.reg);
        b.regs.release(loc.reg + regWidth(v.type));
        return;
      }
    }
    initVar(fc, v, r);
    return;
  }
  const lv = lvalue(fc, l);
  if (lv.kind === 'blank') {
    exprStmt(fc, r);
    b.regs.release(mark);
    return;
  }
  const lt = lv.type;
  if (lv.kind === 'reg' && directOK(r)) {
    convertTo(fc, r, lt, lv.reg);
  } else if (lv.kind === 'mem' && r.kind === 'CompositeLit' && isMemType(lt)) {
    const tmp = copyOf(fc, r, lt);
    store(fc, lv.loc, lt, tmp);
  } else {
    const v = convertTo(fc, r, lt);
    assignTo(fc, lv, v, lt);
  }
  b.regs.release(mark);
}

/** x op= y (y null: ++/--). */
function opAssign(fc: FuncCompiler, x: ast.Expr, op: string, y: ast.Expr | null): void {
  const b = fc.b;
  const lv = lvalue(fc, x);
  if (lv.kind === 'blank') return;
  const t = lv.type;
  const c = numClass(t);
  let cur: number;
  if (lv.kind === 'reg') cur = lv.reg;
  else if (lv.kind === 'mem') cur = load(fc, lv.loc, t);
  else cur = fc.pc.mapLoad(fc, lv);
  const dst = lv.kind === 'reg' ? lv.reg : cur;
  if (y === null) {
    if (c === 'i64') b.emit('ADDK_I64', dst, cur, op === '+' ? 1 : -1);
    else {
      const one = fc.alloc(t);
      if (c === 'f64' || c === 'f32') b.loadNum(one, 1);
      else if (c === 'c128' || c === 'c64') {
        b.loadNum(one, 1);
        b.loadNum(one + 1, 0);
      } else b.emit('LOADI', one, 1);
      arith(fc, op, c, dst, cur, one);
    }
  } else if (op === '<<' || op === '>>') {
    const yv = expr(fc, y);
    shift(fc, op, c, dst, cur, yv, fc.typeOf(y));
  } else {
    const ytv = fc.info.types.get(y);
    if (c === 'i64' && (op === '+' || op === '-') && ytv?.value?.kind === CKind.Int && ytv.value.value >= -2147483647n && ytv.value.value <= 2147483647n) {
      b.emit('ADDK_I64', dst, cur, Number(op === '+' ? ytv.value.value : -ytv.value.value));
    } else {
      const yv = expr(fc, y);
      arith(fc, op, c, dst, cur, yv);
    }
  }
  if (lv.kind === 'mem') store(fc, lv.loc, t, dst);
  else if (lv.kind === 'map') fc.pc.mapAssign(fc, lv, dst);
}

// ---------------------------------------------------------------------------------------------
// Control flow

/** Jump to `target` when e is false (fused compare-and-branch for ints). */
export function condJump(fc: FuncCompiler, e: ast.Expr, ifFalse: Label): void {
  const b = fc.b;
  while (e.kind === 'ParenExpr') e = e.x;
  const mark = b.regs.mark();
  if (e.kind === 'BinaryExpr') {
    if (e.op === '&&') {
      condJump(fc, e.x, ifFalse);
      condJump(fc, e.y, ifFalse);
      return;
    }
    if (e.op === '||') {
      const ok = b.newLabel();
      const next = b.newLabel();
      condJump(fc, e.x, next);
      b.jump(ok);
      b.bind(next);
      condJump(fc, e.y, ifFalse);
      b.bind(ok);
      return;
    }
    if (intCompareJump(fc, e, ifFalse, false)) {
      b.regs.release(mark);
      return;
    }
  }
  if (e.kind === 'UnaryExpr' && e.op === '!') {
    const r = expr(fc, e.x);
    b.emitJump('JT', ifFalse, 2, r);
    b.regs.release(mark);
    return;
  }
  const r = expr(fc, e);
  b.emitJump('JF', ifFalse, 2, r);
  b.regs.release(mark);
}

/**
 * An ordered comparison of integers as one fused compare-and-branch: jump to target when the
 * comparison's result equals `when` (JLT/JGE on registers, JLTK/JGEK against an int32
 * constant; > and <= swap the operands). False when e is not such a comparison.
 */
function intCompareJump(fc: FuncCompiler, e: ast.BinaryExpr, target: Label, when: boolean): boolean {
  if (e.op !== '<' && e.op !== '<=' && e.op !== '>' && e.op !== '>=') return false;
  const c = numClass(fc.typeOf(e.x));
  const isInt = c === 'i64' || c === 'i32' || c === 'u32' || c === 'i16' || c === 'u16' || c === 'i8' || c === 'u8' || c === 'u64';
  if (!isInt || fc.info.types.get(e)?.value !== undefined) return false;
  const b = fc.b;
  const ytv = fc.info.types.get(e.y);
  if ((e.op === '<' || e.op === '>=') && ytv?.value?.kind === CKind.Int && ytv.value.value >= -2147483648n && ytv.value.value <= 2147483647n) {
    const x = expr(fc, e.x);
    b.emitJump((e.op === '<') === when ? 'JLTK_I' : 'JGEK_I', target, 3, x, Number(ytv.value.value));
    return true;
  }
  let x = expr(fc, e.x);
  let y = expr(fc, e.y);
  let op = e.op;
  if (op === '>' || op === '<=') {
    [x, y] = [y, x];
    op = op === '>' ? '<' : '>=';
  }
  b.emitJump((op === '<') === when ? 'JLT_I' : 'JGE_I', target, 3, x, y);
  return true;
}

/** Jump to `target` when e is true (the bottom test of a rotated loop). */
function condJumpTrue(fc: FuncCompiler, e: ast.Expr, target: Label): void {
  const b = fc.b;
  while (e.kind === 'ParenExpr') e = e.x;
  const mark = b.regs.mark();
  if (e.kind === 'BinaryExpr' && intCompareJump(fc, e, target, true)) {
    b.regs.release(mark);
    return;
  }
  const next = b.newLabel();
  condJump(fc, e, next);
  b.jump(target);
  b.bind(next);
  b.regs.release(mark);
}

function ifStmt(fc: FuncCompiler, s: ast.IfStmt): void {
  const b = fc.b;
  const mark = b.regs.mark();
  if (s.init !== null) stmt(fc, s.init);
  const elseL = b.newLabel();
  condJump(fc, s.cond, elseL);
  block(fc, s.body.list);
  if (s.else !== null) {
    const end = b.newLabel();
    b.jump(end);
    b.bind(elseL);
    stmt(fc, s.else);
    b.bind(end);
  } else b.bind(elseL);
  b.regs.release(mark);
}

function pushTarget(fc: FuncCompiler, breakLabel: Label, continueLabel: Label | null): BranchTarget {
  const t: BranchTarget = { label: fc.pendingLabel, breakLabel, continueLabel };
  fc.pendingLabel = null;
  fc.targets.push(t);
  return t;
}

function forStmt(fc: FuncCompiler, s: ast.ForStmt): void {
  const b = fc.b;
  const mark = b.regs.mark();
  const label = fc.pendingLabel;
  fc.pendingLabel = null;
  if (s.init !== null) stmt(fc, s.init);
  const top = b.newLabel();
  const cont = b.newLabel();
  const end = b.newLabel();
  const condL = b.newLabel();
  // Loop rotation: test at the bottom.
  b.jump(condL);
  b.bind(top);
  fc.pendingLabel = label;
  pushTarget(fc, end, cont);
  block(fc, s.body.list);
  fc.targets.pop();
  b.bind(cont);
  if (s.post !== null) stmt(fc, s.post);
  b.bind(condL);
  if (s.cond !== null) condJumpTrue(fc, s.cond, top);
  else b.jump(top);
  b.bind(end);
  b.regs.release(mark);
}

function rangeStmt(fc: FuncCompiler, s: ast.RangeStmt): void {
  const b = fc.b;
  const label = fc.pendingLabel;
  fc.pendingLabel = null;
  const xt = fc.typeOf(s.x);
  const u = under(xt);
  const define = s.tok === ':=';
  const keyE = s.key !== null && !(s.key.kind === 'Ident' && s.key.name === '_') ? s.key : null;
  const valE = s.value !== null && !(s.value.kind === 'Ident' && s.value.name === '_') ? s.value : null;
  const bind = (e: ast.Expr | null): LValue | null => {
    if (e === null) return null;
    if (define) {
      const v = fc.info.defs.get(e as ast.Ident) as Var | undefined;
      if (v === undefined) return null;
      const loc = fc.declareVar(v);
      if (loc.kind === 'reg') return { kind: 'reg', reg: loc.reg, type: v.type };
      if (loc.kind === 'mem') return { kind: 'mem', loc: { reg: loc.reg, off: 0 }, type: v.type };
      return null;
    }
    return lvalue(fc, e);
  };
  if (u instanceof MapType) {
    fc.pc.rangeMap(fc, s, keyE, valE, bind, label);
    return;
  }
  if (u instanceof Chan) {
    fc.pc.chans.range(fc, s, keyE, bind, label);
    return;
  }
  if (u instanceof Basic && numClass(xt) === 'str') {
    const str = fc.alloc(xt);
    expr(fc, s.x, str);
    const i = b.regs.alloc(1);
    const rw = b.regs.alloc(2);
    const next = b.regs.alloc(1);
    const kv0 = define ? bind(keyE) : null;
    const vv0 = define ? bind(valE) : null;
    b.emit('LOADI', i, 0);
    const top = b.newLabel();
    const cont = b.newLabel();
    const end = b.newLabel();
    b.bind(top);
    b.emitJump('JGE_I', end, 3, i, str + 1);
    b.emit('STR_DECODE', rw, str, i);
    b.emit('ADD_I64', next, i, rw + 1);
    {
      const m = b.regs.mark();
      // Both left operands are evaluated before either is assigned (`for i, x[i] = range s`).
      const kv = define ? kv0 : bind(keyE);
      const vv = define ? vv0 : bind(valE);
      if (kv !== null) assignTo(fc, kv, i, fc.pc.intType);
      if (vv !== null) assignTo(fc, vv, rw, fc.pc.runeType);
      if (!define) b.regs.release(m);
    }
    fc.pendingLabel = label;
    pushTarget(fc, end, cont);
    block(fc, s.body.list);
    fc.targets.pop();
    b.bind(cont);
    b.emit('MOV', i, next);
    b.jump(top);
    b.bind(end);
    return;
  }
  if (u instanceof Slice || u instanceof ArrayType || (u instanceof Pointer && under(u.elem) instanceof ArrayType)) {
    let ptr: number;
    let len: number;
    let et: Type;
    if (u instanceof Slice) {
      const sl = fc.alloc(xt);
      expr(fc, s.x, sl);
      ptr = sl;
      len = sl + 1;
      et = u.elem;
    } else {
      const at = (u instanceof Pointer ? under(u.elem) : u) as ArrayType;
      et = at.elem;
      len = b.regs.alloc(1);
      if (valE === null && u instanceof ArrayType) {
        // Only the length matters; the operand is evaluated only if it has calls or receives
        // (then len(x) is not constant: spec, For statements with range clause).
        if (fc.info.types.get(s.x)?.value === undefined && hasCallOrRecv(s.x)) expr(fc, s.x);
        ptr = b.regs.alloc(1, [true]);
        b.emit('LOADI', ptr, 0);
      } else if (u instanceof Pointer) {
        ptr = expr(fc, s.x);
      } else {
        // Range over a copy of the array.
        const src = expr(fc, s.x);
        ptr = fc.frameSlot(at);
        b.emit('TYPEDMOVE', ptr, src, fc.pc.types.index(at));
      }
      b.emit('LOADI', len, at.len);
    }
    const i = b.regs.alloc(1);
    const kv0 = define ? bind(keyE) : null;
    const vv0 = define ? bind(valE) : null;
    b.emit('LOADI', i, 0);
    const top = b.newLabel();
    const cont = b.newLabel();
    const end = b.newLabel();
    b.bind(top);
    b.emitJump('JGE_I', end, 3, i, len);
    const m0 = b.regs.mark();
    const kv = define ? kv0 : bind(keyE);
    const vv = define ? vv0 : bind(valE);
    if (kv !== null) assignTo(fc, kv, i, fc.pc.intType);
    if (vv !== null) {
      const mark = b.regs.mark();
      const ea = b.regs.alloc(1, [true]);
      b.emit('INDEX', ea, ptr, i, sizeof(et), len);
      const v = load(fc, { reg: ea, off: 0 }, et);
      if (isMemType(et) && vv.kind === 'mem') store(fc, vv.loc, et, v);
      else assignTo(fc, vv, v, et);
      b.regs.release(mark);
    }
    if (!define) b.regs.release(m0);
    fc.pendingLabel = label;
    pushTarget(fc, end, cont);
    block(fc, s.body.list);
    fc.targets.pop();
    b.bind(cont);
    b.emit('ADDK_I64', i, i, 1);
    b.jump(top);
    b.bind(end);
    return;
  }
  throw new Error('codegen: range over ' + u.constructor.name);
}

/** Whether e contains a function call or a channel receive (outside function literals). */
function hasCallOrRecv(e: unknown): boolean {
  if (e === null || typeof e !== 'object') return false;
  if (Array.isArray(e)) return e.some(hasCallOrRecv);
  const n = e as ast.Node;
  if (n.kind === 'FuncLit') return false;
  if (n.kind === 'CallExpr' || (n.kind === 'UnaryExpr' && n.op === '<-')) return true;
  for (const key in n) {
    if (key === 'kind') continue;
    if (hasCallOrRecv((n as unknown as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function switchStmt(fc: FuncCompiler, s: ast.SwitchStmt): void {
  const b = fc.b;
  const label = fc.pendingLabel;
  fc.pendingLabel = null;
  const mark = b.regs.mark();
  if (s.init !== null) stmt(fc, s.init);
  let tag: number | null = null;
  let tagT: Type | null = null;
  if (s.tag !== null) {
    tagT = fc.typeOf(s.tag);
    const t = fc.alloc(tagT);
    if (isMemType(tagT)) {
      const src = expr(fc, s.tag);
      const slot = fc.frameSlot(tagT);
      b.emit('TYPEDMOVE', slot, src, fc.pc.types.index(tagT));
      b.emit('MOV', t, slot);
    } else expr(fc, s.tag, t);
    tag = t;
  }
  const end = b.newLabel();
  const bodies = s.body.map(() => b.newLabel());
  let defaultIdx = -1;
  s.body.forEach((cc, i) => {
    if (cc.list === null) {
      defaultIdx = i;
      return;
    }
    for (const ce of cc.list) {
      const m = b.regs.mark();
      if (tag !== null) {
        const r = fc.pc.equal(fc, tag, tagT!, ce);
        b.emitJump('JT', bodies[i]!, 2, r);
      } else {
        const next = b.newLabel();
        condJump(fc, ce, next);
        b.jump(bodies[i]!);
        b.bind(next);
      }
      b.regs.release(m);
    }
  });
  if (defaultIdx >= 0) b.jump(bodies[defaultIdx]!);
  else b.jump(end);
  fc.pendingLabel = label;
  pushTarget(fc, end, null);
  s.body.forEach((cc, i) => {
    b.bind(bodies[i]!);
    const saved = fc.fallthroughLabel;
    fc.fallthroughLabel = i + 1 < bodies.length ? bodies[i + 1]! : null;
    block(fc, cc.body);
    fc.fallthroughLabel = saved;
    const last = cc.body[cc.body.length - 1];
    if (!(last?.kind === 'BranchStmt' && last.tok === 'fallthrough')) b.jump(end);
  });
  fc.targets.pop();
  b.bind(end);
  b.regs.release(mark);
}

function branch(fc: FuncCompiler, s: ast.BranchStmt): void {
  const b = fc.b;
  switch (s.tok) {
    case 'goto':
      b.jump(gotoLabel(fc, s.label!.name));
      return;
    case 'fallthrough':
      b.jump(fc.fallthroughLabel!);
      return;
    case 'break':
    case 'continue': {
      for (let i = fc.targets.length - 1; i >= 0; i--) {
        const t = fc.targets[i]!;
        if (s.label !== null && t.label !== s.label.name) continue;
        if (s.tok === 'continue') {
          if (t.continueLabel === null) continue;
          b.jump(t.continueLabel);
        } else b.jump(t.breakLabel);
        return;
      }
      throw new Error('codegen: branch target not found');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// return and defer

function returnStmt(fc: FuncCompiler, s: ast.ReturnStmt): void {
  const b = fc.b;
  const results = fc.sig.results.vars;
  if (fc.resultVars !== null) {
    // Results live in variables: assign them, then go to the epilogue.
    if (s.results.length === results.length) {
      const vals = s.results.map((e, i) => {
        const t = results[i]!.type;
        if (isMemType(t)) return copyOf(fc, e, t);
        const v = convertTo(fc, e, t);
        const tmp = fc.alloc(t);
        move(fc, tmp, v, t);
        return tmp;
      });
      fc.resultVars.forEach((v, i) => {
        const loc = fc.vars.get(v)!;
        storeVar(fc, loc, v.type, vals[i]!);
      });
    } else if (s.results.length === 1 && results.length > 1) {
      const r = callResults(fc, s.results[0] as ast.CallExpr);
      let off = r;
      fc.resultVars.forEach((v) => {
        storeVar(fc, fc.vars.get(v)!, v.type, off);
        off += regWidth(v.type);
      });
    }
    if (fc.hasDefer) {
      // Run the deferred calls here, as gc's open-coded defers do: a traceback or
      // runtime.Caller in one of them shows this return statement's line.
      b.setPos(s);
      b.emit('RUNDEFERS');
    }
    b.jump(fc.epilogue);
    return;
  }
  // Direct return: gather the values in a fresh block and RET it.
  let vals: number[];
  if (s.results.length === 1 && results.length > 1) {
    const r = callResults(fc, s.results[0] as ast.CallExpr);
    vals = [];
    let off = r;
    for (const v of results) {
      vals.push(off);
      off += regWidth(v.type);
    }
    const tt = fc.typeOf(s.results[0]!) as Tuple;
    vals = vals.map((v, i) => convertRegs(fc, v, tt.at(i).type, results[i]!.type));
  } else {
    vals = s.results.map((e, i) => {
      const t = results[i]!.type;
      if (isMemType(t)) {
        const src = expr(fc, e);
        const dst = fc.resultPtrs[i]!;
        b.emit('TYPEDMOVE', dst, src, fc.pc.types.index(t));
        return dst;
      }
      return convertTo(fc, e, t, inlineResultDst(fc, i));
    });
  }
  emitRet(fc, vals);
}

/** RET with the result values in registers vals[i] (each its type's width). */
export function emitRet(fc: FuncCompiler, vals: number[]): void {
  if (fc.inl !== null) {
    inlineReturn(fc, vals);
    return;
  }
  const b = fc.b;
  const results = fc.sig.results.vars;
  let n = 0;
  for (const v of results) n += regWidth(v.type);
  if (n === 0) {
    b.emit('RET', 0, 0);
    return;
  }
  // Contiguous already?
  let contiguous = true;
  let off = vals[0]!;
  results.forEach((v, i) => {
    if (vals[i] !== off) contiguous = false;
    off += regWidth(v.type);
  });
  if (contiguous) {
    b.emit('RET', vals[0]!, n);
    return;
  }
  const blk = b.regs.alloc(n);
  off = blk;
  results.forEach((v, i) => {
    move(fc, off, vals[i]!, v.type);
    off += regWidth(v.type);
  });
  b.emit('RET', blk, n);
}

/** `go call`: the call's arguments are evaluated now into a closure that a new goroutine runs. */
function goStmt(fc: FuncCompiler, s: ast.GoStmt): void {
  const fv = fc.pc.deferClosure(fc, s.call);
  // `created by` names the line of the go statement, not of its last argument.
  fc.b.setPos(s);
  fc.b.emit('GO', fv);
}

function deferStmt(fc: FuncCompiler, s: ast.DeferStmt): void {
  fc.hasDefer = true;
  const fv = fc.pc.deferClosure(fc, s.call);
  fc.b.emit('DEFER', fv);
}

export { zeroValue, addr, Const, TypeName, Interface };
