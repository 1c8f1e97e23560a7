// The functions of a package as escape analysis and the inliner see them: one FuncUnit per
// function or method with a body and per closure, named as gc names them, and the bottom-up
// order of their static call graph.
//
// Design
//   gc analyses functions in batches: the strongly connected components of the static call
//   graph, callees before callers (ir.VisitFuncsBottomUp), so that when a caller is analysed
//   every callee outside its batch already has its parameter summaries. Closures belong to the
//   batch of the function that contains them; calls from a closure count as calls from it.
//   We do the same with Tarjan's algorithm over FuncDecls in source order.
//
//   Names: `f`, `T.M`, `(*T).M`; closures `outer.func1`, `outer.func2` in source order, a closure
//   inside a closure `outer.func1.1`; closures in package-level initializers `glob..func1`.
//   Generic declarations are not units: their shape instances are (stencil.ts), declared in
//   the stenciled package and named `F[go.shape.int_0]`, `(*List[go.shape.int_0]).Push`.
//
// Differences from gc: the call graph is read from the checked AST rather than from IR.
import type * as ast from '../../parser/ast.js';
import type { CheckedPackage } from '../check/info.js';
import { Func, Var } from '../types/objects.js';
import { Interface, Named, Pointer, Signature, TypeParam, under, type Type } from '../types/types.js';
import { linkString } from './shape.js';

/** A generic function or method: only its shape instances are analysed (stencil.ts). */
function isGeneric(f: Func): boolean {
  const sig = f.signature();
  let rt = sig.recv?.type;
  if (rt instanceof Pointer) rt = rt.elem;
  return sig.typeParams.length > 0 || (rt instanceof Named && rt.orig.typeParams.length > 0 && (rt.typeArgs === null || rt.typeArgs.some((a) => a instanceof TypeParam)));
}

export interface FuncUnit {
  /** gc's name for the function: `f`, `(*T).M`, `main.func1`. */
  readonly name: string;
  readonly decl: ast.FuncDecl | null;
  readonly lit: ast.FuncLit | null;
  readonly type: ast.FuncType;
  readonly body: ast.BlockStmt | null;
  readonly obj: Func | null;
  readonly sig: Signature;
  /** Receiver (if any) then parameters; null for an unnamed or blank one. */
  readonly params: (Var | null)[];
  /** Where each parameter is declared (for unnamed ones, the type's position). */
  readonly paramPos: ast.Pos[];
  readonly results: (Var | null)[];
  /** The closure's enclosing function, or null for a declared function. */
  readonly outer: FuncUnit | null;
  /** The top-level function whose batch this unit belongs to. */
  readonly top: FuncUnit;
  readonly closures: FuncUnit[];
  readonly pragmas: readonly string[];
  /** Variables captured from enclosing functions (closures only). */
  readonly captures: readonly Var[];
  // Set by the inliner.
  inlCost: number;
  canInline: boolean;
  /** Set by escape analysis: one summary per entry of `params`. */
  leaks: number[][] | null;
  /** A closure called where it is written (`func(){...}()`). */
  closureCalled: boolean;
}

export interface FuncTable {
  readonly pkg: CheckedPackage;
  /** Top-level functions with bodies, in source order. */
  readonly decls: FuncUnit[];
  readonly byObj: Map<Func, FuncUnit>;
  readonly byLit: Map<ast.FuncLit, FuncUnit>;
  /** Closures in package-level initializers (glob..funcN). */
  readonly globClosures: FuncUnit[];
}

function recvTypeName(t: Type): string {
  let star = '';
  if (t instanceof Pointer) {
    star = '*';
    t = t.elem;
  }
  const name = t instanceof Named ? t.obj.name + (t.typeArgs === null ? '' : `[${t.typeArgs.map(linkString).join(',')}]`) : '?';
  return star ? `(*${name})` : name;
}

