// Go 1.19's fmt package for minigo: the formatting and scanning engine behind the natives that
// fmt.go declares. The engine works on values through the GoValue interface (value.ts), which
// the VM binding implements over its memory; the binding turns results into Go values (strings,
// error values) and does the I/O (Fprint* = Sprint* + Write; Scan* read os.Stdin).
//
// The files, one job each:
//   printing   print.ts (Print/Println/Printf drivers), directive.ts (the syntax of a Printf
//              directive), spec.ts (flags, width, precision), walk.ts (an operand by kind,
//              recursively), methods.ts (Formatter/GoStringer/error/Stringer, panic recovery),
//              integer.ts, text.ts (the kind formatters; floats are strconv's), buffer.ts
//              (output and padding), sort.ts (map key order), errors.ts (Errorf)
//   scanning   scan.ts (Scan/Scanln/Scanf drivers), scanvalue.ts (an operand by kind),
//              scanstate.ts (runes, limits, spaces), scaninput.ts (readers), scanerr.ts
//   values     value.ts (the part of reflect that fmt uses)
//
// How it differs from Go: see each file; in short, values are GoValues, strings are Uint8Arrays,
// methods are called through synchronous hooks, and printer and scanner states are not pooled.

export { errorf, type ErrorfResult } from './errors.js';
export { Printer, sprint, sprintf, sprintln, type FormatInput } from './print.js';
export {
  ReadError,
  ScanError,
  fscan,
  fscanf,
  fscanln,
  scanErrMessage,
  sscan,
  sscanf,
  sscanln,
  stringReader,
  type ByteReader,
  type RuneScanner,
  type ScanErr,
  type ScanInput,
} from './scan.js';
export { compare, sortMap, type SortedMap } from './sort.js';
export {
  Kind,
  MethodPanic,
  type Bytes,
  type FmtScanState,
  type FmtState,
  type GoMethods,
  type GoValue,
  type Int64,
  type ScanMethodResult,
} from './value.js';
