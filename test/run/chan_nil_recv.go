// Receiving from a nil channel blocks forever.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("before")
	v := <-c
	fmt.Println("after", v)
}

// Output:
// before
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive (nil chan)]:
// Exit: 2
