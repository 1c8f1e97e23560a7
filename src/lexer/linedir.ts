// Line directives: `//line file:line[:col]` and `/*line file:line[:col]*/` (the Go spec's
// "Line directives" paragraph of cmd/compile's documentation).
//
// Design
//   The lexer records each well-formed directive with the physical position it takes effect at:
//   the start of the next line for `//line` (which must begin in column 1), the position right
//   after the closing `*/` for `/*line*/`. Everything else in the compiler keeps physical
//   positions; the places that show a position to the user (instruction line tables, and so
//   tracebacks and runtime.Caller) ask a PosBases to translate (line, col) into the directive's
//   file and line: the last directive at or before the position gives the file, and its line
//   plus the number of physical lines since it gives the line.
//
//   The text after "line " is split at its last colon, which must be followed by a line number;
//   if what precedes that also ends in ":digits", those were the line and the last ones the
//   column. An empty file name with a column keeps the current file; an empty file name without
//   one names no file at all, which the runtime prints as "??".
//
//   Compile errors are translated too (check/program.ts), and print without a column when the
//   directive gave none, as gc's do.
//
// How it differs from gc: a malformed directive (`//line foo.go:0`, a non-numeric line) is
// ignored instead of reported as "invalid line number", and syntax errors keep their physical
// positions.

export interface LineDirective {
  /** Physical position at which the directive takes effect. */
  readonly line: number;
  readonly col: number;
  /** The file name written, or null to keep the current one. */
  readonly file: string | null;
  /** The line number the position at (line, col) gets. */
  readonly vline: number;
  /** The column it gets, or 0 when the directive gives none (columns are then unknown). */
  readonly vcol: number;
}

/** The directive in comment text `text` (after `//` or `/*`), or null if it is none. */
export function parseLineDirective(text: string, line: number, col: number): LineDirective | null {
  if (!text.startsWith('line ')) return null;
  const body = text.slice(5).trimEnd();
  const last = trailingNumber(body);
  if (last === null) return null;
  const before = trailingNumber(body.slice(0, last.at));
  if (before !== null) {
    const file = body.slice(0, before.at);
    return { line, col, file: file === '' ? null : file, vline: before.n, vcol: last.n };
  }
  return { line, col, file: body.slice(0, last.at), vline: last.n, vcol: 0 };
}

/** The number after the last ':' of s and the index of that ':' (null if not a positive number). */
function trailingNumber(s: string): { at: number; n: number } | null {
  const i = s.lastIndexOf(':');
  if (i < 0) return null;
  const digits = s.slice(i + 1);
  if (!/^[0-9]+$/.test(digits)) return null;
  const n = Number(digits);
  return n > 0 && n < 1 << 30 ? { at: i, n } : null;
}

/** A file's line directives, translating physical positions (see the header). */
export class PosBases {
  /** For each directive, in source order, the file it sets (directive.file resolved). */
  private readonly files: string[];

  constructor(
    readonly file: string,
    private readonly dirs: readonly LineDirective[],
  ) {
    let cur = file;
    this.files = dirs.map((d) => (cur = d.file ?? cur));
  }

  /** The file, line and column (0: unknown) shown for physical position (line, col). */
  resolve(line: number, col: number): { file: string; line: number; col: number } {
    let lo = 0;
    let hi = this.dirs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = this.dirs[mid]!;
      if (d.line < line || (d.line === line && d.col <= col)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return { file: this.file, line, col };
    const d = this.dirs[lo - 1]!;
    const vcol = d.vcol === 0 ? 0 : line === d.line ? d.vcol + (col - d.col) : col;
    return { file: this.files[lo - 1]!, line: d.vline + (line - d.line), col: vcol };
  }
}
