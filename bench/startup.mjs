#!/usr/bin/env node
// bench:startup — how long `minigo run` takes to start, beside Node's own start-up.
//
//   npm run bench:startup [-- --runs N]
//
// Runs, in turn and N times each (default 21), `node -e ''`, `bin/minigo version` (the snapshot's
// fixed cost: no program is compiled), then `bin/minigo run` on a program printing with fmt
// (examples/hello.go) and on one printing with println, each started from the snapshot and the
// plain way (MINIGO_SNAPSHOT=0). Interleaving the commands lets each see the same load; medians
// and the fastest run of each wall time, and the mean CPU time (user+sys of the children, from
// /proc on Linux), are printed with the ratio to Node's median.
//
// NODE_EXTRA_CA_CERTS, when set, makes every Node process parse those certificates before it
// runs anything (~45 ms for the ~140 of a distribution's bundle), `node -e ''` and minigo alike;
// the ratios then flatter minigo, so the bench says so.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = args[0] === '--runs' ? Number(args[1]) : 21;
const bin = join(root, 'bin/minigo');
const hello = join(root, 'examples/hello.go');
const println = join(mkdtempSync(join(tmpdir(), 'minigo-startup-')), 'println.go');
writeFileSync(println, 'package main\n\nfunc main() {\n\tprintln("hello")\n}\n');

const commands = [
  ["node -e ''", process.execPath, ['-e', ''], {}],
  ['minigo version', bin, ['version'], {}],
  ['minigo run hello.go', bin, ['run', hello], {}],
  ['minigo run println.go', bin, ['run', println], {}],
  ['  plain, hello.go', bin, ['run', hello], { MINIGO_SNAPSHOT: '0' }],
  ['  plain, println.go', bin, ['run', println], { MINIGO_SNAPSHOT: '0' }],
];

/** CPU time of this process's waited-for children in ms (Linux), or NaN. */
function childCPU() {
  if (!existsSync('/proc/self/stat')) return NaN;
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
}

const wall = commands.map(() => []);
const cpu = commands.map(() => 0);
for (let r = 0; r < runs; r++) {
  commands.forEach(([, cmd, argv, env], i) => {
    const c0 = childCPU();
    const t0 = process.hrtime.bigint();
    const p = spawnSync(cmd, argv, { stdio: 'ignore', env: { ...process.env, ...env } });
    wall[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu[i] += childCPU() - c0;
    if (p.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: exit status ${p.status}`);
  });
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
const base = median(wall[0]);
console.log(`${runs} runs each; wall time median and fastest, CPU time mean, in ms`);
if (process.env.NODE_EXTRA_CA_CERTS) console.log('NODE_EXTRA_CA_CERTS is set: every Node start, the baseline\'s too, first parses its certificates');
commands.forEach(([label], i) => {
  const m = median(wall[i]);
  const line = `${label.padEnd(24)} ${m.toFixed(0).padStart(6)} (x${(m / base).toFixed(2)})  fastest ${Math.min(...wall[i]).toFixed(0).padStart(5)}  cpu ${(cpu[i] / runs).toFixed(0).padStart(5)}`;
  console.log(line);
});
