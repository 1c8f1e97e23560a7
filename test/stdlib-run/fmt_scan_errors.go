package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type oneByte struct{ s string }

func (r *oneByte) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type failing struct{}

var errBroken = errors.New("broken reader")

func (failing) Read(p []byte) (int, error) { return 0, errBroken }

func main() {
	var a, b int
	n, err := fmt.Sscan("", &a)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("1", &a, &b)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF, a)
	n, err = fmt.Sscanf("7 x", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	var ne *strconv.NumError
	fmt.Println(n, err, errors.As(err, &ne), errors.Is(err, strconv.ErrRange))
	var s string
	n, err = fmt.Sscanf(`"abc`, "%q", &s)
	fmt.Println(n, err, err == strconv.ErrSyntax)
	n, err = fmt.Sscanf("5", "%d%d", &a, &b)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Fscan(&oneByte{"12 34"}, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(&oneByte{""}, &a)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Fscan(failing{}, &a)
	fmt.Println(n, err, err == errBroken)
	r := strings.NewReader("10 20 30")
	n, err = fmt.Fscan(r, &a, &b)
	fmt.Println(n, err, a, b, r.Len())
	n, err = fmt.Fscanln(r, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscanf(strings.NewReader("v=3"), "v=%d", &a)
	fmt.Println(n, err, a)
}

// Output:
// 0 EOF true
// 1 EOF false 1
// 1 expected integer
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range true true
// 0 unexpected EOF false
// 1 EOF false
// 1 unexpected newline
// 2 <nil> 12 34
// 0 EOF true
// 0 broken reader true
// 2 <nil> 10 20 3
// 1 <nil> 30
// 1 <nil> 3
