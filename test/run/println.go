package main

type T struct{ a int }

func main() {
	println(1, -2, 3.5, 1e100, -0.0, true, "str", 'x', uint8(200))
	var f32 float32 = 0.1
	println(f32, 2.0/3.0, 1e-10)
	var p *T
	println(p == nil, p)
	print("no newline", 7, "\n")
	var e interface{}
	println(e)
	var s []int
	println(s == nil, len(s))
	c := complex(1, 2)
	println(c)
	println(int64(-9223372036854775808), uint64(18446744073709551615))
}

// Output:
// Stderr:
// 1 -2 +3.500000e+000 +1.000000e+100 +0.000000e+000 true str 120 200
// +1.000000e-001 +6.666667e-001 +1.000000e-010
// true 0x0
// no newline7
// (0x0,0x0)
// true 0
// (+1.000000e+000+2.000000e+000i)
// -9223372036854775808 18446744073709551615
