// Statement-level syntax errors.

package main

func main() {
	if { // ERROR "syntax error: missing condition in if statement"
	}
}

func h() {
	else {} // ERROR "syntax error: unexpected else, expecting }"
}
