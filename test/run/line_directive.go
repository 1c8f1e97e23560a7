package main

import (
	"fmt"
	"runtime"
)

// here reports where it was called from, as runtime.Caller and FuncForPC see it.
func here(tag string) {
	pc, file, line, _ := runtime.Caller(1)
	ffile, fline := runtime.FuncForPC(pc).FileLine(pc)
	fmt.Println(tag, file == ffile, line == fline, shortName(file), line)
}

// shortName keeps absolute paths out of the expected output.
func shortName(f string) string {
	if len(f) > 0 && f[0] == '/' {
		return "<this file>"
	}
	return f
}

func main() {
	here("physical")
//line gen.go:100
	here("line comment")
	here("next line")
//line :7
	here("no file")
//line other.go:40:9
	here("with column")
	/*line :60:1*/ here("block, keeps file"); /*line block.go:5*/ here("block, new file")
	here("after block")
	func() {
		defer func() {
			recover()
			here("deferred")
		}()
		var m map[string]int
//line nilmap.go:1
		m["x"] = 1
	}()
}

// Output:
// physical true true <this file> 24
// line comment true true gen.go 100
// next line true true gen.go 101
// no file true true ?? 7
// with column true true other.go 40
// block, keeps file true true other.go 60
// block, new file true true block.go 5
// after block true true block.go 6
// deferred true true block.go 10
