// Package time declares the exported API of Go 1.19's time package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package time

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func (t Time) After(u Time) bool

func (t Time) Before(u Time) bool

func (t Time) Equal(u Time) bool

type Month int

const (
	January   Month = 1
	February  Month = 2
	March     Month = 3
	April     Month = 4
	May       Month = 5
	June      Month = 6
	July      Month = 7
	August    Month = 8
	September Month = 9
	October   Month = 10
	November  Month = 11
	December  Month = 12
)

func (m Month) String() string

type Weekday int

const (
	Sunday    Weekday = 0
	Monday    Weekday = 1
	Tuesday   Weekday = 2
	Wednesday Weekday = 3
	Thursday  Weekday = 4
	Friday    Weekday = 5
	Saturday  Weekday = 6
)

func (d Weekday) String() string

func (t Time) IsZero() bool

func (t Time) Date() (year int, month Month, day int)

func (t Time) Year() int

func (t Time) Month() Month

func (t Time) Day() int

func (t Time) Weekday() Weekday

func (t Time) ISOWeek() (year, week int)

func (t Time) Clock() (hour, min, sec int)

func (t Time) Hour() int

func (t Time) Minute() int

func (t Time) Second() int

func (t Time) Nanosecond() int

func (t Time) YearDay() int

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	u := uint64(d)
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = utoa(u) + "ns"
		case u < uint64(Millisecond):
			s = fracString(u, 3) + "µs"
		default:
			s = fracString(u, 6) + "ms"
		}
	} else {
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		s = fracTail(frac, 9) + "s"
		if secs >= 60 {
			s = utoa(secs%60) + s
			mins := secs / 60
			s = utoa(mins%60) + "m" + s
			if mins >= 60 {
				s = utoa(mins/60) + "h" + s
			}
		} else {
			s = utoa(secs) + s
		}
	}
	if neg {
		return "-" + s
	}
	return s
}

// fracString formats u / 10^digits with the fraction's trailing zeros dropped.
func fracString(u uint64, digits int) string {
	p := uint64(1)
	for i := 0; i < digits; i++ {
		p *= 10
	}
	return utoa(u/p) + fracTail(u%p, digits)
}

// fracTail is ".ddd" for the digits-digit fraction f without trailing zeros, or "".
func fracTail(f uint64, digits int) string {
	if f == 0 {
		return ""
	}
	b := make([]byte, digits)
	for i := digits - 1; i >= 0; i-- {
		b[i] = byte('0' + f%10)
		f /= 10
	}
	n := digits
	for n > 0 && b[n-1] == '0' {
		n--
	}
	return "." + string(b[:n])
}

func utoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var b []byte
	for u > 0 {
		b = append([]byte{byte('0' + u%10)}, b...)
		u /= 10
	}
	return string(b)
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration

func (d Duration) Round(m Duration) Duration

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

func (t Time) Add(d Duration) Time

func (t Time) Sub(u Time) Duration

func Since(t Time) Duration

func Until(t Time) Duration

func (t Time) AddDate(years int, months int, days int) Time

func Now() Time

func (t Time) UTC() Time

func (t Time) Local() Time

func (t Time) In(loc *Location) Time

func (t Time) Location() *Location

func (t Time) Zone() (name string, offset int)

func (t Time) ZoneBounds() (start, end Time)

func (t Time) Unix() int64

func (t Time) UnixMilli() int64

func (t Time) UnixMicro() int64

func (t Time) UnixNano() int64

func (t Time) MarshalBinary() ([]byte, error)

func (t *Time) UnmarshalBinary(data []byte) error

func (t Time) GobEncode() ([]byte, error)

func (t *Time) GobDecode(data []byte) error

func (t Time) MarshalJSON() ([]byte, error)

func (t *Time) UnmarshalJSON(data []byte) error

func (t Time) MarshalText() ([]byte, error)

func (t *Time) UnmarshalText(data []byte) error

func Unix(sec int64, nsec int64) Time

func UnixMilli(msec int64) Time

func UnixMicro(usec int64) Time

func (t Time) IsDST() bool

func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time

func (t Time) Truncate(d Duration) Time

func (t Time) Round(d Duration) Time
