package main

import (
	"fmt"
	"runtime"
	"strings"
)

// base keeps the last element of the main file's path (it depends on where the test runs) and
// the runtime's files whole.
func base(file string) string {
	if strings.HasPrefix(file, "/usr/lib/go-1.19/") {
		return file
	}
	return file[strings.LastIndex(file, "/")+1:]
}

func where(tag string) {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	var b strings.Builder
	for {
		f, more := fr.Next()
		fmt.Fprintf(&b, "\n\t%s %s:%d", f.Function, base(f.File), f.Line)
		if !more {
			break
		}
	}
	fmt.Println(tag, b.String())
}

var v = initv()

func initv() int { where("var"); return 1 }

func init() { where("init") }

func init() { where("init again") }

type T struct{}

func (*T) M() { where("M") }

type I interface{ M() }

func deferExplicit(x int) int {
	defer where("defer-explicit")
	if x > 0 {
		return 1
	}
	return 2
}

func deferFall() {
	defer func() { where("defer-fall") }()
	fmt.Print("")
}

func panicIdx() {
	defer func() {
		recover()
		where("recover-idx")
	}()
	var s []int
	_ = s[5]
}

func panicNil() {
	defer func() {
		recover()
		where("recover-nil")
	}()
	var p *int
	*p = 1
}

func panicDiv(a, b int) int {
	defer func() {
		recover()
		where("recover-div")
	}()
	return a / b
}

func panicExplicit() {
	defer func() {
		recover()
		where("recover-explicit")
	}()
	panic("x")
}

func check(skip int) {
	pc, file, line, ok := runtime.Caller(skip)
	f := runtime.FuncForPC(pc)
	name := ""
	if f != nil {
		name = f.Name()
		ffile, fline := f.FileLine(pc)
		if ffile != file || fline != line {
			name += " (FileLine disagrees)"
		}
		if runtime.FuncForPC(f.Entry()) != f {
			name += " (Entry is not in the function)"
		}
	}
	fmt.Println("Caller", skip, name, base(file), line, ok)
}

func main() {
	var i I = &T{}
	i.M()
	f := i.M
	f()
	deferExplicit(1)
	deferExplicit(0)
	deferFall()
	panicIdx()
	panicNil()
	panicDiv(1, 0)
	panicExplicit()
	func() {
		where("closure")
	}()
	for skip := 0; skip < 4; skip++ {
		check(skip)
	}
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
	n := runtime.Callers(0, make([]uintptr, 1))
	fmt.Println(n)
	fmt.Println(runtime.Callers(100, make([]uintptr, 10)))
}

// Output:
// var 
// 	main.where runtime_callers.go:20
// 	main.initv runtime_callers.go:35
// 	main.init runtime_callers.go:33
// 	runtime.doInit /usr/lib/go-1.19/src/runtime/proc.go:6329
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:233
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// init 
// 	main.where runtime_callers.go:20
// 	main.init.0 runtime_callers.go:37
// 	runtime.doInit /usr/lib/go-1.19/src/runtime/proc.go:6329
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:233
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// init again 
// 	main.where runtime_callers.go:20
// 	main.init.1 runtime_callers.go:39
// 	runtime.doInit /usr/lib/go-1.19/src/runtime/proc.go:6329
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:233
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// M 
// 	main.where runtime_callers.go:20
// 	main.(*T).M runtime_callers.go:43
// 	main.main runtime_callers.go:113
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// M 
// 	main.where runtime_callers.go:20
// 	main.(*T).M runtime_callers.go:43
// 	main.main runtime_callers.go:115
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// defer-explicit 
// 	main.where runtime_callers.go:20
// 	main.deferExplicit runtime_callers.go:50
// 	main.main runtime_callers.go:116
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// defer-explicit 
// 	main.where runtime_callers.go:20
// 	main.deferExplicit runtime_callers.go:52
// 	main.main runtime_callers.go:117
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// defer-fall 
// 	main.where runtime_callers.go:20
// 	main.deferFall.func1 runtime_callers.go:56
// 	main.deferFall runtime_callers.go:58
// 	main.main runtime_callers.go:118
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// recover-idx 
// 	main.where runtime_callers.go:20
// 	main.panicIdx.func1 runtime_callers.go:63
// 	runtime.gopanic /usr/lib/go-1.19/src/runtime/panic.go:884
// 	runtime.goPanicIndex /usr/lib/go-1.19/src/runtime/panic.go:113
// 	main.panicIdx runtime_callers.go:66
// 	main.main runtime_callers.go:119
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// recover-nil 
// 	main.where runtime_callers.go:20
// 	main.panicNil.func1 runtime_callers.go:72
// 	runtime.gopanic /usr/lib/go-1.19/src/runtime/panic.go:884
// 	runtime.panicmem /usr/lib/go-1.19/src/runtime/panic.go:260
// 	runtime.sigpanic /usr/lib/go-1.19/src/runtime/signal_unix.go:835
// 	main.panicNil runtime_callers.go:75
// 	main.main runtime_callers.go:120
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// recover-div 
// 	main.where runtime_callers.go:20
// 	main.panicDiv.func1 runtime_callers.go:81
// 	runtime.gopanic /usr/lib/go-1.19/src/runtime/panic.go:884
// 	runtime.panicdivide /usr/lib/go-1.19/src/runtime/panic.go:239
// 	main.panicDiv runtime_callers.go:83
// 	main.main runtime_callers.go:121
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// recover-explicit 
// 	main.where runtime_callers.go:20
// 	main.panicExplicit.func1 runtime_callers.go:89
// 	runtime.gopanic /usr/lib/go-1.19/src/runtime/panic.go:884
// 	main.panicExplicit runtime_callers.go:91
// 	main.main runtime_callers.go:122
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// closure 
// 	main.where runtime_callers.go:20
// 	main.main.func1 runtime_callers.go:124
// 	main.main runtime_callers.go:125
// 	runtime.main /usr/lib/go-1.19/src/runtime/proc.go:250
// 	runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s:1594
// Caller 0 main.check runtime_callers.go 95 true
// Caller 1 main.main runtime_callers.go 127 true
// Caller 2 runtime.main /usr/lib/go-1.19/src/runtime/proc.go 250 true
// Caller 3 runtime.goexit /usr/lib/go-1.19/src/runtime/asm_amd64.s 1594 true
// true true
// 1
// 0
