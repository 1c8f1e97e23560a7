// The start-up snapshot: `minigo` resumed from a V8 heap in which its modules are loaded, the Go
// parser is built and every standard package is already checked, analysed and compiled.
//
// Design
//   Starting `minigo run hello.go` the plain way costs about five Node start-ups: loading ~180
//   modules and Chevrotain, building the parser (Chevrotain's grammar analysis), then parsing,
//   checking, analysing and compiling the standard packages that fmt pulls in (os, io, time,
//   ...), with every function met for the first time compiled lazily by V8. None of that
//   depends on the program being run, so it is done once, when minigo is built, and kept in a
//   V8 startup snapshot (`node --build-snapshot`): starting from the snapshot deserializes a
//   heap instead.
//
//   Building (mksnapshot.ts, run by `npm install` and `npm run build`). esbuild bundles this file
//   and everything it imports into one script, dist/snapshot/minigo.js (a snapshot's entry is a
//   single script that may require only Node's own modules), and `node --build-snapshot` runs it.
//   `prepare` then
//     1. builds the parser;
//     2. checks every package under src/stdlib with one StdImporter, stamping (mtime, size) each
//        directory and file before reading it; the result is kept as `Host.checked` takes it,
//        together with the image of those packages (codegen/image.ts): their escape analyses and
//        inliners, and every function compiled, then everything only the compiled bodies needed
//        dropped. A run then checks, analyses and compiles only its own package, continuing the
//        image's code generator;
//     3. runs the same pipeline on a throw-away program that imports every standard package,
//        with a second importer and image, so that the functions every start calls are compiled
//        to bytecode in the snapshot (V8 keeps it) while what step 2 keeps is never touched.
//        Measured on `minigo run hello.go`: the bytecode saves ~19 ms net at every start.
//   V8 then serializes the heap to dist/snapshot/minigo.blob.
//
//   Starting (bin/minigo runs `node --snapshot-blob dist/snapshot/minigo.blob -- ARGS` when Node
//   would accept the blob and tsc has not run since it was built, and the plain dist/cli/main.js
//   otherwise). `start`
//     0. removes the GLIBC_TUNABLES that bin/minigo set for Node's own start (when the caller had
//        none), so that the program, and a plain run of step 1, see the caller's environment;
//     1. checks that the code in the snapshot is current: the blob lies in the installation it
//        was built in, and every input of the bundle (dist/**/*.js and the dependencies' files,
//        listed by mksnapshot in inputs.json) has the stamp it had when bundled. If not, it runs
//        the command on the plain path in a child process and exits as the child does (Node 20
//        gives a snapshot's main function no import(), so it cannot load dist/ itself);
//     2. hands the checked standard packages and their image to the host if none of their
//        files changed since step 2 above (otherwise the program's imports are checked and
//        compiled from source, as on the plain path, with the same code);
//     3. calls main;
//     4. when the event loop runs dry ('beforeExit'), ends the process with process.exit: it
//        emits 'exit' as a natural end does, but skips tearing down the environment and V8's
//        heap (measured: ~5 ms of CPU for the snapshot's heap). Nothing is lost by that: the loop
//        is dry only once every write has completed (process.stdout's to a pipe are asynchronous
//        on POSIX, and keep the loop alive until done), and minigo registers no other
//        'beforeExit' listener, which this one, registered first, would pre-empt.
//
// Why the snapshot cannot change behaviour
//   What it holds is what the plain path computes before it reads the program, and computes the
//   same way whatever the program is: module state, the parser, and the standard packages as
//   the checker leaves them. The checker keeps no global counters, the checked packages depend
//   only on their sources, and the importer replays their imports in the order their check asked
//   for them, so a program sees the packages, and the initialization order, a fresh check gives.
//   The image's code is what compiling those packages for any program gives (a function's code
//   depends on its package's decisions only, inline.ts and escape/program.ts); what differs
//   from the plain path is the layout, as it differs between programs in Go: every standard
//   function has its index and every standard variable its place in the data segment before
//   the program's, even those the program never reaches. The collector's roots and the pacer's
//   globals are still the program's packages' variables only (ProgramCompiler.compile).
//   Step 3's warm-up leaves only caches keyed by its own objects and the code generator's
//   named-type counter, which names types in map keys only; its VM runs on a fake clock, with
//   no channel, select or timer, writes nowhere, and is garbage when the heap is serialized (a
//   runtime's state is made afresh when the program starts; the image's address space holds
//   only its data segment). The golden tests run from the snapshot, and
//   test/cli/snapshot.test.ts runs programs both ways and compares.
//
// Costs (measured 2026-11-23 on the development machine, where `node -e ''` takes ~75-100 ms,
//   ~45 ms of it parsing the certificates NODE_EXTRA_CA_CERTS names): the blob is ~12 MB;
//   deserializing it costs ~16 ms for the isolate part (code and strings) and ~21 ms for the
//   context (the image of the standard packages is ~100K of its ~200K objects; each costs
//   ~0.2 us). `minigo version` takes ~120-150 ms and `minigo run hello.go` ~130-155 ms instead of
//   ~950 ms the plain way: V8 keeps bytecode in a snapshot but not type feedback, so the
//   program's own parse, check, code generation and run still cost ~20 ms of functions running
//   for the first time.
//
// How it differs from Go
//   A Go binary starts from an image the linker laid out: code, type descriptors and data are
//   mapped, and only rt0 and the package inits run. The snapshot is the nearest thing for an
//   interpreter: the standard packages are compiled ahead of time, and the program's own code
//   is laid out after them. The linker drops what the program never reaches; the image keeps
//   every standard function. The package inits still run at every start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import v8 from 'node:v8';
import { checkProgram } from '../compiler/check/program.js';
import { StdImporter, type CheckedStdPackage, type Host } from '../compiler/check/importer.js';
import type { ProgramCompiler } from '../compiler/codegen/package.js';
import { stdImage } from '../compiler/codegen/image.js';
import { parseFile } from '../parser/index.js';
import { FakeClock } from '../runtime/clock.js';
import { VM } from '../vm/vm.js';
import { programCompiler, stdHost, stdlibDir } from './host.js';
import { main } from './main.js';
import { stamp, unchanged, type Stamp } from './stamps.js';

