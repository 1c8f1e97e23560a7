package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 16)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	p, err := r.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	ru, size, err := r.ReadRune()
	fmt.Println(ru, size, err, r.UnreadRune())
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err)
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.Buffered())
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)
	var buf [8]byte
	n, err := os.Stdin.Read(buf[:])
	fmt.Println(n, err)
}

// Output:
// "first\n" <nil>
// "seco" <nil>
// "second line is l" true <nil>
// "onger than sixte" true <nil>
// "en bytes" false <nil>
// 116 1 <nil> <nil>
// 116 1 <nil>
// 104 <nil> <nil> 6
// "hird\r\néx rest of\nthe input" <nil>
// true
// 0 EOF
