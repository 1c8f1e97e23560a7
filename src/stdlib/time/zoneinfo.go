// Package time, continued: locations (time zones).
//
// minigo has no zone database: it runs where there is no /usr/share/zoneinfo
// (a browser), and a program's output must not depend on the host's zone. So a
// Location is a name and at most one zone, fixed for all time: UTC, Local, and
// those FixedZone makes. Local is UTC, as on a host whose /etc/localtime is UTC
// (the Go Playground, most containers): named "Local" when TZ is unset, "UTC"
// when TZ is set, which is what Go does for any TZ it cannot load.
// LoadLocation knows "UTC", "" and "Local" only.

package time

import "errors"

// A Location maps instants to the zone in use there.
type Location struct {
	name string
	zone []zone
}

// zone is a zone abbreviation and its offset in seconds east of UTC.
type zone struct {
	name   string
	offset int
	isDST  bool
}

// The ends of time for zone bounds: the smallest and largest int64.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC"}

// Local is the system's zone: UTC in minigo (see the top of this file).
var Local *Location = &localLoc

var localLoc = Location{name: "Local", zone: []zone{{"UTC", 0, false}}}

func init() {
	if tzSet() {
		localLoc = Location{name: "UTC"}
	}
}

// tzSet reports whether the environment variable TZ is set.
func tzSet() bool

// get returns l, or UTC for a nil Location.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns the name of the location.
func (l *Location) String() string {
	return l.get().name
}

// FixedZone returns a Location whose zone is always name, offset seconds east
// of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: []zone{{name, offset, false}}}
}

// lookup returns the zone in effect at unix second sec and the unix seconds
// between which it is in effect (for ever, here).
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	z := l.zone[0]
	return z.name, z.offset, alpha, omega, z.isDST
}

// lookupName returns the offset of the zone called name in l, if l has one.
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for _, z := range l.zone {
		if z.name == name {
			return z.offset, true
		}
	}
	return 0, false
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location called name: "" and "UTC" give UTC, "Local"
// gives Local; minigo has no zone database for other names.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if name[0] == '/' || name[0] == '\\' || hasDotDot(name) {
		return nil, errLocation
	}
	return nil, errors.New("unknown time zone " + name)
}

func hasDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

func LoadLocationFromTZData(name string, data []byte) (*Location, error)
