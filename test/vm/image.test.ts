// The standard packages' image (src/compiler/codegen/image.ts): every standard function is
// compiled ahead, only the bodies a program may compile again keep their declarations, and a
// program compiled by continuing the image behaves as one compiled from scratch.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { StdImporter, type CheckedStdPackage } from '../../src/compiler/check/importer.js';
import { checkProgram } from '../../src/compiler/check/program.js';
import type { CheckedPackage } from '../../src/compiler/check/info.js';
import { stdImage } from '../../src/compiler/codegen/image.js';
import { ProgramCompiler } from '../../src/compiler/codegen/package.js';
import { ProgramEscapes } from '../../src/compiler/escape/program.js';
import { stdFactKey } from '../../src/compiler/escape/std.js';
import { stdFacts } from '../../src/compiler/escape/stdfacts.js';
import { FakeClock } from '../../src/runtime/clock.js';
import { HEAP_BASE } from '../../src/runtime/mem.js';
import { Func } from '../../src/compiler/types/objects.js';
import type { Signature } from '../../src/compiler/types/types.js';
import { VM } from '../../src/vm/vm.js';
import { stdHost } from '../check/host.js';

const stdlib = join(import.meta.dirname, '..', '..', 'src', 'stdlib');

function stdPaths(dir: string, path = ''): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(dir, path), { withFileTypes: true });
  if (path !== '' && entries.some((e) => e.isFile() && e.name.endsWith('.go'))) out.push(path);
  for (const e of entries) if (e.isDirectory()) out.push(...stdPaths(dir, path === '' ? e.name : `${path}/${e.name}`));
  return out;
}

/** Every standard package, checked by one importer (as the snapshot checks them). */
function checkStd(): Map<string, CheckedStdPackage> {
  const importer = new StdImporter(stdHost);
  for (const p of stdPaths(stdlib)) importer.importPackage(p);
  expect(importer.diagnostics).toEqual([]);
  return importer.checked();
}

/** The functions and methods of cp declared with a body. */
function bodies(cp: CheckedPackage): Func[] {
  const out: Func[] = [];
  for (const f of cp.files) {
    for (const d of f.decls) {
      if (d.kind !== 'FuncDecl' || d.body === null) continue;
      const o = cp.info.defs.get(d.name);
      if (o instanceof Func) out.push(o);
    }
  }
  return out;
}

/** The program's output, and the calls inlined into main.main. */
function run(image: ProgramCompiler | null, checked: Map<string, CheckedStdPackage>, src: string): { out: string; inlined: string[] } {
  const { program, diagnostics } = checkProgram([{ name: 'prog.go', src }], { ...stdHost, checked });
  expect(diagnostics).toEqual([]);
  const escapes = new ProgramEscapes(program!.packages);
  const pc = image === null ? new ProgramCompiler(program!, escapes) : image.resume(program!, escapes);
  let out = '';
  const dec = new TextDecoder();
  const code = pc.compile();
  const vm = new VM(code, { write: (_fd, b) => void (out += dec.decode(b)) }, [], { gomaxprocs: 1, seed: 1, clock: new FakeClock() });
  vm.sched.run(vm.newMainG());
  const main = code.funcs.find((f) => f.name === 'main.main')!;
  return { out, inlined: (main.inlTree ?? []).map((c) => c.name) };
}

// Standard functions inlined into the program (strings.Builder's Len and String, unicode.IsUpper,
// time.Duration.Seconds), a generic standard type (atomic.Pointer), and calls that are not inlined.
const prog = `package main

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
)

type node struct{ v int }

func main() {
	var p atomic.Pointer[node]
	p.Store(&node{7})
	old := p.Swap(&node{8})
	fmt.Println(old.v, p.Load().v, p.CompareAndSwap(old, nil))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	fmt.Println(b.String(), b.Len(), unicode.IsUpper('Q'), strings.Fields(" a b "))
	fmt.Println(1500*time.Millisecond, (1500 * time.Millisecond).Seconds())
}
`;

describe('standard packages image', () => {
  let checked: Map<string, CheckedStdPackage>;
  let image: ProgramCompiler;
  let kept: Set<Func>;
  let all: Func[];

  beforeAll(() => {
    checked = checkStd();
    const packages = [...checked.values()].map((c) => c.cp);
    all = packages.flatMap(bodies);
    image = stdImage(packages);
    kept = new Set(packages.flatMap(bodies));
  });

  it('compiles every non-generic function with a body', () => {
    const generic = (f: Func) => (f.type as Signature).typeParams.length > 0 || (f.type as Signature).recvTypeParams.length > 0;
    const missing = all.filter((f) => !generic(f) && !image.compiled(f)).map((f) => f.name);
    expect(missing).toEqual([]);
  });

  it('keeps the declarations of generic functions and of some inlinable ones only', () => {
    const generic = all.filter((f) => (f.type as Signature).typeParams.length > 0 || (f.type as Signature).recvTypeParams.length > 0);
    expect(generic.length).toBeGreaterThan(0);
    for (const f of generic) expect(kept.has(f), f.name).toBe(true);
    // The others kept are inlined by gc into other packages (facts), or into such a body.
    expect(kept.size).toBeLessThan(all.length);
    expect([...kept].filter((f) => !generic.includes(f) && stdFacts[stdFactKey(f)]?.cost !== undefined).length).toBeGreaterThan(0);
    for (const f of all) expect(image.declOf(f) !== undefined, f.name).toBe(kept.has(f));
  });

  it('holds no heap, only its data segment', () => {
    expect(image.mem.heapEnd).toBe(HEAP_BASE);
    expect(image.mem.dataEnd).toBeGreaterThan(0x400000);
  });

  it('compiles a program as a fresh compiler does', () => {
    const fresh = run(null, checkStd(), prog);
    expect(fresh.out).toBe('7 8 false\n0-1-2- 6 true [a b]\n1.5s 1.5\n');
    expect(fresh.inlined).toEqual(expect.arrayContaining(['strings.(*Builder).Len', 'strings.(*Builder).String', 'time.Duration.Seconds']));
    expect(run(image, checked, prog)).toEqual(fresh);
  });
});
