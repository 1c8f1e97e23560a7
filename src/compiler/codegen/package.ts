// The code generator's driver: a checked program → a linked VMProgram.
//
// Design
//   1. Lay out every package variable in the data segment (amd64 layout, zeroed), package by
//      package in initialization order.
//   2. Compile functions on demand from a work queue: main's init tasks first, each function the
//      first time something refers to it (a call, a func value, a method table), so unused
//      standard-library code costs nothing. Bodiless functions of standard packages are natives
//      (src/vm/natives.ts, by qualified name `pkg.Func` or `pkg.Type.Method`).
//   3. Per package, an init function: the checker's initOrder assignments, then each `init` in
//      source order (runtime.main's doInit). The entry function `runtime.main` calls every
//      package's init in order, then main.main, then returns (the program exits 0).
//
//   Generic functions and methods are compiled per instance (instance.ts): `funcIndex` of an
//   instance (a Func whose origin is the generic declaration) compiles the generic body through
//   an InstanceInfo that substitutes the instance's type arguments, once per distinct argument
//   list. Instances are named as gc names them in tracebacks: `main.Map[...]`,
//   `main.(*List[...]).Push`.
//
//   Everything else that needs program-wide state lives here too, so the per-function compiler
//   (func.ts, expr.ts, stmt.ts, call.ts) can reach it through `fc.pc`: string literals (data
//   segment, deduplicated), static funcvals, closures, interface conversions and itabs (iface.ts),
//   maps (map.ts), and each package's inlining decisions and each body's placement, which an
//   inlined body takes along into its callers (inline.ts).
//
// How it differs from gc: no linker pass over object files, no dead-code elimination beyond
// "compile what is referenced", no package-level init of constants (the checker folded them).
import type * as ast from '../../parser/ast.js';
import type { PosBases } from '../../lexer/linedir.js';
import type { CheckedPackage, Info, Program } from '../check/info.js';
import { BuiltinId, Func, Var, newField, noPos } from '../types/objects.js';
import { printKindOf } from './call.js';
import { BasicKind, Interface, MapType, Named, Pointer, Signature, Slice, Struct, Tuple, Typ, under, type Type } from '../types/types.js';
import { alignof, offsetsof, sizeof } from '../types/sizes.js';
import { MHeap } from '../../runtime/mheap.js';
import { InternalError } from '../../runtime/error.js';
import { MCache } from '../../runtime/mcache.js';
import type { FuncCode, NativeFn, VMProgram } from '../../vm/program.js';
import { natives as nativeRegistry } from '../../vm/natives.js';
import { FuncCompiler, Placement, capturesOf, type VarLoc } from './func.js';
import type { ProgramEscapes } from '../escape/program.js';
import { FuncBuilder } from './builder.js';
import { TypeTable, isMemType, pointerWords, regWidth } from './types.js';
import { stmts, emitRet, initVar } from './stmt.js';
import { convertTo, convertRegs, load, store, expr, memOf, varLoc, type LValue, type MemLoc } from './expr.js';
import { Ifaces } from './iface.js';
import { Maps } from './map.js';
import { Chans } from './chan.js';
import { anyType } from '../types/universe.js';
import { InstanceInfo } from './instance.js';
import { Inlining, litSite } from './inline.js';
import { instantiateSignature, typeHash } from '../types/instantiate.js';
import { makeSubstMap } from '../types/subst.js';
import type { TypeParam } from '../types/types.js';

interface PendingFunc {
  index: number;
  compile: () => FuncCode;
}

export class ProgramCompiler {
  readonly heap = new MHeap();
  readonly mcache = new MCache(this.heap);
  readonly mem = this.heap.mem;
  readonly types = new TypeTable(this.mem);
  readonly funcs: (FuncCode | null)[] = [];
  private readonly funcIndexes = new Map<Func, number>();
  /** Instances by generic function and typeHash of the arguments, and each instance's arguments. */
  private readonly funcInstances = new Map<string, number>();
  private readonly instanceFuncs = new Map<Func, Map<string, Func>>();
  private readonly instanceArgs = new Map<Func, readonly Type[]>();
  /** The view of each package's Info with no substitution (ordinary code). */
  private readonly plainViews = new Map<Info, InstanceInfo>();
  private readonly queue: PendingFunc[] = [];
  private readonly globals = new Map<Var, number>();
  private readonly strings = new Map<string, number>();
  private readonly funcvals = new Map<number, number>();
  readonly natives: NativeFn[] = [];
  readonly nativeNames: string[] = [];
  private readonly nativeIdx = new Map<string, number>();
  /**
   * The declaration of each function with a body, and the package it is in (of a precompiled
   * image's functions, those a program may compile again: `forgetDecls`).
   */
  private readonly decls = new Map<Func, { decl: ast.FuncDecl; cp: CheckedPackage }>();
  /** The functions with a Go body (the others are natives). */
  private readonly goBodies = new Set<Func>();
  private closureCount = new Map<string, number>();
  /** The packages taken in, and where their variables are (registered as roots by compile). */
  private readonly laidOut = new Map<CheckedPackage, { addr: number; ptrWords: readonly number[] }[]>();
  private readonly initTasks = new Map<CheckedPackage, { index: number; work: boolean }>();
  /** The line directives of each source file that has any, by file name. */
  readonly posBases = new Map<string, PosBases>();
  readonly iface: Ifaces;
  readonly maps: Maps;
  readonly chans: Chans;
  readonly inlining = new Inlining((cp) => this.escapes?.of(cp)?.table);
  /** The Placement of each declared function's body (inlined bodies keep their own). */
  private readonly placements = new Map<ast.FuncDecl, Placement>();

