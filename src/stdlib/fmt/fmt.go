// Package fmt declares the exported API of Go 1.19's fmt package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
)

// Errorf formats like Sprintf; a %w operand is wrapped (see errors.ts of the engine).
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	return &wrapError{s, a[w].(error)}
}

// errorf formats for Errorf and reports the index of the operand %w wrapped, or -1.
func errorf(format string, a []any) (string, int)

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Sprintf(format string, a ...any) string

func Appendf(b []byte, format string, a ...any) []byte

func Fprint(w io.Writer, a ...any) (n int, err error)

func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Sprint(a ...any) string

func Append(b []byte, a ...any) []byte

func Fprintln(w io.Writer, a ...any) (n int, err error)

func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

func Sprintln(a ...any) string

func Appendln(b []byte, a ...any) []byte

type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// The scan family: natives scan (scan.ts) and describe the error they end with; scanError
// makes the Go value, so that io.EOF, io.ErrUnexpectedEOF and strconv's errors keep their
// identity. Scan, Scanln and Scanf read standard input.

func Scan(a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := scan(a)
	return n, scanError(k, msg, fn, num, ev)
}

func Scanln(a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := scanln(a)
	return n, scanError(k, msg, fn, num, ev)
}

func Scanf(format string, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := scanf(format, a)
	return n, scanError(k, msg, fn, num, ev)
}

func Sscan(str string, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := sscan(str, a)
	return n, scanError(k, msg, fn, num, ev)
}

func Sscanln(str string, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := sscanln(str, a)
	return n, scanError(k, msg, fn, num, ev)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := sscanf(str, format, a)
	return n, scanError(k, msg, fn, num, ev)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := fscan(r, a, io.EOF)
	return n, scanError(k, msg, fn, num, ev)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := fscanln(r, a, io.EOF)
	return n, scanError(k, msg, fn, num, ev)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	n, k, msg, fn, num, ev := fscanf(r, format, a, io.EOF)
	return n, scanError(k, msg, fn, num, ev)
}

func scan(a []any) (n int, kind int, msg string, fn string, num string, errv error)

func scanln(a []any) (n int, kind int, msg string, fn string, num string, errv error)

func scanf(format string, a []any) (n int, kind int, msg string, fn string, num string, errv error)

func sscan(str string, a []any) (n int, kind int, msg string, fn string, num string, errv error)

func sscanln(str string, a []any) (n int, kind int, msg string, fn string, num string, errv error)

func sscanf(str string, format string, a []any) (n int, kind int, msg string, fn string, num string, errv error)

func fscan(r io.Reader, a []any, eof error) (n int, kind int, msg string, fn string, num string, errv error)

func fscanln(r io.Reader, a []any, eof error) (n int, kind int, msg string, fn string, num string, errv error)

func fscanf(r io.Reader, format string, a []any, eof error) (n int, kind int, msg string, fn string, num string, errv error)

func strconvError(msg string) error {
	if msg == strconv.ErrRange.Error() {
		return strconv.ErrRange
	}
	return strconv.ErrSyntax
}

// scanError is the error a scan native described (see natives.ts scanResult).
func scanError(kind int, msg, fn, num string, errv error) error {
	switch kind {
	case 0:
		return nil
	case 1:
		return io.EOF
	case 2:
		return io.ErrUnexpectedEOF
	case 3:
		return errors.New(msg)
	case 4:
		err := strconvError(msg)
		if msg != strconv.ErrRange.Error() && msg != strconv.ErrSyntax.Error() {
			err = errors.New(msg)
		}
		return &strconv.NumError{Func: fn, Num: num, Err: err}
	case 5:
		return strconvError(msg)
	}
	return errv
}
