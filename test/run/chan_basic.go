// Channels: unbuffered hand-off, buffered FIFO, len/cap, comma-ok, range, element kinds.
package main

import "fmt"

type point struct{ x, y int }

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func sum(in <-chan int) (s int) {
	for v := range in {
		s += v
	}
	return
}

func main() {
	// Unbuffered: every send meets a receive.
	c := make(chan int)
	go producer(c, 10)
	fmt.Println("sum of squares:", sum(c))

	// Buffered: FIFO, len and cap.
	b := make(chan string, 3)
	fmt.Println(len(b), cap(b))
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	fmt.Println(<-b, <-b, len(b))

	// A full buffer with waiting senders keeps the order of the sends.
	q := make(chan int, 2)
	sent := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(base int) {
			for k := 0; k < 3; k++ {
				q <- base*10 + k
			}
			sent <- true
		}(i)
		for k := 0; k < 3; k++ {
			fmt.Print(<-q, " ")
		}
		<-sent
	}
	fmt.Println()

	// Elements of every shape travel by value.
	ps := make(chan point, 1)
	p := point{1, 2}
	ps <- p
	p.x = 100
	fmt.Println(<-ps, p)
	ss := make(chan shape, 2)
	ss <- rect{3, 4}
	ss <- nil
	s1, s2 := <-ss, <-ss
	fmt.Println(s1.area(), s2 == nil)
	arr := make(chan [3]string, 1)
	arr <- [3]string{"x", "y", "z"}
	a := <-arr
	fmt.Println(a[2], len(a))
	ptrs := make(chan *point, 1)
	ptrs <- &p
	(<-ptrs).y = 7
	fmt.Println(p)
	fs := make(chan func(int) int, 1)
	fs <- func(x int) int { return x * 3 }
	fmt.Println((<-fs)(14))
	big := make(chan int64, 1)
	big <- -9223372036854775808
	fmt.Println(<-big)
	u := make(chan uint64, 1)
	u <- 18446744073709551615
	fmt.Println(<-u)
	f := make(chan float32, 1)
	f <- 1.5
	fmt.Println(<-f)
	cx := make(chan complex128, 1)
	cx <- 1 + 2i
	fmt.Println(<-cx)
	sl := make(chan []int, 1)
	sl <- []int{1, 2, 3}
	fmt.Println(<-sl)

	// struct{} channels signal without data.
	sig := make(chan struct{})
	go func() { sig <- struct{}{} }()
	<-sig
	fmt.Println("signalled")

	// Channels of channels: a request carries its reply channel.
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 2
		}
	}()
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.reply, " ")
	}
	fmt.Println()

	// Comma-ok, and the zero value after close.
	v := make(chan int, 1)
	v <- 5
	close(v)
	x, ok := <-v
	fmt.Println(x, ok)
	x, ok = <-v
	fmt.Println(x, ok)
	var y, ok2 = <-v
	fmt.Println(y, ok2, len(v), cap(v))

	// A nil channel has length and capacity 0.
	var nc chan int
	fmt.Println(len(nc), cap(nc), nc == nil)

	// Receive expressions inside other expressions.
	in := make(chan int, 3)
	in <- 1
	in <- 2
	in <- 3
	total := <-in + <-in*10
	total += <-in
	fmt.Println(total)
	m := map[int]int{}
	in <- 4
	in <- 40
	m[<-in] = <-in
	fmt.Println(m)

	// range without a variable, and with =.
	r := make(chan int, 3)
	r <- 1
	r <- 2
	close(r)
	n := 0
	for range r {
		n++
	}
	fmt.Println("ranged", n)
	r2 := make(chan int, 2)
	r2 <- 8
	r2 <- 9
	close(r2)
	var last int
	for last = range r2 {
	}
	fmt.Println("last", last)
}

// Output:
// sum of squares: 285
// 0 3
// 2 3
// a b 0
// 10 11 12 20 21 22 30 31 32 
// {1 2} {100 2}
// 12 true
// z 3
// {100 7}
// 42
// -9223372036854775808
// 18446744073709551615
// 1.5
// (1+2i)
// [1 2 3]
// signalled
// 2 4 6 
// 5 true
// 0 false
// 0 false 0 1
// 0 0 true
// 24
// map[4:40]
// ranged 2
// last 9