  readonly emptyInterface: Type = anyType;
  readonly intType: Type = Typ[BasicKind.Int]!;
  readonly boolType: Type = Typ[BasicKind.Bool]!;
  readonly runeType: Type = Typ[BasicKind.Int32]!;

  /**
   * @param escapes the escape decisions for every package (escape/program.ts); without them
   *   every variable that needs memory and every allocation is on the heap.
   */
  constructor(
    private program: Program,
    private escapes: ProgramEscapes | null = null,
  ) {
    this.iface = new Ifaces(this);
    this.maps = new Maps(this);
    this.chans = new Chans(this);
    // Runtime types the VM itself refers to by index.
    this.types.index(Typ[BasicKind.Uint8]!);
    this.types.index(Typ[BasicKind.Int32]!);
  }

  /**
   * The standard packages compiled ahead of any program (the start-up image, cli/snapshot.ts):
   * every package's variables laid out, its init task and every function and method with a
   * body compiled (generic ones are compiled per instance, by the program that instantiates
   * them). A program whose standard packages are these continues it with `resume`.
   */
  static precompile(packages: readonly CheckedPackage[], escapes: ProgramEscapes): ProgramCompiler {
    const pc = new ProgramCompiler({ packages, main: packages[packages.length - 1]! }, escapes);
    for (const cp of packages) pc.declare(cp);
    for (const cp of packages) pc.packageInit(cp);
    for (const f of pc.goBodies) if (!isGeneric(f)) pc.funcIndex(f);
    pc.drain();
    return pc;
  }

  /**
   * Continue a precompiled image with program, whose packages other than the image's follow
   * them; the image is used up (its state becomes the program's).
   */
  resume(program: Program, escapes: ProgramEscapes | null): ProgramCompiler {
    this.program = program;
    this.escapes = escapes;
    return this;
  }

  /** Whether function f is compiled already (in a precompiled image, every non-generic function with a body). */
  compiled(f: Func): boolean {
    const i = this.funcIndexes.get(f);
    return i !== undefined && this.funcs[i] !== null;
  }

  /**
   * Forget the declarations of the functions for which keep is false, once they are compiled:
   * their bodies are then needed only by callers that inline them (inline.ts) or instantiate
   * them, which keep says to keep.
   */
  forgetDecls(keep: (f: Func) => boolean): void {
    for (const [f, d] of this.decls) {
      if (!keep(f) && this.compiled(f)) {
        this.decls.delete(f);
        this.placements.delete(d.decl);
      }
    }
  }

