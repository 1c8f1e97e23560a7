// Golden programs of the standard packages: each test/stdlib-run/*.go is a valid Go program
// ending with `// Output:` and the stdout real Go 1.19 produced (`go run f.go`). Each is
// compiled and run in-process, and its stdout compared; stderr must be empty and the exit
// status 0.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGolden } from './vm/golden.js';

const dir = join(import.meta.dirname, 'stdlib-run');

function expectedStdout(src: string): string {
  const lines = src.split('\n');
  const at = lines.indexOf('// Output:');
  if (at < 0) throw new Error('no // Output: block');
  const out = lines.slice(at + 1).filter((l) => l.startsWith('//')).map((l) => (l === '//' ? '' : l.slice(3)));
  return out.length ? out.join('\n') + '\n' : '';
}

describe('standard packages: golden programs', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    it(name, { timeout: 120_000 }, () => {
      const path = join(dir, name);
      const got = runGolden(path);
      expect(got.stdout).toBe(expectedStdout(readFileSync(path, 'utf8')));
      expect(got.stderr).toBe('');
      expect(got.exit).toBe(0);
    });
  }
});
