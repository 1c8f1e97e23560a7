// The inliner's cost model: how many IR nodes gc 1.19 would count in a function body, and
// whether something in it forbids inlining (gc inline/inl.go, hairyVisitor).
//
// Design
//   gc charges one unit per IR node of the typechecked body, with exceptions: a call to a
//   function that is itself inlinable costs that function's cost instead of the 57 units of a
//   real call (inlineExtraCallCost); `panic` costs one extra; a conversion that produces no code
//   (OCONVNOP) and a block cost nothing; `*&x` gets one unit back; a slice literal and a method
//   value cost one extra; a closure costs 15 plus its body; an `if` on a constant costs only the
//   branch taken; constants and constant expressions are a single node. Some operations make a
//   function not inlinable whatever its cost: `go`, `defer`, `recover`, a local type declaration.
//
//   We do not build gc's IR; we walk the checked AST and count the nodes gc's IR would have for
//   each construct: `x := v` is an assignment plus a declaration of x (ODCL and its name), a
//   struct literal has one key node per field, `a + b + c` on strings is one OADDSTR, an implicit
//   conversion to an interface is one node, a method call `x.M()` is a call of the method
//   expression `T.M` with the receiver (and any implicit & or *) as its first argument, and
//   `f(g())` passes g's results through declared temporaries.
//   In a shape instance (escape/stencil.ts) the dictionary adds nodes: a shape-typed value's
//   conversion to an interface loads its type from the dictionary (six nodes instead of one), a
//   method of a shape-typed value is called through a dictionary entry (four more), and a call
//   of a generic function passes a dictionary (two nodes, four for a sub-dictionary entry).
//
// Differences from gc: costs are reconstructed, so a few constructs may be off by one or two;
// the decision (cost <= 80) is what -m prints and what changes escape results, and the exact
// cost only shows under -m=2.
import type * as ast from '../../parser/ast.js';
import type { Info } from '../check/info.js';
import { Builtin, BuiltinId, Func, TypeName, Var } from '../types/objects.js';
import { identical } from '../types/predicates.js';
import { Kind } from '../types/constant.js';
import { constSwitch, liveStmts } from './deadcode.js';
import { ArrayType, Basic, BasicKind, Pointer, Signature, Slice, Struct, Tuple, under, type Type } from '../types/types.js';
import { isShape } from '../escape/shape.js';
import { dictionaryCost, dictionaryEntryCost } from '../escape/stencil.js';
import { argTypes, compositeElemType, convertsToIface, isConst, isIface, signatureOf, typeOf } from '../escape/typeinfo.js';

export const inlineMaxBudget = 80;
export const inlineExtraCallCost = 57;
export const inlineExtraPanicCost = 1;
export const inlineBigFunctionNodes = 5000;
export const inlineBigFunctionMaxCost = 20;

/** What the cost walker needs to know about the calls it meets. */
export interface CalleeOracle {
  /** The cost of the function a call invokes when gc can inline it, else -1. */
  inlineCost(call: ast.CallExpr): number;
  /** Whether the call is compiled to instructions (costs like any other node). */
  intrinsic(call: ast.CallExpr): boolean;
}

class TooHairy {
  constructor(readonly reason: string) {}
}

export interface CostResult {
  readonly cost: number;
  /** Why the function can never be inlined, or '' when only its cost decides. */
  readonly reason: string;
}

export function funcCost(info: Info, body: ast.BlockStmt, results: readonly Type[], oracle: CalleeOracle): CostResult {
  const c = new CostWalker(info, oracle, results);
  try {
    const cost = c.stmts(body.list);
    return { cost, reason: '' };
  } catch (e) {
    if (e instanceof TooHairy) return { cost: 0, reason: e.reason };
    throw e;
  }
}

