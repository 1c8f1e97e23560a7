// Calls and selectors (types2 call.go; spec "Calls", "Passing arguments to ... parameters",
// "Selectors", "Method values", "Method expressions", "Qualified identifiers").
//
// Design
//   callExpr looks at what is being called: a type (a conversion, conversions.ts), a builtin
//   (builtins.ts) or a function value. For a function, the arguments are evaluated as a list
//   (so that `f(g())` passes g's results), matched against the parameters (a variadic function
//   takes its extra arguments as elements of the final slice, or the slice itself with `...`),
//   and each is assigned to its parameter type with the context "argument to f".
//
//   selector resolves `pkg.Name` (qualified identifiers), `T.m` (method expressions, whose
//   receiver becomes the first parameter) and `x.f` (fields and methods, through embedded
//   fields, via lookupFieldOrMethod) and records the Selection the code generator needs.
//
//   A call of a generic function (`F(x)`, `F[int](x)`, `pkg.F[A](x)`) gets its missing type
//   arguments by inference from the arguments (infer.ts), is verified against the constraints
//   and then checked like a call of the instantiated signature (typeparams.ts records the
//   instance).
//
// Differences from types2: no cgo; a generic function cannot be passed uninstantiated as an
// argument to be inferred (Go 1.21's reverse inference).
import type * as ast from '../../parser/ast.js';
import { exprString } from '../../parser/printer.js';
import { lookupFieldOrMethod, isInterfacePtr, interfacePtrError } from '../types/lookup.js';
import { Builtin, Const, Func, PkgName, TypeName, Var, newParam } from '../types/objects.js';
import { isUntyped, isNumeric } from '../types/predicates.js';
import { typeString } from '../types/typestring.js';
import { Basic, Interface, Signature, Slice, Tuple, invalidType, under, type Type } from '../types/types.js';
import { assignment } from './assign.js';
import { builtin } from './builtins.js';
import type { Checker } from './check.js';
import { conversion } from './conversions.js';
import { objDecl } from './decl.js';
import { S, expr, exprList, exprOrType, rawExpr, type ExprKind } from './expr.js';
import { BuiltinKind, builtinInfo } from '../types/universe.js';
import type { Mode, SelectionKind } from './info.js';
import { infer } from './infer.js';
import { indexOperand } from './index.js';
import { funcTypeArgs, instantiateFunc, nonGeneric } from './typeparams.js';
import { Operand } from './operand.js';

const invalidOp = 'invalid operation: ';

export function callExpr(check: Checker, x: Operand, call: ast.CallExpr): ExprKind {
  let explicit: ast.Expr[] = [];
  let targs: Type[] = [];
  const fun = call.fun;
  if (fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') {
    exprOrType(check, x, fun.x, true);
    if (x.mode === 'value' && x.type instanceof Signature && x.type.typeParams.length > 0) {
      explicit = fun.kind === 'IndexExpr' ? [fun.index] : fun.indices;
      const got = funcTypeArgs(check, x, explicit);
      if (got === null) x.mode = 'invalid';
      else targs = got;
    } else {
      indexOperand(check, x, fun);
    }
    if (x.mode === 'invalid') x.type = invalidType;
    check.recordTypeAndValue(fun, x.mode === 'invalid' ? 'value' : (x.mode as Mode), x.type, x.val);
  } else {
    exprOrType(check, x, fun, true);
    if (x.mode === 'type') nonGeneric(check, x);
  }
  switch (x.mode) {
    case 'invalid':
      use(check, call.args);
      x.expr = call;
      x.mode = 'invalid';
      recordCall(check, x);
      return 'statement';
    case 'type': {
      const T = x.type;
      x.mode = 'invalid';
      const n = call.args.length;
      if (n === 0) {
        check.errorf(call, `missing argument in conversion to ${S(check, T)}`);
      } else if (n === 1) {
        expr(check, x, call.args[0]!);
        if (x.mode !== 'invalid') {
          if (call.hasEllipsis) {
            check.errorf(call.args[0]!, `invalid use of ... in type conversion to ${S(check, T)}`);
            x.mode = 'invalid';
          } else {
            conversion(check, x, T);
          }
        }
      } else {
        use(check, call.args);
        check.errorf(call.args[n - 1]!, `too many arguments in conversion to ${S(check, T)}`);
      }
      x.expr = call;
      recordCall(check, x);
      return 'conversion';
    }
    case 'builtin': {
      const id = x.id!;
      if (!builtin(check, x, call, id)) x.mode = 'invalid';
      x.expr = call;
      recordCall(check, x);
      return builtinInfo[id].kind === BuiltinKind.Statement ? 'statement' : 'expression';
    }
  }
  const sig = under(x.type);
  if (!(sig instanceof Signature)) {
    check.errorf(x, `${invalidOp}cannot call non-function ${S(check, x)}`);
    use(check, call.args);
    x.mode = 'invalid';
    x.expr = call;
    recordCall(check, x);
    return 'statement';
  }
  const [args] = exprList(check, call.args, false);
  let csig = sig;
  if (sig.typeParams.length > 0) {
    const inst = genericCall(check, x, call, sig, targs, explicit, args);
    if (inst === null) {
      x.mode = 'invalid';
      x.expr = call;
      recordCall(check, x);
      return 'statement';
    }
    csig = inst;
  }
  argumentsFor(check, call, csig, args);
  switch (csig.results.length) {
    case 0:
      x.mode = 'novalue';
      break;
    case 1:
      x.mode = 'value';
      x.type = csig.results.at(0).type;
      break;
    default:
      x.mode = 'value';
      x.type = csig.results;
  }
  x.val = undefined;
  x.expr = call;
  recordCall(check, x);
  return 'statement';
}

