// select {} blocks forever; when every goroutine does, the program is deadlocked.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker done")
		done <- true
	}()
	<-done
	select {}
}

// Output:
// worker done
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
// Exit: 2
