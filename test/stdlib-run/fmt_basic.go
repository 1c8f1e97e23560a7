package main

import (
	"errors"
	"fmt"
	"os"
)

type P struct {
	X, Y int
	s    string
}

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

type S int

func (s S) String() string { return fmt.Sprint("S<", int(s), ">") }

func main() {
	fmt.Println("hi", 1, 2.5, true, nil, []int{1, 2}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v %+v %#v %T\n", P{1, 2, "x"}, &P{3, 4, "y"}, P{}, P{})
	fmt.Printf("%5.2f|%-6d|%06d|%x|%q|%U\n", 3.14159, 42, -7, "hi", "a\"b", 0x1F600)
	var e error = &E{3}
	w := fmt.Errorf("wrap: %w", e)
	fmt.Println(w, errors.Unwrap(w) == e, errors.Is(w, e))
	var t *E
	fmt.Println(errors.As(w, &t), t.code)
	fmt.Println(S(5), []S{1, 2})
	fmt.Fprintf(os.Stdout, "%d-%s\n", 1, "x")
	var a, b int
	n, err := fmt.Sscanf("10 20", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	os.Stdout.WriteString("ws\n")
	fmt.Printf("%v %.3g %e\n", 1e21, 123456.0, 1.0)
	fmt.Printf("%d %s\n", "x")
	x := errors.New("boom")
	fmt.Println(x, errors.Is(x, x))
}

// Output:
// hi 1 2.5 true <nil> [1 2] map[a:1 b:2]
// {1 2 x} &{X:3 Y:4 s:y} main.P{X:0, Y:0, s:""} main.P
//  3.14|42    |-00007|6869|"a\"b"|U+1F600
// wrap: E3 true true
// true 3
// S<5> [S<1> S<2>]
// 1-x
// 2 <nil> 10 20
// ws
// 1e+21 1.23e+05 1.000000e+00
// %!d(string=x) %!s(MISSING)
// boom true