/**
 * Infers and verifies the type arguments of a call of generic function x (explicit ones given),
 * records the instance and returns the instantiated signature; null after an error.
 */
function genericCall(
  check: Checker, x: Operand, call: ast.CallExpr, sig: Signature, given: Type[], explicit: ast.Expr[], args: Operand[],
): Signature | null {
  if (args.some((a) => a.mode === 'invalid')) return null;
  // The parameter for each argument (a variadic call spreads the final parameter's elements).
  let params = sig.params.vars;
  if (sig.variadic && !call.hasEllipsis && args.length >= params.length - 1) {
    const last = params[params.length - 1]!;
    const elem = (last.type as Slice).elem;
    params = [...params.slice(0, -1), ...args.slice(params.length - 1).map(() => newParam(last.pos, last.pkg, last.name, elem))];
  }
  if (params.length !== args.length) {
    argumentsFor(check, call, sig, args);
    return null;
  }
  const at = { line: call.line, col: call.col };
  const targs = infer(check, at, sig.typeParams, given, new Tuple(params), args);
  if (targs === null) return null;
  instantiateFunc(check, x, targs, explicit, at);
  if (x.mode === 'invalid') return null;
  if (call.fun !== x.expr) check.recordTypeAndValue(call.fun, 'value', x.type);
  return x.type as Signature;
}

function recordCall(check: Checker, x: Operand): void {
  if (x.mode === 'invalid') x.type = invalidType;
}

export function argumentsFor(check: Checker, call: ast.CallExpr, sig: Signature, args: Operand[]): void {
  for (const a of args) {
    if (a.mode === 'type') {
      check.errorf(a, `${S(check, a)} used as value`);
      return;
    }
    if (a.mode === 'invalid') return;
  }
  const nargs = args.length;
  let npars = sig.params.length;
  const ddd = call.hasEllipsis;
  let params: Type[] = sig.params.vars.map((v) => v.type);
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        check.errorf(call, `cannot use ... with ${nargs}-valued ${exprString(call.args[0]!)}`);
        return;
      }
    } else if (nargs >= npars - 1) {
      const last = (params[npars - 1] as Slice).elem;
      params = params.slice(0, npars - 1);
      while (params.length < nargs) params.push(last);
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    check.errorf(call, `cannot use ... in call to non-variadic ${exprString(call.fun)}`);
    return;
  }
  if (nargs !== npars) {
    let at: ast.Node = call;
    let qualifier = 'not enough';
    if (nargs > npars) {
      at = args[npars]!.expr!;
      qualifier = 'too many';
    } else if (nargs > 0) {
      at = args[nargs - 1]!.expr!;
    }
    check.errorf(at, `${qualifier} arguments in call to ${exprString(call.fun)}\n\thave ${typesSummary(check, args.map((a) => a.type), false)}\n\twant ${typesSummary(check, sig.params.vars.map((v) => v.type), sig.variadic)}`);
    return;
  }
  const context = `argument to ${exprString(call.fun)}`;
  args.forEach((a, i) => assignment(check, a, params[i]!, context));
}

export function typesSummary(check: Checker, list: Type[], variadic: boolean): string {
  const res = list.map((t, i) => {
    if (t === invalidType) return '<T>';
    if (isUntyped(t)) return isNumeric(t) ? 'number' : (t as Basic).name.replace('untyped ', '');
    if (variadic && i === list.length - 1) return '...' + typeString((t as Slice).elem, check.qf);
    return typeString(t, check.qf);
  });
  return '(' + res.join(', ') + ')';
}

