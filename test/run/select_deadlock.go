// A select whose channels are all nil (without default) blocks forever with reason `select`.
package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
	}
}

// Output:
// selecting
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select]:
// Exit: 2
