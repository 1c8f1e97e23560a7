package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(1, 0))
}

// Output:
// 3
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// Exit: 2