/** What the snapshot holds besides the loaded modules. */
interface Image {
  /** The installation's root directory (the one holding bin/, dist/ and src/). */
  readonly root: string;
  /** The bundle's inputs. */
  readonly code: readonly Stamp[];
  /** Every standard package's directory and files, or [] when `checked` is null. */
  readonly std: readonly Stamp[];
  readonly checked: ReadonlyMap<string, CheckedStdPackage> | null;
  /** The code generator that compiled them, to be continued by the program, or null. */
  readonly precompiled: ProgramCompiler | null;
}

/** The list of the bundle's inputs that mksnapshot writes, under dist/snapshot. */
const inputsFile = 'inputs.json';

/** The import paths of the packages under src/stdlib (directories holding .go files), sorted. */
function stdPackages(dir: string, path = ''): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(dir, path), { withFileTypes: true });
  if (path !== '' && entries.some((e) => e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go'))) out.push(path);
  for (const e of entries) if (e.isDirectory()) out.push(...stdPackages(dir, path === '' ? e.name : `${path}/${e.name}`));
  return out.sort();
}

/** Steps 1-3 of building (see the essay). */
function prepare(): Image {
  const root = resolve(stdlibDir, '../..');
  const code = (JSON.parse(readFileSync(join(root, 'dist/snapshot', inputsFile), 'utf8')) as Stamp[]);
  parseFile('package p\n', 'p.go');

  const std: Stamp[] = [];
  const stamping: Host = {
    readPackage(path) {
      const dir = join(stdlibDir, path);
      std.push(stamp(dir));
      for (const n of readdirSync(dir)) if (n.endsWith('.go')) std.push(stamp(join(dir, n)));
      return stdHost.readPackage(path);
    },
  };
  const importer = new StdImporter(stamping);
  const paths = stdPackages(stdlibDir);
  for (const p of paths) importer.importPackage(p);
  let checked: Map<string, CheckedStdPackage> | null = importer.checked();
  if (importer.diagnostics.length > 0) {
    process.emitWarning('the standard packages do not check; they are left out of the start-up snapshot');
    checked = null;
  }

  const precompiled = checked === null ? null : precompile(checked);
  warmUp(root, paths);
  return { root, code, std: checked === null ? [] : std, checked, precompiled };
}

/** The standard packages compiled, and stripped to what a program's compilation reads (codegen/image.ts). */
function precompile(checked: ReadonlyMap<string, CheckedStdPackage>): ProgramCompiler {
  return stdImage([...checked.values()].map((c) => c.cp));
}

/**
 * Step 3: compiles and runs a program that imports every standard package, on objects of its
 * own, so that the functions a run calls are compiled to bytecode in the snapshot. The run uses
 * no channel, timer or select (whose modules keep scratch state) and writes nowhere.
 */
function warmUp(root: string, paths: readonly string[]): void {
  const fmt = paths.includes('fmt');
  const src = `package main\n\nimport (\n${paths.map((p) => `\t${p === 'fmt' ? '' : '_ '}"${p}"\n`).join('')})\n\n` +
    `func main() {\n\t${fmt ? 'fmt.Sprintln("warm-up", 1, 2.5, true, nil, []int{1}, map[string]int{"a": 1})' : 'println()'}\n}\n`;
  try {
    const importer = new StdImporter(stdHost);
    for (const p of paths) importer.importPackage(p);
    stdHost.checked = importer.checked();
    stdHost.image = precompile(stdHost.checked);
    const { program, diagnostics } = checkProgram([{ name: join(root, 'warmup.go'), src }], stdHost);
    if (program === null) throw new Error(diagnostics[0]?.msg);
    const vm = new VM(programCompiler(program).compile(), { write() {} }, [], { gomaxprocs: 1, seed: 1, clock: new FakeClock() });
    vm.sched.run(vm.newMainG());
  } catch (e) {
    process.emitWarning(`the start-up snapshot's warm-up failed (${(e as Error).message}); minigo will start a little slower`);
  } finally {
    delete stdHost.checked;
    delete stdHost.image;
  }
}

/** The value of Node's --snapshot-blob option. */
function blobPath(): string | undefined {
  const a = process.execArgv;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--snapshot-blob') return a[i + 1];
    if (a[i]!.startsWith('--snapshot-blob=')) return a[i]!.slice('--snapshot-blob='.length);
  }
  return undefined;
}

