// Multi-value calls whose results become interfaces of another kind (error → interface{},
// error → Stringer): as arguments, spread into ..., in assignments, map deletes, select
// receives and a deferred panic; and named error results set by deferred closures.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }
func (t T) Error() string  { return "err" }

func two() (error, Stringer) { return T(1), T(2) }
func pair() (interface{}, error) { return 1, errors.New("e") }

func main() {
	fmt.Println(two())
	var a, b interface{}
	a, b = two()
	fmt.Println(a, b)
	m := map[interface{}]int{T(1): 5}
	delete(m, T(1))
	fmt.Println(len(m))
	s := append([]interface{}{}, 0)
	s = append(s, T(5), error(T(6)))
	fmt.Println(len(s))
	ch := make(chan error, 1)
	ch <- T(3)
	var x interface{}
	var ok bool
	select {
	case x, ok = <-ch:
	}
	fmt.Println(x, ok)
	func() {
		defer func() { fmt.Println(recover()) }()
		var e error = T(4)
		defer panic(e)
	}()
	var e error
	var y interface{} = e
	fmt.Println(y == nil)
	p, q := pair()
	fmt.Println(p, q)
	main2()
}
func nf() (v int, err error) {
	defer func() {
		recover()
		err = fmt.Errorf("x")
	}()
	panic("boom")
}

func ng() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			v = 7
		}
	}()
	var m map[string]int
	m["a"] = 1
	return 1, nil
}

func nh() (err error) {
	defer func() {
		err = fmt.Errorf("h")
	}()
	return nil
}

func main2() {
	fmt.Println(nf())
	fmt.Println(ng())
	fmt.Println(nh())
}

// Output:
// err err
// err err
// 0
// 3
// err true
// err
// true
// 1 e
// 0 x
// 7 recovered: assignment to entry in nil map
// h
