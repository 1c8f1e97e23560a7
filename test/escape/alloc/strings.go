// Strings built at run time: a concatenation, string(bytes) or []byte(string) that does not
// escape uses a 32-byte buffer in the stack frame when the result fits, as gc's runtime does
// with the buffer the compiler passes it; a chain of concatenations allocates once; a one-byte
// string(bytes) is a static string. The expected numbers below are what real Go 1.19 printed
// (`go run`, linux/amd64).
package main

import (
	"fmt"
	"runtime"
)

var sinkS string
var sinkB []byte

//go:noinline
func concatLocal(a, b string) int {
	n := 0
	for i := 0; i < 1000; i++ {
		s := a + b
		n += len(s)
	}
	return n
}

//go:noinline
func concat3Local(a, b, c string) int {
	n := 0
	for i := 0; i < 1000; i++ {
		s := a + "-" + b + c
		n += len(s)
	}
	return n
}

//go:noinline
func concatLongLocal(a, b string) int {
	n := 0
	for i := 0; i < 1000; i++ {
		s := a + b + a + b
		n += len(s)
	}
	return n
}

//go:noinline
func concatEscapes(a, b, c string) {
	for i := 0; i < 1000; i++ {
		sinkS = a + b
		sinkS = a + "," + b + c
	}
}

//go:noinline
func concatEmpty(a, e string) {
	for i := 0; i < 1000; i++ {
		sinkS = a + e
		sinkS = e + a + e
	}
}

//go:noinline
func bytesToStringLocal(b []byte) int {
	n := 0
	for i := 0; i < 1000; i++ {
		s := string(b)
		n += len(s)
	}
	return n
}

//go:noinline
func bytesToStringEscapes(b []byte) {
	for i := 0; i < 1000; i++ {
		sinkS = string(b)
		sinkS = string(b[:1])
	}
}

//go:noinline
func stringToBytesLocal(s string) int {
	n := 0
	for i := 0; i < 1000; i++ {
		b := []byte(s)
		b = append(b, 'x')
		n += len(b) + cap(b)
	}
	return n
}

//go:noinline
func stringToBytesEscapes(s string) {
	for i := 0; i < 1000; i++ {
		sinkB = []byte(s)
	}
}

//go:noinline
func chained(a string) {
	// The concatenation escapes; its operand string(b) must not be left on the stack.
	b := []byte(a)
	for i := 0; i < 1000; i++ {
		sinkS = string(b) + ""
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
	a, b, c := "hello", "world", "!"
	long := "0123456789012345678901234567890123456789"
	bs := []byte("bytes")
	bl := []byte(long)
	measure("concatLocal", func() { concatLocal(a, b) })
	measure("concat3Local", func() { concat3Local(a, b, c) })
	measure("concatLongLocal", func() { concatLongLocal(a, long) })
	measure("concatEscapes", func() { concatEscapes(a, b, c) })
	measure("concatEmpty", func() { concatEmpty(a, "") })
	measure("bytesToStringLocal", func() { bytesToStringLocal(bs) })
	measure("bytesToStringLocalLong", func() { bytesToStringLocal(bl) })
	measure("bytesToStringEscapes", func() { bytesToStringEscapes(bs) })
	measure("stringToBytesLocal", func() { stringToBytesLocal(a) })
	measure("stringToBytesLocalLong", func() { stringToBytesLocal(long) })
	measure("stringToBytesEscapes", func() { stringToBytesEscapes(a) })
	measure("chained", func() { chained(a) })
	fmt.Println(sinkS, string(sinkB))
}

// Output:
// concatLocal 0 0
// concat3Local 0 0
// concatLongLocal 1000 96000
// concatEscapes 2000 32000
// concatEmpty 0 0
// bytesToStringLocal 0 0
// bytesToStringLocalLong 1000 48000
// bytesToStringEscapes 1000 5344
// stringToBytesLocal 0 0
// stringToBytesLocalLong 1000 48000
// stringToBytesEscapes 1000 8000
// chained 1000 5344
// hello hello
