// The parser's entry point: source text → AST and diagnostics, as gc's front end reports them.
//
// One GoParser instance is built (and its grammar analysed) on first use and reused for every
// file. Diagnostics are the lexer's and the parser's together, filtered by gc's rules for what
// it prints: only the first syntax error on a line (gc's base.ErrorfAt: "Only one syntax error
// per line, no matter what error"), and an identical non-syntax message on the same line once;
// then sorted by position.
import type { Diagnostic } from '../diagnostics.js';
import { sortDiagnostics } from '../diagnostics.js';
import { tokenize, type Pragma } from '../lexer/lexer.js';
import { PosBases } from '../lexer/linedir.js';
import type * as ast from './ast.js';
import { GoParser } from './declarations.js';

export type { ast };
export { startPos } from './ast.js';
export { exprString, stmtString } from './printer.js';

let parser: GoParser | null = null;

export function parseFile(src: string, file: string): { file: ast.File | null; diagnostics: Diagnostic[] } {
  const lexed = tokenize(src, file);
  parser ??= new GoParser();
  const r = parser.parse({ tokens: lexed.tokens, file, src, lexErrors: lexed.diagnostics.length });
  if (r.file !== null && lexed.pragmas.length > 0) attachPragmas(r.file, lexed.pragmas);
  if (r.file !== null && lexed.lineDirectives.length > 0) r.file.posBases = new PosBases(file, lexed.lineDirectives);
  const diagnostics = lexed.diagnostics.length === 0 && r.diagnostics.length === 0
    ? []
    : sortDiagnostics([...lexed.diagnostics, ...filterLikeGc(r.diagnostics)]);
  return { file: r.file, diagnostics };
}

/**
 * Gives each function declaration the `//go:` directives that precede it, as gc's noder does: the
 * directives written since the previous top-level declaration belong to the next one, and are
 * dropped when that one is not a function.
 */
function attachPragmas(f: ast.File, pragmas: readonly Pragma[]): void {
  let k = 0;
  for (const d of f.decls) {
    const taken: string[] = [];
    while (k < pragmas.length && pragmas[k]!.line <= d.line) taken.push(pragmas[k++]!.text);
    if (d.kind === 'FuncDecl') d.pragmas = taken;
  }
}

/** gc's per-line filtering of errors, applied in the order they were reported. */
function filterLikeGc(ds: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastSyntaxLine = -1;
  let lastOtherLine = -1;
  let lastOtherMsg = '';
  for (const d of ds) {
    if (d.msg.startsWith('syntax error')) {
      if (d.line === lastSyntaxLine) continue;
      lastSyntaxLine = d.line;
    } else {
      if (d.line === lastOtherLine && d.msg === lastOtherMsg) continue;
      lastOtherLine = d.line;
      lastOtherMsg = d.msg;
    }
    out.push(d);
  }
  return out;
}
