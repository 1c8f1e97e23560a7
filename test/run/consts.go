package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const pi = 3.14159265358979323846
const big = 1 << 62

var global = initGlobal()
var a, b = 1, 2
var order []string

func initGlobal() int {
	order = append(order, "initGlobal")
	return 42
}

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB)
	fmt.Println(pi, float32(pi), big, big*2-1)
	fmt.Println(global, a, b, order)
	x := 'a' + 1
	fmt.Println(x, string(rune(x)))
	const typed int8 = 100
	fmt.Println(typed + 27)
	fmt.Println(len("héllo"), len([3]int{}))
}

// Output:
// 0 1 2 1024 1048576 1073741824
// 3.141592653589793 3.1415927 4611686018427387904 9223372036854775807
// 42 1 2 [initGlobal init1 init2]
// 98 b
// 127
// 6 3
