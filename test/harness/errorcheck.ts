// The errorcheck convention of Go's own test suite, for minigo's negative tests.
//
// A test is a Go file whose offending lines carry `// ERROR "regexp"` (one or more quoted
// regexps). The file passes when every such line got a diagnostic matching each regexp and no
// other line got any diagnostic. Expectations are written from what real Go 1.19 reports.
import type { Diagnostic } from '../../src/diagnostics.js';

export interface ErrorExpectation {
  readonly line: number;
  readonly patterns: readonly RegExp[];
}

const errorComment = /\/\/\s*ERROR\s+(.*)$/;
// As in Go's test runner, the text between the quotes is the regexp itself, not a Go string.
const quoted = /"([^"]*)"|`([^`]*)`/g;

/** The `// ERROR` expectations of a source file, by line. */
export function expectations(src: string): ErrorExpectation[] {
  const out: ErrorExpectation[] = [];
  src.split('\n').forEach((text, i) => {
    const m = errorComment.exec(text);
    if (!m) return;
    const patterns: RegExp[] = [];
    for (const q of m[1]!.matchAll(quoted)) {
      patterns.push(new RegExp(q[1] ?? q[2]!));
    }
    out.push({ line: i + 1, patterns });
  });
  return out;
}

/** Mismatches between diagnostics and expectations, as readable lines; empty when the test passes. */
export function errorcheck(src: string, diags: readonly Diagnostic[]): string[] {
  const problems: string[] = [];
  const want = expectations(src);
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diags) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);
  for (const w of want) {
    const got = byLine.get(w.line) ?? [];
    for (const re of w.patterns) {
      if (!got.some((d) => re.test(d.msg))) {
        problems.push(`line ${w.line}: no error matching ${re} (got: ${got.map((d) => JSON.stringify(d.msg)).join(', ') || 'none'})`);
      }
    }
    byLine.delete(w.line);
  }
  for (const [line, ds] of byLine) {
    for (const d of ds) problems.push(`line ${line}:${d.col}: unexpected error: ${d.msg}`);
  }
  return problems;
}
