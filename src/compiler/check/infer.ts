// Type argument inference (types2 infer.go; spec "Type inference").
//
// Design
//   infer completes a partial list of type arguments for a call of a generic function, in the
//   order Go 1.19 does it:
//     1. If the call is inside the generic function itself, its type parameters are renamed
//        first, so that an argument of type T and the parameter T are told apart.
//     2. Function argument inference: each typed argument is unified with its parameter type
//        (arguments of defined types first, then the others).
//     3. Constraint type inference (inferB): a type parameter whose constraint has a core type
//        is unified with it (a bound one), or takes it (an unbound one whose only term is not
//        ~), until nothing changes; inferred types are then substituted into each other.
//     4. Untyped constant arguments for parameters of bare type-parameter type: the constant's
//        default type is unified in, in argument order ("default type int of 2 does not match
//        inferred type float64 for T" when a float came first), then step 3 again.
//   Whatever is still unknown is "cannot infer T (file:line:col)", at the call.
//
// How it differs from types2: the cycle finder that rejects `T := []T` is reduced to dropping
// results that still mention the parameters.
import { exprString } from '../../parser/printer.js';
import { TypeName, Var } from '../types/objects.js';
import { defaultType, isTyped, hasName } from '../types/predicates.js';
import { makeSubstMap, subst } from '../types/subst.js';
import { typeString } from '../types/typestring.js';
import { typeSetOf, coreType } from '../types/typeset.js';
import { Term, Tuple, TypeParam, under, type Type } from '../types/types.js';
import { Unifier, isParameterized } from '../types/unify.js';
import type { Checker } from './check.js';
import type { Operand } from './operand.js';
import type { At } from './errors.js';

/** The complete type arguments, or null after reporting why not. */
export function infer(
  check: Checker, at: At, tparams0: readonly TypeParam[], given: readonly Type[], params0: Tuple, args0: readonly Operand[],
): Type[] | null {
  const n = tparams0.length;
  if (given.length === n) return [...given];
  let tparams = tparams0;
  let params = params0;
  // 1. Rename for a call of the enclosing generic function.
  const own = check.ctx.sig?.typeParams ?? [];
  if (own.length > 0 && own[0] === tparams0[0]) {
    const renamed = tparams0.map((p) => new TypeParam(new TypeName(p.obj.pos, p.obj.pkg, p.obj.name, p.constraint), p.index, p.constraint));
    const rmap = makeSubstMap(tparams0, renamed);
    renamed.forEach((p, i) => {
      p.obj.type = p;
      p.constraint = subst(tparams0[i]!.constraint, rmap);
    });
    tparams = renamed;
    params = subst(params0, rmap) as Tuple;
  }
  // Arguments of defined types first.
  let pairs = params.vars.map((v, i) => ({ par: v, arg: args0[i]! }));
  if (pairs.length >= 2) pairs = [...pairs.filter((p) => hasName(p.arg.type)), ...pairs.filter((p) => !hasName(p.arg.type))];
  if (given.length > 0) {
    const smap = makeSubstMap(tparams, given);
    pairs = pairs.map((p) => ({ par: new Var(p.par.pos, p.par.pkg, p.par.name, subst(p.par.type, smap)), arg: p.arg }));
  }
  const u = new Unifier(tparams);
  given.forEach((t, i) => u.set(i, t));

  const errorf = (kind: string, tpar: Type, targ: Type, arg: Operand) => {
    const known = u.types();
    const ts = (t: Type) => typeString(t, check.qf);
    const argStr = arg.expr !== null ? exprString(arg.expr) : '';
    if (known.every((t) => t === null)) {
      check.errorf(arg, `${kind} ${ts(targ)} of ${argStr} does not match ${ts(tpar)} (cannot infer ${typeParamsString(tparams)})`);
      return;
    }
    const inferred = subst(tpar, makeSubstMap(tparams, known.map((t, i) => t ?? tparams[i]!)));
    if (inferred !== tpar) check.errorf(arg, `${kind} ${ts(targ)} of ${argStr} does not match inferred type ${ts(inferred)} for ${ts(tpar)}`);
    else check.errorf(arg, `${kind} ${ts(targ)} of ${argStr} does not match ${ts(tpar)}`);
  };

  // 2. Typed arguments.
  const untyped: { par: Var; arg: Operand }[] = [];
  for (const p of pairs) {
    if (!isParameterized(tparams, p.par.type) || p.arg.mode === 'invalid') continue;
    if (isTyped(p.arg.type)) {
      if (!u.unify(p.par.type, p.arg.type)) {
        errorf('type', p.par.type, p.arg.type, p.arg);
        return null;
      }
    } else if (p.par.type instanceof TypeParam) {
      untyped.push(p);
    }
  }
  if (u.unknowns() > 0 && !inferB(check, at, u)) return null;
  // 4. Untyped constants.
  if (u.unknowns() > 0) {
    const before = u.types();
    for (const p of untyped.sort((a, b) => args0.indexOf(a.arg) - args0.indexOf(b.arg))) {
      const tpar = p.par.type as TypeParam;
      if (before[tparams.indexOf(tpar)] !== null) continue;
      const targ = defaultType(p.arg.type);
      if (isTyped(targ) && !u.unify(tpar, targ)) {
        errorf('default type', tpar, targ, p.arg);
        return null;
      }
    }
    if (u.unknowns() > 0 && !inferB(check, at, u)) return null;
  }
  const types = finalTypes(tparams, u);
  const missing = types.findIndex((t) => t === null);
  if (missing >= 0) {
    const p = tparams[missing]!.obj.pos;
    check.errorf(at, `cannot infer ${tparams[missing]!.obj.name} (${p.file}:${p.line}:${p.col})`);
    return null;
  }
  return types as Type[];
}

