// Converting a value to an interface copies it somewhere the data word can point to. As in
// gc: a constant is read-only data; a bool or a byte, and an integer below 256, points into
// the runtime's staticuint64s table; an empty string points at zeroVal; a conversion that does
// not escape copies into the stack frame; anything else is a heap copy. The expected numbers
// below are what real Go 1.19 printed (`go run`, linux/amd64).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

type Small int16

var sinkA any

//go:noinline
func boxLocal() int {
	s := 0
	for i := 0; i < 1000; i++ {
		t := T{i, i}
		var a any = t
		s += a.(T).a
	}
	return s
}

//go:noinline
func boxSmallInts() {
	for i := 0; i < 1000; i++ {
		sinkA = i % 256
		sinkA = Small(i % 200)
		sinkA = uint32(i % 256)
	}
}

//go:noinline
func boxLargeInts() {
	for i := 0; i < 1000; i++ {
		sinkA = i + 1000
	}
}

//go:noinline
func boxNegative() {
	for i := 0; i < 1000; i++ {
		sinkA = -1 - i
	}
}

//go:noinline
func boxBytes() {
	for i := 0; i < 1000; i++ {
		sinkA = byte(i)
		sinkA = int8(i)
		sinkA = i%2 == 0
	}
}

//go:noinline
func boxConstants() {
	for i := 0; i < 1000; i++ {
		sinkA = 123456
		sinkA = "hello"
		sinkA = 2.5
		sinkA = T{}.a
	}
}

//go:noinline
func boxStructs() {
	for i := 0; i < 1000; i++ {
		sinkA = T{i, i}
	}
}

//go:noinline
func boxStrings(ss []string) {
	for i := 0; i < 1000; i++ {
		sinkA = ss[i%2]
	}
}

//go:noinline
func boxSlices(xs []int) {
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			sinkA = xs
		} else {
			sinkA = []int(nil)
		}
	}
}

//go:noinline
func boxFloats() {
	f := 1.5
	for i := 0; i < 1000; i++ {
		sinkA = f
	}
}

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Println(name, b.Mallocs-a.Mallocs, b.HeapAlloc-a.HeapAlloc)
}

func main() {
	measure("boxLocal", func() { boxLocal() })
	measure("boxSmallInts", boxSmallInts)
	measure("boxLargeInts", boxLargeInts)
	measure("boxNegative", boxNegative)
	measure("boxBytes", boxBytes)
	measure("boxConstants", boxConstants)
	measure("boxStructs", boxStructs)
	ss := []string{"", "x"}
	measure("boxStrings", func() { boxStrings(ss) })
	xs := []int{1}
	measure("boxSlices", func() { boxSlices(xs) })
	measure("boxFloats", boxFloats)
	fmt.Println(sinkA)
}

// Output:
// boxLocal 0 0
// boxSmallInts 0 0
// boxLargeInts 1000 8000
// boxNegative 1000 8000
// boxBytes 0 0
// boxConstants 0 0
// boxStructs 1000 16000
// boxStrings 500 8000
// boxSlices 500 12000
// boxFloats 1000 8000
// 1.5
