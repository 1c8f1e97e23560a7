linedirective.go:7:6: can inline f
other.go:100:10: can inline g
yacc.y:40: can inline h
:200: can inline main
:200: inlining call to g
:200: inlining call to f
:200: inlining call to h
linedirective.go:7:8: leaking param: x to result ~r0 level=0
other.go:101:2: moved to heap: y
yacc.y:40: s does not escape
yacc.y:41: make([]int, len(s)) escapes to heap
:200: make([]int, len(s)) escapes to heap