/**
 * Runs `minigo ARGS` on the plain path in a child process and exits as it does, with the V8 flags
 * bin/minigo gives the plain path: this process's, less those for starting from the snapshot.
 */
function runPlain(root: string, args: readonly string[]): never {
  const flags = process.execArgv.filter((a, i, all) => !a.startsWith('--snapshot-blob') && all[i - 1] !== '--snapshot-blob' && a !== '--no-rehash-snapshot');
  const r = spawnSync(process.execPath, [...flags, join(root, 'bin/minigo'), ...args], { stdio: 'inherit' });
  if (r.error !== undefined) {
    process.stderr.write(`minigo: ${r.error.message}\n`);
    process.exit(1);
  }
  if (r.signal !== null) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}

/** Steps 0-4 of starting (see the essay). */
function start(image: Image): void {
  if (process.env['GLIBC_TUNABLES'] === 'glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432') delete process.env['GLIBC_TUNABLES'];
  const args = process.argv.slice(1);
  const blob = blobPath();
  const here = blob === undefined ? image.root : resolve(dirname(blob), '../..');
  if (here !== image.root || !unchanged(image.code)) runPlain(existsSync(join(here, 'bin/minigo')) ? here : image.root, args);
  if (image.checked !== null && image.precompiled !== null && unchanged(image.std)) {
    stdHost.checked = image.checked;
    stdHost.image = image.precompiled;
  }
  process.once('beforeExit', () => process.exit());
  main(args);
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  const image = prepare();
  v8.startupSnapshot.setDeserializeMainFunction(() => start(image));
}
