// Package sort declares the exported API of Go 1.19's sort package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package sort

func Search(n int, f func(int) bool) int

func Find(n int, cmp func(int) int) (i int, found bool)

func SearchInts(a []int, x int) int

func SearchFloat64s(a []float64, x float64) int

func SearchStrings(a []string, x string) int

func Slice(x any, less func(i, j int) bool)

func SliceStable(x any, less func(i, j int) bool)

func SliceIsSorted(x any, less func(i, j int) bool) bool

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)

func Reverse(data Interface) Interface

func IsSorted(data Interface) bool

type IntSlice []int

func (p IntSlice) Search(x int) int

func (x IntSlice) Len() int

func (x IntSlice) Less(i, j int) bool

func (x IntSlice) Swap(i, j int)

func (x IntSlice) Sort()

type Float64Slice []float64

func (p Float64Slice) Search(x float64) int

func (x Float64Slice) Len() int

func (x Float64Slice) Less(i, j int) bool

func (x Float64Slice) Swap(i, j int)

func (x Float64Slice) Sort()

type StringSlice []string

func (p StringSlice) Search(x string) int

func (x StringSlice) Len() int

func (x StringSlice) Less(i, j int) bool

func (x StringSlice) Swap(i, j int)

func (x StringSlice) Sort()

func Ints(x []int)

func Float64s(x []float64)

func Strings(x []string)

func IntsAreSorted(x []int) bool

func Float64sAreSorted(x []float64) bool

func StringsAreSorted(x []string) bool

func Stable(data Interface)
