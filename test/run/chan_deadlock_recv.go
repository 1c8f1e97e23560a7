// A receive nobody will ever send to: the deadlock report names the wait reason.
package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range c {
			fmt.Println("got", v)
		}
		done <- true
	}()
	c <- 1
	c <- 2
	// c is never closed: both goroutines wait forever.
	<-done
}

// Output:
// got 1
// got 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// Exit: 2
