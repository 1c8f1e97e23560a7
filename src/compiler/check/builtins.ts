// Calls of predeclared functions (types2 builtins.go; spec "Built-in functions", "Package unsafe").
//
// Design
//   One function, one switch on the builtin's id. Arguments are evaluated first (except for
//   make, new and unsafe.Offsetof, whose first argument is a type or a selector), the argument
//   count is checked against universe.ts's builtinInfo table, then each builtin applies its own
//   rule. Several produce constants: len/cap of arrays (unless the argument contains a call or
//   receive, spec "Length and capacity"), len of constant strings, real/imag/complex of
//   constants, and unsafe.Sizeof/Alignof/Offsetof (sizes.ts, amd64).
//
//   Arguments of type-parameter type are taken by their core type (append, cap, len, close,
//   copy, delete, make), as the spec says for each builtin.
//
// Differences from types2: len and cap of a type parameter without a core type (`string |
// []byte`) are not allowed; signatures of builtin calls are not recorded (the code generator switches on the builtin id and the argument types).
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import {
  Kind, binaryOp, imag, makeImag, makeInt, makeUnknown, real, sign, stringBytes, toFloat,
} from '../types/constant.js';
import { lookupFieldOrMethod } from '../types/lookup.js';
import { BuiltinId, Func } from '../types/objects.js';
import { identical, isNumeric, isString, isUntyped } from '../types/predicates.js';
import { alignof, offsetsof, sizeof } from '../types/sizes.js';
import {
  ArrayType, Basic, BasicKind, Chan, ChanDir, Interface, MapType, Pointer, Signature, Slice, Struct, Tuple, Typ, TypeParam,
  byteType, invalidType, under, type Type,
} from '../types/types.js';
import { builtinInfo } from '../types/universe.js';
import { assignment } from './assign.js';
import { argumentsFor, use } from './call.js';
import type { Checker } from './check.js';
import { S, convertUntyped, expr, exprList } from './expr.js';
import { index as checkIndex, isValidIndex } from './index.js';
import { Operand } from './operand.js';
import { varType } from './typexpr.js';
import { assignableTo } from '../types/assignable.js';
import { allTerms, coreType } from '../types/typeset.js';

const invalidOp = 'invalid operation: ';

/** A type parameter whose types are all strings or byte slices (types2 coreString's case). */
function isStringOrBytes(t: Type): boolean {
  return t instanceof TypeParam && allTerms(t, (term) => term !== null && (isString(term.type) || identical(under(term.type), new Slice(byteType))));
}

/** Whether len (or cap) applies to values of t. */
function hasLength(t: Type, id: BuiltinId): boolean {
  let u = under(t);
  if (u instanceof Pointer && under(u.elem) instanceof ArrayType) u = under(u.elem);
  if (id === BuiltinId.Len && (isString(u) || u instanceof MapType)) return true;
  return u instanceof ArrayType || u instanceof Slice || u instanceof Chan;
}

/** The core type of t (invalid if it has none), which builtins operate on. */
function coreOf(t: Type): Type {
  return t instanceof TypeParam ? coreType(t) ?? invalidType : under(t);
}
const invalidArg = 'invalid argument: ';
const emptyInterface = new Interface();

/** Whether an expression contains a function call or channel receive (spec "Length and capacity"). */
function hasCallOrRecv(e: ast.Expr): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(visit); return; }
    const o = n as { kind?: string };
    if (o.kind === 'CallExpr' || (o.kind === 'UnaryExpr' && (o as ast.UnaryExpr).op === '<-')) {
      // Conversions and len/cap/unsafe builtins of constants are not "calls" for this rule,
      // but types2 counts any non-constant call; we approximate by the node kind.
      found = true;
      return;
    }
    if (o.kind === 'FuncLit') return;
    for (const v of Object.values(o)) if (typeof v === 'object') visit(v);
  };
  visit(e);
  return found;
}

