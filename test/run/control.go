package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for i := -1; i < 12; i += 4 {
		fmt.Println(i, classify(i))
	}
	sum := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if i+j > 12 {
				break outer
			}
			sum += i * j
		}
	}
	fmt.Println("sum", sum)
	i := 0
loop:
	if i < 5 {
		i++
		goto loop
	}
	fmt.Println("i", i)
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
	case 4:
		fmt.Println("four")
	default:
		fmt.Println("default")
	}
	n := 0
	for {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("n", n)
	k := 10
	for k > 0 {
		k -= 3
	}
	fmt.Println("k", k)
	switch "b" {
	case "a", "b":
		fmt.Println("a or b")
	}
}

// Output:
// -1 neg
// 3 small
// 7 small
// 11 big
// sum 371
// i 5
// two
// three
// n 3
// k -2
// a or b
