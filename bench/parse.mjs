#!/usr/bin/env node
// bench:parse — minigo's lexer+parser over Go's own source tree, in one process, beside go/parser.
//
//   npm run bench:parse [-- --root DIR]
//
// Files: every .go file under DIR outside testdata folders (default /usr/share/go-1.19/src, from
// Debian's golang-1.19-src). Prints lines/s and peak RSS for minigo; when real Go is installed,
// also builds ../shared/bin/goparse.go and prints go/parser's lines/s on the same files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../dist/parser/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const root = args[0] === '--root' ? args[1] : '/usr/share/go-1.19/src';
if (!existsSync(root)) {
  console.error(`bench:parse: ${root} missing (apt-get install golang-1.19-src)`);
  process.exit(2);
}

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'testdata') walk(p, out);
    } else if (name.endsWith('.go')) {
      out.push(p);
    }
  }
  return out;
}

const files = walk(root, []);
// Sources are read before the clock starts, as the go/parser reference does.
const sources = files.map((f) => readFileSync(f, 'utf8'));
let lines = 0;
for (const src of sources) for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lines++;
let errors = 0;
const t0 = performance.now();
for (let k = 0; k < files.length; k++) {
  const f = files[k];
  const r = parseFile(sources[k], f);
  if (r.diagnostics.length > 0) {
    errors++;
    if (errors <= 5) console.log(`${f}: ${r.diagnostics[0].line}:${r.diagnostics[0].col}: ${r.diagnostics[0].msg}`);
  }
}
const secs = (performance.now() - t0) / 1000;
const lps = Math.round(lines / secs);
const rssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`files: ${files.length}, lines: ${lines}`);
console.log(`minigo: ${secs.toFixed(2)} s, ${lps} lines/s, peak RSS ${rssMiB} MiB, files with errors: ${errors}`);

const go = '/usr/lib/go-1.19/bin/go';
const ref = join(here, '../../shared/bin/goparse.go');
if (existsSync(go) && existsSync(ref)) {
  const tmp = mkdtempSync(join(tmpdir(), 'goparse-'));
  const env = { ...process.env, GOPATH: join(tmp, 'gopath'), GOCACHE: join(tmp, 'gocache'), GO111MODULE: 'off' };
  execFileSync(go, ['build', '-o', join(tmp, 'goparse'), ref], { env });
  const out = execFileSync(join(tmp, 'goparse'), { input: files.join('\n') + '\n' }).toString().trim();
  const goLps = Number(/lines_per_s=(\d+)/.exec(out)?.[1]);
  console.log(`go/parser: ${out}`);
  if (goLps > 0) console.log(`ratio minigo/go: ${(lps / goLps).toFixed(2)}`);
} else {
  console.log('go/parser: skipped (apt-get install golang-1.19-go for the reference)');
}
