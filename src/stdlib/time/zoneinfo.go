// Package time, continued: the declarations that Go 1.19 keeps in zoneinfo.go
// and zoneinfo_read.go. Functions and methods without a body are implemented
// natively by minigo (in TypeScript) until they are given Go bodies; see
// time.go.

package time

type Location struct {
	name       string
	zone       []zone
	tx         []zoneTrans
	extend     string
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

type zone struct {
	name   string
	offset int
	isDST  bool
}

type zoneTrans struct {
	when         int64
	index        uint8
	isstd, isutc bool
}

var UTC *Location

var Local *Location

func (l *Location) String() string

func FixedZone(name string, offset int) *Location

func LoadLocation(name string) (*Location, error)

func LoadLocationFromTZData(name string, data []byte) (*Location, error)