  compile(): VMProgram {
    for (const cp of this.program.packages) this.declare(cp);
    // The data segment's roots: the variables of the program's packages, in initialization order.
    for (const cp of this.program.packages) for (const v of this.laidOut.get(cp)!) this.heap.globals.add(v.addr, v.ptrWords);
    const inits = this.program.packages.map((cp) => this.packageInit(cp));
    const mainObj = this.program.main.pkg.scope.lookup('main');
    const entry = this.newFunc('runtime.main', () => {
      const b = new FuncBuilder('runtime.main', '', 0);
      // doInit: each package's init task, bracketed for GODEBUG=inittrace=1 when it has work.
      inits.forEach((i, k) => {
        const cp = this.program.packages[k]!;
        if (!i.work) {
          b.emit('CALL', i.index, 0);
          return;
        }
        b.emit('CALLN', this.nativeIndex('runtime.inittraceBegin'), 0);
        b.emit('CALL', i.index, 0);
        const path = cp.pkg.path;
        const n = this.natives.length;
        this.natives.push((vm) => vm.sched.inittrace?.end(path));
        this.nativeNames.push(`runtime.inittraceEnd(${path})`);
        b.emit('CALLN', n, 0);
      });
      if (mainObj instanceof Func) b.emit('CALL', this.funcIndex(mainObj), 0);
      b.emit('RET', 0, 0);
      return b.finish(0, 0, 0);
    });
    const rtErr = this.iface.runtimeErrorType();
    this.drain();
    return {
      funcs: this.funcs as FuncCode[],
      types: this.types.types,
      natives: this.natives,
      nativeNames: this.nativeNames,
      mem: this.mem,
      heap: this.heap,
      entry,
      runtimeErrorType: rtErr.runtimeError,
      plainErrorType: rtErr.plainError,
      itabs: this.iface.itabs,
    };
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const p = this.queue.shift()!;
      this.funcs[p.index] = p.compile();
    }
  }

  /** Reserve a function index and queue its compilation. */
  newFunc(name: string, compile: () => FuncCode): number {
    void name;
    const index = this.funcs.length;
    this.funcs.push(null);
    this.queue.push({ index, compile });
    return index;
  }

  // ---- package variables and init ------------------------------------------------------------

  /** Take in package cp: its functions' declarations and its variables' places (once). */
  private declare(cp: CheckedPackage): void {
    if (this.laidOut.has(cp)) return;
    for (const f of cp.files) {
      if (f.posBases !== undefined) this.posBases.set(f.file, f.posBases);
      for (const d of f.decls) {
        if (d.kind === 'FuncDecl' && d.body !== null) {
          const obj = cp.info.defs.get(d.name);
          if (obj instanceof Func) {
            this.decls.set(obj, { decl: d, cp });
            this.goBodies.add(obj);
          }
        }
      }
    }
    const vars: { addr: number; ptrWords: readonly number[] }[] = [];
    for (const obj of cp.pkg.scope.objects()) {
      if (!(obj instanceof Var)) continue;
      const addr = this.mem.dataAlloc(Math.max(sizeof(obj.type), 1), alignof(obj.type));
      this.globals.set(obj, addr);
      vars.push({ addr, ptrWords: pointerWords(obj.type) });
    }
    this.laidOut.set(cp, vars);
  }

  globalLoc(v: Var): VarLoc | undefined {
    const a = this.globals.get(v);
    return a === undefined ? undefined : { kind: 'global', addr: a };
  }

  /** Package cp's init task: its function index, and whether it has work (for inittrace). */
  private packageInit(cp: CheckedPackage): { index: number; work: boolean } {
    let task = this.initTasks.get(cp);
    if (task === undefined) {
      task = { index: this.compileInit(cp), work: hasInitWork(cp) };
      this.initTasks.set(cp, task);
    }
    return task;
  }

  private compileInit(cp: CheckedPackage): number {
    const name = `${cp.pkg.path}.init`;
    return this.newFunc(name, () => {
      const sig = new Signature(null, new Tuple(), new Tuple(), false);
      const file = cp.files[0]?.file ?? '';
      const fc = new FuncCompiler(this, this.view(cp.info), sig, name, file, 0);
      // Initializers run once: they keep the conservative placement (everything on the heap),
      // which spares analysing packages whose functions the program never compiles.
      fc.place = Placement.none;
      const b = fc.b;
      // Natively initialised package variables (os.Args).
      for (const obj of cp.pkg.scope.objects()) {
        if (obj instanceof Var && cp.std) {
          const n = this.nativeIdx.get(`${cp.pkg.path}.${obj.name}`) ?? this.lookupNative(`${cp.pkg.path}.${obj.name}`);
          if (n !== null) {
            const r = b.regs.alloc(1, [true]);
            b.loadNum(r, this.globals.get(obj)!);
            b.emit('CALLN', n, r);
          }
        }
      }
      for (const init of cp.info.initOrder) {
        const mark = b.regs.mark();
        b.setPos(init.rhs);
        if (init.lhs.length === 1) {
          const v = init.lhs[0]!;
          const val = convertTo(fc, init.rhs, v.type);
          if (v.name !== '_') store(fc, memOf(fc, { kind: 'global', addr: this.globals.get(v)! }), v.type, val);
        } else {
          const r = (init.rhs.kind === 'CallExpr' ? this.callResults(fc, init.rhs) : this.commaOkGlobal(fc, init.rhs));
          let off = r;
          const tt = fc.typeOf(init.rhs);
          const types = tt instanceof Tuple ? tt.vars.map((x) => x.type) : init.lhs.map((x) => x.type);
          init.lhs.forEach((v, i) => {
            if (v.name !== '_' && this.globals.has(v)) store(fc, memOf(fc, { kind: 'global', addr: this.globals.get(v)! }), v.type, off);
            off += regWidth(types[i]!);
          });
        }
        b.regs.release(mark);
      }
      for (const f of cp.inits) b.emit('CALL', this.funcIndex(f), 0);
      b.emit('RET', 0, 0);
      return b.finish(0, 0, 0);
    });
  }

  private callResults(fc: FuncCompiler, e: ast.CallExpr): number {
    return callResultsLazy(fc, e);
  }

  private commaOkGlobal(fc: FuncCompiler, e: ast.Expr): number {
    const [v, ok, vt] = this.commaOk(fc, e);
    const blk = fc.alloc(vt);
    const w = regWidth(vt);
    fc.b.emit('MOVN', blk, v, w);
    const okr = fc.b.regs.alloc(1);
    fc.b.emit('MOV', okr, ok);
    return blk;
  }

  // ---- functions -----------------------------------------------------------------------------

  /** The view through which ordinary (non-instance) code of a package is compiled. */
  view(info: Info): InstanceInfo {
    let v = this.plainViews.get(info);
    if (v === undefined) {
      v = new InstanceInfo(info, new Map(), this);
      this.plainViews.set(info, v);
    }
    return v;
  }

  /** The instance of generic function f for type arguments targs (one Func per argument list). */
  instanceFunc(f: Func, targs: readonly Type[]): Func {
    let byArgs = this.instanceFuncs.get(f);
    if (byArgs === undefined) {
      byArgs = new Map();
      this.instanceFuncs.set(f, byArgs);
    }
    const key = targs.map(typeHash).join(',');
    let inst = byArgs.get(key);
    if (inst === undefined) {
      inst = new Func(f.pos, f.pkg, f.name, instantiateSignature(f.type as Signature, targs));
      inst.origin = f;
      this.instanceArgs.set(inst, targs);
      byArgs.set(key, inst);
    }
    return inst;
  }

  /** An instance's generic declaration and substitution (a method's from its receiver's type arguments). */
  private instanceOf(f: Func): { origin: Func; smap: Map<TypeParam, Type>; key: string } {
    const origin = f.origin!;
    const osig = origin.type as Signature;
    let targs = this.instanceArgs.get(f);
    let tparams = osig.typeParams;
    if (targs === undefined) {
      let rt = (f.type as Signature).recv!.type;
      if (rt instanceof Pointer) rt = rt.elem;
      targs = (rt as Named).typeArgs ?? [];
      tparams = osig.recvTypeParams;
    }
    return { origin, smap: makeSubstMap(tparams, targs), key: `${this.symName(origin)}#${targs.map(typeHash).join(',')}` };
  }

  /** gc's symbol name for a function or method (`[...]` for the type arguments of an instance). */
  symName(f: Func): string {
    const sig = f.type as Signature;
    const pkg = f.pkg?.path ?? 'main';
    if (sig.recv !== null) {
      let rt = sig.recv.type;
      let ptr = false;
      if (rt instanceof Pointer) {
        ptr = true;
        rt = rt.elem;
      }
      const tn = rt instanceof Named ? rt.obj.name + (rt.typeParams.length > 0 ? '[...]' : '') : '?';
      return ptr ? `${pkg}.(*${tn}).${f.name}` : `${pkg}.${tn}.${f.name}`;
    }
    if (f.origin !== null || sig.typeParams.length > 0) return `${pkg}.${f.name}[...]`;
    if (f.name === 'init') {
      // gc numbers a package's init functions in source order: main.init.0, main.init.1, ...
      // (plain `main.init` is the function that initialises the package's variables).
      for (const cp of this.program.packages) {
        const i = cp.inits.indexOf(f);
        if (i >= 0) return `${pkg}.init.${i}`;
      }
    }
    return `${pkg}.${f.name}`;
  }

  /** The VM function index of f (compiling it on first use). */
  funcIndex(f: Func): number {
    const got = this.funcIndexes.get(f);
    if (got !== undefined) return got;
    if (f.origin !== null && this.decls.has(f.origin)) {
      const { origin, smap, key } = this.instanceOf(f);
      let idx = this.funcInstances.get(key);
      if (idx === undefined) {
        const d = this.decls.get(origin)!;
        idx = this.newFunc(this.symName(f), () => this.compileFuncDecl(f, d.decl, d.cp, smap));
        this.funcInstances.set(key, idx);
      }
      this.funcIndexes.set(f, idx);
      return idx;
    }
    const d = this.decls.get(f);
    let idx: number;
    if (d === undefined) {
      // A native: a trampoline so that it can be a func value or an itab entry.
      const n = this.nativeFor(f);
      if (n === null) throw new Error(`codegen: function ${this.symName(f)} has no body and no native`);
      const sig = f.type as Signature;
      idx = this.newFunc(this.symName(f), () => {
        const b = new FuncBuilder(this.symName(f), '', 0);
        let nargs = sig.recv !== null ? regWidth(sig.recv.type) : 0;
        for (const v of sig.params.vars) nargs += regWidth(v.type);
        let nres = 0;
        for (const v of sig.results.vars) nres += regWidth(v.type);
        b.regs.reserve(Math.max(nargs, nres) + 1);
        b.emit('CALLN', n, 0);
        b.emit('RET', 0, nres);
        return b.finish(nargs * 8, nres * 8, nres);
      });
    } else {
      idx = this.newFunc(this.symName(f), () => this.compileFuncDecl(f, d.decl, d.cp));
    }
    this.funcIndexes.set(f, idx);
    return idx;
  }

  /** The declaration of f (a function or method with a body), its package and its file. */
  declOf(f: Func): { decl: ast.FuncDecl; cp: CheckedPackage; file: string } | undefined {
    const d = this.decls.get(f);
    return d === undefined ? undefined : { ...d, file: d.cp.files.find((x) => x.decls.includes(d.decl))?.file ?? '' };
  }

  /** The placement for the body of decl (not an instance's) in package cp. */
  placementOf(cp: CheckedPackage, decl: ast.FuncDecl): Placement {
    let p = this.placements.get(decl);
    if (p === undefined) {
      p = Placement.of(this.escapes?.of(cp) ?? null, this.view(cp.info), decl);
      this.placements.set(decl, p);
    }
    return p;
  }

  private compileFuncDecl(f: Func, decl: ast.FuncDecl, cp: CheckedPackage, smap: Map<TypeParam, Type> = new Map()): FuncCode {
    const info = smap.size === 0 ? this.view(cp.info) : new InstanceInfo(cp.info, smap, this);
    const sig = info.signature((f.origin ?? f).type as Signature);
    const fc = new FuncCompiler(this, info, sig, this.symName(f), cp.files.find((x) => x.decls.includes(decl))?.file ?? '', decl.line);
    if (smap.size === 0) {
      fc.place = this.placementOf(cp, decl);
      fc.site = this.inlining.declSite(cp, f);
    } else fc.place = Placement.of(this.escapes?.of(cp) ?? null, info, decl);
    const params: (Var | null)[] = [];
    if (sig.recv !== null) params.push(sig.recv);
    for (const v of sig.params.vars) params.push(v);
    return compileBody(fc, params, decl.body!, decl.type, []);
  }

  // ---- closures ------------------------------------------------------------------------------

  /**
   * A FuncLit: compile its body as a function and build its funcval (func.ts: word 0 the
   * function index, then each captured variable's address or value).
   */
  compileFuncLit(fc: FuncCompiler, e: ast.FuncLit, dst?: number): number {
    const caps = capturesOf(fc.info, e);
    const outer = fc.b.name;
    const n = (this.closureCount.get(outer) ?? 0) + 1;
    this.closureCount.set(outer, n);
    const name = `${outer}.func${n}`;
    const sig = fc.typeOf(e) as Signature;
    const info = fc.info;
    const file = fc.file;
    const place = fc.place.extend(info, e.body);
    const site = litSite(fc.site, e);
    const idx = this.newFunc(name, () => {
      const inner = new FuncCompiler(this, info, sig, name, file, e.line);
      inner.place = place;
      inner.site = site;
      return compileBody(inner, sig.params.vars.slice(), e.body, e.type, caps);
    });
    const b = fc.b;
    if (caps.length === 0) {
      // Nothing captured: a static funcval, as gc makes for such a literal (no allocation).
      const r = dst ?? b.regs.alloc(1, [true]);
      b.loadNum(r, this.funcvalOf(idx));
      return r;
    }
    const lay = this.closureLayout(caps, fc.place);
    const r = fc.newObject(lay.type, e, dst);
    const k = b.regs.alloc(1);
    b.emit('LOADI', k, idx);
    b.emit('STORE_SCALAR', r, k, 0);
    caps.forEach((v, i) => {
      const loc = varLoc(fc, v);
      const off = lay.offsets[i + 1]!;
      if (lay.byRef[i]) {
        if (loc.kind !== 'mem') throw new InternalError(`codegen: ${v.name}, captured by reference, is not in memory`);
        b.emit('STORE_PTR', r, loc.reg, off);
        return;
      }
      const mark = b.regs.mark();
      const val = loc.kind === 'reg' ? loc.reg : load(fc, memOf(fc, loc), v.type);
      store(fc, { reg: r, off }, v.type, val);
      b.regs.release(mark);
    });
    return r;
  }

  /**
   * The closure object for captured variables caps: a struct of the function word `F` and one
   * field per variable, its address (by reference) or its value (by value).
   */
  closureLayout(caps: readonly Var[], place: Placement): { type: Struct; offsets: readonly number[]; byRef: readonly boolean[] } {
    const byRef = caps.map((v) => place.captureByRef(v));
    const fields = [newField(noPos, null, 'F', Typ[BasicKind.Uintptr]!, false)];
    caps.forEach((v, i) => fields.push(newField(noPos, null, v.name, byRef[i] ? new Pointer(v.type) : v.type, false)));
    const type = new Struct(fields);
    return { type, offsets: offsetsof(type), byRef };
  }

  /** A struct type standing for a closure object with n captured pointers (for its RType). */
  closureType(n: number): Type {
    return this.iface.closureStruct(n);
  }

  /** The address of a static funcval for top-level function f. */
  staticFuncval(f: Func): number {
    const idx = this.funcIndex(f);
    return this.funcvalOf(idx);
  }

  funcvalOf(idx: number): number {
    let a = this.funcvals.get(idx);
    if (a === undefined) {
      a = this.mem.dataAlloc(8, 8);
      this.mem.store64(a, idx);
      this.funcvals.set(idx, a);
    }
    return a;
  }

  private staticUint64sAddr = 0;
  private zeroValAddr = 0;

  /** runtime.staticuint64s: the words 0..255, where small values boxed in interfaces point. */
  staticUint64s(): number {
    if (this.staticUint64sAddr === 0) {
      this.staticUint64sAddr = this.mem.dataAlloc(256 * 8, 8);
      for (let i = 0; i < 256; i++) this.mem.store64(this.staticUint64sAddr + 8 * i, i);
    }
    return this.staticUint64sAddr;
  }

  /** runtime.zeroVal: zero bytes, where an empty string or nil slice boxed in an interface points. */
  zeroVal(): number {
    if (this.zeroValAddr === 0) this.zeroValAddr = this.mem.dataAlloc(32, 8);
    return this.zeroValAddr;
  }

  // ---- strings and natives ---------------------------------------------------------------------

  /** Address of a string literal's bytes in the data segment (0 for the empty string). */
  stringLit(bytes: Uint8Array): number {
    if (bytes.length === 0) return 0;
    // One flat string per literal (a key grown a character at a time would be a chain of
    // concatenations, an object per character in the start-up image).
    let key = '';
    for (let i = 0; i < bytes.length; i += 4096) key += String.fromCharCode(...bytes.subarray(i, i + 4096));
    let a = this.strings.get(key);
    if (a === undefined) {
      a = this.mem.dataAlloc(bytes.length, 1);
      this.mem.bytes(a, bytes.length).set(bytes);
      this.strings.set(key, a);
    }
    return a;
  }

  private lookupNative(name: string): number | null {
    const fn = nativeRegistry[name];
    if (fn === undefined) return null;
    const i = this.natives.length;
    this.natives.push(fn);
    this.nativeNames.push(name);
    this.nativeIdx.set(name, i);
    return i;
  }

  /** Index of a native by qualified name (throws if it does not exist). */
  nativeIndex(name: string): number {
    const got = this.nativeIdx.get(name) ?? this.lookupNative(name);
    if (got === null) throw new Error(`codegen: no native ${name}`);
    return got;
  }

  /** The native implementing bodiless function f, or null if f has a body. */
  nativeFor(f: Func): number | null {
    if (this.goBodies.has(f.origin ?? f)) return null;
    const sig = f.type as Signature;
    let name: string;
    if (sig.recv !== null) {
      let rt = sig.recv.type;
      if (rt instanceof Pointer) rt = rt.elem;
      name = `${f.pkg?.path}.${rt instanceof Named ? rt.obj.name : '?'}.${f.name}`;
    } else name = `${f.pkg?.path}.${f.name}`;
    const got = this.nativeIdx.get(name) ?? this.lookupNative(name);
    if (got !== null) return got;
    // Not implemented yet: a stub that fails when called (a program that never calls it runs).
    // Called while a standard package initialises its variables (os.Stdin = NewFile(...)), it
    // yields zero values instead, so programs that do not use those variables still run.
    let nres = 0;
    for (const v of sig.results.vars) nres += regWidth(v.type);
    const i = this.natives.length;
    this.natives.push((vm, base) => {
      const g = (vm as unknown as { cur: { depth: number; fnOf: Int32Array } }).cur;
      const caller = (vm as unknown as { funcs: FuncCode[] }).funcs[g.fnOf[g.depth - 1]!]!;
      if (caller.name.endsWith('.init') && !caller.name.startsWith('main.')) {
        vm.regs.fill(0, base, base + nres);
        return;
      }
      throw new InternalError(`native ${name} is not implemented yet`);
    });
    this.nativeNames.push(name);
    this.nativeIdx.set(name, i);
    return i;
  }

  /** A trampoline function for a native by name (for method tables of runtime types). */
  funcIndexOfNative(name: string, nargs: number, nres: number): number {
    const n = this.nativeIndex(name);
    return this.newFunc(name, () => {
      const b = new FuncBuilder(name, '', 0);
      b.regs.reserve(Math.max(nargs, nres) + 1);
      b.emit('CALLN', n, 0);
      b.emit('RET', 0, nres);
      return b.finish(nargs * 8, nres * 8, nres);
    });
  }

  /** The body of a deferred builtin call's thunk: the builtin applied to saved values. */
  builtinThunkBody(fc: FuncCompiler, id: number, regs: number[], types: Type[]): void {
    const b = fc.b;
    switch (id) {
      case BuiltinId.Panic: {
        let v = regs[0]!;
        v = convertRegs(fc, v, types[0]!, this.emptyInterface);
        b.emit('PANIC', v);
        return;
      }
      case BuiltinId.Print:
      case BuiltinId.Println:
        regs.forEach((r, i) => {
          if (i > 0 && id === BuiltinId.Println) b.emit('PRINTSP');
          b.emit('PRINT', r, printKindOf(types[i]!));
        });
        if (id === BuiltinId.Println) b.emit('PRINTNL');
        return;
      case BuiltinId.Recover: {
        const r = b.regs.alloc(2);
        b.emit('RECOVER', r);
        return;
      }
      case BuiltinId.Delete:
        this.maps.deleteRegs(fc, regs[0]!, regs[1]!, under(types[0]!) as MapType);
        return;
      case BuiltinId.Close:
        this.chans.closeReg(fc, regs[0]!);
        return;
      case BuiltinId.Copy:
        b.emit('COPY', b.regs.alloc(1), regs[0]!, regs[1]!, sizeof((under(types[0]!) as Slice).elem));
        return;
      default:
        throw new Error(`codegen: defer of builtin ${BuiltinId[id]} not supported yet`);
    }
  }

  // ---- delegated to iface.ts and map.ts ---------------------------------------------------------

  toInterface(fc: FuncCompiler, v: number, vt: Type, it: Type, dst?: number, site?: ast.Node): number {
    return this.iface.toInterface(fc, v, vt, it, dst, site);
  }
  ifaceToIface(fc: FuncCompiler, v: number, from: Type, to: Type, dst?: number): number {
    return this.iface.ifaceToIface(fc, v, from, to, dst);
  }
  typeAssert(fc: FuncCompiler, e: ast.TypeAssertExpr, dst: number | undefined, commaOk: boolean): number {
    return this.iface.typeAssert(fc, e, dst, commaOk);
  }
  typeSwitch(fc: FuncCompiler, s: ast.TypeSwitchStmt): void {
    this.iface.typeSwitch(fc, s);
  }
  methodValue(fc: FuncCompiler, e: ast.SelectorExpr, dst?: number): number {
    return this.iface.methodValue(fc, e, dst);
  }
  deferClosure(fc: FuncCompiler, call: ast.CallExpr): number {
    return this.iface.deferClosure(fc, call);
  }
  /** `v, ok` forms: map index, type assertion, receive. Returns [value regs, ok reg, value type]. */
  commaOk(fc: FuncCompiler, e: ast.Expr): [number, number, Type] {
    while (e.kind === 'ParenExpr') e = e.x;
    if (e.kind === 'UnaryExpr' && e.op === '<-') return this.chans.recvOk(fc, e);
    if (e.kind === 'TypeAssertExpr') return this.iface.typeAssertOk(fc, e);
    if (e.kind === 'IndexExpr') return this.maps.indexOk(fc, e);
    throw new Error('codegen: comma-ok form ' + e.kind);
  }
  /** tag == e for a switch (tag of type t in registers). */
  equal(fc: FuncCompiler, tag: number, t: Type, e: ast.Expr): number {
    return this.iface.equal(fc, tag, t, e);
  }
  loadInto(fc: FuncCompiler, loc: MemLoc, t: Type, dst: number): number {
    return load(fc, loc, t, dst);
  }
  makeMap(fc: FuncCompiler, t: Type, hint: ast.Expr | null): number {
    return this.maps.makeMap(fc, t, hint);
  }
  mapIndex(fc: FuncCompiler, e: ast.IndexExpr, dst: number | undefined, commaOk: boolean): number {
    void commaOk;
    return this.maps.index(fc, e, dst);
  }
  mapAssign(fc: FuncCompiler, lv: Extract<LValue, { kind: 'map' }>, src: number): void {
    this.maps.assign(fc, lv, src);
  }
  mapLoad(fc: FuncCompiler, lv: Extract<LValue, { kind: 'map' }>): number {
    return this.maps.load(fc, lv);
  }
  mapDelete(fc: FuncCompiler, e: ast.CallExpr): number {
    return this.maps.delete(fc, e);
  }
  mapLit(fc: FuncCompiler, e: ast.CompositeLit, dst?: number): number {
    return this.maps.literal(fc, e, dst);
  }
  rangeMap(
    fc: FuncCompiler,
    s: ast.RangeStmt,
    keyE: ast.Expr | null,
    valE: ast.Expr | null,
    bind: (e: ast.Expr | null) => LValue | null,
    label: string | null,
  ): void {
    this.maps.range(fc, s, keyE, valE, bind, label);
  }
}

