// Unused variables and imports, in gc 1.19's words.

package main

import (
	"os"      // ERROR `imported and not used: "os"`
	str "strings" // ERROR `imported and not used: "strings" as str`
	"fmt"
)

func main() {
	a := 1 // ERROR "a declared but not used"
	var b int // ERROR "b declared but not used"
	c := 2 // ERROR "c declared but not used"
	c = 3
	d := 4
	fmt.Println(d)
	func() {
		e := 5 // ERROR "e declared but not used"
	}()
	var i interface{} = 1
	switch t := i.(type) { // ERROR "t declared but not used"
	case int:
	}
}
