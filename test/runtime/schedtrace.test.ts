// GODEBUG=schedtrace/scheddetail/inittrace through the CLI: the lines are parsed field by field
// against Go 1.19's formats (FORMATS.md 3.2), checked against what the program must have done,
// and a seeded run must repeat its trace exactly (every scheduling decision is on the emulated
// clock and the seeded generator).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runGolden } from '../vm/golden.js';

const dir = mkdtempSync(join(tmpdir(), 'minigo-schedtrace-'));

// Four goroutines spinning for ~30 ms of emulated time each, on GOMAXPROCS Ps.
const spinners = `package main

import "runtime"

var sink [8]int

func spin(i, n int) {
	for k := 0; k < n; k++ {
		sink[i] += k
	}
}

func main() {
	for i := 0; i < 4; i++ {
		go spin(i, 2000000)
	}
	spin(4, 4000000)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	println("done")
}
`;

function run(src: string, env: Record<string, string>, flags: string[] = []) {
  const file = join(dir, 'prog.go');
  writeFileSync(file, src);
  return runGolden(file, [], env, flags);
}

const schedLine =
  /^SCHED (\d+)ms: gomaxprocs=(\d+) idleprocs=(\d+) threads=(\d+) spinningthreads=(\d+) idlethreads=(\d+) runqueue=(\d+)(.*)$/;

describe('schedtrace', () => {
  test('plain lines: one per period, with per-P queue lengths', () => {
    const r = run(spinners, { GOMAXPROCS: '2', GODEBUG: 'schedtrace=2' });
    expect(r.exit).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('SCHED'));
    expect(lines.length).toBeGreaterThan(3);
    let last = -1;
    for (const l of lines) {
      const m = schedLine.exec(l);
      expect(m, l).not.toBeNull();
      const [, ms, procs, idle, threads, spinning, idleThreads, , rest] = m!;
      expect(Number(procs)).toBe(2);
      expect(Number(idle)).toBeLessThanOrEqual(2);
      expect(Number(threads)).toBeGreaterThanOrEqual(2);
      expect(Number(spinning)).toBeLessThanOrEqual(Number(threads));
      expect(Number(idleThreads)).toBeLessThan(Number(threads));
      expect(rest).toMatch(/^ \[\d+ \d+\]$/);
      // The first line is at 0 ms, then one per 2 ms period (sysmon wakes at most 10 ms apart).
      if (last < 0) expect(Number(ms)).toBe(0);
      else expect(Number(ms) - last).toBeGreaterThanOrEqual(2);
      last = Number(ms);
    }
    expect(r.stderr.endsWith('done\n')).toBe(true);
  }, 120_000);

  test('detailed lines: every P, M and G with statuses and wait reasons', () => {
    const r = run(spinners, { GOMAXPROCS: '3', GODEBUG: 'schedtrace=3,scheddetail=1' });
    expect(r.exit).toBe(0);
    const lines = r.stderr.split('\n');
    const heads = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('SCHED'));
    expect(heads.length).toBeGreaterThan(1);
    for (const [head, at] of heads) {
      const m = schedLine.exec(head)!;
      expect(m[8]).toBe(' gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0');
      const block: string[] = [];
      for (let i = at + 1; i < lines.length && lines[i]!.startsWith('  '); i++) block.push(lines[i]!);
      const ps = block.filter((l) => l.startsWith('  P'));
      const ms = block.filter((l) => l.startsWith('  M'));
      const gs = block.filter((l) => l.startsWith('  G'));
      expect(ps.map((l) => l.slice(0, 5))).toEqual(['  P0:', '  P1:', '  P2:']);
      for (const l of ps) {
        expect(l).toMatch(/^ {2}P\d: status=[0-4] schedtick=\d+ syscalltick=\d+ m=-?\d+ runqsize=\d+ gfreecnt=\d+ timerslen=\d+$/);
      }
      // idleprocs counts the Ps with status 0.
      expect(ps.filter((l) => l.includes('status=0')).length).toBe(Number(m[3]));
      // M lines newest first; sysmon's M1 never holds a P.
      const ids = ms.map((l) => Number(/^ {2}M(\d+):/.exec(l)![1]));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(ms.length).toBe(Number(m[4]));
      for (const l of ms) {
        expect(l).toMatch(
          /^ {2}M\d+: p=-?\d+ curg=-?\d+ mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=(true|false) blocked=false lockedg=-1$/,
        );
      }
      expect(ms.find((l) => l.startsWith('  M1:'))).toMatch(/p=-1 curg=-1/);
      // G1 is main; G2-G4 are the runtime's, waiting with Go's reasons.
      expect(gs[0]).toMatch(/^ {2}G1: status=[124]\(.*\) m=-?\d+ lockedm=-1$/);
      expect(gs.slice(1, 4)).toEqual([
        '  G2: status=4(force gc (idle)) m=-1 lockedm=-1',
        '  G3: status=4(GC sweep wait) m=-1 lockedm=-1',
        '  G4: status=4(GC scavenge wait) m=-1 lockedm=-1',
      ]);
      for (const l of gs) expect(l).toMatch(/^ {2}G\d+: status=\d\(.*\) m=-?\d+ lockedm=-1$/);
      // A running G names its M, and that M names it back.
      for (const l of gs.filter((x) => x.includes('status=2'))) {
        const [, g, mid] = /^ {2}G(\d+): status=2\(\) m=(\d+)/.exec(l)!;
        expect(ms.find((x) => x.startsWith(`  M${mid}:`))).toContain(`curg=${g} `);
      }
    }
  }, 120_000);

  test('a seeded run repeats its trace exactly', () => {
    const env = { GOMAXPROCS: '4', GODEBUG: 'schedtrace=2,scheddetail=1' };
    const r1 = run(spinners, env, ['--seed', '42']);
    const r2 = run(spinners, env, ['--seed', '42']);
    expect(r1.stderr).toBe(r2.stderr);
    expect(r1.stderr.split('\n').filter((l) => l.startsWith('SCHED')).length).toBeGreaterThan(5);
  }, 120_000);
});

describe('inittrace', () => {
  test('one line per package with init work, in initialization order', () => {
    const src = `package main

import "fmt"

var table = build()

func build() []int {
	t := make([]int, 100)
	for i := range t {
		t[i] = i * i
	}
	return t
}

func init() { fmt.Println("init", len(table)) }

func main() { fmt.Println("main") }
`;
    const r = run(src, { GODEBUG: 'inittrace=1' });
    expect(r.stdout).toBe('init 100\nmain\n');
    const lines = r.stderr.trim().split('\n');
    const re = /^init (\S+) @(\d+(\.\d+)?) ms, (\d+(\.\d+)?) ms clock, (\d+) bytes, (\d+) allocs$/;
    for (const l of lines) expect(l).toMatch(re);
    const pkgs = lines.map((l) => re.exec(l)![1]);
    expect(pkgs.slice(0, 2)).toEqual(['internal/bytealg', 'runtime']);
    expect(pkgs[pkgs.length - 1]).toBe('main');
    // main's init allocated the table: 100 ints = 800 bytes in one allocation (make), plus fmt's.
    const main = re.exec(lines[lines.length - 1]!)!;
    expect(Number(main[6])).toBeGreaterThanOrEqual(800);
    expect(Number(main[7])).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
