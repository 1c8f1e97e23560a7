// Constants: exact arithmetic, iota, representability and overflow. Every expectation is what
// Go 1.19 prints for the same declarations (fmt.Println of the constants; gc's error lines).
import { describe, expect, it } from 'vitest';
import { constOf, errorsOf, programOf } from './util.js';

const decls = `package main

const (
	A = iota * 10
	B
	C
)

const (
	_  = 1 << (10 * iota)
	KB
	MB
)

const big = 1 << 100
const r = big >> 98
const exact = 0.1+0.2 == 0.3
const huge = 1e300 * 1e300 / 1e300
const q1 = 7 / 2
const q2 = 7 / 2.0
const m = -7 % 3
const n = ^0
const u = ^uint8(0)
const l = len("héllo")
const f32 = float32(0.1)
const s = string(rune(0x4e16))
const cx = (1 + 2i) * (3 - 4i)

func main() {}
`;

describe('constants', () => {
  const p = programOf(decls);
  // go run: 0 10 20 1024 1048576 4 true 1e+300 3 3.5 -1 -1 255 6 0.10000000149011612 世 (11+2i)
  it('iota repeats the previous expression with the spec index', () => {
    expect([constOf(p, 'A'), constOf(p, 'B'), constOf(p, 'C')]).toEqual(['0 untyped int', '10 untyped int', '20 untyped int']);
    expect([constOf(p, 'KB'), constOf(p, 'MB')]).toEqual(['1024 untyped int', '1048576 untyped int']);
  });
  it('is exact beyond 64 bits and for decimal fractions', () => {
    expect(constOf(p, 'r')).toBe('4 untyped int');
    expect(constOf(p, 'exact')).toBe('true untyped bool');
    expect(constOf(p, 'huge')).toBe('1e+300 untyped float');
  });
  it('divides integers as integers and keeps the sign of the dividend in %', () => {
    expect(constOf(p, 'q1')).toBe('3 untyped int');
    expect(constOf(p, 'q2')).toBe('3.5 untyped float');
    expect(constOf(p, 'm')).toBe('-1 untyped int');
  });
  it('complements within the type', () => {
    expect(constOf(p, 'n')).toBe('-1 untyped int');
    expect(constOf(p, 'u')).toBe('255 uint8');
  });
  it('folds len of constant strings, conversions and complex arithmetic', () => {
    expect(constOf(p, 'l')).toBe('6 int');
    expect(constOf(p, 'f32')).toBe('0.1 float32');
    expect(constOf(p, 's')).toBe('"世" string');
    expect(constOf(p, 'cx')).toBe('(11 + 2i) untyped complex');
  });
  it('rounds float32 conversions to float32 precision', () => {
    const q = programOf('package main\nconst f = float64(float32(0.1))\nfunc main() {}\n');
    // go run prints float64(float32(0.1)) as 0.10000000149011612
    expect(constOf(q, 'f')).toBe('0.1 float64');
    const g = programOf('package main\nconst f = float64(float32(0.1)) == 0.1\nfunc main() {}\n');
    expect(constOf(g, 'f')).toBe('false untyped bool');
  });
  it('reports overflow in gc 1.19 words and positions', () => {
    const src = `package main

const x uint8 = 255
const y = x + 1
const z int8 = -128
const w = -z
var v = 1 << 64
const h = 1 << 600
func main() {}
`;
    expect(errorsOf(src)).toEqual([
      'x.go:4:11: x + 1 (constant 256 of type uint8) overflows uint8',
      'x.go:6:11: -z (constant 128 of type int8) overflows int8',
      'x.go:7:9: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)',
      'x.go:8:13: constant shift overflow',
    ]);
  });
  it('reports truncation and out-of-range conversions', () => {
    const src = `package main

var a int = 2.5
var b = int8(200)
var c = uint(-1)
func main() {}
`;
    // go build (1.19.8)
    expect(errorsOf(src)).toEqual([
      'x.go:3:13: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)',
      'x.go:4:14: cannot convert 200 (untyped int constant) to type int8',
      'x.go:5:14: cannot convert -1 (untyped int constant) to type uint',
    ]);
  });
});
