// math.Sqrt, Abs, Floor, Ceil and Trunc, which the translated tier computes inline (gc's
// intrinsics): special values, and a loop hot enough to be translated, whose every pass must
// give the first pass's results.
package main

import (
	"fmt"
	"math"
)

var vals = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), -math.NaN(),
	1, -1, 2.5, -2.5, 0.5, -0.5, 0.4, -0.4, -0.7, 1e-300, -1e-300, 5e-324, -5e-324,
	4503599627370495.5, -4503599627370495.5, 1e300, -1e300, 2, 16, 1e16 + 2, math.MaxFloat64, -math.MaxFloat64,
}

func show(x float64) string {
	if x != x {
		return "NaN"
	}
	return fmt.Sprintf("%v/%#x", x, math.Float64bits(x))
}

// apply keeps a value in a register across each call (y), and calls with the argument in place.
func apply(x float64) [5]float64 {
	y := x * 3
	s := math.Sqrt(x)
	a := math.Abs(x)
	f := math.Floor(x)
	c := math.Ceil(x)
	t := math.Trunc(x)
	if y != x*3 && y == y {
		panic("y changed")
	}
	return [5]float64{s, a, f, c, t}
}

func main() {
	first := make([][5]float64, len(vals))
	for i, x := range vals {
		first[i] = apply(x)
		r := first[i]
		fmt.Println(show(x), "sqrt", show(r[0]), "abs", show(r[1]), "floor", show(r[2]), "ceil", show(r[3]), "trunc", show(r[4]))
	}
	bad := 0
	for rep := 0; rep < 2000; rep++ {
		for i, x := range vals {
			r := apply(x)
			for k := range r {
				if math.Float64bits(r[k]) != math.Float64bits(first[i][k]) && !(r[k] != r[k] && first[i][k] != first[i][k]) {
					bad++
				}
			}
		}
	}
	fmt.Println("mismatches", bad)

	// A hot loop in one function (main): the back-edges translate it while it runs.
	sum, sa, sf, sc, st := 0.0, 0.0, 0.0, 0.0, 0.0
	for i := 0; i < 200000; i++ {
		x := float64(i-100000) / 7
		d := x * x
		sum += math.Sqrt(d + 1)
		sa += math.Abs(x)
		sf += math.Floor(x)
		sc += math.Ceil(x)
		st += math.Trunc(x) * d / (d + 1)
	}
	fmt.Println(sum, sa, sf, sc, st)
	fmt.Printf("%#x %#x %#x %#x %#x\n", math.Float64bits(sum), math.Float64bits(sa), math.Float64bits(sf), math.Float64bits(sc), math.Float64bits(st))
}

