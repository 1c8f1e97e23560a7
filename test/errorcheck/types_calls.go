// Calls: argument counts, argument types, variadic calls, method values and expressions.

package main

type T struct{}

func (T) M(int)   {}
func (*T) P()     {}
func f(a int, b string) {}
func g(xs ...int)       {}
func two() (int, int)   { return 1, 2 }

func main() {
	f(1)           // ERROR "not enough arguments in call to f\n\thave \(number\)\n\twant \(int, string\)"
	f(1, "a", 2)   // ERROR "too many arguments in call to f"
	f("a", 1)      // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to f" "cannot use 1 \(untyped int constant\) as string value in argument to f"
	g([]int{1}...)
	var x int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	var y, z = two(), 1, 2 // ERROR "extra init expr 2"
	T{}.P()        // ERROR "cannot call pointer method P on T"
	T.M(T{}, 1)
	var i int
	i()            // ERROR "invalid operation: cannot call non-function i \(variable of type int\)"
	_, _, _ = x, y, z
}
