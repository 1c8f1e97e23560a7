package main

import (
	"fmt"
	"io"
)

func main() {
	var a, b int
	var s string
	n, err := fmt.Scan(&a, &b, &s)
	fmt.Println(n, err, a, b, s)
	var f float64
	var w string
	n, err = fmt.Scanln(&f, &w)
	fmt.Println(n, err, f, w)
	var x, y int
	n, err = fmt.Scanf("%d-%d\n", &x, &y)
	fmt.Println(n, err, x, y)
	var bad int
	n, err = fmt.Scan(&bad)
	fmt.Println(n, err, bad)
	var rest string
	for {
		n, err = fmt.Scan(&rest)
		if err != nil {
			fmt.Println(n, err, err == io.EOF)
			break
		}
		fmt.Println("word", rest)
	}
}

// Output:
// 3 <nil> 12 34 hello
// 2 <nil> 3.5 world
// 2 <nil> 7 8
// 0 expected integer 0
// word otanumber
// word tail1
// word tail2
// 0 EOF true
