// Golden programs that read standard input: each test/stdlib-stdin/NAME.go runs with NAME.in
// piped to it, and its stdout must be what real Go 1.19 printed for the same input (the
// `// Output:` block, as in stdlib-run). The input files are bytes, not text: some have no
// final newline or carry "\r\n", which is what they test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, 'stdlib-stdin');
const bin = join(import.meta.dirname, '../bin/minigo');

function expectedStdout(src: string): string {
  const lines = src.split('\n');
  const at = lines.indexOf('// Output:');
  if (at < 0) throw new Error('no // Output: block');
  const out = lines.slice(at + 1).filter((l) => l.startsWith('//')).map((l) => (l === '//' ? '' : l.slice(3)));
  return out.length ? out.join('\n') + '\n' : '';
}

describe('standard packages: programs reading stdin', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    it(name, { timeout: 120_000 }, () => {
      const path = join(dir, name);
      const input = readFileSync(path.replace(/\.go$/, '.in'));
      const r = spawnSync(process.execPath, [bin, 'run', path], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(r.stdout).toBe(expectedStdout(readFileSync(path, 'utf8')));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
