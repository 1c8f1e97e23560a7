// Runs a Go program with `minigo run` (bin/minigo as a user runs it: from the start-up snapshot
// that `npm test` builds first, with its image of the standard packages, or the plain way when
// there is none) and collects stdout, stderr and the exit status, for the golden tests. A child
// process keeps the measurement honest (the VM runs with V8's full optimisation, as in
// production) and tests the CLI's exit codes and stream handling too. The plain way is compared
// with the snapshot's by test/cli/snapshot.test.ts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../bin/minigo');

export interface RunResult {
  stdout: string;
  stderr: string;
  exit: number;
}

/** Run `minigo run [flags] path [args]` with extra environment variables. */
export function runGolden(path: string, args: string[] = [], env: Record<string, string> = {}, flags: string[] = []): RunResult {
  // NODE_OPTIONS (vitest's own, say) would make bin/minigo start the plain way.
  const r = spawnSync(bin, ['run', ...flags, path, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status ?? -1 };
}
