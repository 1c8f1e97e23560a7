// An unrecovered send on a closed channel.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	c <- 1
}

// Output:
// 0 false
// Stderr:
// panic: send on closed channel
//
// goroutine 1 [running]:
// Exit: 2
