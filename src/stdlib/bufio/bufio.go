// Package bufio declares the exported API of Go 1.19's bufio package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package bufio

import (
	"errors"
	"io"
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int
	err          error
	lastByte     int
	lastRuneSize int
}

func NewReaderSize(rd io.Reader, size int) *Reader

func NewReader(rd io.Reader) *Reader

func (b *Reader) Size() int

func (b *Reader) Reset(r io.Reader)

func (b *Reader) Peek(n int) ([]byte, error)

func (b *Reader) Discard(n int) (discarded int, err error)

func (b *Reader) Read(p []byte) (n int, err error)

func (b *Reader) ReadByte() (byte, error)

func (b *Reader) UnreadByte() error

func (b *Reader) ReadRune() (r rune, size int, err error)

func (b *Reader) UnreadRune() error

func (b *Reader) Buffered() int

func (b *Reader) ReadSlice(delim byte) (line []byte, err error)

func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)

func (b *Reader) ReadBytes(delim byte) ([]byte, error)

func (b *Reader) ReadString(delim byte) (string, error)

func (b *Reader) WriteTo(w io.Writer) (n int64, err error)

type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

func NewWriterSize(w io.Writer, size int) *Writer

func NewWriter(w io.Writer) *Writer

func (b *Writer) Size() int

func (b *Writer) Reset(w io.Writer)

func (b *Writer) Flush() error

func (b *Writer) Available() int

func (b *Writer) AvailableBuffer() []byte

func (b *Writer) Buffered() int

func (b *Writer) Write(p []byte) (nn int, err error)

func (b *Writer) WriteByte(c byte) error

func (b *Writer) WriteRune(r rune) (size int, err error)

func (b *Writer) WriteString(s string) (int, error)

func (b *Writer) ReadFrom(r io.Reader) (n int64, err error)

type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter

type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start        int
	end          int
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

const MaxScanTokenSize = 64 * 1024

func NewScanner(r io.Reader) *Scanner

func (s *Scanner) Err() error

func (s *Scanner) Bytes() []byte

func (s *Scanner) Text() string

var ErrFinalToken = errors.New("final token")

func (s *Scanner) Scan() bool

func (s *Scanner) Buffer(buf []byte, max int)

func (s *Scanner) Split(split SplitFunc)

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
