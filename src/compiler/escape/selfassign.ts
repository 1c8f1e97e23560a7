// Assignments escape analysis ignores because they store nothing new into the object they
// assign to (gc escape/utils.go isSelfAssign, ir.SameSafeExpr).
//
// Design
//   `val.x = val.y`, `val.a[i] = val.b[j]`, `s[i], s[j] = s[j], s[i]`, and `p.buf = p.buf[:n]`
//   assign pointers from an object back into the same object: if the object does not escape,
//   the assignment cannot make anything escape, though a store through a pointer (`p.f = ...`)
//   would otherwise flow to the heap. gc recognises them on its typechecked IR, where embedded
//   fields are explicit and a field of a pointer is ODOTPTR, not ODOT. The AST is read here in
//   that shape (`ir` below): both sides must have the same outermost operation, with prefixes
//   that are the same side-effect-free expression (variables, fields, dereferences, indexes,
//   arithmetic, numeric conversions and constants) and indexes that cannot affect memory.
//   -m reports each such assignment as `<fn> ignoring self-assignment in <stmt>`.
//
// How it differs from gc: the IR is a view computed from the checked AST, not a lowering.
import type * as ast from '../../parser/ast.js';
import type { Info } from '../check/info.js';
import { Builtin, BuiltinId, Nil, Var } from '../types/objects.js';
import { identical } from '../types/predicates.js';
import { ArrayType, Basic, BasicInfo, MapType, Pointer, under, type Type } from '../types/types.js';
import { typeOf } from './typeinfo.js';

/** The IR operation an expression is, as far as isSelfAssign looks. */
type IR =
  | { readonly op: 'name'; readonly t: Type | undefined; readonly v: Var }
  | { readonly op: 'literal'; readonly t: Type | undefined; readonly value: string }
  | { readonly op: 'nil'; readonly t: Type | undefined }
  | { readonly op: 'dot' | 'dotptr'; readonly t: Type | undefined; readonly x: IR; readonly field: Var }
  | { readonly op: 'index' | 'indexmap'; readonly t: Type | undefined; readonly x: IR; readonly index: IR }
  | { readonly op: 'deref'; readonly t: Type | undefined; readonly x: IR }
  | { readonly op: 'unary'; readonly t: Type | undefined; readonly o: string; readonly x: IR }
  | { readonly op: 'binary'; readonly t: Type | undefined; readonly o: string; readonly x: IR; readonly y: IR }
  | { readonly op: 'conv'; readonly t: Type | undefined; readonly x: IR }
  /** A slice expression; `ofArray` when it slices an array value (gc's implicit &). */
  | { readonly op: 'slice'; readonly t: Type | undefined; readonly x: IR; readonly ofArray: boolean }
  | { readonly op: 'other'; readonly t: Type | undefined };

const arith = new Set(['+', '-', '|', '^', '*', '<<', '>>', '&', '&^', '/', '%']);

/** gc isSelfAssign: whether `dst = src` stores nothing new into the object dst is part of. */
export function isSelfAssign(info: Info, dst: ast.Expr, src: ast.Expr): boolean {
  while (dst.kind === 'ParenExpr') dst = dst.x;
  // Only stores into part of an object qualify (most assignments are to variables).
  if (dst.kind !== 'SelectorExpr' && dst.kind !== 'IndexExpr' && dst.kind !== 'StarExpr') return false;
  const d = ir(info, dst), s = ir(info, src);
  if (isSliceSelfAssign(d, s)) return true;
  if (d.op !== s.op) return false;
  if ((d.op === 'dot' || d.op === 'dotptr') && (s.op === 'dot' || s.op === 'dotptr')) return sameSafeExpr(d.x, s.x);
  if (d.op === 'index' && s.op === 'index') {
    return !mayAffectMemory(d.index) && !mayAffectMemory(s.index) && sameSafeExpr(d.x, s.x);
  }
  return false;
}

/** `*p = (*p)[a:b]` or `p.f = p.f[a:b]`: reslicing what a variable points to. */
function isSliceSelfAssign(dst: IR, src: IR): boolean {
  if (dst.op !== 'deref' && dst.op !== 'dotptr') return false;
  if (dst.x.op !== 'name' || src.op !== 'slice' || src.ofArray) return false;
  const base = src.x;
  if (base.op !== 'deref' && base.op !== 'dotptr') return false;
  return base.x.op === 'name' && base.x.v === dst.x.v;
}

/** gc mayAffectMemory: whether evaluating n may change memory (calls, allocations, ...). */
function mayAffectMemory(n: IR): boolean {
  switch (n.op) {
    case 'name': case 'literal': case 'nil': return false;
    case 'binary': return mayAffectMemory(n.x) || mayAffectMemory(n.y);
    case 'index': return mayAffectMemory(n.x) || mayAffectMemory(n.index);
    case 'conv': case 'unary': case 'dot': case 'dotptr': case 'deref': return mayAffectMemory(n.x);
    default: return true;
  }
}

