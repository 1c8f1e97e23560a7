// Builds the start-up snapshot (snapshot.ts) that bin/minigo starts from: `npm install` and
// `npm run build` run `node dist/cli/mksnapshot.js` after tsc.
//
// Design
//   1. esbuild bundles dist/cli/snapshot.js and everything it imports, Chevrotain and commander
//      included, into the one script dist/snapshot/minigo.js (an IIFE: a snapshot's entry script
//      may not import modules). Two rewrites make the ES modules fit: `import.meta.url` becomes
//      the module's own original URL (host.ts finds src/stdlib with it), and the lexer's
//      Chevrotain loader, which picks the package's single-file build with a top-level await,
//      becomes a plain re-export of that same build.
//   2. The bundle's inputs are stamped (mtime, size) into dist/snapshot/inputs.json; snapshot.ts
//      compares them at every start. A file changed while bundling fails the build, so a stamp is
//      never newer than what was bundled.
//   3. `node --max-semi-space-size=128 --no-rehash-snapshot --build-snapshot` runs the bundle and
//      writes the blob (to a temporary name, renamed when complete, so a minigo starting meanwhile
//      never reads half a blob). The V8 flags must be bin/minigo's (its header says why each is
//      there): Node refuses a blob built with other flags.
//   4. dist/snapshot/node.stamp gets the Node binary's mtime (`touch -r`). Node refuses, with exit
//      status 14, a blob another Node version wrote; bin/minigo cannot tell that status from a Go
//      program's os.Exit(14), so it takes the snapshot only when the `node` it finds has exactly
//      this mtime, a test the shell makes without starting a process.
//   Without esbuild (an install without devDependencies) or when a step fails, the snapshot is
//   removed with a warning and bin/minigo takes the plain path; exit status 0 either way, as a
//   missing snapshot costs time, not correctness.
//
// Why esbuild rather than a bundler of our own: it is already in the lockfile (tsx depends on
// it), it turns ~180 ES modules plus CommonJS dependencies into one script in ~0.2 s, and it
// follows the dist files' source maps into the bundle's, so internal errors still point at src/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stamp, type Stamp } from './stamps.js';

/** The V8 flags bin/minigo gives Node (see bin/minigo). */
export const nodeFlags = ['--max-semi-space-size=128', '--no-rehash-snapshot'];

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const out = join(root, 'dist/snapshot');
const bundle = join(out, 'minigo.js');
const blob = join(out, 'minigo.blob');
const nodeStamp = join(out, 'node.stamp');

type Esbuild = typeof import('esbuild');

async function bundleSnapshot(esbuild: Esbuild): Promise<string[]> {
  const chevrotainBuild = join(dirname(fileURLToPath(import.meta.resolve('chevrotain'))), '../chevrotain.mjs');
  const r = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'dist/cli/snapshot.js')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'iife',
    target: 'node20',
    minifyWhitespace: true,
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [{
      name: 'minigo-esm-in-a-script',
      setup(b) {
        b.onResolve({ filter: /^chevrotain$/ }, () => ({ path: chevrotainBuild }));
        b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (a) => {
          if (/[\\/]lexer[\\/]chevrotain\.js$/.test(a.path)) return { contents: "export * from 'chevrotain';", loader: 'js' };
          const src = readFileSync(a.path, 'utf8');
          if (!src.includes('import.meta')) return undefined;
          return { contents: src.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)), loader: 'js' };
        });
      },
    }],
  });
  return Object.keys(r.metafile.inputs).map((p) => resolve(root, p));
}

async function build(): Promise<void> {
  let esbuild: Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed (npm install with devDependencies builds the snapshot)');
  }
  rmSync(nodeStamp, { force: true });
  mkdirSync(out, { recursive: true });
  const t0 = Date.now();
  const inputs = await bundleSnapshot(esbuild);
  const stamps: Stamp[] = inputs.map(stamp);
  const late = stamps.find((s) => s.mtimeMs >= t0);
  if (late !== undefined) throw new Error(`${late.path} changed while it was bundled`);
  writeFileSync(join(out, 'inputs.json'), JSON.stringify(stamps));

  const tmp = `${blob}.${process.pid}`;
  const r = spawnSync(process.execPath, [...nodeFlags, '--snapshot-blob', tmp, '--build-snapshot', bundle], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  // Node warns that some built-in modules are "not yet fully verified" in snapshots; the
  // snapshot uses them only when it starts (child_process, to re-run a stale command).
  const errors = r.stderr.split('\n').filter((l) => l !== '' && !/Warning: It's not yet fully verified|^It may still work|^To request support|^\(Use `node --trace-warnings/.test(l));
  if (r.status !== 0 || r.error !== undefined) {
    rmSync(tmp, { force: true });
    throw new Error(`node --build-snapshot failed (${r.error?.message ?? `exit status ${r.status}`}):\n${errors.join('\n')}`);
  }
  if (errors.length > 0) process.stderr.write(errors.join('\n') + '\n');
  renameSync(tmp, blob);

  writeFileSync(nodeStamp, process.execPath + '\n');
  const t = spawnSync('touch', ['-r', process.execPath, nodeStamp]);
  if (t.status !== 0) throw new Error(`touch -r ${process.execPath} failed`);
  const kb = Math.round(statSync(blob).size / 1024);
  process.stdout.write(`minigo: start-up snapshot dist/snapshot/minigo.blob (${kb} KiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

try {
  await build();
} catch (e) {
  rmSync(blob, { force: true });
  rmSync(nodeStamp, { force: true });
  process.stderr.write(`minigo: warning: no start-up snapshot (bin/minigo will start the slower way): ${(e as Error).message}\n`);
}
