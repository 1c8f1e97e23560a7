// Assignability (spec "Assignability"): named and unnamed types, channel directions,
// interfaces, untyped constants and nil. Expected errors are what go build (Go 1.19.8) prints.
import { describe, expect, it } from 'vitest';
import { errorsOf } from './util.js';

describe('assignability', () => {
  it('accepts and rejects as gc does', () => {
    const src = `package main

type MyInt int
type Ints []int
type C chan int

func main() {
	var i int
	var m MyInt = i
	var s Ints = []int{1}
	var t []int = s
	var c C = make(chan int)
	var r <-chan int = c
	var sc chan<- int = r
	var e error = "x"
	var p *int = nil
	var fn func() = nil
	var mm map[string]int = nil
	var k MyInt = 1
	var f float64 = k
	_, _, _, _, _, _, _, _, _, _ = m, t, sc, e, p, fn, mm, k, f, i
}
`;
    expect(errorsOf(src)).toEqual([
      'x.go:9:16: cannot use i (variable of type int) as type MyInt in variable declaration',
      'x.go:14:22: cannot use r (variable of type <-chan int) as type chan<- int in variable declaration',
      'x.go:15:16: cannot use "x" (constant of type string) as type error in variable declaration:\n\tstring does not implement error (missing Error method)',
      'x.go:20:18: cannot use k (variable of type MyInt) as type float64 in variable declaration',
    ]);
  });

  it('gives untyped constants their default type only where the target allows', () => {
    const src = `package main

func main() {
	var a interface{} = 1 << 62
	var b byte = 'a'
	var c rune = 1.0
	var d string = 'x'
	var e bool = 1 == 1
	var f = nil
	_, _, _, _, _, _ = a, b, c, d, e, f
}
`;
    expect(errorsOf(src)).toEqual([
      `x.go:7:17: cannot use 'x' (untyped rune constant 120) as string value in variable declaration`,
      'x.go:9:10: use of untyped nil in variable declaration',
    ]);
  });
});