/** gc's name of a function or method relative to its package: `f`, `T.M`, `(*T).M`. */
export function localFuncName(f: Func): string {
  const sig = f.type;
  if (sig instanceof Signature && sig.recv !== null) return `${recvTypeName(sig.recv.type)}.${f.name}`;
  return f.name;
}

/** gc's qualified name of a function in another package: `fmt.Println`, `time.(*Time).sec`. */
export function qualifiedFuncName(f: Func): string {
  return `${f.pkg?.name ?? ''}.${localFuncName(f)}`;
}

export function collectFuncs(pkg: CheckedPackage): FuncTable {
  const info = pkg.info;
  const table: FuncTable = { pkg, decls: [], byObj: new Map(), byLit: new Map(), globClosures: [] };

  function paramsOf(ft: ast.FuncType, recv: ast.Field | null): { vars: (Var | null)[]; pos: ast.Pos[] } {
    const vars: (Var | null)[] = [];
    const pos: ast.Pos[] = [];
    const fields = recv ? [recv, ...ft.params] : ft.params;
    for (const f of fields) {
      if (f.names.length === 0) {
        const v = info.implicits.get(f);
        vars.push(v instanceof Var ? v : null);
        pos.push({ line: f.type.line, col: f.type.col });
        continue;
      }
      for (const n of f.names) {
        const v = info.defs.get(n);
        vars.push(v instanceof Var && n.name !== '_' ? v : null);
        pos.push({ line: n.line, col: n.col });
      }
    }
    return { vars, pos };
  }
  function resultsOf(ft: ast.FuncType): (Var | null)[] {
    const out: (Var | null)[] = [];
    for (const f of ft.results) {
      if (f.names.length === 0) {
        const v = info.implicits.get(f);
        out.push(v instanceof Var ? v : null);
        continue;
      }
      for (const n of f.names) {
        const v = info.defs.get(n);
        out.push(v instanceof Var ? v : null);
      }
    }
    return out;
  }

  /**
   * The enclosing functions' variables each closure refers to, in order of first reference:
   * one walk of the package with the stack of closures being inside.
   */
  const allCaptures = new Map<ast.FuncLit, Var[]>();
  {
    const seen = new Map<ast.FuncLit, Set<Var>>();
    const stack: ast.FuncLit[] = [];
    const inside = (lit: ast.FuncLit, p: { line: number; col: number }): boolean =>
      (p.line > lit.line || (p.line === lit.line && p.col >= lit.col)) &&
      (p.line < lit.body.rbraceLine || (p.line === lit.body.rbraceLine && p.col <= lit.body.rbraceCol));
    const visit = (n: unknown): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (let i = 0; i < n.length; i++) visit(n[i]);
        return;
      }
      const node = n as Record<string, unknown> & { kind?: string };
      if (node.kind === 'Ident' && stack.length > 0) {
        const v = info.uses.get(node as unknown as ast.Ident);
        if (v instanceof Var && !v.isField && v.parent !== pkg.pkg.scope && v.pkg === pkg.pkg) {
          for (let i = stack.length - 1; i >= 0; i--) {
            const lit = stack[i]!;
            if (inside(lit, v.pos)) break;
            const set = seen.get(lit)!;
            if (!set.has(v)) {
              set.add(v);
              allCaptures.get(lit)!.push(v);
            }
          }
        }
        return;
      }
      const isLit = node.kind === 'FuncLit';
      if (isLit) {
        const lit = node as unknown as ast.FuncLit;
        stack.push(lit);
        seen.set(lit, new Set());
        allCaptures.set(lit, []);
      }
      for (const k of Object.keys(node)) {
        const v = node[k];
        if (v !== null && typeof v === 'object') visit(v);
      }
      if (isLit) stack.pop();
    };
    for (const file of pkg.files) visit(file.decls);
  }
  function capturesOf(lit: ast.FuncLit): Var[] {
    const known = info.captures.get(lit);
    if (known !== undefined && known.length > 0) return known;
    return allCaptures.get(lit) ?? [];
  }

  function makeUnit(
    name: string, decl: ast.FuncDecl | null, lit: ast.FuncLit | null, obj: Func | null, sig: Signature,
    outer: FuncUnit | null,
  ): FuncUnit {
    const type = decl ? decl.type : lit!.type;
    const { vars, pos } = paramsOf(type, decl?.recv ?? null);
    const u: FuncUnit = {
      name, decl, lit, type, body: decl ? decl.body : lit!.body, obj, sig,
      params: vars, paramPos: pos, results: resultsOf(type), outer,
      top: null as unknown as FuncUnit, closures: [], pragmas: decl?.pragmas ?? [],
      captures: lit ? capturesOf(lit) : [],
      inlCost: 0, canInline: false, leaks: null, closureCalled: false,
    };
    (u as { top: FuncUnit }).top = outer ? outer.top : u;
    return u;
  }

  /** Find the closures directly inside `node` (not inside nested closures), in source order. */
  function closuresIn(node: unknown, out: ast.FuncLit[]): void {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) closuresIn(x, out);
      return;
    }
    const n = node as { kind?: string };
    if (n.kind === 'FuncLit') {
      out.push(node as ast.FuncLit);
      return;
    }
    for (const k in n) {
      if (k === 'kind' || k === 'line' || k === 'col') continue;
      const v = (n as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object') closuresIn(v, out);
    }
  }

  function addClosures(parent: FuncUnit, root: unknown, prefix: string, counter: { n: number }): void {
    const lits: ast.FuncLit[] = [];
    closuresIn(root, lits);
    for (const lit of lits) {
      counter.n++;
      const sig = info.types.get(lit)?.type;
      const u = makeUnit(`${prefix}${counter.n}`, null, lit, null, sig instanceof Signature ? sig : new Signature(null, { vars: [], length: 0 } as never, { vars: [], length: 0 } as never, false), parent);
      parent.closures.push(u);
      table.byLit.set(lit, u);
      addClosures(u, lit.body, `${u.name}.`, { n: 0 });
    }
  }

  for (const file of pkg.files) {
    for (const d of file.decls) {
      if (d.kind === 'FuncDecl') {
        const obj = info.defs.get(d.name);
        if (!(obj instanceof Func) || d.body === null || d.name.name === '_' || isGeneric(obj)) continue;
        const name = d.name.name === 'init' && d.recv === null ? `init.${table.decls.filter((u) => u.name.startsWith('init.')).length}` : localFuncName(obj);
        const u = makeUnit(name, d, null, obj, obj.signature(), null);
        table.decls.push(u);
        if (d.name.name !== 'init') table.byObj.set(obj, u);
        addClosures(u, d.body, `${name}.func`, { n: 0 });
      }
    }
  }
  const globCounter = { n: 0 };
  for (const file of pkg.files) {
    for (const d of file.decls) {
      if (d.kind !== 'GenDecl' || d.tok !== 'var') continue;
      const lits: ast.FuncLit[] = [];
      closuresIn(d.specs, lits);
      for (const lit of lits) {
        globCounter.n++;
        const sig = info.types.get(lit)?.type;
        if (!(sig instanceof Signature)) continue;
        const u = makeUnit(`glob..func${globCounter.n}`, null, lit, null, sig, null);
        table.byLit.set(lit, u);
        table.globClosures.push(u);
        addClosures(u, lit.body, `${u.name}.`, { n: 0 });
      }
    }
  }
  return table;
}

