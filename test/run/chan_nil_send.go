// Sending on a nil channel blocks forever, even with a goroutine that would receive.
package main

import "fmt"

func main() {
	var c chan int
	go func() {
		for range c {
		}
	}()
	fmt.Println("before")
	c <- 1
}

// Output:
// before
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send (nil chan)]:
// Exit: 2
