package main

import "fmt"

type Celsius float64
type ID int32

func main() {
	var f float64 = -2.75
	fmt.Println(int(f), int8(f), uint8(int8(f)), int64(f*1e10))
	var big float64 = 1e19
	fmt.Println(uint64(big), int64(-9.2e18))
	var i32 int32 = -1
	fmt.Println(uint32(i32), uint64(i32), int64(i32), uint16(i32), float32(i32))
	var u64 uint64 = 1<<64 - 1
	fmt.Println(float64(u64), float32(u64), int32(u64), int(u64>>1))
	c := Celsius(36.6)
	fmt.Println(c, float64(c)+1, ID(7), int(ID(-3)))
	s := string(rune(0x4e16)) + string(rune(0x754c))
	fmt.Println(s, len(s), []byte("hi"), []rune("héllo"))
	b := []byte{104, 105}
	fmt.Println(string(b), string([]rune{72, 105}))
	var x uint8 = 200
	var y uint8 = 100
	fmt.Println(x+y, x*y, x-y-y-y, -x, ^x, x<<1, x>>1)
	var z int16 = -32768
	fmt.Println(z-1, -z, z/-1, z*z)
	fmt.Println(7.0/2.0, float32(1)/3, 1/3.0)
	const huge = 1 << 100
	fmt.Println(huge>>98, float64(huge))
	var r rune = 'A'
	fmt.Println(r, string(r), r+1)
	fmt.Printf("%T %T %T %T\n", c, ID(1), r, b)
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%.2f|%8.3f|%e|%g|%v\n", 3.14159, 2.5, 12345.678, 0.000012, 1e21)
	fmt.Printf("%s|%q|%v|%c|%t\n", "go", "go", []string{"a", "b"}, 'x', true)
	fmt.Println(1e6, 1e-5, 123456789.0, 100000.0, 3.0, 2.5e-7)
}

// Output:
// -2 -2 254 -27500000000
// 10000000000000000000 -9200000000000000000
// 4294967295 18446744073709551615 -1 65535 -1
// 1.8446744073709552e+19 1.8446744e+19 -1 9223372036854775807
// 36.6 37.6 7 -3
// 世界 6 [104 105] [104 233 108 108 111]
// hi Hi
// 44 32 156 56 55 144 100
// 32767 -32768 -32768 0
// 3.5 0.33333334 0.3333333333333333
// 4 1.2676506002282294e+30
// 65 A 66
// main.Celsius main.ID int32 []uint8
//    42|42   |00042|ff|FF|10|101
// 3.14|   2.500|1.234568e+04|1.2e-05|1e+21
// go|"go"|[a b]|x|true
// 1e+06 1e-05 1.23456789e+08 100000 3 2.5e-07