/** Evaluates expressions for their side effects on "used" (after an error). */
export function use(check: Checker, args: (ast.Expr | null)[]): void {
  for (const e of args) {
    if (e === null) continue;
    if (e.kind === 'Ident' && e.name === '_') continue;
    const x = new Operand();
    const saved = check.firstErr;
    rawExpr(check, x, e, null);
    void saved;
  }
}

export function selector(check: Checker, x: Operand, e: ast.SelectorExpr, wantType: boolean): void {
  const sel = e.sel.name;
  if (e.x.kind === 'Ident') {
    const found = check.ctx.scope.lookupParent(e.x.name);
    const obj = found?.[1];
    if (obj instanceof PkgName) {
      check.recordUse(e.x, obj);
      obj.used = true;
      const pkg = obj.imported;
      const exp = pkg.scope.lookup(sel);
      if (exp === undefined) {
        check.errorf(e.sel, `undefined: ${obj.name === '.' ? pkg.name : pkg.name}.${sel}`);
        x.mode = 'invalid';
        x.expr = e;
        return;
      }
      if (!exp.exported()) {
        check.errorf(e.sel, `${sel} not exported by package ${pkg.name}`);
      }
      check.recordUse(e.sel, exp);
      if (exp instanceof Const) {
        x.mode = 'constant';
        x.type = exp.type;
        x.val = exp.val;
      } else if (exp instanceof TypeName) {
        x.mode = 'type';
        x.type = exp.type;
      } else if (exp instanceof Var) {
        x.mode = 'variable';
        x.type = exp.type;
      } else if (exp instanceof Func) {
        x.mode = 'value';
        x.type = exp.type;
      } else if (exp instanceof Builtin) {
        x.mode = 'builtin';
        x.type = invalidType;
        x.id = exp.builtinId;
      }
      x.expr = e;
      return;
    }
  }

  exprOrType(check, x, e.x);
  switch (x.mode) {
    case 'builtin':
      check.errorf(e, `cannot select on ${S(check, x)}`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    case 'invalid':
      x.expr = e;
      return;
  }
  void wantType;
  const r = lookupFieldOrMethod(x.type, x.mode === 'variable', check.pkg, sel);
  if (r.kind !== 'found') {
    if (under(x.type) === invalidType) {
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    if (r.kind === 'ambiguous') {
      check.errorf(e.sel, `ambiguous selector ${exprString(e.x)}.${sel}`);
    } else if (r.kind === 'needsAddress') {
      check.errorf(e.sel, `cannot call pointer method ${sel} on ${S(check, x.type)}`);
    } else {
      let why: string;
      if (isInterfacePtr(x.type)) {
        why = interfacePtrError(x.type, check.qf);
      } else {
        why = `type ${S(check, x.type)} has no field or method ${sel}`;
        if (sel.length > 0) {
          const c = sel[0]!;
          const changed = (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + sel.slice(1);
          const r2 = lookupFieldOrMethod(x.type, x.mode === 'variable', check.pkg, changed);
          if (r2.kind === 'found') why += ', but does have ' + changed;
        }
      }
      check.errorf(e.sel, `${exprString(e.x)}.${sel} undefined (${why})`);
    }
    x.mode = 'invalid';
    x.expr = e;
    return;
  }
  const obj = r.obj;
  if (obj instanceof Func) objDecl(check, obj, null);
  const record = (kind: SelectionKind, type: Type) => {
    check.info.selections.set(e, { kind, recv: x.type, obj, index: r.index, indirect: r.indirect, type });
  };
  check.recordUse(e.sel, obj);
  if (x.mode === 'type') {
    if (!(obj instanceof Func)) {
      check.errorf(e.sel, `${exprString(e.x)}.${sel} undefined (type ${S(check, x.type)} has no method ${sel})`);
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    const sig = obj.type;
    if (!(sig instanceof Signature) || sig.recv === null) {
      x.mode = 'invalid';
      x.expr = e;
      return;
    }
    let name = '';
    if (sig.params.length > 0 && sig.params.at(0).name !== '') name = sig.recv.name || '_';
    const params = [newParam(sig.recv.pos, sig.recv.pkg, name, x.type), ...sig.params.vars];
    const t = new Signature(null, new Tuple(params), sig.results, sig.variadic);
    record('methodExpr', t);
    check.addDeclDep(obj);
    x.mode = 'value';
    x.type = t;
  } else if (obj instanceof Var) {
    record('field', obj.type);
    x.mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    x.type = obj.type;
  } else {
    const sig = obj.type;
    let t: Type = invalidType;
    if (sig instanceof Signature) t = new Signature(null, sig.params, sig.results, sig.variadic);
    record('method', t);
    check.addDeclDep(obj.origin ?? obj);
    x.mode = 'value';
    x.type = t;
  }
  x.val = undefined;
  x.expr = e;
}


