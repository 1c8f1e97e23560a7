// Flags: --faketime

// Sleeping goroutines wake in the order of their deadlines, timers and tickers
// fire at their times, and the clock is the Playground's: it starts at
// 2009-11-10 23:00:00 UTC and moves only when every goroutine waits.
package main

import (
	"fmt"
	"time"
)

func sleepers(start time.Time) {
	done := make(chan string)
	for _, ms := range []int{30, 10, 50, 20, 40, 10} {
		ms := ms
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			done <- fmt.Sprint("slept ", ms, "ms, woke at +", time.Since(start))
		}()
	}
	for i := 0; i < 6; i++ {
		fmt.Println(<-done)
	}
}

func timers(start time.Time) {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	v := <-t.C
	fmt.Println("fired at +", v.Sub(start), v.Equal(time.Now()))
	fmt.Println("reset fired:", t.Reset(time.Millisecond), "reset pending:", t.Reset(2*time.Millisecond))
	<-t.C
	fmt.Println("after reset +", time.Since(start))

	got := make(chan string, 1)
	f := time.AfterFunc(10*time.Millisecond, func() { got <- "AfterFunc ran" })
	fmt.Println(<-got, "at +", time.Since(start))
	fmt.Println("stop after run:", f.Stop())
	g := time.AfterFunc(time.Millisecond, func() { panic("stopped AfterFunc ran") })
	fmt.Println("stop AfterFunc:", g.Stop())

	select {
	case <-time.After(3 * time.Millisecond):
		fmt.Println("timeout at +", time.Since(start))
	case <-make(chan int):
	}
}

func tickers(start time.Time) {
	tk := time.NewTicker(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println("tick", (<-tk.C).Sub(start))
	}
	// A slow receiver: the channel holds one tick, the others are dropped.
	time.Sleep(350 * time.Millisecond)
	fmt.Println("held tick", (<-tk.C).Sub(start))
	fmt.Println("next tick", (<-tk.C).Sub(start))
	tk.Reset(time.Second)
	fmt.Println("after Reset", (<-tk.C).Sub(start))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(2 * time.Second):
		fmt.Println("no tick after Stop")
	}
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil)
}

func main() {
	start := time.Now()
	fmt.Println(start)
	fmt.Println(start.UTC(), start.Location(), start.Unix())
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps take", time.Since(start))
	sleepers(start)
	timers(start)
	tickers(start)
	fmt.Println(time.Now().Round(0))
	fmt.Println(time.Until(start.Add(time.Hour)))
}

// Output:
// 2009-11-10 23:00:00 +0000 UTC m=+0.000000001
// 2009-11-10 23:00:00 +0000 UTC Local 1257894000
// zero and negative sleeps take 0s
// slept 10ms, woke at +10ms
// slept 10ms, woke at +10ms
// slept 20ms, woke at +20ms
// slept 30ms, woke at +30ms
// slept 40ms, woke at +40ms
// slept 50ms, woke at +50ms
// stop pending: true stop again: false
// reset stopped: false
// fired at + 55ms true
// reset fired: false reset pending: true
// after reset + 57ms
// AfterFunc ran at + 67ms
// stop after run: false
// stop AfterFunc: true
// timeout at + 70ms
// tick 170ms
// tick 270ms
// tick 370ms
// held tick 470ms
// next tick 770ms
// after Reset 1.77s
// no tick after Stop
// Tick(0) is nil: true
// 2009-11-10 23:00:03.77 +0000 UTC
// 59m56.23s
