package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = 2147483647
	c += 1
	fmt.Println(c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println(d)
	var e int64 = 9223372036854775807
	e++
	fmt.Println(e)
	var f uint64 = 1<<64 - 1
	fmt.Println(f, f+1, f*f, f/3, f%1000)
	var g int = -7
	fmt.Println(g/2, g%2, g>>1, -g>>1, g<<60)
	h := int64(-9223372036854775808)
	m := int64(-1)
	fmt.Println(h/m, h%m, h*m)
	x := 1 << 53
	fmt.Println(x+1, x*3+1, (x+1)*(x+1))
	var u16 uint16 = 65535
	u16 += 3
	var i16 int16 = -32768
	i16 = -i16
	fmt.Println(u16, i16)
	fmt.Println(7/2, -7/2, 7%-2, -7%2)
	var s uint = 3
	fmt.Println(1<<s, uint64(1)<<63>>s, int64(-1)>>70, uint32(1)<<(s+37))
	fl := 3.7
	fmt.Println(int(fl), int(-fl), uint8(int(fl)+254), float32(0.1), float64(float32(0.1)))
	fmt.Println(int64(float64(1<<62)), uint64(float64(1<<63)))
	var bx uint64 = 0xdeadbeefcafebabe
	fmt.Println(bx&0xffff, bx|1, bx^bx, bx&^0xff, bx>>32, int32(bx), int8(bx), uint16(bx))
	fmt.Println(^0, ^uint8(5), ^int64(0), ^uint64(0))
	fmt.Printf("%d %x %v\n", -5, 255, 3.25)
}

// Output:
// -128
// 255
// -2147483648
// 0
// -9223372036854775808
// 18446744073709551615 0 1 6148914691236517205 615
// -3 -1 -4 3 -8070450532247928832
// -9223372036854775808 0 -9223372036854775808
// 9007199254740993 27021597764222977 18014398509481985
// 2 -32768
// 3 -3 1 -1
// 8 1152921504606846976 -1 0
// 3 -3 1 0.1 0.10000000149011612
// 4611686018427387904 9223372036854775808
// 47806 16045690984503098047 0 16045690984503097856 3735928559 -889275714 -66 47806
// -1 250 -1 18446744073709551615
// -5 ff 3.25
