// Package sort is Go 1.19's sort for minigo, written in Go. Sort and Slice sort small inputs
// (12 elements or fewer) by insertion sort as Go's pdqsort does, so the order of equal
// elements matches Go's there; larger inputs are sorted by heapsort, which orders equal
// elements differently from pdqsort. Stable and SliceStable are insertion sorts (any stable
// sort gives Go's result). sort.Slice reaches the elements through two natives (length and
// swap over the slice's type descriptor), Go's reflectlite.Swapper.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

func Sort(data Interface) {
	n := data.Len()
	if n <= 12 {
		insertionSort(data, 0, n)
		return
	}
	heapSort(data, 0, n)
}

func Stable(data Interface) {
	insertionSort(data, 0, data.Len())
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data Interface) Interface { return &reverse{data} }

// lessSwap adapts a slice and a less function to Interface.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { swap(s.x, i, j) }

// length returns len of the slice in x; swap exchanges its elements i and j (natives).
func length(x any) int

func swap(x any, i, j int)

func Slice(x any, less func(i, j int) bool) {
	Sort(&lessSwap{x, length(x), less})
}

func SliceStable(x any, less func(i, j int) bool) {
	Stable(&lessSwap{x, length(x), less})
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := length(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

type IntSlice []int

func (p IntSlice) Search(x int) int  { return SearchInts(p, x) }
func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

type Float64Slice []float64

func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }
func (x Float64Slice) Len() int             { return len(x) }
func (x Float64Slice) Less(i, j int) bool   { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }

func Ints(x []int) { Sort(IntSlice(x)) }

func Float64s(x []float64) { Sort(Float64Slice(x)) }

func Strings(x []string) { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }
