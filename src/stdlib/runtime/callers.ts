// runtime.Caller, runtime.Callers and runtime.FuncForPC (Go's runtime/extern.go, symtab.go and
// traceback.go), over the VM's frame records.
//
// Design
//   A gc binary's text segment holds every function's machine code from 0x401000 on, and its
//   pclntab maps each pc back to a function, a file and a line. minigo lays out a text segment
//   of the same shape, on paper only (no bytes are stored):
//
//     1. A few functions of Go's runtime that appear in real stacks but have no minigo code:
//        runtime.main (which runs package initialization, then main.main), runtime.doInit,
//        runtime.goexit (the bottom of every goroutine), runtime.gopanic (which calls deferred
//        functions during a panic), runtime.Callers itself, and the helpers through which a
//        run-time error reaches gopanic (goPanicIndex, panicdivide, sigpanic and panicmem).
//        Each has the file and lines Go 1.19's sources give its call sites.
//     2. Every compiled function, in function-index order, 32-byte aligned as gc aligns
//        functions on amd64. A function occupies one byte per bytecode word, so the pc of
//        instruction i of function f is entry(f) + 4*i, and f.lines maps it to its line.
//     3. Every native (TypeScript) function, so that a native that calls back into Go (fmt
//        calling a String method) shows as a frame as Go's own fmt functions do.
//
//   Callers walks g's frame records from the top down and produces what gc's unwinder would
//   produce, return addresses: for a frame suspended at a call the pc after the call
//   instruction, and for a frame stopped inside an instruction (a panic, a fault) that
//   instruction's pc + 1, so that "pc - 1 is in the instruction that is responsible" holds for
//   both, as CallersFrames assumes. Between the frames it inserts the runtime's frames that
//   Go's stack would hold there: gopanic above a panicking frame, runtime.main and goexit at
//   the bottom, doInit above a package initializer. Compiler-made wrappers are left out, as
//   Go's unwinder elides them, and so is the function that initialises a package's variables
//   when it merely calls an init function (gc's doInit calls each init function directly).
//
//   A *runtime.Func is the address of a word in a table laid out in the data segment on first
//   use, one word per text symbol, so FuncForPC returns the same pointer for every pc of a
//   function, as Go does.
//
//   Inlined calls (vm/program.ts has the inline tree). A frame whose pc is in inlined code
//   stands for several logical frames, and Callers returns one pc for each, as gc's unwinder
//   does: the frame's own return address first (the innermost inlined function's), then for
//   each enclosing call the pc after the call's site (program.ts inlParentPc, which lies past
//   the function's code, inside its text symbol). FuncForPC of a pc in inlined code returns a
//   *Func of the inlined function (gc's funcinl): its name, the file and line at that pc, and
//   the entry of the function it is inlined into; CallersFrames gives such frames a nil Func.
//
// How it differs from Go: pcs are word offsets of bytecode, not of machine code; natives and the runtime's own functions have no line tables (a native reports line 0),
// and a native is named as registered (`bytes.Buffer.Write`, where gc says `bytes.(*Buffer).Write`).
// The standard packages' files are reported under Go's GOROOT (/usr/lib/go-1.19/src/...), with
// minigo's line numbers.
import {
  funcFileLine, goSourceFile, goroot, inlIndexAt, inlParentPc, type NativeContext, type NativeFn, type FuncCode, type VMProgram,
} from '../../vm/program.js';
import type { G } from '../../vm/goroutine.js';
import { FrameKind } from '../../vm/panic.js';
import { Op } from '../../vm/opcodes.js';
import { hostOf } from '../../runtime/host.js';
import { PlainPanic } from '../../runtime/error.js';

/** gc's text segment starts here on linux/amd64. */
const textStart = 0x401000;
/** gc aligns function entries to 32 bytes on amd64. */
const funcAlign = 32;

/** One function of the text segment. */
interface TextSym {
  readonly name: string;
  readonly file: string;
  entry: number;
  readonly size: number;
  /** Compiled code, or null for the runtime's and natives' symbols. */
  readonly code: FuncCode | null;
  /** For symbols without code: the line of each call site, one per 16 bytes from the entry. */
  readonly sites: readonly number[];
}

