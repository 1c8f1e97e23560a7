package main

import "fmt"

func pair(a []int) ([]int, []int) { return a, []int{7, 8} }

func bytesAndString(b []byte) ([]byte, string) { return b, "xyz" }

func mapAndKey(m map[any]int) (map[any]int, int) { return m, 2 }

// A builtin's operands may come from one call with several results.
func main() {
	a := []int{1, 2, 3}
	fmt.Println(copy(pair(a)), a)
	b := make([]byte, 2)
	fmt.Println(copy(bytesAndString(b)), string(b))
	m := map[any]int{1: 1, 2: 2}
	delete(mapAndKey(m))
	fmt.Println(len(m), m[1])
}

// Output:
// 2 [7 8 3]
// 2 xy
// 1 1
