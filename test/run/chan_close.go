// close: every waiting receiver wakes with the zero value, a waiting sender panics, and the
// three misuse panics are recoverable runtime errors.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

type big struct {
	a, b, c int
	s       string
}

func main() {
	// Close wakes every receiver.
	c := make(chan big)
	results := make(chan string)
	for i := 0; i < 4; i++ {
		go func() {
			v, ok := <-c
			results <- fmt.Sprint(v, ok)
		}()
	}
	for runtime.NumGoroutine() < 5 {
		runtime.Gosched()
	}
	// Let them all block.
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	close(c)
	for i := 0; i < 4; i++ {
		fmt.Println(<-results)
	}

	// Buffered values are still delivered after close, then zeros.
	b := make(chan int, 3)
	b <- 1
	b <- 2
	close(b)
	for i := 0; i < 4; i++ {
		v, ok := <-b
		fmt.Print(v, ok, " ")
	}
	fmt.Println()

	try("close of nil", func() {
		var n chan int
		close(n)
	})
	try("close twice", func() {
		d := make(chan int)
		close(d)
		close(d)
	})
	try("send after close", func() {
		d := make(chan int, 10)
		close(d)
		d <- 1
	})
	try("send on full, closed while waiting", func() {
		d := make(chan int, 1)
		d <- 1
		go func() {
			for i := 0; i < 5; i++ {
				runtime.Gosched()
			}
			close(d)
		}()
		d <- 2
	})
	try("select send, closed while waiting", func() {
		d := make(chan int)
		e := make(chan int)
		go func() {
			for i := 0; i < 5; i++ {
				runtime.Gosched()
			}
			close(d)
		}()
		select {
		case d <- 1:
		case <-e:
		}
	})
	// A select with a receive on a closed channel is always ready.
	closed := make(chan int)
	close(closed)
	never := make(chan int)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-closed:
			fmt.Println("closed case", v, ok)
		case <-never:
			fmt.Println("never")
		}
	}

	// defer close and go close.
	d := make(chan int)
	go func() {
		defer close(d)
		d <- 42
	}()
	for v := range d {
		fmt.Println("from deferred close:", v)
	}
	e := make(chan bool)
	go close(e)
	_, ok := <-e
	fmt.Println("go close:", ok)
}

// Output:
// {0 0 0 } false
// {0 0 0 } false
// {0 0 0 } false
// {0 0 0 } false
// 1 true 2 true 0 false 0 false 
// close of nil: close of nil channel (runtime.Error: true)
// close twice: close of closed channel (runtime.Error: true)
// send after close: send on closed channel (runtime.Error: true)
// send on full, closed while waiting: send on closed channel (runtime.Error: true)
// select send, closed while waiting: send on closed channel (runtime.Error: true)
// closed case 0 false
// closed case 0 false
// closed case 0 false
// from deferred close: 42
// go close: false
