package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func find(name string) error {
	return fmt.Errorf("lookup %q: %w", name, NotFound{name})
}

func main() {
	err := find("x")
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", io.EOF), io.EOF))
	fmt.Println(errors.Unwrap(errors.New("plain")) == nil)
	r := strings.NewReader("héllo")
	for {
		c, size, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println()
	fmt.Printf("%v|%6.2f|%-5s|%05d|%x|%X|%o|%b|%e|%g\n", []string{"a"}, 3.14159, "ab", 42, 255, 255, 8, 5, 123456.789, 1e-7)
	fmt.Printf("%t %c %U %p\n", true, 'G', 'G', nil)
	fmt.Printf("%3d|%-3d|%+d|% d\n", 1, 2, 3, 4)
	fmt.Printf("%8.3s|%.0f|%#x|%#o\n", "abcdef", 2.5, 10, 8)
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(m)
	fmt.Printf("%v %d\n", struct {
		A int
		B []int
	}{1, []int{2}}, []int{1, 2})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0), fmt.Sprintln("x", 1))
}

// Output:
// lookup "x": x not found
// true x
// true
// true
// h1 é2 l1 l1 o1 
// [a]|  3.14|ab   |00042|ff|FF|10|101|1.234568e+05|1e-07
// true G U+0047 %!p(<nil>)
//   1|2  |+3| 4
//      abc|2|0xa|010
// map[1:a 2:b 3:c]
// {1 [2]} [1 2]
// a1 2b3 x 1
//
