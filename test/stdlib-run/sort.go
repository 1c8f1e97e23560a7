package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (a byLen) Len() int           { return len(a) }
func (a byLen) Less(i, j int) bool { return len(a[i]) < len(a[j]) }
func (a byLen) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8))
	ss := []string{"pear", "fig", "apple", "kiwi"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 20}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	w := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(w)
	fmt.Println(w)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IsSorted(sort.IntSlice(xs)))
	f := []float64{2.5, -1, 3}
	sort.Float64s(f)
	fmt.Println(f)
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:5], sort.IntsAreSorted(big))
}

// Output:
// [1 2 3 5 8 9] 4
// [apple fig kiwi pear]
// [{D 20} {B 25} {A 30} {C 30}]
// [{D 20} {C 30} {B 25} {A 30}]
// [a e bb ccc dddd]
// [9 8 5 3 2 1] false
// [-1 2.5 3]
// [0 1 2 3 4] true