/** gc ir.SameSafeExpr: l and r are the same expression, without side effects. */
function sameSafeExpr(l: IR, r: IR): boolean {
  if (l.op !== r.op) return false;
  if (l.t === undefined || r.t === undefined || !identical(l.t, r.t)) return false;
  switch (l.op) {
    case 'name': return l.v === (r as typeof l).v;
    case 'dot': case 'dotptr': {
      const rr = r as typeof l;
      return l.field === rr.field && sameSafeExpr(l.x, rr.x);
    }
    case 'deref': return sameSafeExpr(l.x, (r as typeof l).x);
    case 'unary': {
      const rr = r as typeof l;
      return ['!', '^', '+', '-'].includes(l.o) && l.o === rr.o && sameSafeExpr(l.x, rr.x);
    }
    case 'conv': return isSimple(l.t) && sameSafeExpr(l.x, (r as typeof l).x);
    case 'index': case 'indexmap': {
      const rr = r as typeof l;
      return sameSafeExpr(l.x, rr.x) && sameSafeExpr(l.index, rr.index);
    }
    case 'binary': {
      const rr = r as typeof l;
      return l.o === rr.o && sameSafeExpr(l.x, rr.x) && sameSafeExpr(l.y, rr.y);
    }
    case 'literal': return l.value === (r as typeof l).value;
    case 'nil': return true;
    default: return false;
  }
}

/** gc types.IsSimple: numbers, booleans and pointers. */
function isSimple(t: Type): boolean {
  const u = under(t);
  if (u instanceof Pointer) return true;
  return u instanceof Basic && (u.info & (BasicInfo.IsNumeric | BasicInfo.IsBoolean)) !== 0;
}

/** The expression as gc's typechecked IR has it. */
function ir(info: Info, x: ast.Expr): IR {
  const t = typeOf(info, x);
  const other: IR = { op: 'other', t };
  const tv = info.types.get(x);
  if (tv?.value !== undefined) return { op: 'literal', t, value: JSON.stringify(tv.value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) };
  switch (x.kind) {
    case 'ParenExpr': return ir(info, x.x);
    case 'Ident': {
      const o = info.uses.get(x);
      if (o instanceof Var) return { op: 'name', t, v: o };
      return o instanceof Nil ? { op: 'nil', t } : other;
    }
    case 'SelectorExpr': {
      const sel = info.selections.get(x);
      if (sel === undefined) {
        const o = info.uses.get(x.sel);
        return o instanceof Var ? { op: 'name', t, v: o } : other;
      }
      if (sel.kind !== 'field') return other;
      let cur = ir(info, x.x);
      let ct = typeOf(info, x.x);
      for (const i of sel.index) {
        const u = ct === undefined ? undefined : under(ct);
        const ptr = u instanceof Pointer;
        const s = ptr ? under(u.elem) : u;
        const f = (s as { fields?: readonly Var[] } | undefined)?.fields?.[i];
        if (f === undefined) return other;
        cur = { op: ptr ? 'dotptr' : 'dot', t: f.type, x: cur, field: f };
        ct = f.type;
      }
      return cur;
    }
    case 'IndexExpr': {
      const xt = typeOf(info, x.x);
      const u = xt === undefined ? undefined : under(xt);
      if (u instanceof MapType) return { op: 'indexmap', t, x: ir(info, x.x), index: ir(info, x.index) };
      // Indexing a pointer to an array dereferences it.
      const base = u instanceof Pointer ? { op: 'deref' as const, t: u.elem, x: ir(info, x.x) } : ir(info, x.x);
      return { op: 'index', t, x: base, index: ir(info, x.index) };
    }
    case 'StarExpr': return { op: 'deref', t, x: ir(info, x.x) };
    case 'UnaryExpr':
      return ['!', '^', '+', '-'].includes(x.op) ? { op: 'unary', t, o: x.op, x: ir(info, x.x) } : other;
    case 'BinaryExpr': {
      // String concatenation is gc's OADDSTR.
      const isString = t !== undefined && under(t) instanceof Basic && ((under(t) as Basic).info & BasicInfo.IsString) !== 0;
      return arith.has(x.op) && !isString ? { op: 'binary', t, o: x.op, x: ir(info, x.x), y: ir(info, x.y) } : other;
    }
    case 'SliceExpr': {
      const xt = typeOf(info, x.x);
      return { op: 'slice', t, x: ir(info, x.x), ofArray: xt !== undefined && under(xt) instanceof ArrayType };
    }
    case 'CallExpr': {
      const ftv = info.types.get(x.fun);
      if (ftv?.mode === 'type' && x.args.length === 1) {
        const from = typeOf(info, x.args[0]!);
        const inner = ir(info, x.args[0]!);
        // A conversion between identical underlying types is gc's OCONVNOP, which is looked through.
        if (from !== undefined && t !== undefined && identical(under(from), under(t))) return inner;
        return { op: 'conv', t, x: inner };
      }
      const fun = x.fun.kind === 'ParenExpr' ? x.fun.x : x.fun;
      const b = fun.kind === 'Ident' ? info.uses.get(fun) : undefined;
      if (b instanceof Builtin && (b.builtinId === BuiltinId.Len || b.builtinId === BuiltinId.Cap) && x.args.length === 1) {
        return { op: 'unary', t, o: b.builtinId === BuiltinId.Len ? 'len' : 'cap', x: ir(info, x.args[0]!) };
      }
      return other;
    }
    default: return other;
  }
}
