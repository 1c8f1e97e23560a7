// speed: time the front end (parse + check) against escape analysis with -m on the largest
// corpus files, in-process, best of N runs each.
//   node test/escape/tools/speed.mjs FILE.go...
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { checkProgram } from '../../../dist/compiler/check/program.js';
import { analyzeEscapes } from '../../../dist/compiler/escape/escape.js';

const stdlibDir = new URL('../../../src/stdlib/', import.meta.url).pathname;
const host = { readPackage(path) { const dir = join(stdlibDir, path); let names; try { names = readdirSync(dir).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go')).sort(); } catch { return null; } return names.map((n) => ({ name: join(dir, n), src: readFileSync(join(dir, n), 'utf8') })); } };
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8');
  let best = [Infinity, Infinity];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const { program } = checkProgram([{ name: basename(f), src }], host);
    const t1 = performance.now();
    if (!program) { console.log(basename(f), 'does not check'); break; }
    analyzeEscapes(program.main, { m: 1, noInline: false });
    const t2 = performance.now();
    best = [Math.min(best[0], t1 - t0), Math.min(best[1], t2 - t1)];
  }
  if (best[0] < Infinity) console.log(`${basename(f)}: check ${best[0].toFixed(1)} ms, escape+inline ${best[1].toFixed(1)} ms (+${(100 * best[1] / best[0]).toFixed(1)}% of check)`);
}
