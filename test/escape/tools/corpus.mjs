// corpus: run escape analysis in-process over corpus directories and compare with gc's .m files
// (a fast stand-in for `score escape` while developing). Prints recall/precision and the most
// common missing and extra lines by shape.
//   node test/escape/tools/corpus.mjs [--tier 1] [--show N] [--only RE] DIR...
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { checkProgram } from '../../../dist/compiler/check/program.js';
import { escapeReport, gcFlags } from '../../../dist/cli/escape.js';

const args = process.argv.slice(2);
let tier = null, show = 0, only = null;
const dirs = [];
while (args.length) {
  const a = args.shift();
  if (a === '--tier') tier = args.shift();
  else if (a === '--show') show = Number(args.shift());
  else if (a === '--only') only = new RegExp(args.shift());
  else dirs.push(a);
}
const stdlibDir = new URL('../../../src/stdlib/', import.meta.url).pathname;
const host = {
  readPackage(path) {
    const dir = join(stdlibDir, path);
    let names;
    try { names = readdirSync(dir).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort(); } catch { return null; }
    return names.map((n) => ({ name: join(dir, n), src: readFileSync(join(dir, n), 'utf8') }));
  },
};
let want = 0, hit = 0, extra = 0, crashed = 0, unchecked = 0;
const missing = new Map(), extras = new Map();
const shape = (l) => l.replace(/^[^ ]+ /, '').replace(/^(leaking param( content)?:|moved to heap:|can inline|inlining call to) .*/, '$1 X').replace(/^.* (escapes to heap|does not escape)$/, 'E $1');
for (const dir of dirs) {
  const rows = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = rows.shift().split('\t');
  for (const r of rows) {
    const row = Object.fromEntries(r.split('\t').map((v, i) => [cols[i], v]));
    if (tier && String(row.tier).replace(/^tier/, '') !== tier) continue;
    const stem = row.name.replace(/\.go$/, '');
    if (only && !only.test(stem)) continue;
    const mfile = join(dir, stem + '.m');
    if (!existsSync(mfile)) continue;
    const exp = readFileSync(mfile, 'utf8').split('\n').filter((l) => l.trim());
    want += exp.length;
    let got = [];
    try {
      const src = readFileSync(join(dir, stem + '.go'), 'utf8');
      const { program } = checkProgram([{ name: stem + '.go', src }], host);
      if (!program) unchecked += exp.length;
      if (program) got = escapeReport(program, gcFlags([`-gcflags=${row.flags || '-m'}`])).map((l) => l.replace(/^\.\//, ''));
    } catch (e) { crashed++; if (show) console.log('CRASH', stem, e.stack.split('\n').slice(0, 3).join(' | ')); }
    const pool = new Map();
    for (const l of exp) pool.set(l, (pool.get(l) ?? 0) + 1);
    for (const l of got) {
      if (pool.get(l) > 0) { hit++; pool.set(l, pool.get(l) - 1); }
      else { extra++; const s = shape(l); extras.set(s, [...(extras.get(s) ?? []), l]); }
    }
    for (const [l, n] of pool) for (let i = 0; i < n; i++) { const s = shape(l); missing.set(s, [...(missing.get(s) ?? []), l]); }
  }
}
writeFileSync('/tmp/esc.missing', [...missing.values()].flat().join('\n') + '\n');
writeFileSync('/tmp/esc.extra', [...extras.values()].flat().join('\n') + '\n');
const top = (m) => [...m].sort((a, b) => b[1].length - a[1].length).slice(0, 12);
if (show) {
  console.log('MISSING'); for (const [s, ls] of top(missing)) console.log(ls.length, s, '|', ls.slice(0, show).join(' || '));
  console.log('EXTRA'); for (const [s, ls] of top(extras)) console.log(ls.length, s, '|', ls.slice(0, show).join(' || '));
}
console.log(`recall ${(100 * hit / want).toFixed(1)}% (${hit}/${want}) precision ${(100 * hit / (hit + extra)).toFixed(1)}% extra ${extra} crashed ${crashed} lines-in-unchecked-files ${unchecked}`);
