// Calls gc inlines (codegen/inline.ts): results, multiple and named results, struct values,
// methods, nested inlining; what runtime.Caller, runtime.Callers, CallersFrames, FuncForPC and
// runtime.Stack report inside inlined code; a panic in an inlined callee, recovered by the
// caller's deferred call or not at all.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

type point struct{ x, y int }

func (p point) sum() int { return p.x + p.y }

func (p *point) scale(k int) { p.x *= k; p.y *= k }

func (p point) swapped() point { return point{p.y, p.x} }

func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(a, b int) (int, int) {
	if a < b {
		return a, b
	}
	return b, a
}

func mid(p point) point {
	p.x++
	return point{p.x / 2, p.y / 2}
}

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func twice(a int) int { return add(a, a) }

func where() string {
	_, file, line, ok := runtime.Caller(0)
	return fmt.Sprintf("%s:%d %v", base(file), line, ok)
}

func caller() string {
	pc, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

func stack() []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s %s:%d func=%v", f.Function, base(f.File), f.Line, f.Func != nil))
		if !more {
			break
		}
	}
	return out
}

func inner() []string { return stack() }

func outer() []string { return inner() }

// frames keeps the function names and lines of a traceback, and whether each has a pc offset.
func frames(tb string) string {
	var out []string
	lines := strings.Split(tb, "\n")
	for i := 1; i+1 < len(lines); i += 2 {
		name := lines[i]
		if j := strings.LastIndex(name, "("); j >= 0 {
			name = name[:j]
		}
		loc := strings.TrimSpace(lines[i+1])
		off := strings.Contains(loc, " +0x")
		if k := strings.Index(loc, " "); k >= 0 {
			loc = loc[:k]
		}
		out = append(out, fmt.Sprintf("%s %s offset=%v", name, base(loc), off))
	}
	return strings.Join(out, "\n")
}

// base keeps the last element of a path (the test's directory varies).
func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func tb() string {
	buf := make([]byte, 4096)
	return frames(string(buf[:runtime.Stack(buf, false)]))
}

func tbInlined() string { return tb() }

func get(s []int, i int) int { return s[i] }

func check(x int) int {
	if x < 0 {
		panic(fmt.Sprint("negative: ", x))
	}
	return x
}

func mustPositive(x int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("recovered ", e)
		}
	}()
	return fmt.Sprint(check(x))
}

func recovered(s []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			v = -1
		}
	}()
	return get(s, i) * 10
}

func main() {
	fmt.Println(add(1, 2), twice(21))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax(9, 4)
	fmt.Println(lo, hi)
	p := point{3, 4}
	fmt.Println(p.sum(), p.swapped(), mid(p), p)
	p.scale(10)
	fmt.Println(p, clamp(5, 0, 3), clamp(-1, 0, 3), clamp(2, 0, 3))
	fmt.Println(where())
	fmt.Println(caller())
	for _, l := range outer() {
		fmt.Println(l)
	}
	fmt.Println(tb())
	fmt.Println(tbInlined())
	fmt.Println(recovered([]int{1, 2}, 1))
	fmt.Println(recovered([]int{1, 2}, 5))
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-3))
	fmt.Println(get([]int{1, 2, 3}, 7))
}

// Output:
// 3 42
// 3 2
// 4 9
// 7 {4 3} {2 2} {3 4}
// {30 40} 3 0 2
// inline_frames.go:55 true
// main.main inline_frames.go:151
// main.stack inline_frames.go:66 func=true
// main.inner inline_frames.go:79 func=false
// main.outer inline_frames.go:81 func=false
// main.main inline_frames.go:152 func=true
// runtime.main proc.go:250 func=true
// runtime.goexit asm_amd64.s:1594 func=true
// main.tb inline_frames.go:107 offset=true
// main.main inline_frames.go:155 offset=true
// main.tb inline_frames.go:107 offset=true
// main.tbInlined inline_frames.go:110 offset=false
// main.main inline_frames.go:156 offset=true
// 20
// recovered: runtime error: index out of range [5] with length 2
// -1
// 3
// recovered negative: -3
// Stderr:
// panic: runtime error: index out of range [7] with length 3
//
// goroutine 1 [running]:
// Exit: 2
