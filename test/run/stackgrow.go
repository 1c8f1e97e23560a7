package main

import "fmt"

type Big struct {
	a, b, c, d int
	s        string
	arr      [4]float64
}

// Each frame keeps a struct in frame memory and reads it back after deep calls have grown
// (and moved) the stack many times.
func walk(n int, acc Big) Big {
	local := Big{a: n, b: n * 2, s: fmt.Sprint("n", n)}
	local.arr[n%4] = float64(n)
	if n == 0 {
		return acc
	}
	acc.a += local.a
	acc.b += local.b
	r := walk(n-1, acc)
	if local.a != n || local.b != 2*n || local.s != fmt.Sprint("n", n) || local.arr[n%4] != float64(n) {
		panic("frame corrupted")
	}
	return r
}

func main() {
	r := walk(20000, Big{})
	fmt.Println(r.a, r.b)
}

// Output:
// 200010000 400020000
