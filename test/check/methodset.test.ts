// Method sets and interface satisfaction (spec "Method sets", "Struct types" on promotion,
// "Implementing an interface"). Expected errors are what go build (Go 1.19.8) prints.
import { describe, expect, it } from 'vitest';
import { methodSet } from '../../src/compiler/types/methodset.js';
import { TypeName } from '../../src/compiler/types/objects.js';
import { Pointer } from '../../src/compiler/types/types.js';
import { errorsOf, programOf } from './util.js';

const src = `package main

type I interface{ A(); B() }

type T struct{}

func (T) A()  {}
func (*T) B() {}

type E struct{ T }
type EP struct{ *T }

var _ I = &T{}
var _ I = T{}
var _ I = E{}
var _ I = &E{}
var _ I = EP{}

type J interface{ a() }
type K interface{ A(int) }

var _ J = T{}
var _ K = T{}

func main() {
	var t T
	t.B()
	T{}.B()
	f := T.A
	g := (*T).B
	h := T.B
	_, _, _ = f, g, h
}
`;

describe('method sets', () => {
  it('T has its value methods, *T all; embedding promotes by the same rule', () => {
    const p = programOf(`package main
type T struct{}
func (T) A()  {}
func (*T) B() {}
type E struct{ T }
type EP struct{ *T }
func main() {}
`);
    const names = (n: string, ptr = false) => {
      const obj = p.main.pkg.scope.lookup(n) as TypeName;
      return methodSet(ptr ? new Pointer(obj.type) : obj.type).map((m) => m.obj.name);
    };
    expect(names('T')).toEqual(['A']);
    expect(names('T', true)).toEqual(['A', 'B']);
    expect(names('E')).toEqual(['A']);
    expect(names('E', true)).toEqual(['A', 'B']);
    expect(names('EP')).toEqual(['A', 'B']);
  });

  it('reports unsatisfied interfaces and unaddressable pointer-method calls like gc', () => {
    expect(errorsOf(src)).toEqual([
      'x.go:14:11: cannot use T{} (value of type T) as type I in variable declaration:\n\tT does not implement I (B method has pointer receiver)',
      'x.go:15:11: cannot use E{} (value of type E) as type I in variable declaration:\n\tE does not implement I (B method has pointer receiver)',
      'x.go:22:11: cannot use T{} (value of type T) as type J in variable declaration:\n\tT does not implement J (missing a method)\n\t\thave A()\n\t\twant a()',
      'x.go:23:11: cannot use T{} (value of type T) as type K in variable declaration:\n\tT does not implement K (wrong type for A method)\n\t\thave A()\n\t\twant A(int)',
      'x.go:28:6: cannot call pointer method B on T',
      'x.go:31:9: cannot call pointer method B on T',
    ]);
  });

  it('records method values and method expressions as selections', () => {
    const p = programOf(`package main
type T struct{ x int }
func (T) A() {}
func (*T) B() {}
func main() {
	var t T
	f := T.A
	g := t.B
	_, _ = f, g
	_ = t.x
}
`);
    const kinds = [...p.main.info.selections.values()].map((s) => `${s.kind} ${s.obj.name}${s.indirect ? ' indirect' : ''}`);
    expect(kinds).toEqual(['methodExpr A', 'method B', 'field x']);
  });
});
