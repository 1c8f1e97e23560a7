// What the checker records for later passes (info.ts): final types of untyped constants,
// defs/uses, implicit objects, captured variables, scopes.
import { describe, expect, it } from 'vitest';
import type * as ast from '../../src/parser/ast.js';
import { typeString } from '../../src/compiler/types/typestring.js';
import { valueString } from '../../src/compiler/types/constant.js';
import { programOf } from './util.js';

const src = `package main

var x int64 = 1 << 3

func main() {
	n := 0
	f := func() int { n++; return n }
	var i interface{} = f()
	switch v := i.(type) {
	case int:
		_ = v + 1
	}
	println(x)
}
`;

describe('info', () => {
  const p = programOf(src);
  const info = p.main.info;
  it('records untyped constants with the type their context gave them', () => {
    const shifts = [...info.types].filter(([e]) => e.kind === 'BinaryExpr' && e.line === 3);
    expect(shifts.map(([, tv]) => `${tv.mode} ${typeString(tv.type)} ${tv.value !== undefined ? valueString(tv.value) : ''}`)).toEqual(['constant int64 8']);
    // As in go/types, the operands of a constant expression keep their untyped types.
    const one = [...info.types].filter(([e]) => e.kind === 'BasicLit' && (e as ast.BasicLit).value === '1' && e.line === 3);
    expect(one.map(([, tv]) => typeString(tv.type))).toEqual(['untyped int']);
  });
  it('records definitions and uses of identifiers', () => {
    const defs = [...info.defs.keys()].map((id) => id.name);
    expect(defs).toEqual(expect.arrayContaining(['x', 'main', 'n', 'f', 'i']));
    const nUses = [...info.uses].filter(([id]) => id.name === 'n').length;
    expect(nUses).toBe(2);
  });
  it('records variables captured by function literals', () => {
    const caps = [...info.captures.values()].map((vs) => vs.map((v) => v.name));
    expect(caps).toEqual([['n']]);
  });
  it('declares a type switch variable per clause, as an implicit object', () => {
    const vs = [...info.implicits].filter(([n]) => n.kind === 'CaseClause').map(([, o]) => `${o.name} ${typeString(o.type)}`);
    expect(vs).toEqual(['v int']);
  });
  it('lists packages in initialization order, main last', () => {
    expect(p.packages[p.packages.length - 1]!.pkg.path).toBe('main');
  });
});
