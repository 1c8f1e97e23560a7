// Selects over many channels, the same channel in several cases, and two selects meeting on an
// unbuffered channel (one sends, the other receives).
package main

import "fmt"

func main() {
	var chans [12]chan int
	for i := range chans {
		chans[i] = make(chan int)
	}
	go func() {
		for round := 0; round < 3; round++ {
			for i := len(chans) - 1; i >= 0; i-- {
				chans[i] <- i*100 + round
			}
		}
	}()
	sum := 0
	for n := 0; n < 36; n++ {
		select {
		case v := <-chans[0]:
			sum += v
		case v := <-chans[1]:
			sum += v
		case v := <-chans[2]:
			sum += v
		case v := <-chans[3]:
			sum += v
		case v := <-chans[4]:
			sum += v
		case v := <-chans[5]:
			sum += v
		case v := <-chans[6]:
			sum += v
		case v := <-chans[7]:
			sum += v
		case v := <-chans[8]:
			sum += v
		case v := <-chans[9]:
			sum += v
		case v := <-chans[10]:
			sum += v
		case v := <-chans[11]:
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// The same channel in two cases: one of them takes each value.
	c := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			c <- i
		}
		close(c)
	}()
	total, closedSeen := 0, 0
	for closedSeen == 0 {
		select {
		case v, ok := <-c:
			if !ok {
				closedSeen++
			}
			total += v
		case v, ok := <-c:
			if !ok {
				closedSeen++
			}
			total += v
		}
	}
	fmt.Println("total", total)

	// Two selects: one offers a send, the other a receive, on the same unbuffered channel.
	link := make(chan string)
	other := make(chan string)
	res := make(chan string)
	go func() {
		select {
		case link <- "hello":
			res <- "sender sent"
		case s := <-other:
			res <- "sender got " + s
		}
	}()
	select {
	case s := <-link:
		fmt.Println("receiver got", s)
	case other2 := <-make(chan string):
		fmt.Println(other2)
	}
	fmt.Println(<-res)
}

// Output:
// sum 19836
// total 55
// receiver got hello
// sender sent
