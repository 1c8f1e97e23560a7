// The start-up snapshot (src/cli/snapshot.ts) must not change what minigo does: golden programs,
// and a few compile errors and -gcflags=-m reports, give the same stdout, stderr and exit status
// started from the snapshot (bin/minigo run directly) as started the plain way
// (MINIGO_SNAPSHOT=0). A seed and --faketime make both runs repeatable. The snapshot is built
// first if it is missing or older than dist/ (`npm test` builds it). The two runs of a program,
// and a few programs, run at once.
//
// The programs are those where the two ways could differ: every standard-package program (the
// snapshot's checked packages against a fresh check), and from test/run the ones that exit with
// a status, print to stderr, read GOMAXPROCS, die of a fatal error, or lean on package init order
// and type descriptors (the warm-up's code generation ran before theirs). All of test/run would
// double the suite's time for little more.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stamp, unchanged, type Stamp } from '../../src/cli/stamps.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'minigo');
const snap = join(root, 'dist', 'snapshot');

function current(): boolean {
  const inputs = join(snap, 'inputs.json');
  if (!existsSync(join(snap, 'minigo.blob')) || !existsSync(join(snap, 'node.stamp')) || !existsSync(inputs)) return false;
  return unchanged(JSON.parse(readFileSync(inputs, 'utf8')) as Stamp[]);
}

function minigo(args: string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; exit: number }> {
  // NODE_OPTIONS (vitest's own, say) would send both runs the plain way.
  const opts = { encoding: 'utf8' as const, maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '', ...env } };
  return new Promise((done) => {
    execFile(bin, args, opts, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      done({ stdout, stderr, exit: code });
    });
  });
}

/** `// Env: K=V ...` lines of a golden program. */
function envOf(src: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const m of src.matchAll(/^\/\/ Env: (.*)$/gm)) {
    for (const kv of m[1]!.trim().split(/\s+/)) env[kv.slice(0, kv.indexOf('='))] = kv.slice(kv.indexOf('=') + 1);
  }
  return env;
}

/** The results of `minigo ARGS` the plain way and from the snapshot. */
function bothWays(args: string[], env: Record<string, string> = {}) {
  return Promise.all([minigo(args, { ...env, MINIGO_SNAPSHOT: '0' }), minigo(args, env)]);
}

beforeAll(() => {
  if (current()) return;
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'mksnapshot.js')], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(current()).toBe(true);
}, 120_000);

describe.concurrent('start-up snapshot', () => {
  it('is taken by bin/minigo', ({ expect }) => {
    const r = spawnSync('sh', ['-x', bin, 'version'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toMatch(/exec \S+ --max-semi-space-size=128 --no-rehash-snapshot --snapshot-blob \S+minigo\.blob -- version/);
    expect(r.stdout).toMatch(/^minigo version /);
  });

  const golden = [
    ...readdirSync(join(root, 'test/stdlib-run')).filter((f) => f.endsWith('.go')).sort().map((f) => `test/stdlib-run/${f}`),
    ...['exit', 'println', 'panic_custom', 'panic_recovered', 'goroutine_gomaxprocs', 'goroutine_mapwrites',
      'goroutine_goexit', 'init_order', 'ifaces', 'maps', 'structs', 'strings'].map((f) => `test/run/${f}.go`),
  ];
  for (const name of golden) {
    it(name, { timeout: 120_000 }, async ({ expect }) => {
      const path = join(root, name);
      const [plain, fast] = await bothWays(['run', '--seed', '7', '--faketime', path], envOf(readFileSync(path, 'utf8')));
      expect(fast).toEqual(plain);
    });
  }

  const tmp = mkdtempSync(join(tmpdir(), 'minigo-snapshot-'));
  const cases: Record<string, { src: string; args: string[]; after?: string[] }> = {
    'compile errors in the standard packages\' terms': {
      src: 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() { fmt.Printl(strings.Repeat(1, "x")) }\n',
      args: ['run'],
    },
    'an unused import': { src: 'package main\n\nimport "os"\n\nfunc main() {}\n', args: ['run'] },
    '-gcflags=-m': {
      src: 'package main\n\nimport "fmt"\n\ntype T struct{ n int }\n\nfunc main() {\n\tt := &T{1}\n\tfmt.Println(t.n, []int{1, 2})\n}\n',
      args: ['build', '-gcflags=-m'],
    },
    'program arguments and the environment': {
      src: 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(os.Args[1:], os.Getenv("MINIGO_TEST"))\n\tfmt.Println(os.LookupEnv("GLIBC_TUNABLES"))\n\tos.Exit(3)\n}\n',
      args: ['run', '--seed', '1'],
      after: ['-x', '--', 'y'],
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, { timeout: 120_000 }, async ({ expect }) => {
      const path = join(tmp, `${name.replace(/\W+/g, '_')}.go`);
      writeFileSync(path, c.src);
      const [plain, fast] = await bothWays([...c.args, path, ...(c.after ?? [])], { MINIGO_TEST: 'z' });
      expect(fast).toEqual(plain);
    });
  }
});

describe('file stamps', () => {
  it('tell a file changed in size, mtime or existence', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'minigo-stamps-')), 'f');
    writeFileSync(f, 'a');
    const s = stamp(f);
    expect(unchanged([s])).toBe(true);
    utimesSync(f, new Date(s.mtimeMs + 1000), new Date(s.mtimeMs + 1000));
    expect(unchanged([s])).toBe(false);
    const t = stamp(f);
    writeFileSync(f, 'ab');
    utimesSync(f, new Date(t.mtimeMs), new Date(t.mtimeMs));
    expect(unchanged([t])).toBe(false);
    rmSync(f);
    expect(unchanged([s])).toBe(false);
  });
});
