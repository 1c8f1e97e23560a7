// Runs a Go program with `minigo run` (the compiled CLI in dist/, as `npm test` builds it first)
// and collects stdout, stderr and the exit status, for the golden tests. A child process keeps
// the measurement honest (the VM runs with V8's full optimisation, as in production) and tests
// the CLI's exit codes and stream handling too.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../bin/minigo');

export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export function runGolden(path: string, args: string[] = [], env: Record<string, string> = {}, flags: string[] = []): RunResult {
  const r = spawnSync(process.execPath, [bin, 'run', ...flags, path, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status ?? -1 };
}
