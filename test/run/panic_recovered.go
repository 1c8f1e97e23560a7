package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

// Output:
// Stderr:
// panic: first [recovered]
// 	panic: again: first
//
// goroutine 1 [running]:
// Exit: 2
