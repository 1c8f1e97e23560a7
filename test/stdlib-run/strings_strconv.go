package main

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.Contains("hello", "ell"), strings.Split("a,b,c", ","), strings.Fields("  a b  c "))
	fmt.Println(strings.ToUpper("héllo"), strings.Repeat("ab", 3), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.TrimSpace("  x  "), strings.Title("hello world"), strings.EqualFold("Go", "GO"))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	var sb strings.Builder
	sb.WriteString("abc")
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err, strconv.Itoa(-45), strconv.FormatFloat(1.5, 'e', 3, 64), strconv.Quote("hi\n"))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(math.Sqrt(2), math.Float64bits(1.0), math.Inf(1), math.MaxInt64, math.Pi)
	fmt.Println(unicode.IsUpper('A'), unicode.ToLower('Ä'), utf8.RuneLen('€'), utf8.RuneCountInString("héllo"))
	fmt.Println(runtime.GOOS, runtime.GOARCH)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs > 0)
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.Count("cheese", "e"))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "abc"), strings.SplitN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Fprintln(os.Stdout, strings.Replace("oink oink oink", "k", "ky", 2))
}

// Output:
// true [a b c] [a b c]
// HÉLLO ababab x-y
// x Hello World true
// 12c12
// abcé 5
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 3.25 <nil> -45 1.500e+00 "hi\n"
// strconv.ParseInt: parsing "99999999999999999999": value out of range
// 1.4142135623730951 4607182418800017408 +Inf 9223372036854775807 3.141592653589793
// true 228 3 5
// linux amd64
// true
// 4 3 3
// bcd [a b,c]
// ["a" "b" "c"]
// oinky oinky oink
