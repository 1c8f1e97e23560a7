// annotate: write the `// ERROR "..."` expectations of an escape test from what real Go 1.19
// prints for it (`go tool compile` with the flags of the file's `// errorcheck` header).
//   node test/escape/tools/annotate.mjs test/escape/NAME.go...
// Existing ERROR comments are replaced. Requires /usr/lib/go-1.19/bin/go.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const go = '/usr/lib/go-1.19/bin/go';
const escape = (s) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/"/g, '\\x22');
for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8').split('\n').map((l) => l.replace(/\s*\/\/ ERROR .*$/, ''));
  const flags = (/^\/\/ errorcheck (.*)$/.exec(src[0]) ?? [, '-m'])[1].split(/\s+/).filter((f) => f && f !== '-0');
  const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
  writeFileSync(join(dir, 'x.go'), src.join('\n'));
  let out = '';
  try {
    out = execFileSync(go, ['tool', 'compile', '-p', 'p', ...flags, '-o', join(dir, 'x.o'), 'x.go'], { cwd: dir, env: { ...process.env, GO111MODULE: 'off', GOCACHE: join(dir, 'cache') } }).toString();
  } catch (e) { out = e.stdout.toString() + e.stderr.toString(); }
  const byLine = new Map();
  for (const l of out.split('\n')) {
    const m = /^x\.go:(\d+):\d+: (.*)$/.exec(l);
    if (!m) continue;
    const n = Number(m[1]);
    byLine.set(n, [...(byLine.get(n) ?? []), m[2]]);
  }
  for (const [n, msgs] of byLine) src[n - 1] += ' // ERROR ' + [...new Set(msgs)].map((m) => `"${escape(m)}$"`).join(' ');
  writeFileSync(file, src.join('\n'));
  console.log(file, [...byLine.values()].flat().length, 'expectations');
}
