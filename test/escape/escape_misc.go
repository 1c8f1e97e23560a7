// errorcheck -0 -m -l

// Builtins, channels, maps, type switches, method values and interface method calls.

package p

type I interface{ M() int }

type T struct{ x int }

func (t *T) M() int { return t.x } // ERROR "t does not escape$"

var sinkS []*int
var sinkI I
var sinkF func() int
var ch = make(chan *int, 1)

func appends(p *int, q *int) []*int { // ERROR "leaking param: p$" "leaking param: q$"
	s := make([]*int, 0, 4) // ERROR "make\(\[\]\*int, 0, 4\) escapes to heap$"
	s = append(s, p)
	sinkS = append(sinkS, q)
	return s
}

func copies(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func sends(p *int) { // ERROR "leaking param: p$"
	ch <- p
}

func maps(k string, v *int) map[string]*int { // ERROR "leaking param: k$" "leaking param: v$"
	m := make(map[string]*int) // ERROR "make\(map\[string\]\*int\) escapes to heap$"
	m[k] = v
	return m
}

func switches(i interface{}) int { // ERROR "i does not escape$"
	switch v := i.(type) {
	case *int:
		return *v
	case T:
		return v.x
	}
	return 0
}

func methodValue(t *T) { // ERROR "leaking param: t$"
	sinkF = t.M // ERROR "t\.M escapes to heap$"
}

func ifaceCall(i I) int { // ERROR "leaking param: i$"
	return i.M()
}

func devirt() int {
	var i I = &T{x: 1} // ERROR "&T\{\.\.\.\} does not escape$"
	return i.M() // ERROR "devirtualizing i\.M to \*T$"
}

func boxing() {
	sinkI = &T{} // ERROR "&T\{\} escapes to heap$"
}

func goDefer(p *int) { // ERROR "leaking param: p$"
	go sends(p)
	defer println(p)
}
