package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func apply(f func(int) int, x int) int { return f(x) }

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(fact(20), fact(21))
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	fmt.Println(depth(1000000))
	fmt.Println(apply(func(x int) int { return x * x }, 7))
	c := counter()
	c()
	c()
	fmt.Println(c())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}

// Output:
// 3 2
// y x
// 2432902008176640000 14197454024290336768
// 0 6 9
// 1000000
// 49
// 3
// 3 3 3 
// 3