/** The runtime's own functions that show in stacks (file under GOROOT/src/runtime, lines of Go 1.19.8). */
const runtimeSyms = {
  callers: { name: 'runtime.Callers', file: 'extern.go', sites: [247] },
  main: { name: 'runtime.main', file: 'proc.go', sites: [233, 250] },
  doInit: { name: 'runtime.doInit', file: 'proc.go', sites: [6329] },
  goexit: { name: 'runtime.goexit', file: 'asm_amd64.s', sites: [1594] },
  gopanic: { name: 'runtime.gopanic', file: 'panic.go', sites: [884] },
  goPanicIndex: { name: 'runtime.goPanicIndex', file: 'panic.go', sites: [113] },
  panicdivide: { name: 'runtime.panicdivide', file: 'panic.go', sites: [239] },
  panicmem: { name: 'runtime.panicmem', file: 'panic.go', sites: [260] },
  sigpanic: { name: 'runtime.sigpanic', file: 'signal_unix.go', sites: [835] },
} as const;
type RuntimeSym = keyof typeof runtimeSyms;

/** What FuncForPC reports for a pc in inlined code. */
interface InlFunc {
  readonly name: string;
  readonly entry: number;
  readonly file: string;
  readonly line: number;
}

/** The text segment of one program. */
class SymTab {
  readonly syms: TextSym[] = [];
  readonly byFunc: TextSym[] = [];
  readonly byNative: TextSym[] = [];
  readonly runtime = {} as Record<RuntimeSym, TextSym>;
  /** Address of the *runtime.Func table (laid out on first use), one word per symbol. */
  funcTab = 0;
  /** The *Funcs of inlined functions FuncForPC made (gc's funcinl), by address and by symbol and pc. */
  readonly inlFuncs = new Map<number, InlFunc>();
  readonly inlFuncAt = new Map<string, number>();

  constructor(
    prog: VMProgram,
    readonly cwd: string,
  ) {
    let pc = textStart;
    const add = (s: Omit<TextSym, 'entry'>): TextSym => {
      const sym: TextSym = { ...s, entry: pc };
      pc = Math.ceil((pc + Math.max(s.size, 1)) / funcAlign) * funcAlign;
      this.syms.push(sym);
      return sym;
    };
    for (const k of Object.keys(runtimeSyms) as RuntimeSym[]) {
      const r = runtimeSyms[k];
      const file = r.file.endsWith('.s') || r.file.endsWith('.go') ? `${goroot}/src/runtime/${r.file}` : r.file;
      this.runtime[k] = add({ name: r.name, file, size: 16 * (r.sites.length + 1), code: null, sites: r.sites });
    }
    for (const f of prog.funcs) {
      const size = f.inlTree === undefined ? f.code.length : inlParentPc(f, f.inlTree.length);
      this.byFunc.push(add({ name: f.name, file: sourceFile(f.file, f.name, cwd), size, code: f, sites: [] }));
    }
    for (const n of prog.nativeNames) {
      this.byNative.push(add({ name: n, file: sourceFile('', n, cwd), size: 64, code: null, sites: [0] }));
    }
  }

  /** The symbol whose text holds pc, or undefined. */
  lookup(pc: number): TextSym | undefined {
    const s = this.syms;
    let lo = 0;
    let hi = s.length - 1;
    if (s.length === 0 || pc < s[0]!.entry) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]!.entry <= pc) lo = mid;
      else hi = mid - 1;
    }
    const sym = s[lo]!;
    return pc < sym.entry + Math.max(sym.size, 1) ? sym : undefined;
  }

  indexOf(sym: TextSym): number {
    return this.syms.indexOf(sym);
  }
}

/**
 * The file and line of the byte at offset off of sym's text: the symbol's file, unless a `//line`
 * directive names another one for that instruction (shown as written, as gc records it) or
 * the instruction is inlined from another file.
 */
function posAt(sym: TextSym, off: number, cwd: string): { file: string; line: number } {
  if (sym.code !== null) {
    const f = sym.code;
    const p = funcFileLine(f, off);
    if (p.file === f.file) return { file: sym.file, line: p.line };
    // A file of the package other than f's (code inlined from it) is reported as f's file is.
    const source = f.inlTree?.some((c) => c.funcFile === p.file) === true;
    return { file: source ? sourceFile(p.file, sym.name, cwd) : p.file, line: p.line };
  }
  const k = Math.min(Math.max(0, off >> 4), sym.sites.length - 1);
  return { file: sym.file, line: sym.sites[k] ?? 0 };
}

