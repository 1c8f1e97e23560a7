// What the code generator hands the VM: compiled functions and the program around them.
//
// Design
//   A `FuncCode` is one Go function (or closure body, or package initializer) in bytecode: the
//   instruction words (opcodes.ts), a constant pool of doubles with exact bigints beside the NaN
//   entries, the register count, the size of its frame memory and the two pointer maps the stack
//   copier needs (decision 3): which registers may hold pointers (a static map: the register
//   allocator gives a register one kind for the whole function), and which 8-byte words of frame
//   memory hold pointers. `lines` maps each instruction (by word index / 4) to its source line,
//   for tracebacks and `-S`.
//
//   `stackFrameSize` is what a call reserves on the goroutine stack: the frame memory plus a
//   word per register, a return address and a saved frame pointer, so a recursion reaches Go's
//   1 GB stack limit at a depth comparable to Go's (gc spills what minigo keeps in registers to
//   the same kind of frame).
//
//   A `VMProgram` is the linked program: every function by index, the runtime type descriptors
//   (codegen/types.ts), the native functions referred to by CALLN (by qualified name, resolved
//   against natives.ts at link time), and the address space with its data segment already laid
//   out (string literals, type descriptors, package variables).
//
//   Inlining (codegen/inline.ts) leaves a function's code holding the bodies of the calls it
//   inlined. As in gc, an inline tree (`inlTree`, gc's FUNCDATA_InlTree) records each inlined
//   call: the function called, its parent call (-1: the function's own code) and the call's
//   position; `inlIndex` gives each instruction its innermost inlined call (gc's
//   PCDATA_InlTreeIndex, -1 outside inlined code), and `lines`/`files` the position in that
//   call's body. So one pc stands for a chain of logical frames (`logicalFrames`): tracebacks,
//   runtime.Callers and FuncForPC report them as Go does. Where gc marks each inlined call with
//   an instruction of the parent at the call (its parentPc), the pcs `code.length + 4*k` past
//   the end of the code stand for call k of the tree: no instruction is executed for them.
//
// How it differs from gc: no PC-value tables; each instruction has its line directly. Pointer
// maps are per function, not per safe point (gc's stack maps change at every call site), which
// is sound because a register's kind never changes within a function.
import type { AddressSpace } from '../runtime/mem.js';
import type { MHeap } from '../runtime/mheap.js';
import type { RType } from '../runtime/mbitmap.js';
import type { Sched } from '../runtime/proc.js';
import type { Host } from '../runtime/host.js';

export interface FuncCode {
  /** gc's symbol name: `main.fib`, `main.(*T).M`, `main.main.func1`. */
  readonly name: string;
  readonly file: string;
  /** Line of the `func` keyword. */
  readonly line: number;
  code: Int32Array;
  consts: Float64Array;
  /** Exact values of the NaN entries of consts, by index. */
  bigConsts: (bigint | undefined)[];
  nregs: number;
  /** Bytes of frame memory (structs, arrays, spilled addressable locals). */
  frameMem: number;
  /** Bytes reserved on the goroutine stack per call (see the header). */
  stackFrameSize: number;
  /** Registers that may hold pointers (adjusted when the stack is copied). */
  ptrRegs: Int32Array;
  /** Byte offsets (from fp) of frame memory words that hold pointers. */
  ptrSlots: Int32Array;
  /** Source line per instruction (index = word index / 4). */
  lines: Int32Array;
  /**
   * Source file per instruction, present only when `//line` directives make some instruction's
   * file differ from `file` (lexer/linedir.ts).
   */
  files?: string[];
  /** Argument and result sizes in bytes, for `-S` headers (gc's $frame-args). */
  argsSize: number;
  resultsSize: number;
  /** Number of result registers the function's RET copies. */
  nresultRegs: number;
  /** Where a frame resumes after a deferred call recovered a panic (its epilogue), or -1. */
  recoverPc: number;
  /**
   * A compiler-generated adapter (defer thunk, method wrapper, method value): like gc's wrapper
   * functions, it is invisible to recover() (a function it calls directly counts as called by
   * the deferred call) and to tracebacks.
   */
  wrapper?: boolean;
  /** The calls inlined into this function (see the header); absent when there are none. */
  inlTree?: readonly InlinedCall[];
  /** Per instruction (like `lines`), the index in inlTree of its innermost inlined call, or -1. */
  inlIndex?: Int32Array;
}

/** One inlined call of a function's inline tree (gc's runtime.inlinedCall). */
export interface InlinedCall {
  /** The call this one's code is inlined into, or -1 for the function's own code. */
  readonly parent: number;
  /** The inlined function's symbol name (`main.add`, `main.(*T).Get`) and its source file. */
  readonly name: string;
  readonly funcFile: string;
  /** The position of the call, in the parent's code. */
  readonly file: string;
  readonly line: number;
}

/** The pc standing for the call site of inlined call k of f (gc's parentPc; see the header). */
export function inlParentPc(f: FuncCode, k: number): number {
  return f.code.length + 4 * k;
}

/** The innermost inlined call the instruction at word index pc belongs to, or -1. */
export function inlIndexAt(f: FuncCode, pc: number): number {
  if (f.inlTree === undefined) return -1;
  if (pc >= f.code.length) return f.inlTree[(pc - f.code.length) >> 2]?.parent ?? -1;
  return f.inlIndex![pc >> 2] ?? -1;
}

