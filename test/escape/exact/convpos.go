// exact -m -l

// Where gc reports the implicit conversions to interfaces: after `=` at the last variable of
// the last destination, in declarations at the last variable or call of the value, in sends
// at the value unless it is constant; and f(g()) passes g's results through temporaries
// numbered after the function's earlier declarations.

package main

type T struct{ x, y int }

var sink interface{}

func f() (int, int) { return 1, 2 }

func g(a ...interface{}) {
	sink = a
}

func h(a, b interface{}) {
	sink = a
	sink = b
}

func positions(b int, p *T, m map[interface{}]interface{}, ch chan interface{}) {
	var a interface{} = 7 + b
	var c interface{} = T{1, b}
	var d interface{} = *p
	var e interface{} = p.x + b*3
	a = 9 + b
	a, c = "x", 3+b
	m[b+1] = b * 2
	ch <- b + 1
	ch <- b
	ch <- 1
	sink, d = a, c
	sink = d
	sink = e
}

func multi() {
	x := 1
	g(f())
	h(f())
	sink = x
}

func precedence(p *int, q **int, s string) {
	sink = *(&p)
	sink = &*q
	sink = (s + "x")[1:]
}

func main() {
	positions(1, &T{}, nil, nil)
	multi()
	precedence(nil, nil, "")
}
