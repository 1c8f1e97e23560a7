package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a int8
	_ int32
	b int64
	_ [3]byte
	c string
}

func main() {
	arr := [5]int32{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&arr[0])
	third := (*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	fmt.Println(*third, *(*int32)(unsafe.Add(unsafe.Pointer(third), -4)))

	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = 99
	fmt.Println(arr)

	var nilp *int
	fmt.Println(len(unsafe.Slice(nilp, 0)))

	fmt.Println(unsafe.Sizeof(T{}), unsafe.Offsetof(T{}.b), unsafe.Offsetof(T{}.c), unsafe.Alignof(T{}))
	x, y := T{a: 1, b: 2, c: "x"}, T{a: 1, b: 2, c: "x"}
	fmt.Println(x == y)
	m := map[T]int{x: 1}
	m[y]++
	fmt.Println(len(m), m[x])

	str := "hello"
	e := str[5:]
	fmt.Println(len(e))

	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	_ = unsafe.Slice(&arr[0], n)
}

// Output:
// 30 20
// [20 30 40] 3 3
// [10 99 30 40 50]
// 0
// 40 8 24 8
// true
// 1 2
// 0
// recovered: runtime error: unsafe.Slice: len out of range
