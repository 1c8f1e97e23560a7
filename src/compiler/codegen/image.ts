// The standard packages' image: every standard package compiled ahead of any program, then
// stripped to what compiling a program against it still reads.
//
// Design
//   The start-up snapshot (cli/snapshot.ts) holds the standard packages checked, analysed and
//   compiled, so that a run compiles only its own package: `stdImage` analyses every package's
//   escapes and inlining (kept with the packages, escape/program.ts and codegen/inline.ts) and
//   compiles every package with ProgramCompiler.precompile; a program's ProgramCompiler then
//   continues that one (`resume`). Starting minigo deserializes that heap, and its cost grows
//   with the number of objects in it (~0.2-0.3 us each with Node 20), so the image keeps only
//   what a program's compilation reads:
//     - each package's Package: scope, objects and types, for the checker;
//     - the escape summary (leaks) of every function, for the caller's escape analysis;
//     - the declarations, with their checker facts (Info), escape decisions and inlining
//       decisions, of the functions a program may still compile: the generic ones (compiled
//       per instance), those gc inlines into other packages (its facts, escape/stdfacts.ts)
//       whose body minigo can inline too (inline.ts inlines exactly these), and what such
//       bodies inline of their own package;
//     - the compiled code, data segment and tables of the ProgramCompiler.
//   Everything else a body brought (its syntax tree, the Info entries of its nodes, its local
//   scopes and variables, its escape locations and -m lines) is dropped: nothing reads it once
//   the function is compiled, as no program compiles it again.
//
//   Stripping works from one set, the syntax nodes of the kept declarations (and of the shape
//   instances escape/stencil.ts made, which the kept analyses refer to): every map keyed by a
//   node or by a variable declared in one keeps the entries inside the set, in a table rebuilt
//   to their size. A package whose analysis or inliner failed is kept whole, as a program
//   compiling against it would redo them. The rest is about objects, not bytes: records of
//   expression types are shared, compiled functions' tables are views of two buffers, and the
//   address space gives back its unmapped heap room.
//
// How it differs from gc: gc's export data is written per package by its compilation and read
// by importers; here one image of every standard package is built when minigo is built.
import type * as ast from '../../parser/ast.js';
import type { CheckedPackage, Info, TypeAndValue } from '../check/info.js';
import { Func, Var, noPos } from '../types/objects.js';
import { Scope } from '../types/scope.js';
import type { Signature, Type } from '../types/types.js';
import type { Analysis } from '../escape/escape.js';
import { forEachNode, forgetBottomUp, type FuncUnit } from '../escape/funcs.js';
import { stdFactKey } from '../escape/std.js';
import { stdFacts } from '../escape/stdfacts.js';
import { inlineMaxBudget } from '../inline/cost.js';
import { ProgramEscapes } from '../escape/program.js';
import type { Inliner } from '../inline/inl.js';
import type { FuncCode } from '../../vm/program.js';
import { Inlining } from './inline.js';
import { ProgramCompiler, isGeneric } from './package.js';

/** Every standard package (closed under imports, in initialization order), compiled and stripped. */
export function stdImage(packages: readonly CheckedPackage[]): ProgramCompiler {
  const escapes = new ProgramEscapes(packages);
  const inlining = new Inlining((cp) => escapes.of(cp)?.table);
  for (const cp of packages) inlining.of(cp);
  const pc = ProgramCompiler.precompile(packages, escapes);
  const kept = new Set<Func>();
  const strip: { cp: CheckedPackage; a: Analysis; inl: Inliner }[] = [];
  for (const cp of packages) {
    const a = escapes.of(cp);
    const inl = inlining.of(cp);
    if (a === null || inl === null || inl.table !== a.table) {
      for (const f of escapes.bodies(cp)) kept.add(f);
      continue;
    }
    // Inlined into a program: where gc inlines the function (its facts) and minigo's body is
    // inlinable; then, inlined into such a body, the package's own inlinable functions.
    const work: Func[] = [];
    const keep = (f: Func): void => {
      if (kept.has(f)) return;
      kept.add(f);
      work.push(f);
    };
    for (const f of escapes.bodies(cp)) {
      const fact = stdFacts[stdFactKey(f)];
      if (isGeneric(f)) keep(f);
      else if (fact?.cost !== undefined && fact.cost <= inlineMaxBudget && a.table.byObj.get(f)?.canInline === true) keep(f);
    }
    while (work.length > 0) {
      const u = a.table.byObj.get(work.pop()!);
      forEachNode(u?.body ?? null, (n) => {
        const callee = n.kind === 'Ident' ? cp.info.uses.get(n) : n.kind === 'SelectorExpr' ? cp.info.selections.get(n)?.obj ?? cp.info.uses.get(n.sel) : undefined;
        if (callee instanceof Func && a.table.byObj.get(callee)?.canInline === true) keep(callee);
      });
    }
    strip.push({ cp, a, inl });
  }
  pc.forgetDecls((f) => kept.has(f));
  pc.mem.trim();
  packCode(pc.funcs.filter((f): f is FuncCode => f !== null));
  for (const { cp, a, inl } of strip) stripPackage(cp, a, inl, kept);
  return pc;
}

