// A panic inside a method of a generic type called from a generic function: gc names the frames
// main.(*Box[...]).Get and main.G[...].

package main

type Box[T any] struct{ v []T }

func (b *Box[T]) Get(i int) T { return b.v[i] }

func G[T any](x T) T {
	b := &Box[T]{[]T{x}}
	return b.Get(3)
}

func main() {
	println(G("a"))
}

// Output:
// Stderr:
// panic: runtime error: index out of range [3] with length 1
//
// goroutine 1 [running]:
// Exit: 2