/** The inlined call whose code holds the byte at offset off of sym's text, or -1. */
function inlAt(sym: TextSym, off: number): number {
  return sym.code === null ? -1 : inlIndexAt(sym.code, off);
}

/** The pc of call site k of a symbol without code (its return address). */
function sitePC(sym: TextSym, k: number): number {
  return sym.entry + 16 * (k + 1);
}

/**
 * The file Go would report for a function: the main package's files by absolute path (as
 * `go run` compiles them), the standard packages' under GOROOT.
 */
function sourceFile(file: string, name: string, cwd: string): string {
  const std = goSourceFile(file);
  if (std !== file) return std;
  if (file === '') {
    // A native, or a trampoline calling one: the package's directory under GOROOT.
    const pkg = packageOf(name);
    const base = pkg.slice(pkg.lastIndexOf('/') + 1);
    return pkg === '' ? '?' : `${goroot}/src/${pkg}/${base}.go`;
  }
  return cleanPath(file.startsWith('/') ? file : `${cwd}/${file}`);
}

/** The import path part of a symbol name (`container/list.(*List).Init` → `container/list`). */
function packageOf(sym: string): string {
  const slash = sym.lastIndexOf('/');
  const dot = sym.indexOf('.', slash + 1);
  return dot < 0 ? '' : sym.slice(0, dot);
}

/** Lexical path cleaning (Go's path.Clean) for absolute paths. */
function cleanPath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

interface VMView {
  cur: G;
  readonly prog: VMProgram;
  readonly funcs: FuncCode[];
}

const tables = new WeakMap<VMProgram, SymTab>();

function symtab(vm: NativeContext): SymTab {
  const prog = (vm as unknown as VMView).prog;
  let t = tables.get(prog);
  if (t === undefined) {
    t = new SymTab(prog, hostOf(vm).cwd?.() ?? '/');
    tables.set(prog, t);
  }
  return t;
}

/** What a panic running deferred calls at depth d came from, for the runtime frames under gopanic. */
function panicHelpers(g: G, callDepth: number): RuntimeSym[] {
  for (const p of g.panics) {
    if ((p as { callDepth?: number }).callDepth !== callDepth) continue;
    if (p.sigpanic !== undefined) return ['panicmem', 'sigpanic'];
    const m = p.message ?? '';
    if (m.startsWith('runtime error: index out of range')) return ['goPanicIndex'];
    if (m === 'runtime error: integer divide by zero') return ['panicdivide'];
    return [];
  }
  return [];
}

/**
 * The goroutine's stack as gc's unwinder reports it, newest first, starting with the function
 * that called the native now running (or, with `atSafePoint`, the function whose top frame
 * stopped just after an instruction, as after an allocation): each entry a return address (see
 * the header).
 */
