// Golden programs: each test/run/*.go is a valid Go program ending with the output real Go 1.19
// produced (`// Output:` stdout, optional `// Stderr:` up to the goroutine header, optional
// `// Exit: N`; test/run/golden.sh regenerates them). Each is run with `minigo run` and its stdout,
// stderr and exit status compared. Directives in the source, before the output:
//   `// Env: K=V ...`        environment variables for both runs (GOMAXPROCS, GODEBUG);
//   `// Flags: --faketime`   flags for `minigo run`; for --faketime, golden.sh builds real Go with
//                            its faketime tag, the Go Playground's clock;
//   `// Stderr: first line`  compare only stderr's first line (for runs whose goroutine ids Go
//                            itself does not repeat).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGolden } from './vm/golden.js';

const dir = join(import.meta.dirname, 'run');

interface Expect {
  stdout: string;
  stderr: string | null;
  exit: number;
  env: Record<string, string>;
  firstLineOnly: boolean;
  flags: string[];
}

function expected(src: string): Expect {
  const lines = src.split('\n');
  let mode: 'src' | 'out' | 'err' = 'src';
  const out: string[] = [];
  const err: string[] = [];
  let exit = 0;
  const env: Record<string, string> = {};
  let firstLineOnly = false;
  let flags: string[] = [];
  for (const l of lines) {
    if (mode === 'src' && l === '// Stderr: first line') firstLineOnly = true;
    if (mode === 'src' && l.startsWith('// Flags: ')) flags = l.slice(10).trim().split(/\s+/);
    else if (mode === 'src' && l.startsWith('// Env: ')) {
      for (const kv of l.slice(8).trim().split(/\s+/)) {
        const eq = kv.indexOf('=');
        env[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
    } else if (l === '// Output:') mode = 'out';
    else if (l === '// Stderr:') mode = 'err';
    else if (l.startsWith('// Exit: ')) exit = Number(l.slice(9));
    else if (mode !== 'src' && l.startsWith('//')) (mode === 'out' ? out : err).push(l === '//' ? '' : l.slice(3));
  }
  return { stdout: out.length ? out.join('\n') + '\n' : '', stderr: err.length ? err.join('\n') + '\n' : null, exit, env, firstLineOnly, flags };
}

/** Addresses vary from run to run, and the `runtime stack:` section shows Go's own frames. */
function normalize(s: string): string {
  const out: string[] = [];
  let skip = false;
  for (const l of s.split('\n')) {
    if (l === 'runtime stack:') skip = true;
    if (!skip) out.push(l.replace(/0x[0-9a-f]+/g, '0x?'));
    if (skip && l === '') skip = false;
  }
  return out.join('\n');
}

/**
 * Every program runs as written, and again under GC stress: GOGC=1 (a collection whenever the
 * heap grows by 1%) with GODEBUG=gccheckmark=1 (every mark verified with the world stopped).
 * Its output must not change. Programs that set their own environment run only as written.
 */
const stress: Record<string, string> = { GOGC: '1', GODEBUG: 'gccheckmark=1' };

for (const mode of ['as written', 'under GC stress'] as const) describe(`golden programs, ${mode}`, () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    const path = join(dir, name);
    const src = readFileSync(path, 'utf8');
    const want = expected(src);
    const stressed = mode === 'under GC stress';
    if (stressed && Object.keys(want.env).length > 0) continue;
    it(name, () => {
      const got = runGolden(path, [], stressed ? stress : want.env, want.flags);
      expect(got.stdout).toBe(want.stdout);
      if (want.stderr !== null) {
        // Compare up to the goroutine header (frames' addresses and offsets vary).
        const cut = got.stderr.split('\n');
        const i = cut.findIndex((l) => /^goroutine \d+ \[/.test(l));
        const head = (i >= 0 ? cut.slice(0, i + 1) : cut).join('\n').replace(/\n?$/, '\n');
        if (want.firstLineOnly) expect(cut[0]).toBe(want.stderr.split('\n')[0]);
        else expect(normalize(head)).toBe(normalize(want.stderr));
      } else expect(got.stderr).toBe('');
      expect(got.exit).toBe(want.exit);
    }, 60000);
  }
});
