// Generic types: instances with methods (receiver type parameters), recursive generic types,
// identical instances, reflect-style names of instances, method values and expressions, an
// instance implementing an interface, type switches on type-parameter values converted to any,
// embedded instances, and sync/atomic.Pointer[T].

package main

import (
	"fmt"
	"sync/atomic"
)

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.n++
}

func (l *List[T]) All() []T {
	var out []T
	for p := l.head; p != nil; p = p.next {
		out = append(out, p.val)
	}
	return out
}

func (l List[T]) Len() int { return l.n }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }

type Named struct {
	List[string]
	name string
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case fmt.Stringer:
		return "Stringer"
	}
	return "other"
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	fmt.Println(l.All(), l.Len())
	push := l.Push
	push(3)
	fmt.Println((*List[int]).All(&l), List[int].Len(l))

	p := Pair[string, int]{"a", 1}
	var s fmt.Stringer = p
	fmt.Println(s, p)
	fmt.Printf("%T %T %v %+v\n", p, &l, Pair[Pair[int, bool], []string]{}, node[int]{val: 7})
	var x any = Pair[string, int]{"a", 1}
	_, same := x.(Pair[string, int])
	_, other := x.(Pair[string, string])
	fmt.Println(same, other)

	set := Set[string]{}
	set.Add("k")
	fmt.Println(set.Has("k"), set.Has("j"), len(set))

	n := Named{name: "n"}
	n.Push("hello")
	fmt.Println(n.All(), n.Len(), n.name)

	fmt.Println(Kind(1), Kind("s"), Kind(p), Kind(2.5))

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()

	var ap atomic.Pointer[Pair[string, int]]
	fmt.Println(ap.Load() == nil)
	ap.Store(&p)
	fmt.Println(ap.Load().Key, ap.CompareAndSwap(&p, nil), ap.Load() == nil)
	defer func() { fmt.Println(recover()) }()
	_ = x.(Pair[int, int])
}

// Output:
// [2 1] 2
// [3 2 1] 3
// a=1 a=1
// main.Pair[string,int] *main.List[int] 0=false=[] {val:7 next:<nil>}
// true false
// true false 1
// [hello] 1 n
// int string Stringer other
// a c m x 
// true
// a true true
// interface conversion: interface {} is main.Pair[string,int], not main.Pair[int,int]