import { callResults as callResultsLazy } from './call.js';

/** Does the body contain a defer statement (outside nested function literals)? */
function hasDefer(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(hasDefer);
  const node = n as ast.Node;
  if (node.kind === 'FuncLit') return false;
  if (node.kind === 'DeferStmt') return true;
  for (const key in node) {
    if (key === 'kind') continue;
    const c = (node as unknown as Record<string, unknown>)[key];
    if (c !== null && typeof c === 'object' && hasDefer(c)) return true;
  }
  return false;
}

/**
 * Compile a function body: prologue (parameters, captured variables, result variables), the
 * statements, and the epilogue. `params` are the receiver and parameters in register order.
 */
export function compileBody(fc: FuncCompiler, params: (Var | null)[], body: ast.BlockStmt, ftype: ast.FuncType, caps: readonly Var[]): FuncCode {
  const b = fc.b;
  const sig = fc.sig;
  b.setPos(body);
  // Parameters arrive in r0..; memory-typed ones as addresses of the caller's values.
  const incoming: { v: Var | null; reg: number }[] = [];
  let argBytes = 0;
  for (const v of params) {
    const t = v!.type;
    incoming.push({ v, reg: fc.alloc(t) });
    argBytes += sizeof(t);
  }
  for (const v of sig.results.vars) {
    if (isMemType(v.type)) fc.resultPtrs.push(b.regs.alloc(1, [true]));
    else fc.resultPtrs.push(null);
  }
  placeParams(fc, incoming);
  // Captured variables: their addresses, or copies of their values, from the closure object.
  if (caps.length > 0) {
    const lay = fc.pc.closureLayout(caps, fc.place);
    const ctx = b.regs.alloc(1, [true]);
    b.emit('CTX', ctx);
    caps.forEach((v, i) => {
      const off = lay.offsets[i + 1]!;
      if (lay.byRef[i]) {
        const r = b.regs.alloc(1, [true]);
        b.emit('LOAD_PTR', r, ctx, off);
        fc.vars.set(v, { kind: 'mem', reg: r });
      } else if (isMemType(v.type) || fc.place.addressed.has(v)) {
        const slot = fc.frameSlot(v.type);
        const mark = b.regs.mark();
        store(fc, { reg: slot, off: 0 }, v.type, load(fc, { reg: ctx, off }, v.type));
        b.regs.release(mark);
        fc.vars.set(v, { kind: 'mem', reg: slot });
      } else {
        fc.vars.set(v, { kind: 'reg', reg: load(fc, { reg: ctx, off }, v.type) });
      }
    });
  }
  // Results in variables when they are named or the function defers.
  fc.hasDefer = hasDefer(body);
  if (fc.hasDefer || sig.results.vars.some((v) => v.name !== '')) declareResultVars(fc);
  void ftype;
  void initVar;
  void expr;
  stmts(fc, body.list);
  // Falling off the end of a function without results returns.
  if (fc.resultVars !== null) b.jump(fc.epilogue);
  else if (sig.results.length === 0) b.emit('RET', 0, 0);
  else b.emit('UNREACHABLE');
  if (fc.resultVars !== null) {
    b.bind(fc.epilogue);
    b.line = body.rbraceLine;
    b.recoverPc = b.pc;
    if (fc.hasDefer) b.emit('RUNDEFERS');
    emitRet(fc, resultVarValues(fc));
  }
  let resBytes = 0;
  let nres = 0;
  for (const v of sig.results.vars) {
    resBytes += sizeof(v.type);
    nres += regWidth(v.type);
  }
  return b.finish(argBytes, resBytes, nres);
}

/**
 * Put each parameter where it lives (Placement): a register parameter stays in the register it
 * arrived in, any other is copied into its frame slot or heap cell (a memory-typed one arrives
 * as the address of the caller's value).
 */
export function placeParams(fc: FuncCompiler, incoming: readonly { v: Var | null; reg: number }[]): void {
  for (const { v, reg } of incoming) {
    if (v === null || v.name === '_' || v.name === '') continue;
    const t = v.type;
    if (fc.place.varKind(v) !== 'reg') {
      const loc = fc.declareVar(v);
      if (loc.kind === 'mem') store(fc, { reg: loc.reg, off: 0 }, t, reg);
    } else {
      fc.vars.set(v, { kind: 'reg', reg });
    }
  }
}

/** Declare the result variables of fc.sig, zeroed (unnamed and blank ones as gc's `~rN`). */
export function declareResultVars(fc: FuncCompiler): void {
  fc.resultVars = fc.sig.results.vars.map((v, i) => {
    let rv = v;
    if (v.name === '' || v.name === '_') {
      rv = new Var(v.pos, v.pkg, `~r${i}`, v.type);
    }
    const loc = fc.declareVar(rv);
    if (loc.kind === 'reg') fc.zeroRegs(loc.reg, rv.type);
    return rv;
  });
}

