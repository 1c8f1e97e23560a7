package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("my error ", e.code) }

type Str struct{}

func (Str) String() string { return "stringer value" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		defer func() {
			fmt.Println("again:", recover())
			panic(&MyErr{42})
		}()
		panic(errors.New("plain"))
	}()
	panic(Str{})
}

// Output:
// recovered: stringer value
// again: plain
// Stderr:
// panic: stringer value [recovered]
// 	panic: plain [recovered]
// 	panic: my error 42
//
// goroutine 1 [running]:
// Exit: 2
