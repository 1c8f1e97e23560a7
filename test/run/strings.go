package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:2], s[7:])
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	b := []byte(s)
	fmt.Println(len(b), cap(b) >= len(b), b[0])
	r := []rune(s)
	fmt.Println(len(r), string(r[1]), string(r))
	t := s + "!" + "?"
	fmt.Println(t, t == s+"!?", t < s, "a" < "b", "abc" > "abd", "" == "")
	fmt.Println(string(rune(65)), string(rune(-1)), string(b[:3]))
	var empty string
	fmt.Println(len(empty), empty == "")
	x := "abc"
	y := x[1:]
	y += "d"
	fmt.Println(x, y)
	for i := 0; i < len(x); i++ {
		fmt.Print(x[i], " ")
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a', 0xe4, 0xb8})
	for i, r := range bad {
		fmt.Println(i, r)
	}
}

// Output:
// 14 195 h�  世界
// 0 104 h
// 1 233 é
// 3 108 l
// 4 108 l
// 5 111 o
// 6 44 ,
// 7 32  
// 8 19990 世
// 11 30028 界
// 14 true 104
// 9 é héllo, 世界
// héllo, 世界!? true false true false true
// A � hé
// 0 true
// abc bcd
// 97 98 99 
// 0 65533
// 1 97
// 2 65533
// 3 65533
