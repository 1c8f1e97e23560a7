// Package ring declares the exported API of Go 1.19's container/ring package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package ring

type Ring struct {
	next, prev *Ring
	Value      any
}

func (r *Ring) Next() *Ring

func (r *Ring) Prev() *Ring

func (r *Ring) Move(n int) *Ring

func New(n int) *Ring

func (r *Ring) Link(s *Ring) *Ring

func (r *Ring) Unlink(n int) *Ring

func (r *Ring) Len() int

func (r *Ring) Do(f func(any))
