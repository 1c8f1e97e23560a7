// exact -m

// After a //line or /*line*/ directive gc reports positions in the directive's file and line
// (its name as written), with a column only when the directive gives one.
package main

func f(x *int) *int {
	return x
}

//line other.go:100:5
func g() *int {
	y := 3
	return &y
}

//line yacc.y:40
func h(s []int) []int {
	t := make([]int, len(s))
	copy(t, s)
	return t
}

/*line :200*/ func main() { println(*f(g()), len(h(nil))) }
