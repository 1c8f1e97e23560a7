// The VM obeys escape analysis (DESIGN decision 5). The golden programs in test/escape/alloc
// measure allocations with runtime.ReadMemStats around code whose variables and allocation
// sites do or do not escape, and print Mallocs and HeapAlloc deltas; each ends with the
// `// Output:` real Go 1.19 printed, so the counts minigo's VM reports must be gc's. One more
// (stackmove.go) checks that what lives on the stack survives the stack being copied.
//
// The second part pins down where the code generator's analysis (escape/program.ts) is more
// careful than gc's -m report, with the -m lines real Go 1.19 printed for the same code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGolden } from '../vm/golden.js';
import { checkProgram } from '../../src/compiler/check/program.js';
import { analyzeEscapes } from '../../src/compiler/escape/escape.js';
import { ProgramEscapes } from '../../src/compiler/escape/program.js';
import type * as ast from '../../src/parser/ast.js';
import type { Var } from '../../src/compiler/types/objects.js';
import { stdHost } from '../check/host.js';

const dir = join(import.meta.dirname, 'alloc');

function expectedStdout(src: string): string {
  const i = src.indexOf('\n// Output:\n');
  const lines = src.slice(i + '\n// Output:\n'.length).split('\n').filter((l) => l.startsWith('//'));
  return lines.map((l) => (l === '//' ? '' : l.slice(3))).join('\n') + '\n';
}

describe('allocation counts follow escape analysis', () => {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    it(name, () => {
      const path = join(dir, name);
      const got = runGolden(path);
      expect(got.stderr).toBe('');
      expect(got.stdout).toBe(expectedStdout(readFileSync(path, 'utf8')));
      expect(got.exit).toBe(0);
    }, 60000);
  }
});

/** The code generator's and the -m report's decisions for a program. */
function decisions(src: string) {
  const { program, diagnostics } = checkProgram([{ name: 'm.go', src }], stdHost);
  expect(diagnostics).toEqual([]);
  const main = program!.main;
  const gc = analyzeEscapes(main, { m: 0, noInline: false });
  const cg = new ProgramEscapes(program!.packages).of(main)!;
  const v = (name: string): Var => [...main.info.defs].find(([id]) => id.name === name)![1] as Var;
  const lit = (line: number): ast.Node => [...main.info.types.keys()].find((e) => e.kind === 'FuncLit' && e.line === line)!;
  return { gc, cg, v, lit };
}

describe("the code generator's escape analysis", () => {
  it('does not count on inlining, which the VM does not do', () => {
    // gc: `&Box{...} escapes to heap` in wrap, `does not escape` where wrap is inlined into
    // inl, so x stays in inl's frame. The VM calls wrap, whose Box is a heap object: x, which
    // it points to, must be on the heap too.
    const { gc, cg, v } = decisions(`package main
type Box struct{ p *int }
func wrap(p *int) *Box { return &Box{p} }
func inl() int {
	x := 1
	b := wrap(&x)
	return *b.p
}
func main() { println(inl()) }
`);
    expect(gc.placement(v('x'))).toBe('stack');
    expect(cg.varDecision(v('x'))).toBe('heap');
  });

  it("reads a standard function's summary from minigo's own body too", () => {
    // gc: `func literal does not escape` (Go's sort.Slice keeps less on its stack). minigo's
    // sort.Slice passes &lessSwap{...}, which holds less, to Sort through an interface.
    const { gc, cg, lit } = decisions(`package main
import "sort"
func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	println(xs[0])
}
`);
    expect(gc.allocSite(lit(5))).toBe('stack');
    expect(cg.allocDecision(lit(5))).toBe('heap');
  });

  it("lets deferred calls' arguments escape", () => {
    // gc: only `p does not escape`: x stays in deferPtr's frame (its defer is open-coded).
    // The VM keeps the deferred call's arguments in a heap closure.
    const { gc, cg, v } = decisions(`package main
//go:noinline
func inc(p *int) { *p++ }
func deferPtr() int {
	x := 0
	defer inc(&x)
	return x
}
func main() { println(deferPtr()) }
`);
    expect(gc.placement(v('x'))).toBe('stack');
    expect(cg.varDecision(v('x'))).toBe('heap');
  });

  it('has no decision for code gc removes as dead', () => {
    const { cg, v } = decisions(`package main
var sink *int
func main() {
	if false {
		y := 2
		sink = &y
	}
}
`);
    expect(cg.varDecision(v('y'))).toBeUndefined();
  });
});
