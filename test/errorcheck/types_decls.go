// Declarations: redeclaration, recursive types, constant types, iota, initialization cycles.

package main

type T struct{ a int }

func (T) m()  {}
func (T) m()  {} // ERROR "T.m redeclared in this block"
func (T) a()  {} // ERROR "field and method with the same name a"
func (int) x() {} // ERROR "cannot define new methods on non-local type int"

type R struct{ r R } // ERROR "invalid recursive type R"

type A = B // ERROR "invalid recursive type A"
type B = A

const c []int = nil // ERROR "invalid constant type \[\]int"

var x = y // ERROR "initialization loop for x"
var y = x

const (
	k0 = iota * 10
	k1
	k2
)

var arr [k2]int

func main() {
	var v int
	var v string // ERROR "v redeclared in this block"
	_, _ = v, arr
}
