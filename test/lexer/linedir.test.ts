import { describe, expect, it } from 'vitest';
import { parseLineDirective, PosBases } from '../../src/lexer/linedir.js';
import { tokenize } from '../../src/lexer/lexer.js';
import { checkProgram } from '../../src/compiler/check/program.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { stdHost } from '../check/host.js';

describe('line directives', () => {
  it('parses file:line and file:line:col, splitting at the last colons', () => {
    expect(parseLineDirective('line foo.go:12', 3, 1)).toEqual({ line: 3, col: 1, file: 'foo.go', vline: 12, vcol: 0 });
    expect(parseLineDirective('line c:/a/b.go:987', 3, 1)).toMatchObject({ file: 'c:/a/b.go', vline: 987 });
    expect(parseLineDirective('line a.go:10:20', 3, 1)).toMatchObject({ file: 'a.go', vline: 10, vcol: 20 });
    expect(parseLineDirective('line :11:22', 3, 1)).toMatchObject({ file: null, vline: 11 });
    expect(parseLineDirective('line :1', 3, 1)).toMatchObject({ file: '', vline: 1 });
  });

  it('ignores what is not a directive', () => {
    expect(parseLineDirective('line foo.go', 1, 1)).toBeNull();
    expect(parseLineDirective('line foo.go:0', 1, 1)).toBeNull();
    expect(parseLineDirective('line foo.go:x', 1, 1)).toBeNull();
    expect(parseLineDirective('lines foo.go:3', 1, 1)).toBeNull();
  });

  it('takes effect on the next line for //line, only in column 1', () => {
    const src = 'package p\n//line a.go:50\nvar x int\n  //line b.go:9\nvar y int\n';
    const { lineDirectives } = tokenize(src, 'p.go');
    expect(lineDirectives).toEqual([{ line: 3, col: 1, file: 'a.go', vline: 50, vcol: 0 }]);
    const pb = new PosBases('p.go', lineDirectives);
    expect(pb.resolve(2, 1)).toEqual({ file: 'p.go', line: 2, col: 1 });
    expect(pb.resolve(3, 5)).toEqual({ file: 'a.go', line: 50, col: 0 });
    expect(pb.resolve(5, 1)).toEqual({ file: 'a.go', line: 52, col: 0 });
  });

  it('takes effect right after the comment for /*line*/, keeping the file when only a column is new', () => {
    const src = 'package p\nvar x = 1 /*line b.go:7:3*/ + /*line :20:1*/ 2\n';
    const { lineDirectives } = tokenize(src, 'p.go');
    const pb = new PosBases('p.go', lineDirectives);
    const plus = src.split('\n')[1]!.indexOf('+') + 1;
    expect(pb.resolve(2, plus)).toEqual({ file: 'b.go', line: 7, col: 3 + plus - lineDirectives[0]!.col });
    expect(pb.resolve(2, 46)).toEqual({ file: 'b.go', line: 20, col: 1 + 46 - lineDirectives[1]!.col });
    expect(pb.resolve(3, 4)).toEqual({ file: 'b.go', line: 21, col: 4 });
  });

  it('moves compile errors, without a column when the directive gives none (as gc prints them)', () => {
    const src = 'package main\n\nfunc main() {\n//line foo.go:10\n\tvar x int = "a"\n\t/*line bar.go:20:5*/ var y int = "b"\n\t_, _ = x, y\n}\n';
    const { diagnostics } = checkProgram([{ name: 'e.go', src }], stdHost);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'foo.go:10: cannot use "a" (untyped string constant) as int value in variable declaration',
      'bar.go:20:18: cannot use "b" (untyped string constant) as int value in variable declaration',
    ]);
  });
});