// Output:
// 0/0x0 sqrt 0/0x0 abs 0/0x0 floor 0/0x0 ceil 0/0x0 trunc 0/0x0
// -0/0x8000000000000000 sqrt -0/0x8000000000000000 abs 0/0x0 floor -0/0x8000000000000000 ceil -0/0x8000000000000000 trunc -0/0x8000000000000000
// +Inf/0x7ff0000000000000 sqrt +Inf/0x7ff0000000000000 abs +Inf/0x7ff0000000000000 floor +Inf/0x7ff0000000000000 ceil +Inf/0x7ff0000000000000 trunc +Inf/0x7ff0000000000000
// -Inf/0xfff0000000000000 sqrt NaN abs +Inf/0x7ff0000000000000 floor -Inf/0xfff0000000000000 ceil -Inf/0xfff0000000000000 trunc -Inf/0xfff0000000000000
// NaN sqrt NaN abs NaN floor NaN ceil NaN trunc NaN
// NaN sqrt NaN abs NaN floor NaN ceil NaN trunc NaN
// 1/0x3ff0000000000000 sqrt 1/0x3ff0000000000000 abs 1/0x3ff0000000000000 floor 1/0x3ff0000000000000 ceil 1/0x3ff0000000000000 trunc 1/0x3ff0000000000000
// -1/0xbff0000000000000 sqrt NaN abs 1/0x3ff0000000000000 floor -1/0xbff0000000000000 ceil -1/0xbff0000000000000 trunc -1/0xbff0000000000000
// 2.5/0x4004000000000000 sqrt 1.5811388300841898/0x3ff94c583ada5b53 abs 2.5/0x4004000000000000 floor 2/0x4000000000000000 ceil 3/0x4008000000000000 trunc 2/0x4000000000000000
// -2.5/0xc004000000000000 sqrt NaN abs 2.5/0x4004000000000000 floor -3/0xc008000000000000 ceil -2/0xc000000000000000 trunc -2/0xc000000000000000
// 0.5/0x3fe0000000000000 sqrt 0.7071067811865476/0x3fe6a09e667f3bcd abs 0.5/0x3fe0000000000000 floor 0/0x0 ceil 1/0x3ff0000000000000 trunc 0/0x0
// -0.5/0xbfe0000000000000 sqrt NaN abs 0.5/0x3fe0000000000000 floor -1/0xbff0000000000000 ceil -0/0x8000000000000000 trunc -0/0x8000000000000000
// 0.4/0x3fd999999999999a sqrt 0.6324555320336759/0x3fe43d136248490f abs 0.4/0x3fd999999999999a floor 0/0x0 ceil 1/0x3ff0000000000000 trunc 0/0x0
// -0.4/0xbfd999999999999a sqrt NaN abs 0.4/0x3fd999999999999a floor -1/0xbff0000000000000 ceil -0/0x8000000000000000 trunc -0/0x8000000000000000
// -0.7/0xbfe6666666666666 sqrt NaN abs 0.7/0x3fe6666666666666 floor -1/0xbff0000000000000 ceil -0/0x8000000000000000 trunc -0/0x8000000000000000
// 1e-300/0x1a56e1fc2f8f359 sqrt 1e-150/0x20ca2fe76a3f9475 abs 1e-300/0x1a56e1fc2f8f359 floor 0/0x0 ceil 1/0x3ff0000000000000 trunc 0/0x0
// -1e-300/0x81a56e1fc2f8f359 sqrt NaN abs 1e-300/0x1a56e1fc2f8f359 floor -1/0xbff0000000000000 ceil -0/0x8000000000000000 trunc -0/0x8000000000000000
// 5e-324/0x1 sqrt 2.2227587494850775e-162/0x1e60000000000000 abs 5e-324/0x1 floor 0/0x0 ceil 1/0x3ff0000000000000 trunc 0/0x0
// -5e-324/0x8000000000000001 sqrt NaN abs 5e-324/0x1 floor -1/0xbff0000000000000 ceil -0/0x8000000000000000 trunc -0/0x8000000000000000
// 4.5035996273704955e+15/0x432fffffffffffff sqrt 6.710886399999999e+07/0x418fffffffffffff abs 4.5035996273704955e+15/0x432fffffffffffff floor 4.503599627370495e+15/0x432ffffffffffffe ceil 4.503599627370496e+15/0x4330000000000000 trunc 4.503599627370495e+15/0x432ffffffffffffe
// -4.5035996273704955e+15/0xc32fffffffffffff sqrt NaN abs 4.5035996273704955e+15/0x432fffffffffffff floor -4.503599627370496e+15/0xc330000000000000 ceil -4.503599627370495e+15/0xc32ffffffffffffe trunc -4.503599627370495e+15/0xc32ffffffffffffe
// 1e+300/0x7e37e43c8800759c sqrt 1e+150/0x5f138d352e5096af abs 1e+300/0x7e37e43c8800759c floor 1e+300/0x7e37e43c8800759c ceil 1e+300/0x7e37e43c8800759c trunc 1e+300/0x7e37e43c8800759c
// -1e+300/0xfe37e43c8800759c sqrt NaN abs 1e+300/0x7e37e43c8800759c floor -1e+300/0xfe37e43c8800759c ceil -1e+300/0xfe37e43c8800759c trunc -1e+300/0xfe37e43c8800759c
// 2/0x4000000000000000 sqrt 1.4142135623730951/0x3ff6a09e667f3bcd abs 2/0x4000000000000000 floor 2/0x4000000000000000 ceil 2/0x4000000000000000 trunc 2/0x4000000000000000
// 16/0x4030000000000000 sqrt 4/0x4010000000000000 abs 16/0x4030000000000000 floor 16/0x4030000000000000 ceil 16/0x4030000000000000 trunc 16/0x4030000000000000
// 1.0000000000000002e+16/0x4341c37937e08001 sqrt 1.0000000000000001e+08/0x4197d78400000001 abs 1.0000000000000002e+16/0x4341c37937e08001 floor 1.0000000000000002e+16/0x4341c37937e08001 ceil 1.0000000000000002e+16/0x4341c37937e08001 trunc 1.0000000000000002e+16/0x4341c37937e08001
// 1.7976931348623157e+308/0x7fefffffffffffff sqrt 1.3407807929942596e+154/0x5fefffffffffffff abs 1.7976931348623157e+308/0x7fefffffffffffff floor 1.7976931348623157e+308/0x7fefffffffffffff ceil 1.7976931348623157e+308/0x7fefffffffffffff trunc 1.7976931348623157e+308/0x7fefffffffffffff
// -1.7976931348623157e+308/0xffefffffffffffff sqrt NaN abs 1.7976931348623157e+308/0x7fefffffffffffff floor -1.7976931348623157e+308/0xffefffffffffffff ceil -1.7976931348623157e+308/0xffefffffffffffff trunc -1.7976931348623157e+308/0xffefffffffffffff
// mismatches 0
// 1.4285715039163687e+09 1.4285714285714285e+09 -100000 71429 -14284.999930198246
// 0x41d549915bfaa5c9 0x41d5499149249249 0xc0f86a0000000000 0x40f1705000000000 0xc0cbe67ffdb675e0