export function builtin(check: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId): boolean {
  const bin = builtinInfo[id];
  if (call.hasEllipsis && id !== BuiltinId.Append) {
    check.errorf(call, `${invalidOp}invalid use of ... with built-in ${bin.name}`);
    use(check, call.args);
    return false;
  }
  let nargs = call.args.length;
  let xlist: Operand[] = [];
  const arg = (o: Operand, i: number) => o.assign(xlist[i]!);
  switch (id) {
    case BuiltinId.Make: case BuiltinId.New: case BuiltinId.Offsetof: case BuiltinId.Trace:
      break;
    default: {
      [xlist] = exprList(check, call.args, false);
      nargs = xlist.length;
      if (nargs > 0) {
        arg(x, 0);
        if (x.mode === 'invalid') return false;
      }
    }
  }
  {
    let msg = '';
    if (nargs < bin.nargs) msg = 'not enough';
    else if (!bin.variadic && nargs > bin.nargs) msg = 'too many';
    if (msg !== '') {
      check.errorf(call, `${invalidOp}${msg} arguments for ${exprString(call)} (expected ${bin.nargs}, found ${nargs})`);
      return false;
    }
  }

  switch (id) {
    case BuiltinId.Append: {
      const St = x.type;
      const s = coreOf(St);
      if (!(s instanceof Slice)) {
        const cause = x.isNil() ? 'have untyped nil' : `have ${S(check, x)}`;
        check.errorf(x, `first argument to append must be a slice; ${cause}`);
        return false;
      }
      const alist: Operand[] = [copyOp(x)];
      if (nargs === 2 && call.hasEllipsis) {
        if (assignableTo({ type: x.type }, new Slice(byteType)).ok) {
          const y = new Operand();
          arg(y, 1);
          if (y.mode === 'invalid') return false;
          if (isString(y.type) || isStringOrBytes(y.type)) {
            x.mode = 'value';
            x.type = St;
            break;
          }
          alist.push(y);
        }
      }
      for (let i = alist.length; i < nargs; i++) {
        const y = new Operand();
        arg(y, i);
        alist.push(y);
      }
      const sig = new Signature(null, new Tuple([param(St), param(new Slice(s.elem))]), new Tuple([param(St)]), true);
      argumentsFor(check, call, sig, alist);
      x.mode = 'value';
      x.type = St;
      x.val = undefined;
      break;
    }
    case BuiltinId.Cap: case BuiltinId.Len: {
      let mode: Operand['mode'] = 'invalid';
      let val;
      let t = coreOf(x.type);
      if (t instanceof Pointer && under(t.elem) instanceof ArrayType) t = under(t.elem);
      // A type parameter without a core type: every type in its set must have a length.
      if (t === invalidType && x.type instanceof TypeParam && allTerms(x.type, (term) => term !== null && hasLength(term.type, id))) t = id === BuiltinId.Len ? Typ[BasicKind.String]! : new Slice(byteType);
      if (t instanceof Basic) {
        if (isString(t) && id === BuiltinId.Len) {
          if (x.mode === 'constant') {
            mode = 'constant';
            val = makeInt(stringBytes(x.val!).length);
          } else mode = 'value';
        }
      } else if (t instanceof ArrayType) {
        mode = 'value';
        if (!hasCallOrRecv(call.args[0]!) && !(x.type instanceof TypeParam)) {
          mode = 'constant';
          val = t.len >= 0 ? makeInt(t.len) : makeUnknown();
        }
      } else if (t instanceof Slice || t instanceof Chan) {
        mode = 'value';
      } else if (t instanceof MapType) {
        if (id === BuiltinId.Len) mode = 'value';
      }
      if (mode === 'invalid') {
        if (under(x.type) !== invalidType) check.errorf(x, `${invalidArg}${S(check, x)} for ${bin.name}`);
        return false;
      }
      x.mode = mode;
      x.type = Typ[BasicKind.Int]!;
      x.val = val;
      break;
    }
    case BuiltinId.Close: {
      const u = coreOf(x.type);
      if (!(u instanceof Chan)) {
        check.errorf(x, `${invalidOp}cannot close non-channel ${S(check, x)}`);
        return false;
      }
      if (u.dir === ChanDir.RecvOnly) {
        check.errorf(x, `${invalidOp}cannot close receive-only channel ${S(check, x)}`);
        return false;
      }
      x.mode = 'novalue';
      break;
    }
    case BuiltinId.Complex: {
      const y = new Operand();
      arg(y, 1);
      if (y.mode === 'invalid') return false;
      const d = (isUntyped(x.type) ? 1 : 0) | (isUntyped(y.type) ? 2 : 0);
      if (d === 1) convertUntyped(check, x, y.type);
      else if (d === 2) convertUntyped(check, y, x.type);
      else if (d === 3) {
        if (x.mode === 'constant' && y.mode === 'constant') {
          const toF = (o: Operand) => {
            if (isNumeric(o.type) && o.val!.kind !== Kind.Unknown && sign(imag(o.val!)) === 0) o.type = Typ[BasicKind.UntypedFloat]!;
          };
          toF(x);
          toF(y);
        } else {
          convertUntyped(check, x, Typ[BasicKind.Float64]!);
          convertUntyped(check, y, Typ[BasicKind.Float64]!);
        }
      }
      if (x.invalid() || y.invalid()) return false;
      if (!identical(x.type, y.type)) {
        check.errorf(x, `${invalidOp}${exprString(call)} (mismatched types ${S(check, x.type)} and ${S(check, y.type)})`);
        return false;
      }
      const u = under(x.type);
      let res: Type | null = null;
      if (u instanceof Basic) {
        if (u.kind === BasicKind.Float32) res = Typ[BasicKind.Complex64]!;
        else if (u.kind === BasicKind.Float64) res = Typ[BasicKind.Complex128]!;
        else if (u.kind === BasicKind.UntypedFloat) res = Typ[BasicKind.UntypedComplex]!;
      }
      if (res === null) {
        check.errorf(x, `${invalidArg}arguments have type ${S(check, x.type)}, expected floating-point`);
        return false;
      }
      if (x.mode === 'constant' && y.mode === 'constant') {
        if (x.val!.kind === Kind.Unknown || y.val!.kind === Kind.Unknown) x.val = makeUnknown();
        else x.val = binaryOp(toFloat(x.val!), '+', makeImag(toFloat(y.val!)));
      } else {
        x.mode = 'value';
        x.val = undefined;
      }
      x.type = res;
      break;
    }
    case BuiltinId.Copy: {
      const dst = coreOf(x.type);
      const y = new Operand();
      arg(y, 1);
      if (y.mode === 'invalid') return false;
      let src: Type = coreOf(y.type);
      if (isString(src)) src = new Slice(byteType);
      if (!(dst instanceof Slice) || !(src instanceof Slice)) {
        check.errorf(x, `${invalidArg}copy expects slice arguments; found ${S(check, x)} and ${S(check, y)}`);
        return false;
      }
      if (!identical(dst.elem, src.elem)) {
        check.errorf(x, `${invalidArg}arguments to copy ${S(check, x)} and ${S(check, y)} have different element types ${S(check, dst.elem)} and ${S(check, src.elem)}`);
        return false;
      }
      x.mode = 'value';
      x.type = Typ[BasicKind.Int]!;
      x.val = undefined;
      break;
    }
    case BuiltinId.Delete: {
      const m = coreOf(x.type);
      if (!(m instanceof MapType)) {
        check.errorf(x, `${invalidArg}${S(check, x)} is not a map`);
        return false;
      }
      arg(x, 1);
      if (x.mode === 'invalid') return false;
      assignment(check, x, m.key, 'argument to delete');
      if (x.invalid()) return false;
      x.mode = 'novalue';
      break;
    }
    case BuiltinId.Imag: case BuiltinId.Real: {
      if (isUntyped(x.type)) {
        if (x.mode === 'constant') {
          if (isNumeric(x.type)) x.type = Typ[BasicKind.UntypedComplex]!;
        } else {
          convertUntyped(check, x, Typ[BasicKind.Complex128]!);
          if (x.mode === 'invalid') return false;
        }
      }
      const u = under(x.type);
      let res: Type | null = null;
      if (u instanceof Basic) {
        if (u.kind === BasicKind.Complex64) res = Typ[BasicKind.Float32]!;
        else if (u.kind === BasicKind.Complex128) res = Typ[BasicKind.Float64]!;
        else if (u.kind === BasicKind.UntypedComplex) res = Typ[BasicKind.UntypedFloat]!;
      }
      if (res === null) {
        check.errorf(x, `${invalidArg}argument has type ${S(check, x.type)}, expected complex type`);
        return false;
      }
      if (x.mode === 'constant') {
        if (x.val!.kind !== Kind.Unknown) x.val = id === BuiltinId.Real ? real(x.val!) : imag(x.val!);
      } else {
        x.mode = 'value';
      }
      x.type = res;
      break;
    }
    case BuiltinId.Make: {
      const arg0 = call.args[0]!;
      const T = varType(check, arg0);
      if (T === invalidType) return false;
      const u = coreOf(T);
      let min: number;
      if (u instanceof Slice) min = 2;
      else if (u instanceof MapType || u instanceof Chan) min = 1;
      else {
        check.errorf(arg0, `${invalidArg}cannot make ${exprString(arg0)}; type must be slice, map, or channel`);
        use(check, call.args.slice(1));
        return false;
      }
      if (nargs < min || min + 1 < nargs) {
        check.errorf(call, `${invalidOp}${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        use(check, call.args.slice(1));
        return false;
      }
      const sizes: number[] = [];
      for (const a of call.args.slice(1)) {
        const [, size] = checkIndex(check, a, -1);
        if (size >= 0) sizes.push(size);
      }
      if (sizes.length === 2 && sizes[0]! > sizes[1]!) {
        check.errorf(call.args[1]!, `${invalidArg}length and capacity swapped`);
      }
      x.mode = 'value';
      x.type = T;
      x.val = undefined;
      break;
    }
    case BuiltinId.New: {
      const T = varType(check, call.args[0]!);
      if (T === invalidType) return false;
      x.mode = 'value';
      x.type = new Pointer(T);
      x.val = undefined;
      break;
    }
    case BuiltinId.Panic: {
      if (check.ctx.sig !== null && check.ctx.sig.results.length > 0) panicCalls.add(call);
      assignment(check, x, emptyInterface, 'argument to panic');
      if (x.mode === 'invalid') return false;
      x.mode = 'novalue';
      break;
    }
    case BuiltinId.Print: case BuiltinId.Println: {
      for (let i = 0; i < nargs; i++) {
        if (i > 0) arg(x, i);
        assignment(check, x, null, 'argument to ' + bin.name);
        if (x.mode === 'invalid') return false;
      }
      x.mode = 'novalue';
      break;
    }
    case BuiltinId.Recover:
      x.mode = 'value';
      x.type = emptyInterface;
      x.val = undefined;
      break;
    case BuiltinId.Add: {
      assignment(check, x, Typ[BasicKind.UnsafePointer]!, 'argument to unsafe.Add');
      if (x.mode === 'invalid') return false;
      const y = new Operand();
      arg(y, 1);
      if (!isValidIndex(check, y, 'length', true)) return false;
      x.mode = 'value';
      x.type = Typ[BasicKind.UnsafePointer]!;
      break;
    }
    case BuiltinId.Alignof: case BuiltinId.Sizeof: {
      assignment(check, x, null, `argument to unsafe.${bin.name}`);
      if (x.mode === 'invalid') return false;
      x.mode = 'constant';
      x.val = makeInt(id === BuiltinId.Sizeof ? sizeof(x.type) : alignof(x.type));
      x.type = Typ[BasicKind.Uintptr]!;
      break;
    }
    case BuiltinId.Offsetof: {
      let arg0 = call.args[0]!;
      while (arg0.kind === 'ParenExpr') arg0 = arg0.x;
      if (arg0.kind !== 'SelectorExpr') {
        check.errorf(call.args[0]!, `${invalidArg}${exprString(call.args[0]!)} is not a selector expression`);
        use(check, [call.args[0]!]);
        return false;
      }
      expr(check, x, arg0.x);
      if (x.mode === 'invalid') return false;
      let base = x.type;
      if (under(base) instanceof Pointer) {
        const p = under(base) as Pointer;
        if (under(p.elem) instanceof Struct) base = p.elem;
      }
      const sel = arg0.sel.name;
      const r = lookupFieldOrMethod(base, false, check.pkg, sel);
      if (r.kind !== 'found') {
        check.errorf(x, `${invalidArg}${S(check, base)} has no single field ${sel}`);
        return false;
      }
      if (r.obj instanceof Func) {
        check.errorf(arg0, `${invalidArg}${exprString(arg0)} is a method value`);
        return false;
      }
      if (r.indirect) {
        check.errorf(x, `${invalidArg}field ${sel} is embedded via a pointer in ${S(check, base)}`);
        return false;
      }
      check.info.selections.set(arg0, { kind: 'field', recv: base, obj: r.obj, index: r.index, indirect: false, type: r.obj.type });
      check.recordTypeAndValue(arg0, x.mode === 'variable' ? 'variable' : 'value', r.obj.type);
      let off = 0;
      let t: Type = base;
      for (const i of r.index) {
        const st = under(t) as Struct;
        off += offsetsof(st)[i]!;
        t = st.fields[i]!.type;
      }
      x.mode = 'constant';
      x.val = makeInt(off);
      x.type = Typ[BasicKind.Uintptr]!;
      break;
    }
    case BuiltinId.Slice: {
      const p = under(x.type);
      if (!(p instanceof Pointer)) {
        check.errorf(x, `${invalidArg}${S(check, x)} is not a pointer`);
        return false;
      }
      const y = new Operand();
      arg(y, 1);
      if (!isValidIndex(check, y, 'length', false)) return false;
      x.mode = 'value';
      x.type = new Slice(p.elem);
      break;
    }
    default:
      check.errorf(call, `${invalidOp}${bin.name} not supported`);
      return false;
  }
  return true;
}

/** Calls of panic in functions with results (return.ts: a panic call is a terminating statement). */
export const panicCalls = new WeakSet<ast.CallExpr>();

function copyOp(x: Operand): Operand {
  const o = new Operand();
  o.assign(x);
  return o;
}

import { newParam, noPos } from '../types/objects.js';
function param(t: Type) {
  return newParam(noPos, null, '', t);
}
