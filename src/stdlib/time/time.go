// Package time measures and displays time: instants (Time), spans (Duration),
// the calendar, and the clocks and timers of the runtime.
//
// This is minigo's own implementation of Go 1.19's package, written from its
// documented behaviour. A Time keeps Go's representation, so that == on Times,
// MarshalBinary and the monotonic reading in String behave as in Go:
//
//	wall  bit 63 (hasMonotonic) set: bits 30-62 hold unsigned seconds since
//	      1885-01-01 UTC (33 bits reach 2157), bits 0-29 the nanoseconds, and
//	      ext is the monotonic clock reading (nanoseconds since the process
//	      started). Only Now makes such Times; arithmetic that leaves that
//	      range, and every conversion to a location, drops the reading.
//	      bit 63 clear: bits 0-29 hold the nanoseconds and ext the signed
//	      seconds since 0001-01-01 UTC.
//	loc   nil for UTC.
//
// The calendar works from Unix seconds: days since 1970-01-01 with floored
// division, turned into a date by counting 400-, 100-, 4- and 1-year blocks of
// the proleptic Gregorian calendar from 0001-01-01. Every int64 of Unix seconds
// has a date, as in Go.
package time

import "errors"

// A Time is an instant with nanosecond precision, and the location in which to
// present it.
type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

const (
	hasMonotonic = 1 << 63
	nsecMask     = 1<<30 - 1
	nsecShift    = 30

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay

	// Days from 0001-01-01 to 1970-01-01, and to 1885-01-01.
	unixEpochDays = 719162
	wallEpochDays = 688117

	// Seconds from 0001-01-01 to the Unix epoch and to the monotonic wall epoch.
	unixToInternal int64 = unixEpochDays * secondsPerDay
	internalToUnix int64 = -unixToInternal
	wallToInternal int64 = wallEpochDays * secondsPerDay
	maxWallSeconds       = 1<<33 - 1

	// Go's calendar starts on January 1 of year -292277022399, this Unix
	// second; 2^64 seconds are wrapDays days and wrapRem seconds.
	goFirstSecond = -9223372028715321600
	wrapDays      = 213503982334601
	wrapRem       = 25216
)

// nsec is the nanosecond within the second.
func (t *Time) nsec() int32 {
	return int32(t.wall & nsecMask)
}

// sec is the number of seconds since 0001-01-01 UTC.
func (t *Time) sec() int64 {
	if t.wall&hasMonotonic == 0 {
		return t.ext
	}
	return wallToInternal + int64(t.wall<<1>>(nsecShift+1))
}

// unixSec is the number of seconds since 1970-01-01 UTC.
func (t *Time) unixSec() int64 {
	return t.sec() + internalToUnix
}

// addSec moves t by d seconds, saturating at the ends of int64.
func (t *Time) addSec(d int64) {
	if t.wall&hasMonotonic != 0 {
		s := int64(t.wall<<1>>(nsecShift+1)) + d
		if s >= 0 && s <= maxWallSeconds {
			t.wall = hasMonotonic | uint64(s)<<nsecShift | t.wall&nsecMask
			return
		}
		t.stripMono()
	}
	sum := t.ext + d
	switch {
	case d > 0 && sum < t.ext:
		t.ext = 1<<63 - 1
	case d < 0 && sum > t.ext:
		t.ext = -(1<<63 - 1)
	default:
		t.ext = sum
	}
}

// setLoc sets the location (nil for UTC), dropping the monotonic reading.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// stripMono drops the monotonic reading, moving the seconds into ext.
func (t *Time) stripMono() {
	if t.wall&hasMonotonic != 0 {
		t.ext = t.sec()
		t.wall &= nsecMask
	}
}

// mono is the monotonic reading, or 0 if t has none.
func (t *Time) mono() int64 {
	if t.wall&hasMonotonic == 0 {
		return 0
	}
	return t.ext
}

// After reports whether t is later than u.
func (t Time) After(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext > u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts > us || ts == us && t.nsec() > u.nsec()
}

// Before reports whether t is earlier than u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext < u.ext
	}
	ts, us := t.sec(), u.sec()
	return ts < us || ts == us && t.nsec() < u.nsec()
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMonotonic != 0 {
		return t.ext == u.ext
	}
	return t.sec() == u.sec() && t.nsec() == u.nsec()
}

// A Month is a month of the year, January = 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month.
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday is a day of the week, Sunday = 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day.
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// IsZero reports whether t is the zero Time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool {
	return t.sec() == 0 && t.nsec() == 0
}

