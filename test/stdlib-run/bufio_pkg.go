package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// slowReader returns at most n bytes per Read, to cross buffer boundaries.
type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.s) {
		k = len(r.s)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func main() {
	r := bufio.NewReaderSize(&slowReader{"a line longer than the sixteen byte buffer\nshort\r\nend", 3}, 16)
	fmt.Println(r.Size())
	s, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", s, err)
	for {
		l, pre, err := r.ReadLine()
		fmt.Printf("%q %v %v\n", l, pre, err)
		if err != nil {
			break
		}
	}
	r.Reset(strings.NewReader("peek at this"))
	p, err := r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	p, err = r.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	n, err := r.Discard(5)
	fmt.Println(n, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	fmt.Println(r.UnreadRune())
	word, err := r.ReadBytes(' ')
	fmt.Printf("%q %v\n", word, err)
	all, err := r.ReadString('!')
	fmt.Printf("%q %v\n", all, err)

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	w.WriteString("hello")
	fmt.Println(w.Buffered(), w.Available(), out.Len())
	w.WriteString(", world")
	fmt.Println(w.Buffered(), out.Len())
	w.WriteRune('é')
	w.WriteByte('!')
	w.Write([]byte(" a long write that bypasses the buffer"))
	fmt.Println(w.Buffered(), out.Len())
	w.Flush()
	fmt.Println(out.String())
	w.ReadFrom(strings.NewReader(" + read from"))
	w.Flush()
	fmt.Println(out.String())

	fw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(fw, "%d %s\n", 42, "via bufio to stdout")
	fw.Flush()

	sc := bufio.NewScanner(strings.NewReader("héllo\xffx"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100) + "\nok\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))
	sc = bufio.NewScanner(&slowReader{"1,2,,3", 1})
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("x\ny"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("split failed")
	})
	fmt.Println(sc.Scan(), sc.Err())
	func() {
		defer func() { fmt.Println(recover()) }()
		sc.Split(bufio.ScanWords)
	}()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw in")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("|" + line)
	rw.Flush()
	fmt.Println(out.String())
	var sb strings.Builder
	n64, err := bufio.NewReader(strings.NewReader("write to")).WriteTo(&sb)
	fmt.Println(n64, err, sb.String())
}

// Output:
// 16
// "a line longer th" bufio: buffer full
// "an the sixteen b" true <nil>
// "yte buffer" false <nil>
// "short" false <nil>
// "end" false <nil>
// "" false EOF
// "peek at this" bufio: buffer full
// "peek" <nil>
// 5 <nil>
// bufio: negative count
// bufio: invalid use of UnreadRune
// "at " <nil>
// "this" EOF
// 5 3 0
// 4 8
// 0 53
// hello, worldé! a long write that bypasses the buffer
// hello, worldé! a long write that bypasses the buffer + read from
// 42 via bufio to stdout
// "h" "é" "l" "l" "o" "�" "x" <nil>
// "a" "b" 
// bufio.Scanner: token too long true
// "1" "2" "" "3" <nil>
// false split failed
// Split called after Scan
// hello, worldé! a long write that bypasses the buffer + read from|rw in
// 8 <nil> write to
