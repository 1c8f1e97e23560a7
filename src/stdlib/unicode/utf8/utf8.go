// Package utf8 declares the exported API of Go 1.19's unicode/utf8 package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func FullRune(p []byte) bool

func FullRuneInString(s string) bool

func DecodeRune(p []byte) (r rune, size int)

func DecodeRuneInString(s string) (r rune, size int)

func DecodeLastRune(p []byte) (r rune, size int)

func DecodeLastRuneInString(s string) (r rune, size int)

func RuneLen(r rune) int

func EncodeRune(p []byte, r rune) int

func AppendRune(p []byte, r rune) []byte

func RuneCount(p []byte) int

func RuneCountInString(s string) (n int)

func RuneStart(b byte) bool

func Valid(p []byte) bool

func ValidString(s string) bool

func ValidRune(r rune) bool
