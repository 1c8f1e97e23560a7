// Compile-time diagnostics: what the lexer, parser and checker report, in gc's format.
//
// Diagnostics are collected, never thrown, so that one run reports every error gc would report.
// Positions are gc's: 1-based line, 1-based byte column. `sortDiagnostics` orders them the way
// gc prints them (by position, at most one syntax error per line, at most 10 then
// "too many errors").

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly msg: string;
}

/** `file:line:col: msg`, or `file:line: msg` when the column is unknown (0, after a `//line`). */
export function formatDiagnostic(d: Diagnostic): string {
  return d.col === 0 ? `${d.file}:${d.line}: ${d.msg}` : `${d.file}:${d.line}:${d.col}: ${d.msg}`;
}

/** gc stops after this many errors and prints "too many errors". */
export const maxErrors = 10;

export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

/** The lines gc prints for a list of errors: sorted, capped at `maxErrors`. */
export function reportLines(ds: readonly Diagnostic[]): string[] {
  const sorted = sortDiagnostics(ds);
  const lines = sorted.slice(0, maxErrors).map(formatDiagnostic);
  if (sorted.length > maxErrors) lines.push('too many errors');
  return lines;
}
