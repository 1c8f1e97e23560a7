// `//go:` directives reach the function declaration they precede (escape analysis and -m need
// //go:noinline and friends).
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parser/index.js';

describe('pragmas', () => {
  it('attach to the next function declaration only', () => {
    const src = 'package p\n\n//go:noinline\nfunc f() {}\n\n//go:notinheap\ntype T struct{}\n\nfunc g() {}\n\n//go:nosplit\n//go:noinline\nfunc (t T) h() {}\n';
    const f = parseFile(src, 'p.go').file!;
    const funcs = f.decls.filter((d) => d.kind === 'FuncDecl');
    expect(funcs.map((d) => [d.name.name, d.pragmas])).toEqual([
      ['f', ['go:noinline']],
      ['g', []],
      ['h', ['go:nosplit', 'go:noinline']],
    ]);
  });
  it('ignores ordinary comments and directives not at the comment start', () => {
    const src = 'package p\n\n// go:noinline\n/* //go:noinline */\nfunc f() {}\n';
    const fd = parseFile(src, 'p.go').file!.decls[0]!;
    expect(fd.kind === 'FuncDecl' && fd.pragmas).toEqual([]);
  });
});