/** Drop from cp and its analysis what only the bodies of functions not in kept refer to. */
function stripPackage(cp: CheckedPackage, a: Analysis, inl: Inliner, kept: ReadonlySet<Func>): void {
  const nodes = new Set<ast.Node>();
  const keepDecl = (d: ast.Decl): boolean => {
    if (d.kind !== 'FuncDecl') return false;
    const f = cp.info.defs.get(d.name) ?? a.pkg.info.defs.get(d.name);
    return f instanceof Func && (kept.has(f) || kept.has(f.origin ?? f) || !cp.info.defs.has(d.name));
  };
  const files = new Set([...cp.files, ...a.pkg.files]);
  for (const file of files) {
    const decls = file.decls.filter(keepDecl);
    (file as { decls: readonly ast.Decl[] }).decls = decls;
    forEachNode(decls, (n) => {
      nodes.add(n);
    });
  }
  // The scopes of dropped code. A signature's variables (parameters and results, which its
  // type keeps) have the function's scope for parent, which would keep the body's scopes and
  // variables: they get one scope standing for every dropped one instead, as local as theirs.
  // And the file scopes list only the kept functions' scopes among their children.
  const dropped = new Scope(null, noPos, noPos, 'dropped');
  const keptScopes = new Set<Scope>();
  for (const [n, s] of cp.info.scopes) {
    if (nodes.has(n)) keptScopes.add(s);
    else for (const o of s.objects()) if (o.parent === s) o.parent = dropped;
  }
  for (const file of cp.pkg.scope.children) {
    const live = file.children.filter((s) => keptScopes.has(s));
    file.children.length = 0;
    file.children.push(...live);
  }
  const vars = new Set<Var>();
  for (const o of cp.pkg.scope.objects()) if (o instanceof Var) vars.add(o);
  for (const info of new Set([cp.info, a.pkg.info])) stripInfo(info, nodes, vars);
  for (const f of kept) {
    const sig = f.type as Signature;
    if (sig.recv !== null) vars.add(sig.recv);
    for (const v of sig.params.vars) vars.add(v);
    for (const v of sig.results.vars) vars.add(v);
  }
  cp.info.initOrder.length = 0;

  // The analysis: locations of kept nodes and variables, every function's summary, no -m lines.
  filterKeys(a.allocLocs, nodes);
  filterKeys(a.boxLocs, nodes);
  filterKeys(a.varLocs, vars);
  for (const lines of [a.escapeLines, a.inlineLines, a.devirtLines, a.compileLines]) (lines as unknown[]).length = 0;
  const t = a.table;
  filterKeys(t.byLit, nodes);
  const slim = (u: FuncUnit): void => {
    if (u.body !== null && nodes.has(u.body)) return;
    u.closures.forEach(slim);
    const w = u as { -readonly [K in keyof FuncUnit]: FuncUnit[K] | null };
    for (const k of ['decl', 'lit', 'type', 'body', 'outer'] as const) w[k] = null;
    for (const k of ['params', 'paramPos', 'results', 'closures', 'captures', 'pragmas'] as const) w[k] = none as never;
  };
  t.decls.forEach(slim);
  t.globClosures.length = 0;
  forgetBottomUp(t);
  a.inliner.strip(nodes, vars);
  inl.strip(nodes, vars);
}

/**
 * Keep the entries of info keyed by a node in nodes; add the variables they declare to vars.
 * The types of expressions that are not constants share one record per mode and type.
 */
function stripInfo(info: Info, nodes: ReadonlySet<ast.Node>, vars: Set<Var>): void {
  for (const m of [info.types, info.uses, info.selections, info.scopes, info.captures, info.instances] as Map<ast.Node, unknown>[]) filterKeys(m, nodes);
  const shared = new Map<Type, Map<string, TypeAndValue>>();
  for (const [e, tv] of info.types) {
    if (tv.value !== undefined) continue;
    let byMode = shared.get(tv.type);
    if (byMode === undefined) shared.set(tv.type, (byMode = new Map()));
    const same = byMode.get(tv.mode);
    if (same === undefined) byMode.set(tv.mode, tv);
    else info.types.set(e, same);
  }
  for (const m of [info.defs, info.implicits] as Map<ast.Node, unknown>[]) {
    filterKeys(m, nodes);
    for (const o of m.values()) if (o instanceof Var) vars.add(o);
  }
}

/**
 * Lay the compiled functions' tables (code, constants, pointer maps, line tables) in one buffer
 * per element type, each function's a view of its part: a typed array is three heap objects
 * (the view, its ArrayBuffer and the backing store), of which a view of a shared buffer needs one.
 */
function packCode(funcs: readonly FuncCode[]): void {
  let n32 = 0;
  let n64 = 0;
  for (const f of funcs) {
    n32 += f.code.length + f.ptrRegs.length + f.ptrSlots.length + f.lines.length + (f.inlIndex?.length ?? 0);
    n64 += f.consts.length;
  }
  const i32 = new Int32Array(n32);
  const f64 = new Float64Array(n64);
  let o32 = 0;
  let o64 = 0;
  const put32 = (a: Int32Array): Int32Array => {
    i32.set(a, o32);
    o32 += a.length;
    return i32.subarray(o32 - a.length, o32);
  };
  for (const f of funcs) {
    f.code = put32(f.code);
    f.ptrRegs = put32(f.ptrRegs);
    f.ptrSlots = put32(f.ptrSlots);
    f.lines = put32(f.lines);
    if (f.inlIndex !== undefined) f.inlIndex = put32(f.inlIndex);
    f64.set(f.consts, o64);
    o64 += f.consts.length;
    f.consts = f64.subarray(o64 - f.consts.length, o64);
    if (f.bigConsts.length === 0) f.bigConsts = none as never;
  }
}

/** What a slimmed unit's lists become. */
const none: readonly never[] = Object.freeze([]);

/** Delete the entries of m whose key is not in keep, leaving m's table no larger than they need. */
function filterKeys<K, V>(m: Map<K, V> | Set<K>, keep: ReadonlySet<K>): void {
  if (m instanceof Set) {
    const live = [...m].filter((k) => keep.has(k));
    m.clear();
    for (const k of live) m.add(k);
    return;
  }
  const live = [...m].filter(([k]) => keep.has(k));
  m.clear();
  for (const [k, v] of live) m.set(k, v);
}
