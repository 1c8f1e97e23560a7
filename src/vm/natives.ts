// The native-function registry: TypeScript implementations of bodiless Go functions.
//
// Design
//   A function declared without a body in src/stdlib (or a runtime entry point the code
//   generator calls, `runtime.*`) is native. The code generator resolves it by qualified name
//   (`strings.Index`, `strconv.NumError.Error` for methods, `os.Args` for a package variable the
//   runtime fills in) to an index in the program's native table, and emits `CALLN n, base`.
//   A native receives the VM (NativeContext) and the absolute register index of its argument
//   block: arguments in registers base.. in parameter order (each its type's register width,
//   receiver first), results written back from base.. in result order — the same convention as
//   a bytecode call, so a native can replace a Go body (or vice versa) without touching callers.
//
//   Natives must not allocate JS objects per call on hot paths, must write 64-bit integer results
//   through setIntBig when they can exceed ±2^53, and reach memory only through the AddressSpace.
//
//   The standard packages' natives live beside their Go declarations (src/stdlib/<pkg>/
//   natives.ts) and are gathered by src/stdlib/natives.ts; `register` adds a table.
//
// How it differs from Go: Go links assembly or Go bodies; minigo links TypeScript by name.
import type { NativeFn } from './program.js';
import { mapNatives } from './map.js';
import { chanNatives } from './chanops.js';
import { stdlibNatives } from '../stdlib/natives.js';

export const natives: Record<string, NativeFn> = Object.create(null) as Record<string, NativeFn>;

/** Add natives (a later registration of a name replaces an earlier one). */
export function register(table: Record<string, NativeFn>): void {
  for (const k of Object.keys(table)) natives[k] = table[k]!;
}

register(mapNatives);
register(chanNatives);
register(stdlibNatives);
