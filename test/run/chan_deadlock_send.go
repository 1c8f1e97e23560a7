// A send on a full buffer with no receiver left.
package main

import "fmt"

func main() {
	c := make(chan string, 2)
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
}

// Output:
// 2 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// Exit: 2
