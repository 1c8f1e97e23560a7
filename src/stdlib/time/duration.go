// Package time, continued: Duration, its units, printing and rounding.

package time

// A Duration is a span of time in nanoseconds, up to about 290 years either way.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String writes d as "72h3m0.5s": hours, minutes and seconds with a fraction
// that has no trailing zeros, leading units left out when zero. Spans under a
// second use the largest of ns, µs and ms that keeps an integer part; zero is
// "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = utoa(u) + "ns"
	case u < uint64(Millisecond):
		s = decimal(u, 3) + "µs"
	case u < uint64(Second):
		s = decimal(u, 6) + "ms"
	default:
		secs := u / uint64(Second)
		s = utoa(secs%60) + fraction(u%uint64(Second), 9) + "s"
		if mins := secs / 60; mins > 0 {
			s = utoa(mins%60) + "m" + s
			if hours := mins / 60; hours > 0 {
				s = utoa(hours) + "h" + s
			}
		}
	}
	if d < 0 {
		return "-" + s
	}
	return s
}

// decimal writes u / 10^digits with its fraction.
func decimal(u uint64, digits int) string {
	p := uint64(1)
	for i := 0; i < digits; i++ {
		p *= 10
	}
	return utoa(u/p) + fraction(u%p, digits)
}

// fraction writes f, a fraction of `digits` decimal places, as ".ddd" without
// trailing zeros, or "" when it is zero.
func fraction(f uint64, digits int) string {
	for f != 0 && f%10 == 0 {
		f /= 10
		digits--
	}
	if f == 0 {
		return ""
	}
	s := utoa(f)
	for len(s) < digits {
		s = "0" + s
	}
	return "." + s
}

// utoa writes u in decimal.
func utoa(u uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			return string(b[i:])
		}
	}
}

// Nanoseconds returns d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer count of microseconds, truncated.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer count of milliseconds, truncated.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// The float conversions add the whole units and the rest separately, so that
// a whole number of units converts exactly.

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m; d itself if m <= 0.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether 2x < y, for 0 <= x < y, without overflow.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the nearest multiple of m, halfway away from zero,
// saturating at the ends of the range; d itself if m <= 0.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if away := d - m + r; away < d {
			return away
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if away := d + m - r; away > d {
		return away
	}
	return maxDuration
}

// Abs returns |d|, with the most negative Duration mapped to the most positive.
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