function unwind(vm: NativeContext, t: SymTab, max: number, g = (vm as unknown as VMView).cur, atSafePoint = false): number[] {
  const { prog, funcs } = vm as unknown as VMView;
  const pcs: number[] = [];
  const push = (pc: number) => {
    if (pcs.length < max) pcs.push(pc);
  };
  /**
   * Push return address entry+off of function fi's frame and, when off - 1 is in inlined code,
   * one pc per enclosing inlined call (see the header).
   */
  const pushFrame = (fi: number, off: number) => {
    const sym = t.byFunc[fi]!;
    push(sym.entry + off);
    const f = sym.code!;
    for (let k = inlIndexAt(f, off - 1); k >= 0; k = f.inlTree![k]!.parent) push(sym.entry + inlParentPc(f, k) + 1);
  };
  const rt = t.runtime;
  const top = g.depth - 1;
  for (let d = top; d >= 0 && pcs.length < max; d--) {
    const fi = g.fnOf[d]!;
    const f = funcs[fi]!;
    const pcw = g.pcOf[d]!;
    const above = d < top ? g.kindOf[d + 1]! : -1;
    if (fi === prog.entry) {
      // runtime.main: calling main.main, or a package's initializer through doInit.
      const callee = d < top ? funcs[g.fnOf[d + 1]!]!.name : '';
      if (callee === 'main.main') push(sitePC(rt.main, 1));
      else {
        push(sitePC(rt.doInit, 0));
        push(sitePC(rt.main, 0));
      }
      continue;
    }
    if (f.wrapper === true) continue;
    if (d === top && !atSafePoint && f.code[pcw] === Op.CALLN && f.file === '' && d > 0) {
      // The trampoline of the native being run (runtime.Caller called through a func value).
      continue;
    }
    if (d < top && /\.init$/.test(f.name) && /\.init\.\d+$/.test(funcs[g.fnOf[d + 1]!]!.name)) continue;
    if (above === FrameKind.PanicDefer) {
      push(sitePC(rt.gopanic, 0));
      for (const h of panicHelpers(g, d + 1)) push(sitePC(rt[h], 0));
      pushFrame(fi, pcw + 1);
    } else if (above === FrameKind.NativeCall) {
      // A native that called back into Go: it shows as a frame of its own.
      const n = f.code[pcw + 1]!;
      push(t.byNative[n]!.entry + 1);
      pushFrame(fi, pcw + 4);
    } else if (above === FrameKind.PreprintPanic) {
      pushFrame(fi, pcw + 1);
    } else if (d === top) {
      pushFrame(fi, pcw + (atSafePoint ? 0 : 4));
    } else if (f.code[pcw] === Op.RUNDEFERS) {
      // A deferred call run at the function's exit (gc open-codes it there).
      pushFrame(fi, pcw + 1);
    } else {
      pushFrame(fi, pcw);
    }
  }
  if (pcs.length < max) pcs.push(sitePC(rt.goexit, 0));
  return pcs;
}

/** The frame a return address stands for, as CallersFrames reports it: pc - 1 past the entry. */
function frameOf(t: SymTab, pc: number): { sym: TextSym; pc: number; file: string; line: number } | null {
  const sym = t.lookup(pc);
  if (sym === undefined) return null;
  const fpc = pc > sym.entry ? pc - 1 : pc;
  return { sym, pc: fpc, ...posAt(sym, fpc - sym.entry, t.cwd) };
}

/** The *Func FuncForPC returns for pc in sym's text: sym's, or for inlined code an InlFunc's. */
function funcForPC(vm: NativeContext, t: SymTab, sym: TextSym, pc: number): number {
  const k = inlAt(sym, pc - sym.entry);
  if (k < 0) return funcPtr(vm, t, sym);
  const key = `${t.indexOf(sym)}:${pc}`;
  let p = t.inlFuncAt.get(key);
  if (p === undefined) {
    p = vm.mem.dataAlloc(8, 8);
    t.inlFuncs.set(p, { name: sym.code!.inlTree![k]!.name, entry: sym.entry, ...posAt(sym, pc - sym.entry, t.cwd) });
    t.inlFuncAt.set(key, p);
  }
  return p;
}

function setString(vm: NativeContext, at: number, s: string): void {
  const [p, n] = vm.newString(s);
  vm.regs[at] = p;
  vm.regs[at + 1] = n;
}

/** The *Func for a symbol: a word of the Func table. */
function funcPtr(vm: NativeContext, t: SymTab, sym: TextSym): number {
  if (t.funcTab === 0) t.funcTab = vm.mem.dataAlloc(8 * t.syms.length, 8);
  return t.funcTab + 8 * t.indexOf(sym);
}

function symOfFunc(t: SymTab, f: number): TextSym | undefined {
  if (f === 0 || t.funcTab === 0) return undefined;
  return t.syms[(f - t.funcTab) / 8];
}

/** The stack of g, stopped at a safe point just after the instruction that allocated (mprof.ts). */
export function allocationStack(vm: NativeContext, g: G, max: number): number[] {
  return unwind(vm, symtab(vm), max, g, true);
}