/** The file and line shown for the instruction at word index pc of f (tracebacks, Caller). */
/**
 * The file a traceback names for a source file: a standard package's under Go's GOROOT
 * (/usr/lib/go-1.19/src/PKG/FILE, with minigo's file names and lines), any other as it is.
 */
export function goSourceFile(file: string): string {
  const i = file.lastIndexOf('/src/stdlib/');
  return i < 0 ? file : `${goroot}/src/${file.slice(i + '/src/stdlib/'.length)}`;
}

/** Go's GOROOT as the reported paths name it (`go run` of Go 1.19 on Debian). */
export const goroot = '/usr/lib/go-1.19';

export function funcFileLine(f: FuncCode, pc: number): { file: string; line: number } {
  if (f.inlTree !== undefined && pc >= f.code.length) {
    const call = f.inlTree[(pc - f.code.length) >> 2];
    if (call !== undefined) return { file: call.file, line: call.line };
  }
  const i = pc >> 2;
  return { file: f.files?.[i] ?? f.file, line: f.lines[i] ?? f.line };
}

/** One logical frame of a physical one: a function inlined at the pc, or the function itself. */
export interface LogicalFrame {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  /** The frame of an inlined call (tracebacks print no pc offset for it). */
  readonly inlined: boolean;
}

/**
 * The logical frames at word index pc of f, innermost first: the inlined calls pc is in, each at
 * its position, then f itself at the position of the outermost call (gc's inline unwinding).
 */
export function logicalFrames(f: FuncCode, pc: number): LogicalFrame[] {
  const out: LogicalFrame[] = [];
  let k = inlIndexAt(f, pc);
  let at = funcFileLine(f, pc);
  while (k >= 0) {
    const call = f.inlTree![k]!;
    out.push({ name: call.name, file: at.file, line: at.line, inlined: true });
    at = { file: call.file, line: call.line };
    k = call.parent;
  }
  out.push({ name: f.name, file: at.file, line: at.line, inlined: false });
  return out;
}

/** A runtime type as the VM sees it: the allocator's RType plus what printing and panics need. */
export interface VMType extends RType {
  /** The type as Go prints it: `int`, `main.T`, `*main.T`, `[]string`. */
  readonly name: string;
  /** Address of the descriptor in the data segment. */
  readonly addr: number;
  /** reflect.Kind number. */
  readonly kind: number;
  /** Element type index (pointers, slices, arrays, channels; maps: the value type). */
  elemType?: number;
  /** Key type index (maps). */
  keyType?: number;
  /** Array length. */
  len?: number;
  /** Struct field names (for %+v). */
  fieldNames?: readonly string[];
  /** Struct fields: byte offset and type index (for ==, hashing, printing). */
  fields?: readonly { readonly off: number; readonly type: number }[];
  /** Concrete types: method id → function index taking the interface data word as receiver. */
  readonly methods?: Map<string, number>;
  /** Interface types: method ids in itab order (sorted). */
  imethods?: readonly string[];
}

/** The signature of a native (TypeScript) function: args and results in registers at `base`. */
export type NativeFn = (vm: NativeContext, base: number) => void;

/** What a native function may use. */
export interface NativeContext {
  readonly regs: Float64Array;
  readonly mem: AddressSpace;
  readonly heap: MHeap;
  /** Exact value of a 64-bit integer register (absolute index). */
  intBig(abs: number): bigint;
  /** Set a 64-bit integer register (absolute index) exactly. */
  setIntBig(abs: number, v: bigint): void;
  /** Read a Go string (ptr, len) as JS text (UTF-8 decoded; for printing). */
  goString(ptr: number, len: number): string;
  /** Allocate a Go string from JS text; returns its pointer and byte length. */
  newString(s: string): [number, number];
  /** Write bytes to file descriptor 1 or 2. */
  write(fd: number, b: Uint8Array): void;
  /** The host (files, stdin, environment): src/runtime/host.ts. */
  readonly out: Host;
  /** Program arguments (os.Args). */
  readonly args: readonly string[];
  /** Type descriptors by address. */
  typeAt(addr: number): VMType | undefined;
  /** Runtime types by index. */
  readonly types: readonly VMType[];
  /** Compiled functions by index (a func value's first word). */
  readonly funcs: readonly FuncCode[];
  /** mallocgc for runtime-internal objects (scan: the object holds pointers in every word). */
  alloc(size: number, scan: boolean): number;
  /** An `error` interface value (tab, data) holding a runtime error string. */
  errorValue(msg: string): [number, number];
  /** Call a Go function (by index) and return its result registers (see VM.callGo). */
  callGo(fi: number, args: readonly number[], nres: number): number[];
  /** The scheduler: gopark/goready, newproc, the running G. */
  readonly sched: Sched;
}

export interface VMProgram {
  funcs: FuncCode[];
  types: VMType[];
  natives: NativeFn[];
  nativeNames: string[];
  mem: AddressSpace;
  heap: MHeap;
  /** The function that runs package initialization and then main.main. */
  entry: number;
  /** Descriptor addresses of the types of the runtime's own panic values (runtime.Error, plainError). */
  runtimeErrorType: number;
  plainErrorType: number;
  /** Itabs laid out at compile time, by `typeAddr:ifaceAddr` (getitab adds to it). */
  itabs: Map<string, number>;
}
