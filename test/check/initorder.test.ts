// Package initialization order (spec "Package initialization"), with the spec's own example:
// go run prints "9 4 5 5" for it, i.e. d, then b, then c, then a.
import { describe, expect, it } from 'vitest';
import { errorsOf, programOf } from './util.js';

describe('initialization order', () => {
  it('follows dependencies, then declaration order', () => {
    const p = programOf(`package main

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}

func main() {
	println(a, b, c, d)
}
`);
    expect(p.main.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('emits a multi-valued initializer once', () => {
    const p = programOf(`package main

var x, y = two()
var z = y

func two() (int, int) { return 1, 2 }

func main() {}
`);
    expect(p.main.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['x,y', 'z']);
  });

  it('reports initialization loops through functions as gc does', () => {
    expect(errorsOf(`package main

var x = f()

func f() int { return x }

func main() {}
`)).toEqual([
      'x.go:3:5: initialization loop for x\n\tx.go:3:5: x refers to\n\tx.go:5:6: f refers to\n\tx.go:3:5: x',
    ]);
  });
});