/** Number of IR nodes, to decide whether a function is "big" (gc isBigFunc). */
export function nodeCount(body: ast.BlockStmt): number {
  let n = 0;
  const visit = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (typeof (x as { kind?: unknown }).kind === 'string') n++;
    for (const k in x as object) {
      const v = (x as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(body);
  return n;
}

class CostWalker {
  constructor(
    readonly info: Info,
    readonly oracle: CalleeOracle,
    /** Result types of the function being costed (returns convert to them). */
    readonly results: readonly Type[],
  ) {}

  stmts(list: readonly ast.Stmt[]): number {
    let c = 0;
    for (const s of liveStmts(this.info, list)) c += this.stmt(s);
    return c;
  }

  /** An expression assigned to a location of type `target` (an implicit conversion costs one). */
  assigned(e: ast.Expr, target: Type | undefined): number {
    return this.expr(e) + (convertsToIface(this.info, e, target) ? this.boxCost(typeOf(this.info, e)) : 0);
  }

  /**
   * A conversion to an interface: one node, or for a shape-typed value the dictionary's type
   * word (an entry load, four nodes), the data word and the pair (gc dictPass: OEFACE, OCONVIDATA).
   */
  boxCost(from: Type | undefined): number {
    return from !== undefined && isShape(from) ? 6 : 1;
  }

  stmt(s: ast.Stmt | null): number {
    if (s === null) return 0;
    switch (s.kind) {
      case 'ExprStmt': return this.expr(s.x);
      case 'EmptyStmt': case 'BadStmt': return 0;
      case 'BlockStmt': return this.stmts(s.list);
      case 'LabeledStmt': return 1 + this.stmt(s.stmt);
      case 'BranchStmt': return s.tok === 'fallthrough' ? 0 : 1;
      case 'GoStmt': throw new TooHairy('unhandled op GO');
      case 'DeferStmt': throw new TooHairy('unhandled op DEFER');
      case 'IncDecStmt': return 2 + this.expr(s.x);
      case 'SendStmt': return 1 + this.expr(s.chan) + this.expr(s.value);
      case 'ReturnStmt': {
        let c = 1;
        if (s.results.length === 1 && this.results.length > 1) return c + this.expr(s.results[0]!);
        s.results.forEach((r, i) => (c += this.assigned(r, this.results[i])));
        return c;
      }
      case 'AssignStmt': return this.assign(s);
      case 'DeclStmt': return this.decl(s.decl);
      case 'IfStmt': {
        const init = this.stmt(s.init);
        const v = this.info.types.get(s.cond)?.value;
        if (v !== undefined && v.kind === Kind.Bool) return init + (v.value ? this.stmt(s.body) : this.stmt(s.else));
        return 1 + init + this.expr(s.cond) + this.stmt(s.body) + this.stmt(s.else);
      }
      case 'ForStmt':
        return 1 + this.stmt(s.init) + (s.cond ? this.expr(s.cond) : 0) + this.stmt(s.post) + this.stmt(s.body);
      case 'RangeStmt': {
        // Variables declared by `:=` carry a declaration each (ODCL and its name).
        const decl = (x: ast.Expr | null): number =>
          s.tok === ':=' && x !== null && x.kind === 'Ident' && x.name !== '_' ? 2 : 0;
        return 1 + this.expr(s.x) + (s.key ? this.expr(s.key) + decl(s.key) : 0) + (s.value ? this.expr(s.value) + decl(s.value) : 0) + this.stmt(s.body);
      }
      case 'SwitchStmt': {
        const only = constSwitch(this.info, s);
        if (only !== null) return 1 + (s.tag ? this.expr(s.tag) : 0) + (only.clause === null ? 0 : 2 + this.stmts(only.clause.body) - (only.clause.list === null ? 1 : 0));
        let c = 1 + this.stmt(s.init) + (s.tag ? this.expr(s.tag) : 0);
        for (const cl of s.body) {
          c += 1 + this.stmts(cl.body);
          for (const e of cl.list ?? []) c += this.expr(e);
        }
        return c;
      }
      case 'TypeSwitchStmt': {
        const g = s.assign.kind === 'ExprStmt' ? s.assign.x : s.assign.rhs[0]!;
        const x = g.kind === 'TypeAssertExpr' ? g.x : g;
        let c = 2 + this.stmt(s.init) + this.expr(x) + (s.assign.kind === 'AssignStmt' ? 1 : 0);
        for (const cl of s.body) c += 1 + (cl.list?.length ?? 0) + this.stmts(cl.body);
        return c;
      }
      case 'SelectStmt': {
        let c = 1;
        for (const cl of s.body) c += 1 + this.stmt(cl.comm) + this.stmts(cl.body);
        return c;
      }
      case 'CaseClause': case 'CommClause': return this.stmts(s.body);
    }
  }

  decl(d: ast.GenDecl): number {
    if (d.tok === 'type') throw new TooHairy('unhandled op DCLTYPE');
    if (d.tok !== 'var') return 0;
    let c = 0;
    for (const sp of d.specs) {
      if (sp.kind !== 'ValueSpec') continue;
      c += 2 * sp.names.length;
      const vars = sp.names.map((n) => this.info.defs.get(n));
      if (sp.values.length === 0) c += 2 * sp.names.length;
      else if (sp.values.length === sp.names.length) {
        sp.values.forEach((v, i) => (c += 2 + this.assigned(v, vars[i]?.type)));
      } else c += 1 + sp.names.length + sp.values.reduce((a, v) => a + this.expr(v), 0);
    }
    return c;
  }

  assign(s: ast.AssignStmt): number {
    let c = 1;
    if (s.tok === ':=') {
      for (const l of s.lhs) if (l.kind === 'Ident' && this.info.defs.get(l) instanceof Var) c += 2;
    }
    if (s.tok !== '=' && s.tok !== ':=') return c + this.expr(s.lhs[0]!) + this.expr(s.rhs[0]!);
    for (const l of s.lhs) c += this.expr(l);
    if (s.lhs.length === s.rhs.length) {
      s.rhs.forEach((r, i) => (c += this.assigned(r, typeOf(this.info, s.lhs[i]!))));
    } else for (const r of s.rhs) c += this.expr(r);
    return c;
  }

  exprs(list: readonly (ast.Expr | null)[]): number {
    let c = 0;
    for (const e of list) if (e) c += this.expr(e);
    return c;
  }

  expr(e: ast.Expr): number {
    if (e.kind !== 'FuncLit' && isConst(this.info, e)) return 1;
    switch (e.kind) {
      case 'Ident': case 'BasicLit': case 'BadExpr': return 1;
      case 'ParenExpr': return this.expr(e.x);
      case 'FuncLit': return 16 + this.stmts(e.body.list);
      case 'CompositeLit': return this.composite(e);
      case 'SelectorExpr': {
        const sel = this.info.selections.get(e);
        if (sel === undefined) return 1;
        if (sel.kind === 'field') return sel.index.length + this.expr(e.x);
        if (sel.kind === 'methodExpr') return 1;
        // A method value: its node, the receiver's, and the embedded fields walked through.
        return 2 + (sel.index.length - 1) + this.expr(e.x);
      }
      case 'IndexExpr': {
        const t = typeOf(this.info, e.x);
        const viaPtr = t !== undefined && under(t) instanceof Pointer ? 1 : 0;
        return 1 + viaPtr + this.expr(e.x) + this.expr(e.index);
      }
      case 'IndexListExpr': return 1 + this.expr(e.x);
      case 'SliceExpr': {
        const t = typeOf(this.info, e.x);
        const arr = t !== undefined && under(t) instanceof ArrayType;
        return 1 + (arr ? 1 : 0) + this.expr(e.x) + this.exprs([e.low, e.high, e.max]);
      }
      case 'TypeAssertExpr': return 1 + this.expr(e.x);
      case 'StarExpr': {
        let x = e.x;
        while (x.kind === 'ParenExpr') x = x.x;
        return 1 + this.expr(e.x) - (x.kind === 'UnaryExpr' && x.op === '&' ? 1 : 0);
      }
      case 'UnaryExpr':
        if (e.op === '&' && e.x.kind === 'CompositeLit') return 1 + this.expr(e.x);
        return 1 + this.expr(e.x);
      case 'BinaryExpr': {
        const t = typeOf(this.info, e);
        if (e.op === '+' && t !== undefined && under(t) instanceof Basic && (under(t) as Basic).kind === BasicKind.String) {
          const ops: ast.Expr[] = [];
          const flat = (x: ast.Expr): void => {
            if (x.kind === 'BinaryExpr' && x.op === '+' && !isConst(this.info, x)) {
              flat(x.x);
              flat(x.y);
            } else ops.push(x);
          };
          flat(e);
          return 1 + this.exprs(ops);
        }
        let c = 1 + this.expr(e.x) + this.expr(e.y);
        if (e.op === '==' || e.op === '!=') {
          const tx = typeOf(this.info, e.x), ty = typeOf(this.info, e.y);
          if (isIface(tx) !== isIface(ty)) c += 1;
        }
        return c;
      }
      case 'KeyValueExpr': return 1 + this.expr(e.key) + this.expr(e.value);
      case 'CallExpr': return this.call(e);
      default: return 1;
    }
  }

  composite(e: ast.CompositeLit): number {
    const t = typeOf(this.info, e);
    const u = t === undefined ? undefined : under(t);
    let c = 1;
    if (u instanceof Struct) {
      e.elts.forEach((x, i) => {
        const v = x.kind === 'KeyValueExpr' ? x.value : x;
        c += 1 + this.assigned(v, compositeElemType(t, i, x.kind === 'KeyValueExpr' ? x.key : null));
      });
      return c;
    }
    if (u !== undefined && !(u instanceof ArrayType) && u instanceof Slice) c += 1;
    for (const x of e.elts) {
      if (x.kind === 'KeyValueExpr') c += 1 + this.expr(x.key) + this.assigned(x.value, compositeElemType(t, 0, null));
      else c += this.assigned(x, compositeElemType(t, 0, null));
    }
    return c;
  }

  call(e: ast.CallExpr): number {
    let fun = e.fun;
    while (fun.kind === 'ParenExpr') fun = fun.x;
    const ftv = this.info.types.get(fun);
    if (ftv?.mode === 'type') {
      // A conversion.
      const to = ftv.type, from = typeOf(this.info, e.args[0]!);
      const x = this.expr(e.args[0]!);
      if (from !== undefined && (identical(under(to), under(from)) || (under(to) instanceof Pointer && under(from) instanceof Pointer))) return x;
      if (isIface(to) && !isIface(from)) return this.boxCost(from) + x;
      return 1 + x;
    }
    if (ftv?.mode === 'builtin') return this.builtin(e, fun);
    const sig = signatureOf(ftv?.type);
    let c = 1;
    let recvCost = 0;
    let iface = false;
    if (fun.kind === 'SelectorExpr') {
      const sel = this.info.selections.get(fun);
      if (sel !== undefined && sel.kind === 'method') {
        const m = sel.obj as Func;
        const msig = m.type as Signature;
        if (msig.recv !== null && isIface(msig.recv.type)) {
          iface = true;
          // A method of a shape-typed value is called through the dictionary's closure for it.
          const rt = typeOf(this.info, fun.x);
          recvCost = 1 + this.expr(fun.x) + (rt !== undefined && isShape(rt) && !isIface(rt) ? dictionaryEntryCost : 0);
        } else {
          recvCost = 1 + this.expr(fun.x);
          const rt = typeOf(this.info, fun.x);
          const wantPtr = msig.recv !== null && msig.recv.type instanceof Pointer;
          const havePtr = rt !== undefined && under(rt) instanceof Pointer;
          if (wantPtr !== havePtr) recvCost += 1;
          recvCost += sel.index.length - 1;
        }
      } else recvCost = this.expr(fun);
    } else recvCost = this.expr(fun);
    c += recvCost + dictionaryCost(e);
    const tuple = e.args.length === 1 ? typeOf(this.info, e.args[0]!) : undefined;
    if (sig !== null && tuple instanceof Tuple && tuple.vars.length > 1) {
      // f(g()) is rewritten to `t1, ..., tk := g(); f(t1, ..., tk)` (gc RewriteMultiValueCall):
      // the assignment, a declared temporary per result, and the temporaries as arguments,
      // each converted to its parameter's type.
      const k = tuple.vars.length;
      const ts = argTypes(sig, k, false);
      c += 1 + 4 * k + this.expr(e.args[0]!);
      tuple.vars.forEach((v, i) => (c += ts[i] !== undefined && isIface(ts[i]) && !isIface(v.type) ? 1 : 0));
    } else if (sig !== null) {
      const ts = argTypes(sig, e.args.length, e.hasEllipsis);
      e.args.forEach((a, i) => (c += this.assigned(a, ts[i])));
    } else c += this.exprs(e.args);
    if (!iface && this.oracle.intrinsic(e)) return c;
    const callee = iface ? -1 : this.oracle.inlineCost(e);
    c += callee >= 0 ? callee : inlineExtraCallCost;
    return c;
  }

  builtin(e: ast.CallExpr, fun: ast.Expr): number {
    const id = fun.kind === 'Ident' ? this.info.uses.get(fun) : fun.kind === 'SelectorExpr' ? this.info.uses.get(fun.sel) : undefined;
    const which = id instanceof Builtin ? id.builtinId : -1;
    switch (which) {
      case BuiltinId.Recover: throw new TooHairy('call to recover');
      case BuiltinId.New: return 2;
      case BuiltinId.Make: {
        const t = typeOf(this.info, e);
        const implicitLen = e.args.length === 1 && t !== undefined && !(under(t) instanceof Slice) ? 1 : 0;
        return 1 + implicitLen + this.exprs(e.args.slice(1));
      }
      case BuiltinId.Panic: return 1 + inlineExtraPanicCost + this.expr(e.args[0]!);
      case BuiltinId.Append: {
        const t = typeOf(this.info, e);
        const elem = t !== undefined ? compositeElemType(t, 0, null) : undefined;
        let c = 1 + this.expr(e.args[0]!);
        for (const a of e.args.slice(1)) c += e.hasEllipsis ? this.expr(a) : this.assigned(a, elem);
        return c;
      }
      default: return 1 + this.exprs(e.args);
    }
  }
}

export function isTypeExpr(info: Info, e: ast.Expr): boolean {
  const tv = info.types.get(e);
  if (tv?.mode === 'type') return true;
  return e.kind === 'Ident' && info.uses.get(e) instanceof TypeName;
}
