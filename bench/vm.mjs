#!/usr/bin/env node
// bench — execution speed of `minigo run`, interpreted against translated (src/vm/jit).
//
//   npm run bench [-- --runs N] [--dir DIR] [--size default|small] [NAME ...]
//
// Runs each benchmark program of DIR (default: the shared yardstick, ../shared/bench, whose
// sizes.tsv gives each program's sizes) with MINIGO_JIT=off and with the default tiering, in
// turn, N times each (default 3), so both see the same load. Prints the median and fastest wall
// time and the fastest CPU time (user+sys, from /proc on Linux: what the machine's other work
// disturbs least) of each, and their ratio. The outputs of the two must be identical.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  if (i < 0) return def;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const runs = Number(opt('--runs', '3'));
const dir = opt('--dir', join(root, '../shared/bench'));
const set = opt('--size', 'default');
const sizes = new Map(
  readFileSync(join(dir, 'sizes.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('name'))
    .map((l) => l.split('\t'))
    .map(([name, def, small]) => [name, set === 'small' ? small : def]),
);
const names = argv.length > 0 ? argv : ['fib', 'binarytrees', 'nbody', 'spectralnorm', 'fannkuch', 'mandelbrot', 'sieve'];
const bin = join(root, 'bin/minigo');
const modes = [['interpreted', 'off'], ['translated', 'tiered']];

/** CPU time of this process's waited-for children in ms (Linux), or NaN. */
function childCPU() {
  if (!existsSync('/proc/self/stat')) return NaN;
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / 100;
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`${runs} runs each, ms: wall median / fastest, CPU fastest; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(`${'benchmark'.padEnd(14)}${modes.map(([m]) => m.padStart(26)).join('')}   speed-up (CPU)`);
for (const name of names) {
  const file = join(dir, name + '.go');
  const wall = modes.map(() => []);
  const cpu = modes.map(() => []);
  const outs = modes.map(() => new Set());
  for (let r = 0; r < runs; r++) {
    modes.forEach(([, jit], i) => {
      const c0 = childCPU();
      const t0 = process.hrtime.bigint();
      const p = spawnSync(bin, ['run', file, sizes.get(name)], { encoding: 'utf8', env: { ...process.env, MINIGO_JIT: jit } });
      wall[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
      cpu[i].push(childCPU() - c0);
      if (p.status !== 0) throw new Error(`${name} (${jit}): exit status ${p.status}: ${p.stderr.split('\n')[0]}`);
      outs[i].add(p.stdout);
    });
  }
  if (outs.some((o) => o.size !== 1) || [...outs[0]][0] !== [...outs[1]][0]) throw new Error(`${name}: outputs differ`);
  const cells = modes.map((_, i) => `${median(wall[i]).toFixed(0).padStart(7)} /${Math.min(...wall[i]).toFixed(0).padStart(6)}, ${Math.min(...cpu[i]).toFixed(0).padStart(6)}`);
  console.log(`${name.padEnd(14)}${cells.map((c) => c.padStart(26)).join('')}   x${(Math.min(...cpu[0]) / Math.min(...cpu[1])).toFixed(2)}`);
}