// ---- the calendar ----

const (
	daysPer400Years = 365*400 + 97
	daysPer100Years = 365*100 + 24
	daysPer4Years   = 365*4 + 1
)

// daysBefore[m] is the number of days before month m+1 in a common year.
var daysBefore = [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// floorDiv divides rounding toward minus infinity; the remainder is in [0, d).
func floorDiv(n, d int64) (q, r int64) {
	q, r = n/d, n%d
	if r < 0 {
		q--
		r += d
	}
	return
}

// dayYear splits day number d (0 is 0001-01-01) into the year and the day
// within it, counting from 0.
func dayYear(d int64) (year int, yday int) {
	q, r := floorDiv(d, daysPer400Years)
	y := 1 + 400*q
	// A 400-year block is four 100-year blocks, the last one a day longer (its
	// last year is a leap year); likewise 4-year blocks of years.
	c := r / daysPer100Years
	if c == 4 {
		c = 3
	}
	r -= c * daysPer100Years
	f := r / daysPer4Years
	r -= f * daysPer4Years
	n := r / 365
	if n == 4 {
		n = 3
	}
	r -= n * 365
	return int(y + 100*c + 4*f + n), int(r)
}

// monthDay turns a day of the year (from 0) into month and day of the month.
func monthDay(year, yday int) (Month, int) {
	if isLeap(year) {
		if yday == 31+28 {
			return February, 29
		}
		if yday > 31+28 {
			yday--
		}
	}
	m := yday / 31
	if daysBefore[m+1] <= yday {
		m++
	}
	return Month(m + 1), yday - daysBefore[m] + 1
}

// yearStart is the day number of January 1 of year.
func yearStart(year int64) int64 {
	y := year - 1
	q4, _ := floorDiv(y, 4)
	q100, _ := floorDiv(y, 100)
	q400, _ := floorDiv(y, 400)
	return 365*y + q4 - q100 + q400
}

// view is t as seen in its location: the zone, and the local day number and
// second of the day.
func (t Time) view() (name string, offset int, day int64, secs int) {
	sec := t.unixSec()
	l := t.loc
	if l == nil {
		name = "UTC"
	} else {
		name, offset, _, _, _ = l.lookup(sec)
	}
	local := sec + int64(offset)
	if local < goFirstSecond {
		// Go counts seconds from its first year unsigned; earlier ones wrap to
		// the end of its range, 2^64 seconds on.
		d, s := floorDiv(local+wrapRem, secondsPerDay)
		return name, offset, d + wrapDays + unixEpochDays, int(s)
	}
	d, s := floorDiv(local, secondsPerDay)
	return name, offset, d + unixEpochDays, int(s)
}

func (t Time) localDay() (int64, int) {
	_, _, d, s := t.view()
	return d, s
}

func weekdayOf(day int64) Weekday {
	_, r := floorDiv(day+1, 7)
	return Weekday(r)
}

func clockOf(secs int) (hour, min, sec int) {
	return secs / secondsPerHour, secs % secondsPerHour / secondsPerMinute, secs % secondsPerMinute
}

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.localDay()
	y, yd := dayYear(d)
	month, day = monthDay(y, yd)
	return y, month, day
}

// Year returns the year of t in its location.
func (t Time) Year() int {
	d, _ := t.localDay()
	y, _ := dayYear(d)
	return y
}

// Month returns the month of t in its location.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month of t in its location.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week of t in its location.
func (t Time) Weekday() Weekday {
	d, _ := t.localDay()
	return weekdayOf(d)
}

// ISOWeek returns the ISO 8601 year and week of t: weeks run Monday to Sunday,
// and week 1 is the one holding the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.localDay()
	wd := int64(weekdayOf(d)+6) % 7 // Monday 0 ... Sunday 6
	y, yd := dayYear(d - wd + 3)    // the Thursday of d's week
	return y, yd/7 + 1
}

// Clock returns the hour, minute and second of t in its location.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.localDay()
	return clockOf(s)
}

// Hour returns the hour of t in its location, 0 to 23.
func (t Time) Hour() int {
	_, s := t.localDay()
	return s / secondsPerHour
}

// Minute returns the minute of t in its location, 0 to 59.
func (t Time) Minute() int {
	_, s := t.localDay()
	return s % secondsPerHour / secondsPerMinute
}

// Second returns the second of t in its location, 0 to 59.
func (t Time) Second() int {
	_, s := t.localDay()
	return s % secondsPerMinute
}

