// A pool of workers on buffered channels, a fan-in through select, and a pipeline; the results
// are the same under every GOMAXPROCS and every interleaving.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

func worker(id int, jobs <-chan int, results chan<- [2]int, done chan<- int) {
	for j := range jobs {
		n, steps := j, 0
		for n != 1 {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			steps++
		}
		results <- [2]int{j, steps}
	}
	done <- id
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		jobs := make(chan int, 16)
		results := make(chan [2]int, 16)
		done := make(chan int)
		const workers = 8
		for w := 0; w < workers; w++ {
			go worker(w, jobs, results, done)
		}
		go func() {
			for i := 1; i <= 500; i++ {
				jobs <- i
			}
			close(jobs)
		}()
		steps := make([]int, 501)
		finished := 0
		ids := []int{}
		for finished < workers || len(results) > 0 {
			select {
			case r := <-results:
				steps[r[0]] = r[1]
			case id := <-done:
				finished++
				ids = append(ids, id)
			}
		}
		total, longest := 0, 0
		for i, s := range steps {
			total += s
			if s > steps[longest] {
				longest = i
			}
		}
		sort.Ints(ids)
		fmt.Println("procs", procs, "total", total, "longest", longest, steps[longest], "workers", ids)
	}

	// A pipeline of stages.
	src := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			src <- i
		}
		close(src)
	}()
	sq := stage(src, func(x int) int { return x * x })
	inc := stage(sq, func(x int) int { return x + 1 })
	for v := range inc {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

// Output:
// procs 1 total 26143 longest 327 143 workers [0 1 2 3 4 5 6 7]
// procs 2 total 26143 longest 327 143 workers [0 1 2 3 4 5 6 7]
// procs 4 total 26143 longest 327 143 workers [0 1 2 3 4 5 6 7]
// 2 5 10 17 26 37 50 65 82 101 
