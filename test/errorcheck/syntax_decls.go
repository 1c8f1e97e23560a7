// Syntax errors in parameter lists, headers and at package level.

package main

func f(a int, b) { // ERROR "syntax error: mixed named and unnamed parameters"
}

func g() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
	for i := 0; i < 10; i := i + 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}

x := 1 // ERROR "syntax error: non-declaration statement outside function body"
