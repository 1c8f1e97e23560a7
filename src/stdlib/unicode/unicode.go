// Package unicode declares the exported API of Go 1.19's unicode package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
//
// The range tables (Upper, Latin, Lu, ...) and case tables are declared without
// their data, which minigo supplies as described above.
package unicode

func IsDigit(r rune) bool

var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

func IsGraphic(r rune) bool

func IsPrint(r rune) bool

func IsOneOf(ranges []*RangeTable, r rune) bool

func In(r rune, ranges ...*RangeTable) bool

func IsControl(r rune) bool

func IsLetter(r rune) bool

func IsMark(r rune) bool

func IsNumber(r rune) bool

func IsPunct(r rune) bool

func IsSpace(r rune) bool

func IsSymbol(r rune) bool

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type SpecialCase []CaseRange

const (
	UpperCase = 0
	LowerCase = 1
	TitleCase = 2
	MaxCase   = 3
)

type d [MaxCase]rune

const UpperLower = MaxRune + 1

func Is(rangeTab *RangeTable, r rune) bool

func IsUpper(r rune) bool

func IsLower(r rune) bool

func IsTitle(r rune) bool

func To(_case int, r rune) rune

func ToUpper(r rune) rune

func ToLower(r rune) rune

func ToTitle(r rune) rune

func (special SpecialCase) ToUpper(r rune) rune

func (special SpecialCase) ToTitle(r rune) rune

func (special SpecialCase) ToLower(r rune) rune

func SimpleFold(r rune) rune
