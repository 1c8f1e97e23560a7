package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func makeAdders() []func(int) int {
	var fs []func(int) int
	for _, d := range []int{1, 10, 100} {
		d := d
		fs = append(fs, func(x int) int { return x + d })
	}
	return fs
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get(), c.Get())
	double := func(x int) int { return 2 * x }
	square := func(x int) int { return x * x }
	fmt.Println(compose(double, square)(3), compose(square, double)(3))
	for _, f := range makeAdders() {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	x := 0
	func() {
		func() {
			x += 5
		}()
	}()
	fmt.Println(x)
	var f func()
	fmt.Println(f == nil)
	fe := (*Counter).Inc
	fmt.Println(fe(c))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	f()
}

// Output:
// 3 2 3
// 18 36
// 2 11 101 
// 0 1 1 2 3 5 8 13 21 34 
// 5
// true
// 4
// recovered: runtime error: invalid memory address or nil pointer dereference
