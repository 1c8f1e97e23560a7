// Package strconv is Go 1.19's strconv for minigo: the conversions are natives over the
// bit-exact TypeScript engines of this directory (natives.ts); the error values and the
// Append variants are Go, so that errors are real *NumError values that errors.Is and
// errors.As see through.
package strconv

import (
	"errors"
)

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

const IntSize = 64

// numError builds the error a native reported: code 1 is ErrSyntax, 2 ErrRange, 3 a
// message of its own (an invalid base or bit size).
func numError(fn, s string, code int, msg string) error {
	var err error
	switch code {
	case 1:
		err = ErrSyntax
	case 2:
		err = ErrRange
	default:
		err = errors.New(msg)
	}
	return &NumError{fn, s, err}
}

func parseBool(str string) (b bool, code int)

func ParseBool(str string) (bool, error) {
	b, code := parseBool(str)
	if code != 0 {
		return false, numError("ParseBool", str, code, "")
	}
	return b, nil
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func parseComplex(s string, bitSize int) (c complex128, code int, msg string)

func ParseComplex(s string, bitSize int) (complex128, error) {
	c, code, msg := parseComplex(s, bitSize)
	if code != 0 {
		return c, numError("ParseComplex", s, code, msg)
	}
	return c, nil
}

func parseFloat(s string, bitSize int) (f float64, code int, msg string)

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code, msg := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, msg)
	}
	return f, nil
}

func parseUint(s string, base int, bitSize int) (u uint64, code int, msg string)

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	u, code, msg := parseUint(s, base, bitSize)
	if code != 0 {
		return u, numError("ParseUint", s, code, msg)
	}
	return u, nil
}

func parseInt(s string, base int, bitSize int) (i int64, code int, msg string)

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	i, code, msg := parseInt(s, base, bitSize)
	if code != 0 {
		return i, numError("ParseInt", s, code, msg)
	}
	return i, nil
}

func Atoi(s string) (int, error) {
	i, code, msg := parseInt(s, 10, 0)
	if code != 0 {
		return int(i), numError("Atoi", s, code, msg)
	}
	return int(i), nil
}

func FormatComplex(c complex128, fmt byte, prec, bitSize int) string

func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func FormatUint(i uint64, base int) string

func FormatInt(i int64, base int) string

func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func Quote(s string) string

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func QuoteToASCII(s string) string

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func QuoteToGraphic(s string) string

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

func QuoteRune(r rune) string

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func QuoteRuneToASCII(r rune) string

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func QuoteRuneToGraphic(r rune) string

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

func CanBackquote(s string) bool

func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}

func quotedPrefix(s string) (string, bool)

func QuotedPrefix(s string) (string, error) {
	p, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return p, nil
}

func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	u, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return u, nil
}

func IsPrint(r rune) bool

func IsGraphic(r rune) bool