/** The statically known function a call invokes: a declared function or a concrete method. */
export function staticCallee(pkg: CheckedPackage, call: ast.CallExpr): Func | null {
  let fun = call.fun;
  // F[int](x): an explicit instantiation calls the instance.
  while (fun.kind === 'ParenExpr' || fun.kind === 'IndexExpr' || fun.kind === 'IndexListExpr') fun = fun.x;
  const info = pkg.info;
  if (fun.kind === 'Ident') {
    const o = info.uses.get(fun);
    return o instanceof Func ? o : null;
  }
  if (fun.kind === 'SelectorExpr') {
    const sel = info.selections.get(fun);
    if (sel === undefined) {
      const o = info.uses.get(fun.sel);
      return o instanceof Func ? o : null;
    }
    if (sel.kind === 'field') return null;
    const f = sel.obj;
    if (!(f instanceof Func)) return null;
    const sig = f.type;
    if (sig instanceof Signature && sig.recv !== null && under(sig.recv.type) instanceof Interface) return null;
    return f;
  }
  return null;
}

/** Every call expression inside a function body, excluding nested closures' bodies when asked. */
export function forEachNode(root: unknown, visit: (n: ast.Node) => boolean | void): void {
  if (root === null || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) {
      const x: unknown = root[i];
      if (x !== null && typeof x === 'object') forEachNode(x, visit);
    }
    return;
  }
  const n = root as Record<string, unknown>;
  if (typeof n.kind === 'string' && visit(root as ast.Node) === false) return;
  for (const k of Object.keys(n)) {
    const v = n[k];
    if (v !== null && typeof v === 'object') forEachNode(v, visit);
  }
}

