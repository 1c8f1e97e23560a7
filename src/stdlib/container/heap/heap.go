// Package heap declares the exported API of Go 1.19's container/heap package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package heap

import (
	"sort"
)

type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

func Init(h Interface)

func Push(h Interface, x any)

func Pop(h Interface) any

func Remove(h Interface, i int) any

func Fix(h Interface, i int)
