package main

import (
	"errors"
	"fmt"
)

// `:=` redeclaring a named result assigns to it.
func parse(s string) (n int, err error) {
	r, err := len(s), errors.New("bad "+s)
	n = r
	return
}

func main() {
	n, err := parse("abc")
	fmt.Println(n, err)
	x, err := 5, error(nil)
	fmt.Println(x, err)
}

// Output:
// 3 bad abc
// 5 <nil>
