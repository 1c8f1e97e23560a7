package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"runtime"
)

func show(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	var l list.List // the zero List is usable
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show(&l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	show(&l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, e1)
	show(&l)
	fmt.Println(l.Remove(e4), l.Remove(e4))
	show(&l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	l.PushBackList(&l)
	show(&l)
	foreign := other.Front()
	fmt.Println(l.InsertBefore("x", foreign), l.Len())
	l.MoveToFront(foreign)
	show(&l)
	l.Init()
	show(&l)
	fmt.Println(l.Front() == nil, l.Back() == nil)

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Move(7).Value, r.Prev().Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	removed.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r.Link(removed)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, ring.New(0) == nil)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())

	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	(*h)[2] = 0
	heap.Fix(h, 2)
	fmt.Println(heap.Remove(h, 1))
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	fmt.Println(runtime.NumCPU() >= 1)
}

// Output:
// 4: 1 2 3 4 | 4 3 2 1
// 4: 4 2 3 1 | 1 3 2 4
// 4: 1 4 2 3 | 3 2 4 1
// 4 4
// 3: 1 2 3 | 3 2 1
// 14: a b 1 2 3 a b a b 1 2 3 a b | b a 3 2 1 b a b a 3 2 1 b a
// <nil> 14
// 14: a b 1 2 3 a b a b 1 2 3 a b | b a 3 2 1 b a b a 3 2 1 b a
// 0: |
// true true
// 0 1 2 3 4 
// 2 4 2 4
// 3 2
// 1 2 
// 0 1 2 3 4 5
// 1 true true
// 0
// 2
// 0 1 3 5 
// true