/** Constraint type inference (step 3); false after reporting a mismatch. */
function inferB(check: Checker, at: At, u: Unifier): boolean {
  const tparams = u.tparams;
  for (let n = u.unknowns(); n > 0; ) {
    for (let i = 0; i < tparams.length; i++) {
      const tpar = tparams[i]!;
      const core = coreTerm(tpar);
      if (core === null) continue;
      let tx = u.at(i);
      if (tx !== null) {
        if (core.term.tilde && !(tx instanceof TypeParam)) tx = under(tx);
        if (!u.unify(tx, core.term.type)) {
          check.errorf(at, `${typeString(tpar, check.qf)} does not match ${core.term.tilde ? '~' : ''}${typeString(core.term.type, check.qf)}`);
          return false;
        }
      } else if (core.single && !core.term.tilde) {
        u.set(i, core.term.type);
      }
    }
    const nn = u.unknowns();
    if (nn === n) break;
    n = nn;
  }
  return true;
}

/** The inferred types with each other substituted in; null where unknown or cyclic. */
function finalTypes(tparams: readonly TypeParam[], u: Unifier): (Type | null)[] {
  const types = u.types();
  for (let round = 0; round < tparams.length + 1; round++) {
    const smap = makeSubstMap(tparams, types.map((t, i) => t ?? tparams[i]!));
    let changed = false;
    types.forEach((t, i) => {
      if (t === null) return;
      const t1 = subst(t, smap);
      if (t1 !== t) {
        types[i] = t1;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return types.map((t) => (t !== null && isParameterized(tparams, t) ? null : t));
}

/** The single term of tpar's constraint, or its core type as a term (types2 coreTerm). */
function coreTerm(tpar: TypeParam): { term: Term; single: boolean } | null {
  const terms = typeSetOf(tpar.iface()).terms;
  if (terms === null || terms.length === 0) return null;
  if (terms.length === 1) return { term: terms[0]!, single: true };
  const core = coreType(tpar);
  if (core === null) return null;
  return { term: new Term(terms.some((t) => t.tilde), core), single: false };
}

function typeParamsString(list: readonly TypeParam[]): string {
  const names = list.map((p) => p.obj.name);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}
