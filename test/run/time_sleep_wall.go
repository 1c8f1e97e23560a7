// On the host's clock: sleeping goroutines never wake early, a timer stops, a
// ticker ticks, and a goroutine that never blocks does not hold up a timer.
package main

import (
	"fmt"
	"sort"
	"sync/atomic"
	"time"
)

func main() {
	// The order in which they wake is time_sleep.go's business (on the fake clock): here a
	// loaded host may deliver two deadlines in one batch, and Go then runs the later first.
	start := time.Now()
	done := make(chan string)
	for _, ms := range []int{40, 10, 70, 25, 55} {
		d := time.Duration(ms) * time.Millisecond
		go func() {
			time.Sleep(d)
			done <- fmt.Sprint("slept ", d, " not early: ", time.Since(start) >= d)
		}()
	}
	var woke []string
	for i := 0; i < 5; i++ {
		woke = append(woke, <-done)
	}
	sort.Strings(woke)
	for _, s := range woke {
		fmt.Println(s)
	}

	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	before := time.Now()
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("three ticks take at least 15ms:", time.Since(before) >= 15*time.Millisecond)

	// A goroutine that never blocks does not keep a sleeper from waking.
	var n, stop int64
	go func() {
		for atomic.LoadInt64(&stop) == 0 {
			n++
		}
	}()
	time.Sleep(5 * time.Millisecond)
	atomic.StoreInt64(&stop, 1)
	fmt.Println("woke beside a spinning goroutine:", n > 0)

	fired := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { fired <- true })
	fmt.Println("AfterFunc:", <-fired)
}

// Output:
// slept 10ms not early: true
// slept 25ms not early: true
// slept 40ms not early: true
// slept 55ms not early: true
// slept 70ms not early: true
// stopped: true
// three ticks take at least 15ms: true
// woke beside a spinning goroutine: true
// AfterFunc: true