export const callersNatives: Record<string, NativeFn> = {
  /** Caller(skip int) (pc uintptr, file string, line int, ok bool). */
  'runtime.Caller': (vm, base) => {
    const skip = vm.regs[base]!;
    const t = symtab(vm);
    const pcs = skip < 0 ? [] : unwind(vm, t, skip + 1);
    const fr = pcs.length > skip ? frameOf(t, pcs[skip]!) : null;
    if (fr === null) {
      vm.regs[base] = 0;
      setString(vm, base + 1, '');
      vm.regs[base + 3] = 0;
      vm.regs[base + 4] = 0;
      return;
    }
    vm.regs[base] = fr.pc;
    setString(vm, base + 1, fr.file);
    vm.regs[base + 3] = fr.line;
    vm.regs[base + 4] = 1;
  },
  /** Callers(skip int, pc []uintptr) int: skip 0 is Callers itself. */
  'runtime.Callers': (vm, base) => {
    const skip = Math.max(0, vm.regs[base]!);
    const arr = vm.regs[base + 1]!;
    const len = vm.regs[base + 2]!;
    const t = symtab(vm);
    const all = [sitePC(t.runtime.callers, 0), ...unwind(vm, t, skip + len)];
    const pcs = all.slice(skip, skip + len);
    pcs.forEach((pc, i) => vm.mem.store64(arr + 8 * i, pc));
    vm.regs[base] = pcs.length;
  },
  /** FuncForPC(pc uintptr) *Func. */
  'runtime.FuncForPC': (vm, base) => {
    const t = symtab(vm);
    const pc = vm.regs[base]!;
    const sym = t.lookup(pc);
    vm.regs[base] = sym === undefined ? 0 : funcForPC(vm, t, sym, pc);
  },
  'runtime.Func.Name': (vm, base) => {
    const t = symtab(vm);
    const inl = t.inlFuncs.get(vm.regs[base]!);
    setString(vm, base, inl?.name ?? symOfFunc(t, vm.regs[base]!)?.name ?? '');
  },
  'runtime.Func.Entry': (vm, base) => {
    const t = symtab(vm);
    const inl = t.inlFuncs.get(vm.regs[base]!);
    vm.regs[base] = inl?.entry ?? symOfFunc(t, vm.regs[base]!)?.entry ?? 0;
  },
  /** (*Func).inlined() bool: f stands for a function inlined at a pc (CallersFrames gives it no Func). */
  'runtime.Func.inlined': (vm, base) => {
    vm.regs[base] = symtab(vm).inlFuncs.has(vm.regs[base]!) ? 1 : 0;
  },
  /**
   * (*Func).FileLine(pc uintptr) (file string, line int): the line of the byte at pc; for an
   * inlined function, the position FuncForPC found it at, whatever pc is (as gc's funcinl).
   */
  'runtime.Func.FileLine': (vm, base) => {
    const t = symtab(vm);
    const inl = t.inlFuncs.get(vm.regs[base]!);
    if (inl !== undefined) {
      setString(vm, base, inl.file);
      vm.regs[base + 2] = inl.line;
      return;
    }
    const sym = symOfFunc(t, vm.regs[base]!);
    const pc = vm.regs[base + 1]!;
    if (sym === undefined) {
      setString(vm, base, '?');
      vm.regs[base + 2] = 0;
      return;
    }
    const inside = pc >= sym.entry && pc < sym.entry + sym.size;
    const p = inside ? posAt(sym, pc - sym.entry, t.cwd) : { file: sym.file, line: 0 };
    setString(vm, base, p.file);
    vm.regs[base + 2] = p.line;
  },
};

/**
 * runtime.NumCPU: the logical CPUs the host gives the process (Go reads the affinity mask at
 * startup; the host layer answers, 1 when it cannot tell). Kept here, beside the other
 * natives this package gained outside the scheduler's files.
 */
export const machineNatives: Record<string, NativeFn> = {
  /**
   * panicwrap(p unsafe.Pointer, msg string): the check the wrapper of a value method reached
   * through a pointer makes (codegen/iface.ts): a nil p panics with msg as a runtime.Error
   * without the "runtime error: " prefix (Go's plainError).
   */
  'runtime.panicwrap': (vm, base) => {
    if (vm.regs[base] === 0) throw new PlainPanic(vm.goString(vm.regs[base + 1]!, vm.regs[base + 2]!));
  },
  'runtime.NumCPU': (vm, base) => {
    vm.regs[base] = Math.max(1, hostOf(vm).numCPU?.() ?? 1);
  },
};
