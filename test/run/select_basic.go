// select: default, send and receive cases, the assignment forms, nil channels, break, and the
// random choice among ready cases.
package main

import "fmt"

func main() {
	// default runs when nothing is ready; a ready case wins over default.
	c := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case v := <-c:
			fmt.Println("received", v)
		default:
			fmt.Println("nothing ready")
			c <- i
		}
	}
	// Only a default.
	select {
	default:
		fmt.Println("only default")
	}

	// Send cases: a full buffer is not ready.
	full := make(chan int, 1)
	full <- 0
	select {
	case full <- 1:
		fmt.Println("sent to full?")
	default:
		fmt.Println("full buffer blocks")
	}

	// Operands are evaluated once, in source order, whichever case runs.
	trace := func(s string, ch chan int) chan int {
		fmt.Print(s, " ")
		return ch
	}
	val := func(v int) int {
		fmt.Print("val", v, " ")
		return v
	}
	a := make(chan int, 1)
	b := make(chan int, 1)
	select {
	case trace("a", a) <- val(1):
	case <-trace("b", b):
	case trace("c", nil) <- val(3):
	}
	fmt.Println("->", len(a), len(b))
	<-a

	// The assignment forms of a receive case.
	var x int
	var ok bool
	var i interface{}
	arr := [2]int{}
	a <- 5
	select {
	case x, ok = <-a:
	case <-b:
	}
	fmt.Println(x, ok)
	a <- 6
	select {
	case arr[1] = <-a:
	case <-b:
	}
	fmt.Println(arr)
	a <- 7
	select {
	case i = <-a:
	case <-b:
	}
	fmt.Printf("%v %T\n", i, i)
	close(a)
	select {
	case v, ok := <-a:
		fmt.Println("closed:", v, ok)
	case <-b:
	}
	select {
	case _, ok := <-a:
		fmt.Println("blank value:", ok)
	case <-b:
	}

	// Nil channels are never ready; a select of only nil channels with a default takes it.
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("nil send?")
	case <-nilc:
		fmt.Println("nil receive?")
	default:
		fmt.Println("nil channels never ready")
	}

	// break leaves the select; a labelled break leaves the loop.
	d := make(chan int, 10)
	for k := 0; k < 10; k++ {
		d <- k
	}
	got := 0
loop:
	for {
		select {
		case v := <-d:
			if v == 2 {
				break
			}
			if v == 6 {
				break loop
			}
			got += v
		}
	}
	fmt.Println("got", got, "left", len(d))

	// Among several ready cases the choice is random: over many rounds each is taken.
	p := make(chan int, 1)
	q := make(chan int, 1)
	counts := [2]int{}
	for k := 0; k < 1000; k++ {
		p <- 1
		q <- 2
		select {
		case <-p:
			counts[0]++
			<-q
		case <-q:
			counts[1]++
			<-p
		}
	}
	fmt.Println("both chosen:", counts[0] > 100 && counts[1] > 100, counts[0]+counts[1])

	// A select in a goroutine exchanging with another select.
	req := make(chan int)
	resp := make(chan int)
	quit := make(chan bool)
	go func() {
		sum := 0
		for {
			select {
			case n := <-req:
				sum += n
			case resp <- sum:
			case <-quit:
				return
			}
		}
	}()
	for k := 1; k <= 100; k++ {
		req <- k
	}
	fmt.Println("server sum", <-resp)
	quit <- true
}

// Output:
// nothing ready
// received 0
// nothing ready
// only default
// full buffer blocks
// a val1 b c val3 -> 1 0
// 5 true
// [0 6]
// 7 int
// closed: 0 false
// blank value: false
// nil channels never ready
// got 13 left 3
// both chosen: true 1000
// server sum 5050
