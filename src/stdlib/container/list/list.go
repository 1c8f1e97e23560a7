// Package list declares the exported API of Go 1.19's container/list package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package list

type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

func (e *Element) Next() *Element

func (e *Element) Prev() *Element

type List struct {
	root Element
	len  int
}

func (l *List) Init() *List

func New() *List

func (l *List) Len() int

func (l *List) Front() *Element

func (l *List) Back() *Element

func (l *List) Remove(e *Element) any

func (l *List) PushFront(v any) *Element

func (l *List) PushBack(v any) *Element

func (l *List) InsertBefore(v any, mark *Element) *Element

func (l *List) InsertAfter(v any, mark *Element) *Element

func (l *List) MoveToFront(e *Element)

func (l *List) MoveToBack(e *Element)

func (l *List) MoveBefore(e, mark *Element)

func (l *List) MoveAfter(e, mark *Element)

func (l *List) PushBackList(other *List)

func (l *List) PushFrontList(other *List)