/** The registers holding the result variables' values (memory-typed ones: stored at their result address). */
export function resultVarValues(fc: FuncCompiler): number[] {
  const b = fc.b;
  return fc.resultVars!.map((v, i) => {
    const loc = fc.vars.get(v)!;
    if (loc.kind === 'global') throw new Error('codegen: global result');
    if (isMemType(v.type)) {
      const dstPtr = fc.resultPtrs[i]!;
      b.emit('TYPEDMOVE', dstPtr, loc.reg, fc.pc.types.index(v.type));
      return dstPtr;
    }
    if (loc.kind === 'reg') return loc.reg;
    return load(fc, { reg: loc.reg, off: 0 }, v.type);
  });
}

export function compileFuncLit(fc: FuncCompiler, e: ast.FuncLit, dst?: number): number {
  return fc.pc.compileFuncLit(fc, e, dst);
}

export { Interface, under };

/**
 * Whether a package's init task has functions for doInit to run (and inittrace to report): an
 * `init` function, or a package variable whose initializer gc cannot lay out statically
 * (anything but constants, composite literals, function literals and function names).
 */
function hasInitWork(cp: CheckedPackage): boolean {
  if (cp.inits.length > 0) return true;
  const isStatic = (e: ast.Expr): boolean => {
    while (e.kind === 'ParenExpr') e = e.x;
    if (cp.info.types.get(e)?.value !== undefined) return true;
    switch (e.kind) {
      case 'FuncLit':
      case 'BasicLit':
        return true;
      case 'CompositeLit':
        return e.elts.every((x) => isStatic(x.kind === 'KeyValueExpr' ? x.value : x));
      case 'UnaryExpr':
        return e.op === '&' && e.x.kind === 'CompositeLit' && isStatic(e.x);
      case 'Ident':
        return cp.info.uses.get(e) instanceof Func || e.name === 'nil';
      default:
        return false;
    }
  };
  return cp.info.initOrder.some((init) => !isStatic(init.rhs));
}

/** A generic function or a method of a generic type (compiled per instance). */
export function isGeneric(f: Func): boolean {
  const sig = f.type as Signature;
  return sig.typeParams.length > 0 || sig.recvTypeParams.length > 0;
}
