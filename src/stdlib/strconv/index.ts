// Go 1.19's strconv package for minigo: the algorithmic cores behind the natives declared in
// strconv.go, one export per Go function (lower-camel-case of the Go name), with Go's exact
// results and error values.
//
// Conventions shared by every file here:
//   - A Go string argument is a Uint8Array of its bytes (a JS string is accepted as shorthand for
//     its UTF-8 encoding); a Go string result that may hold any byte is a Uint8Array, one that is
//     ASCII by construction (numbers) is a JS string.
//   - Go's multiple results are tuples: `[value, err]`, err null or a NumError (errors.ts).
//   - int64/uint64 values are numbers when they are safe integers and bigints otherwise (Int64).
//   - Append* functions are Format*/Quote* followed by an append, which is the binding's job.
//   - Where Go panics, a PlainPanic with Go's message is thrown.
// fmt's float verbs are provided by ftoa.ts's fmtFloat/printFloat, the layer of fmt/format.go
// that sits directly on strconv.AppendFloat.
//
// The files follow Go's: atob (bool.ts), atoc, atof, atoi, ctoa, decimal, ftoa, isprint, itoa,
// quote, plus errors.ts and utf8.ts.

export { parseBool, formatBool } from './bool.js';
export { parseComplex, type Complex } from './atoc.js';
export { formatComplex } from './ctoa.js';
export { parseFloat, parseFloatPrefix } from './atof.js';
export { atoi, parseInt, parseUint, IntSize, type Int64 } from './atoi.js';
export { formatInt, formatUint, itoa } from './itoa.js';
export { formatFloat, fmtFloat, printComplex, printFloat, type FmtFlags, type FormatByte } from './ftoa.js';
export {
  canBackquote,
  isGraphicRune as isGraphic,
  isPrint,
  quote,
  quoteRune,
  quoteRuneToASCII,
  quoteRuneToGraphic,
  quoteToASCII,
  quoteToGraphic,
  quotedPrefix,
  unquote,
  unquoteChar,
  type UnquotedChar,
} from './quote.js';
export { BaseError, ErrRange, ErrSyntax, NumError, type StrconvError } from './errors.js';
export { type GoString, type StrInput } from './utf8.js';
