package main

import "fmt"

type P struct{ x, y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["z"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	delete(m, "b")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	big := make(map[int]int)
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	sum := 0
	for k, v := range big {
		sum += k + v
	}
	fmt.Println(len(big), sum, big[999])
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[3], big[4])
	pm := map[P]string{{1, 2}: "a"}
	pm[P{3, 4}] = "b"
	fmt.Println(pm[P{1, 2}], pm[P{3, 4}], len(pm))
	im := map[interface{}]int{1: 1, "x": 2, 2.5: 3}
	fmt.Println(im[1], im["x"], im[2.5], im[nil])
	var nm map[string]int
	fmt.Println(nm["q"], len(nm))
	cnt := 0
	for range m {
		cnt++
	}
	fmt.Println(cnt)
	fmt.Println(m)
}

// Output:
// 3 11 0
// 2 true
// false 2
// 1000 333333000 998001
// 500 9 0
// a b 2
// 1 2 3 0
// 0 0
// 2
// map[a:11 c:3]
