// runtime/debug.Stack and PrintStack: the calling goroutine's traceback, with debug.Stack's own
// frame (and PrintStack's) on top at the lines Go's runtime/debug/stack.go gives them. Printed
// with the pc offsets and file names taken out, which vary.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

//go:noinline
func f() string {
	return string(debug.Stack())
}

func show(s string) {
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if strings.HasPrefix(l, "\t") {
			l = strings.Fields(l)[0]
			l = "\t" + l[strings.LastIndex(l, ":"):]
		}
		fmt.Println(l)
	}
}

func main() {
	show(f())
	func() {
		show(string(debug.Stack()))
	}()
}

// Output:
// goroutine 1 [running]:
// runtime/debug.Stack()
// 	:24
// main.f()
// 	:14
// main.main()
// 	:28
// goroutine 1 [running]:
// runtime/debug.Stack()
// 	:24
// main.main.func1()
// 	:30
// main.main()
// 	:31