/**
 * The batches of top-level functions, callees first (Tarjan's strongly connected components,
 * which come out in reverse topological order of the call graph).
 */
const bottomUpCache = new WeakMap<FuncTable, { units: FuncUnit[]; recursive: boolean }[]>();

/** Forget table's batches (the standard packages' image, which analyses it no more). */
export function forgetBottomUp(table: FuncTable): void {
  bottomUpCache.delete(table);
}

export function bottomUp(table: FuncTable): { units: FuncUnit[]; recursive: boolean }[] {
  const hit = bottomUpCache.get(table);
  if (hit !== undefined) return hit;
  const r = computeBottomUp(table);
  bottomUpCache.set(table, r);
  return r;
}

function computeBottomUp(table: FuncTable): { units: FuncUnit[]; recursive: boolean }[] {
  const callees = new Map<FuncUnit, FuncUnit[]>();
  for (const u of table.decls) {
    const out: FuncUnit[] = [];
    forEachNode(u.body, (n) => {
      if (n.kind === 'CallExpr') {
        const f = staticCallee(table.pkg, n);
        const c = f ? table.byObj.get(f) : undefined;
        if (c) out.push(c);
      } else if (n.kind === 'Ident') {
        const o = table.pkg.info.uses.get(n);
        const c = o instanceof Func ? table.byObj.get(o) : undefined;
        if (c) out.push(c);
      }
    });
    callees.set(u, out);
  }
  const index = new Map<FuncUnit, number>();
  const low = new Map<FuncUnit, number>();
  const stack: FuncUnit[] = [];
  const onStack = new Set<FuncUnit>();
  const result: { units: FuncUnit[]; recursive: boolean }[] = [];
  let next = 0;
  const visit = (u: FuncUnit): void => {
    index.set(u, next);
    low.set(u, next);
    next++;
    stack.push(u);
    onStack.add(u);
    for (const c of callees.get(u) ?? []) {
      if (!index.has(c)) {
        visit(c);
        low.set(u, Math.min(low.get(u)!, low.get(c)!));
      } else if (onStack.has(c)) {
        low.set(u, Math.min(low.get(u)!, index.get(c)!));
      }
    }
    if (low.get(u) === index.get(u)) {
      const scc: FuncUnit[] = [];
      for (;;) {
        const w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
        if (w === u) break;
      }
      scc.reverse();
      const recursive = scc.length > 1 || (callees.get(u) ?? []).includes(u);
      result.push({ units: scc, recursive });
    }
  };
  for (const u of table.decls) if (!index.has(u)) visit(u);
  return result;
}
