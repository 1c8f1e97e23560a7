// Package debug, continued: the goroutine's own stack as text. Stack and
// PrintStack are plain Go over runtime.Stack; their lines are laid out so that
// tracebacks show them where Go 1.19's runtime/debug/stack.go has them
// (PrintStack's call at line 16, Stack's at line 24).

package debug

import (
	"os"
	"runtime"
)

// PrintStack writes Stack's text to standard error (what a handler that
// recovers a panic often prints).
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack: the calling goroutine's traceback, as runtime.Stack formats it,
// in a buffer doubled until the whole text fits.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}
