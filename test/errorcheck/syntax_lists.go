// Missing commas and colons; gc recovers and reports one error per line.

package main

func main() {
	f(1, 2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	g(3)
	var a [3]int = [3]int{1, 2 3} // ERROR "syntax error: unexpected literal 3 in composite literal; possibly missing comma or }"
	switch {
	case 1:
	default
	} // ERROR "syntax error: unexpected }, expecting :"
}