// Nanosecond returns the nanosecond within the second, 0 to 999999999.
func (t Time) Nanosecond() int {
	return int(t.nsec())
}

// YearDay returns the day of the year of t in its location, from 1.
func (t Time) YearDay() int {
	d, _ := t.localDay()
	_, yd := dayYear(d)
	return yd + 1
}

// ---- arithmetic ----

// Add returns t+d, keeping (and moving) t's monotonic reading when it stays in
// range.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec() + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	t.addSec(dsec)
	if t.wall&hasMonotonic != 0 {
		m := t.ext + int64(d)
		if d < 0 && m > t.ext || d > 0 && m < t.ext {
			t.stripMono()
		} else {
			t.ext = m
		}
	}
	return t
}

// Sub returns t-u, clamped to the Durations' range. With monotonic readings in
// both, they are used.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMonotonic != 0 {
		d := Duration(t.ext - u.ext)
		if d < 0 && t.ext > u.ext {
			return maxDuration
		}
		if d > 0 && t.ext < u.ext {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec()-u.sec())*Second + Duration(t.nsec()-u.nsec())
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// monoNow is the current time as a bare monotonic reading, for Since and Until.
func monoNow() Time {
	return Time{wall: hasMonotonic, ext: runtimeNano() - startNano}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return monoNow().Sub(t)
	}
	return Now().Sub(t)
}

// Until returns the time until t: t.Sub(Now()).
func Until(t Time) Duration {
	if t.wall&hasMonotonic != 0 {
		return t.Sub(monoNow())
	}
	return t.Sub(Now())
}

// AddDate adds years, months and days to t's date, normalising as Date does
// (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	hour, min, sec := t.Clock()
	return Date(y+years, m+Month(months), d+days, hour, min, sec, int(t.nsec()), t.Location())
}

// carry moves whole multiples of base from lo into hi, leaving lo in [0, base).
func carry(hi, lo, base int) (int, int) {
	q, r := floorDiv(int64(lo), int64(base))
	return hi + int(q), int(r)
}

// Date returns the Time of the given wall clock in loc. Values out of their
// usual ranges carry into the next larger unit (month 13 is January of the next
// year, day 0 the last day of the month before).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = carry(year, m, 12)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)

	days := yearStart(int64(year)) + int64(daysBefore[m]) + int64(day-1)
	if m >= 2 && isLeap(year) {
		days++
	}
	unix := (days-unixEpochDays)*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)

	// The wall clock is local: subtract the offset of the zone in effect then.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}

// ---- the clock ----

// now returns the wall clock (Unix seconds and nanoseconds) and the monotonic
// clock (nanotime).
func now() (sec int64, nsec int32, mono int64)

// runtimeNano returns the runtime's monotonic clock, nanotime.
func runtimeNano() int64

// startNano is nanotime when the program started, less one: monotonic readings
// count from 1. minigo sets it before the package initialises.
var startNano int64

// Now returns the current local time, with a monotonic reading.
func Now() Time {
	sec, nsec, mono := now()
	s := sec + unixToInternal - wallToInternal
	if uint64(s)>>33 != 0 {
		return Time{uint64(nsec), sec + unixToInternal, Local}
	}
	return Time{hasMonotonic | uint64(s)<<nsecShift | uint64(nsec), mono - startNano, Local}
}

func unixTime(sec int64, nsec int32) Time {
	return Time{uint64(nsec), sec + unixToInternal, Local}
}

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local location.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc, which must not be nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation and offset (seconds east of UTC) of t's zone.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.lookup(t.unixSec())
	return
}

// ZoneBounds returns when t's zone took and will cease to take effect; a zero
// Time stands for the beginning or end of time, as for every zone here.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, s, e, _ := t.loc.lookup(t.unixSec())
	if s != alpha {
		start = unixTime(s, 0)
		start.setLoc(t.loc)
	}
	if e != omega {
		end = unixTime(e, 0)
		end.setLoc(t.loc)
	}
	return
}

// IsDST reports whether t's zone is a daylight saving one.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.lookup(t.unixSec())
	return dst
}

// Unix returns t as Unix seconds.
func (t Time) Unix() int64 {
	return t.unixSec()
}

// UnixMilli returns t as Unix milliseconds.
func (t Time) UnixMilli() int64 {
	return t.unixSec()*1e3 + int64(t.nsec())/1e6
}

