// Named types whose underlying type is another named type declared later (spec "Type
// definitions"): the chain's end may be a type whose declaration is still in progress.
import { describe, expect, it } from 'vitest';
import { TypeName } from '../../src/compiler/types/objects.js';
import { typeString } from '../../src/compiler/types/typestring.js';
import { errorsOf, programOf } from './util.js';

const src = `package main

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

type T12 struct {
	F1 *T15
	F2 *T13
}

type T13 T14
type T14 T15
type T15 T12

type T18 *[10]T19
type T19 T18

func main() {
	_ = &T3{&T4{}}
	_ = &T4{&T4{}}
	_ = &T6{&T4{}}
	_ = &T12{&T15{}, &T13{}}
	_ = T18(&[10]T19{})
}
`;

describe('named type chains (fixedbugs/bug336)', () => {
  const p = programOf(src);
  const underOf = (name: string): string => {
    const obj = p.main.pkg.scope.lookup(name);
    if (!(obj instanceof TypeName)) throw new Error(`${name} is not a type`);
    return typeString(obj.type.underlying());
  };
  it('gives each type of a chain that reaches back into a struct the struct as underlying type', () => {
    for (const t of ['T3', 'T4', 'T5', 'T6']) expect(underOf(t)).toBe('struct{Next *main.T4}');
    for (const t of ['T12', 'T13', 'T14', 'T15']) expect(underOf(t)).toBe('struct{F1 *main.T15; F2 *main.T13}');
    expect(underOf('T19')).toBe('*[10]main.T19');
  });
  it('still reports a chain that comes back to itself', () => {
    const errs = errorsOf('package main\n\ntype A B\ntype B C\ntype C A\n\nfunc main() {}\n');
    expect(errs.length).toBeGreaterThan(0);
    expect(errs[0]).toMatch(/invalid recursive type/);
  });
});
