package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, 'a')
	}
	fmt.Println(len(bs), cap(bs))
	var ps []Point
	for i := 0; i < 5; i++ {
		ps = append(ps, Point{i, i * i})
	}
	fmt.Println(ps, len(ps), cap(ps))
	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int, 1000, 1000)
	big2 = append(big2, 1)
	fmt.Println(cap(big2))
	a := [5]int{1, 2, 3, 4, 5}
	t := a[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(a)
	u := a[1:2:3]
	fmt.Println(len(u), cap(u))
	m := make([]string, 2, 10)
	m[0] = "x"
	fmt.Println(m, len(m), cap(m))
	n := copy(m, []string{"p", "q", "r"})
	fmt.Println(n, m)
	grid := [3][3]int{}
	grid[1][2] = 5
	fmt.Println(grid)
	s2 := s[5:10]
	s2[0] = 100
	fmt.Println(s[5], len(s2), cap(s2))
	s3 := append([]int(nil), 1, 2, 3)
	fmt.Println(s3, len(s3), cap(s3))
	s4 := append(s3, s3...)
	fmt.Println(s4, cap(s4))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS))
	fl := []float64{1.5, 2.5}
	fmt.Println(fl)
}

// Output:
// 1 2 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32 
// 40 64
// [{0 0} {1 1} {2 4} {3 9} {4 16}] 5 8
// 301 608
// 1536
// [2 3] 2 4
// [1 2 3 99 5]
// 1 2
// [x ] 2 10
// 2 [p q]
// [[0 0 0] [0 0 5] [0 0 0]]
// 100 5 27
// [1 2 3] 3 3
// [1 2 3 1 2 3] 6
// true 0
// [1.5 2.5]
