package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s %d ", "a", 1)
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.WriteRune('é')
	buf.Write([]byte("!\nsecond line\nthird"))
	fmt.Println(buf.Len(), buf.String())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	r, size, err := buf.ReadRune()
	fmt.Println(r, size, err, buf.UnreadRune(), buf.UnreadRune())
	c, err := buf.ReadByte()
	fmt.Println(c, err, buf.UnreadByte())
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)
	nb := bytes.NewBufferString("xyz")
	p := make([]byte, 2)
	n, err := nb.Read(p)
	fmt.Println(n, err, string(p), string(nb.Next(5)), nb.Len())
	n, err = nb.Read(p)
	fmt.Println(n, err)
	var grow bytes.Buffer
	for i := 0; i < 100; i++ {
		grow.WriteString("0123456789")
	}
	fmt.Println(grow.Len(), grow.Cap() >= 1000)
	grow.Truncate(5)
	fmt.Println(grow.String())
	var w bytes.Buffer
	w.ReadFrom(strings.NewReader(strings.Repeat("ab", 700)))
	fmt.Println(w.Len())
	w.WriteTo(os.Stdout)
	fmt.Println()
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())

	s := []byte("  Hello, World! Hello, Gophers!  ")
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, 'W'), bytes.Count(s, []byte("l")), bytes.Count(s, nil))
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'G'), bytes.IndexRune(s, 'o'), bytes.IndexAny(s, "dW"), bytes.LastIndexAny(s, "lo"))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Trim(s, " !"))
	fmt.Printf("%q %v\n", bytes.TrimLeft([]byte("aaa"), "a"), bytes.TrimLeft([]byte("aaa"), "a") == nil)
	fmt.Printf("%q %v\n", bytes.TrimSpace([]byte("   ")), bytes.TrimSpace([]byte("   ")) == nil)
	fmt.Printf("%q\n", bytes.TrimRight(s, " !s"))
	fmt.Printf("%q\n", bytes.TrimFunc(s, unicode.IsSpace))
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	fmt.Printf("%q\n", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar\tbaz\n ")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%q %q %q\n", bytes.ToUpper([]byte("héllo wörld")), bytes.ToLower([]byte("HÉLLO")), bytes.Title([]byte("the quick fox")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, []byte("hello")))
	fmt.Printf("%q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q %q\n", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")), bytes.Replace([]byte("abc"), []byte(""), []byte("-"), -1))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("!  ")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.IndexFunc([]byte("abc1"), unicode.IsDigit), bytes.LastIndexFunc([]byte("1abc"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")))

	rd := bytes.NewReader([]byte("reader data"))
	p5 := make([]byte, 5)
	rd.Read(p5)
	fmt.Println(string(p5), rd.Len(), rd.Size())
	rd.Seek(-4, io.SeekEnd)
	rest2, _ := io.ReadAll(rd)
	fmt.Println(string(rest2))
}

// Output:
// 31 a 1 hello é!
// second line
// third
// "a 1 hello é!\n" <nil>
// "second line\n" <nil>
// 116 1 <nil> <nil> bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// 116 <nil> <nil>
// "third" EOF 0
// true
// 2 <nil> xy z 0
// 0 EOF
// 1000 true
// 01234
// 1400
// abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab
// <nil>
// 2 16 9 5 34
// true true true 6 9 24
// "Hello, World! Hello, Gophers!"
// "Hello, World! Hello, Gophers"
// "" true
// "" true
// "  Hello, World! Hello, Gopher"
// "Hello, World! Hello, Gophers!"
// "body"
// "body"
// ["a" "b" "" "c"]
// ["a" "b,,c"]
// ["a," "b," "," "c"]
// ["h" "é" "l" "l" "o"]
// ["foo" "bar" "baz"]
// "x--y--z"
// "HÉLLO WÖRLD" "héllo" "The Quick Fox"
// "ifp"
// "ababab" "oinky oinky oink"
// "moo moo" "-a-b-c-"
// true true -1 1 0
// true true true
// "key" "value" true
// [104 233 108 108 111] 3 0
// "a?b?c"
// reade 6 11
// data