// UnixMicro returns t as Unix microseconds.
func (t Time) UnixMicro() int64 {
	return t.unixSec()*1e6 + int64(t.nsec())/1e3
}

// UnixNano returns t as Unix nanoseconds (meaningless outside years 1678-2262).
func (t Time) UnixNano() int64 {
	return t.unixSec()*1e9 + int64(t.nsec())
}

// Unix returns the local Time of Unix seconds sec and nanoseconds nsec; nsec may
// lie outside [0, 1e9).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		q, r := floorDiv(nsec, 1e9)
		sec += q
		nsec = r
	}
	return unixTime(sec, int32(nsec))
}

// UnixMilli returns the local Time of Unix milliseconds msec.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, msec%1e3*1e6)
}

// UnixMicro returns the local Time of Unix microseconds usec.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, usec%1e6*1e3)
}

// ---- rounding ----

// Truncate returns t rounded down to a multiple of d since the zero Time,
// without a monotonic reading; t itself for d <= 0.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-t.rem(d))
}

// Round returns t rounded to the nearest multiple of d since the zero Time
// (halfway rounds up), without a monotonic reading; t itself for d <= 0.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.rem(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// rem is (nanoseconds since the zero Time) mod d, in [0, d), for d > 0. The
// count of nanoseconds does not fit in 64 bits, so it is reduced piecewise.
func (t Time) rem(d Duration) Duration {
	sec, nsec := t.sec(), int64(t.nsec())
	if d%Second == 0 {
		_, r := floorDiv(sec, int64(d/Second))
		return Duration(r)*Second + Duration(nsec)
	}
	if Second%d == 0 {
		return Duration(nsec % int64(d))
	}
	m := uint64(d)
	_, s := floorDiv(sec, int64(d))
	r := mulmod(uint64(s), uint64(Second)%m, m)
	return Duration(addmod(r, uint64(nsec)%m, m))
}

// addmod is (a+b) mod m for a, b < m < 2^63.
func addmod(a, b, m uint64) uint64 {
	s := a + b
	if s >= m {
		s -= m
	}
	return s
}

// mulmod is (a*b) mod m for a, b < m < 2^63, by doubling.
func mulmod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = addmod(r, a, m)
		}
		a = addmod(a, a, m)
		b >>= 1
	}
	return r
}

// ---- serialisation ----

const (
	binaryVersion1 byte = 1 // offset in whole minutes
	binaryVersion2 byte = 2 // and a byte of seconds
)

// MarshalBinary encodes t as a version byte, 8 bytes of seconds since year 1,
// 4 of nanoseconds, 2 of zone offset in minutes (-1 for UTC) and, in version 2,
// the offset's seconds.
func (t Time) MarshalBinary() ([]byte, error) {
	var offMin int16
	var offSec int8
	version := binaryVersion1
	if t.Location() == UTC {
		offMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryVersion2
			offSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offMin = int16(offset)
	}
	sec := t.sec()
	nsec := t.nsec()
	b := make([]byte, 0, 16)
	b = append(b, version)
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(sec>>shift))
	}
	b = append(b, byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec))
	b = append(b, byte(offMin>>8), byte(offMin))
	if version == binaryVersion2 {
		b = append(b, byte(offSec))
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary encodes.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryVersion1 && version != binaryVersion2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == binaryVersion2 {
		want = 16
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	nsec := int32(data[9])<<24 | int32(data[10])<<16 | int32(data[11])<<8 | int32(data[12])
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == binaryVersion2 {
		offset += int(data[15])
	}
	*t = Time{wall: uint64(nsec), ext: sec}
	if offset == -60 {
		t.setLoc(&utcLoc)
	} else if _, local, _, _, _ := Local.lookup(t.unixSec()); offset == local {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) {
	return t.MarshalBinary()
}

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error {
	return t.UnmarshalBinary(data)
}

// MarshalJSON encodes t as a quoted RFC 3339 string with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalJSON: year outside of range [0,9999]")
	}
	b := make([]byte, 0, len(RFC3339Nano)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, RFC3339Nano)
	return append(b, '"'), nil
}

// UnmarshalJSON decodes a quoted RFC 3339 string; "null" leaves t alone.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var err error
	*t, err = Parse(`"`+RFC3339+`"`, string(data))
	return err
}

// MarshalText encodes t as an RFC 3339 string with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	if y := t.Year(); y < 0 || y >= 10000 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(make([]byte, 0, len(RFC3339Nano)), RFC3339Nano), nil
}

// UnmarshalText decodes an RFC 3339 string.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}
