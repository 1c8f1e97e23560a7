// Package time, continued: formatting and parsing by example layouts.
//
// A layout is text in which the parts of one reference time, Mon Jan 2
// 15:04:05 MST 2006 (01/02 03:04:05PM '06 -0700), stand for the same parts of
// the time being formatted or parsed. nextElem finds the first such element in a
// layout; Format and Parse walk a layout element by element, copying or
// skipping the literal text between them.

package time

import "errors"

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The layout elements, with the text that stands for each.
const (
	elemNone        = iota
	elemLongMonth   // January
	elemMonth       // Jan
	elemNumMonth    // 1
	elemZeroMonth   // 01
	elemLongWeekDay // Monday
	elemWeekDay     // Mon
	elemDay         // 2
	elemUnderDay    // _2
	elemZeroDay     // 02
	elemUnderYDay   // __2
	elemZeroYDay    // 002
	elemHour        // 15
	elemHour12      // 3
	elemZeroHour12  // 03
	elemMinute      // 4
	elemZeroMinute  // 04
	elemSecond      // 5
	elemZeroSecond  // 05
	elemLongYear    // 2006
	elemYear        // 06
	elemPM          // PM
	elempm          // pm
	elemZoneName    // MST
	// Numeric zones: Z... print Z for UTC, -... always print the offset.
	elemISO8601TZ             // Z0700
	elemISO8601SecondsTZ      // Z070000
	elemISO8601ShortTZ        // Z07
	elemISO8601ColonTZ        // Z07:00
	elemISO8601ColonSecondsTZ // Z07:00:00
	elemNumTZ                 // -0700
	elemNumSecondsTZ          // -070000
	elemNumShortTZ            // -07
	elemNumColonTZ            // -07:00
	elemNumColonSecondsTZ     // -07:00:00
	elemFrac0                 // .000 or ,000: exactly that many digits
	elemFrac9                 // .999 or ,999: up to that many, trailing zeros dropped
)

// zeroElems are the elements written "0" followed by "1" to "6".
var zeroElems = [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}

// elem is one layout element: its kind and, for fractional seconds, the digit
// count and the separator ('.' or ',').
type elem struct {
	kind   int
	digits int
	sep    byte
}

// numericZones are the numeric zone elements, longest text first, by the
// character that starts them.
var numericZones = [...]struct {
	text string
	kind int
}{
	{"-070000", elemNumSecondsTZ}, {"-07:00:00", elemNumColonSecondsTZ}, {"-0700", elemNumTZ}, {"-07:00", elemNumColonTZ}, {"-07", elemNumShortTZ},
	{"Z070000", elemISO8601SecondsTZ}, {"Z07:00:00", elemISO8601ColonSecondsTZ}, {"Z0700", elemISO8601TZ}, {"Z07:00", elemISO8601ColonTZ}, {"Z07", elemISO8601ShortTZ},
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

func isLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

// nextElem splits layout into the literal text before its first element, that
// element (kind elemNone if there is none) and the rest.
func nextElem(layout string) (lit string, e elem, rest string) {
	for i := 0; i < len(layout); i++ {
		s := layout[i:]
		found := func(n, kind int) (string, elem, string) {
			return layout[:i], elem{kind: kind}, s[n:]
		}
		switch s[0] {
		case 'J':
			if hasPrefix(s, "January") {
				return found(7, elemLongMonth)
			}
			if hasPrefix(s, "Jan") && !isLower(s[3:]) {
				return found(3, elemMonth)
			}
		case 'M':
			if hasPrefix(s, "Monday") {
				return found(6, elemLongWeekDay)
			}
			if hasPrefix(s, "Mon") && !isLower(s[3:]) {
				return found(3, elemWeekDay)
			}
			if hasPrefix(s, "MST") {
				return found(3, elemZoneName)
			}
		case '0':
			if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
				return found(2, zeroElems[s[1]-'1'])
			}
			if hasPrefix(s, "002") {
				return found(3, elemZeroYDay)
			}
		case '1':
			if hasPrefix(s, "15") {
				return found(2, elemHour)
			}
			return found(1, elemNumMonth)
		case '2':
			if hasPrefix(s, "2006") {
				return found(4, elemLongYear)
			}
			return found(1, elemDay)
		case '_':
			if hasPrefix(s, "_2006") {
				// A literal underscore, then the year.
				return layout[:i+1], elem{kind: elemLongYear}, s[5:]
			}
			if hasPrefix(s, "_2") {
				return found(2, elemUnderDay)
			}
			if hasPrefix(s, "__2") {
				return found(3, elemUnderYDay)
			}
		case '3':
			return found(1, elemHour12)
		case '4':
			return found(1, elemMinute)
		case '5':
			return found(1, elemSecond)
		case 'P':
			if hasPrefix(s, "PM") {
				return found(2, elemPM)
			}
		case 'p':
			if hasPrefix(s, "pm") {
				return found(2, elempm)
			}
		case '-', 'Z':
			for _, z := range numericZones {
				if hasPrefix(s, z.text) {
					return found(len(z.text), z.kind)
				}
			}
		case '.', ',':
			// A run of 0s or 9s after the separator, not followed by another digit.
			if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
				n := 1
				for n < len(s) && s[n] == s[1] {
					n++
				}
				if !isDigit(s, n) {
					kind := elemFrac0
					if s[1] == '9' {
						kind = elemFrac9
					}
					return layout[:i], elem{kind, n - 1, s[0]}, s[n:]
				}
			}
		}
	}
	return layout, elem{}, ""
}

var shortDayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

var shortMonthNames = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// appendInt appends x in decimal, its digits zero-padded to width.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	digits := utoa(u)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// appendOffset appends a zone offset in seconds as ±hh[:]mm[[:]ss], as elem k
// asks.
func appendOffset(b []byte, offset int, k int) []byte {
	colon := k == elemISO8601ColonTZ || k == elemNumColonTZ || k == elemISO8601ColonSecondsTZ || k == elemNumColonSecondsTZ
	short := k == elemISO8601ShortTZ || k == elemNumShortTZ
	secs := k == elemISO8601SecondsTZ || k == elemNumSecondsTZ || k == elemISO8601ColonSecondsTZ || k == elemNumColonSecondsTZ
	sign := byte('+')
	if offset < 0 {
		sign = '-'
		offset = -offset
	}
	b = append(b, sign)
	b = appendInt(b, offset/3600, 2)
	if !short {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset/60%60, 2)
	}
	if secs {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// appendFrac appends the nanoseconds ns as a fraction of e.digits digits (at
// most 9), without trailing zeros for elemFrac9 (and nothing at all if none
// remain).
func appendFrac(b []byte, ns int, e elem) []byte {
	var d [9]byte
	for i := 8; i >= 0; i-- {
		d[i] = byte('0' + ns%10)
		ns /= 10
	}
	n := e.digits
	if n > 9 {
		n = 9
	}
	if e.kind == elemFrac9 {
		for n > 0 && d[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	b = append(b, e.sep)
	return append(b, d[:n]...)
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed by
// " m=±seconds" with nine decimals when t has a monotonic reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.wall&hasMonotonic != 0 {
		m := uint64(t.ext)
		sign := "+"
		if t.ext < 0 {
			sign = "-"
			m = -m
		}
		frac := utoa(m % 1e9)
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + sign + utoa(m/1e9) + "." + frac
	}
	return s
}

// GoString formats t as the Go expression time.Date(...) that makes it.
func (t Time) GoString() string {
	y, m, d := t.Date()
	hour, min, sec := t.Clock()
	b := append([]byte("time.Date("), utoaSigned(y)...)
	if m >= January && m <= December {
		b = append(b, ", time."+m.String()...)
	} else {
		b = append(b, ", "+utoaSigned(int(m))...)
	}
	for _, n := range [...]int{d, hour, min, sec, t.Nanosecond()} {
		b = append(b, ", "+utoaSigned(n)...)
	}
	switch loc := t.Location(); loc {
	case UTC, nil:
		b = append(b, ", time.UTC"...)
	case Local:
		b = append(b, ", time.Local"...)
	default:
		b = append(b, ", time.Location("+quote(loc.name)+")"...)
	}
	return string(append(b, ')'))
}

func utoaSigned(x int) string {
	return string(appendInt(nil, x, 0))
}

// Format returns t written by the layout.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat appends t written by the layout to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset, day, secs := t.view()
	year, yday := dayYear(day)
	month, mday := monthDay(year, yday)
	hour, min, sec := clockOf(secs)
	for layout != "" {
		lit, e, rest := nextElem(layout)
		b = append(b, lit...)
		if e.kind == elemNone {
			break
		}
		layout = rest
		switch e.kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, shortMonthNames[month-1]...)
		case elemLongMonth:
			b = append(b, monthNames[month-1]...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, shortDayNames[weekdayOf(day)]...)
		case elemLongWeekDay:
			b = append(b, dayNames[weekdayOf(day)]...)
		case elemDay:
			b = appendInt(b, mday, 0)
		case elemUnderDay:
			if mday < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, mday, 0)
		case elemZeroDay:
			b = appendInt(b, mday, 2)
		case elemUnderYDay:
			if yday+1 < 100 {
				b = append(b, ' ')
				if yday+1 < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday+1, 0)
		case elemZeroYDay:
			b = appendInt(b, yday+1, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			w := 0
			if e.kind == elemZeroHour12 {
				w = 2
			}
			b = appendInt(b, h, w)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM, elempm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if e.kind == elempm {
				s = string([]byte{s[0] + 'a' - 'A', 'm'})
			}
			b = append(b, s...)
		case elemISO8601TZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601ColonSecondsTZ:
			if offset == 0 {
				b = append(b, 'Z')
			} else {
				b = appendOffset(b, offset, e.kind)
			}
		case elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecondsTZ:
			b = appendOffset(b, offset, e.kind)
		case elemZoneName:
			if name != "" {
				b = append(b, name...)
			} else {
				// No abbreviation: -0700, in whole minutes.
				b = appendOffset(b, offset/60*60, elemNumTZ)
			}
		case elemFrac0, elemFrac9:
			b = appendFrac(b, int(t.nsec()), e)
		}
	}
	return b
}

// ---- parsing ----

// ParseError says why Parse rejected a value.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote writes s in double quotes for error messages: quotes and backslashes
// escaped, control and non-ASCII characters as \x escapes of their bytes.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			// The whole character (or invalid byte), byte by byte.
			n := 1
			for _, r := range s[i:] {
				n = len(string(r))
				if r == 0xFFFD && !hasPrefix(s[i:], "\uFFFD") {
					n = 1
				}
				break
			}
			for k := 0; k < n; k++ {
				b = append(b, '\\', 'x', hex[s[i+k]>>4], hex[s[i+k]&0xF])
			}
			i += n
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
		i++
	}
	return string(append(b, '"'))
}

// Error describes the failure.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// errBad marks a value that does not match its element; Parse turns it into a
// ParseError.
var errBad = errors.New("bad value for field")

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// getnum reads a one- or two-digit number (exactly two if fixed) from s.
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 reads a number of one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// errOverflow reports a number too large for leadingInt; it is never shown.
var errOverflow = errors.New("time: bad [0-9]*")

// leadingInt reads the digits at the start of s as a number up to 2^63.
func leadingInt(s string) (x uint64, rest string, err error) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", errOverflow
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", errOverflow
		}
	}
	return x, s[i:], nil
}

// atoi reads all of s as a decimal integer with an optional sign.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x, rest, err := leadingInt(s)
	if err != nil || rest != "" {
		return 0, errBad
	}
	if neg {
		return -int(x), nil
	}
	return int(x), nil
}

// lookup matches the start of val, ignoring ASCII case, against the names in
// tab; it returns the index of the first that matches and the rest of val.
func lookup(tab []string, val string) (int, string, error) {
	for i, name := range tab {
		if len(val) >= len(name) && equalFold(val[:len(name)], name) {
			return i, val[len(name):], nil
		}
	}
	return -1, val, errBad
}

// equalFold compares ASCII strings of equal length, letters without case.
func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 0x20
		y |= 0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// skip consumes the literal text lit from the start of value; a space in lit
// matches any run of spaces (a layout's one space matches several).
func skip(value, lit string) (string, error) {
	for lit != "" {
		if lit[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errBad
			}
			lit = trimSpaces(lit)
			value = trimSpaces(value)
			continue
		}
		if value == "" || value[0] != lit[0] {
			return value, errBad
		}
		lit = lit[1:]
		value = value[1:]
	}
	return value, nil
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func isSep(c byte) bool {
	return c == '.' || c == ','
}

// fracNanos reads value[:n], a separator and digits, as nanoseconds; more than
// nine digits are cut off. A sign after the separator is a range error.
func fracNanos(value string, n int) (ns int, rangeErr string, err error) {
	if !isSep(value[0]) {
		return 0, "", errBad
	}
	if n > 10 {
		n = 10
	}
	if ns, err = atoi(value[1:n]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// zoneNameLen says how long the zone abbreviation at the start of value is:
// three capitals; four or five ending in T (or WITA); ChST and MeST; GMT with
// an optional signed hour; or a bare signed hour like +03.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasPrefix(value, "ChST") || hasPrefix(value, "MeST") {
		return 4, true
	}
	if hasPrefix(value, "GMT") {
		if len(value) == 3 {
			return 3, true
		}
		return 3 + signedHourLen(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHourLen(value)
		return n, n > 0
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch {
	case upper == 3:
		return 3, true
	case upper == 4 && (value[3] == 'T' || hasPrefix(value, "WITA")):
		return 4, true
	case upper == 5 && value[4] == 'T':
		return 5, true
	}
	return 0, false
}

// signedHourLen is the length of a sign and a number up to 23 at the start of
// value, or 0.
func signedHourLen(value string) int {
	if value[0] != '+' && value[0] != '-' {
		return 0
	}
	x, rest, err := leadingInt(value[1:])
	if err != nil || len(rest) == len(value)-1 || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

// Parse reads a time written by the layout. Elements missing from the layout
// default to the zero time's (year 0 if there is no year at all); a value
// without a zone is UTC. A numeric zone matching Local's offset, or an
// abbreviation Local uses, yields Local; any other gives a fixed zone (with
// offset 0 for an unknown abbreviation).
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in place of UTC for values without a zone,
// and in place of Local for matching zones.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	fail := func(layoutElem, valueElem, msg string) (Time, error) {
		return Time{}, &ParseError{origLayout, origValue, layoutElem, valueElem, msg}
	}
	var (
		year, hour, min, sec, nsec int
		month, day, yday           = -1, -1, -1
		pm, am                     bool
		zoneLoc                    *Location
		zoneOffset                 = -1
		zoneName                   string
	)
	for {
		lit, e, rest := nextElem(layout)
		elemText := layout[len(lit) : len(layout)-len(rest)]
		var err error
		if value, err = skip(value, lit); err != nil {
			return fail(lit, value, "")
		}
		if e.kind == elemNone {
			if value != "" {
				return fail("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = rest
		rangeErr := ""
		switch e.kind {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			if year, err = atoi(value[:2]); err == nil {
				value = value[2:]
				if year >= 69 {
					year += 1900
				} else {
					year += 2000
				}
			}
		case elemLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case elemMonth:
			month, value, err = lookup(shortMonthNames[:], value)
			month++
		case elemLongMonth:
			month, value, err = lookup(monthNames[:], value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getnum(value, e.kind == elemZeroMonth)
			if err == nil && (month < 1 || month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay:
			_, value, err = lookup(shortDayNames[:], value)
		case elemLongWeekDay:
			_, value, err = lookup(dayNames[:], value)
		case elemDay, elemUnderDay, elemZeroDay:
			if e.kind == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day; checked against the month at the end.
			day, value, err = getnum(value, e.kind == elemZeroDay)
		case elemUnderYDay, elemZeroYDay:
			for i := 0; i < 2 && e.kind == elemUnderYDay && value != "" && value[0] == ' '; i++ {
				value = value[1:]
			}
			yday, value, err = getnum3(value, e.kind == elemZeroYDay)
		case elemHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || hour > 23 {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getnum(value, e.kind == elemZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getnum(value, e.kind == elemZeroMinute)
			if min < 0 || min > 59 {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getnum(value, e.kind == elemZeroSecond)
			if sec < 0 || sec > 59 {
				rangeErr = "second"
				break
			}
			// A fraction may follow the seconds even when the layout has none.
			if len(value) >= 2 && isSep(value[0]) && isDigit(value, 1) {
				if _, next, _ := nextElem(layout); next.kind == elemFrac0 || next.kind == elemFrac9 {
					break
				}
				n := 2
				for isDigit(value, n) {
					n++
				}
				nsec, rangeErr, err = fracNanos(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			upper := e.kind == elemPM
			switch {
			case upper && p == "PM" || !upper && p == "pm":
				pm = true
			case upper && p == "AM" || !upper && p == "am":
				am = true
			default:
				err = errBad
			}
		case elemISO8601TZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecondsTZ:
			if (e.kind == elemISO8601TZ || e.kind == elemISO8601ShortTZ || e.kind == elemISO8601ColonTZ) && value != "" && value[0] == 'Z' {
				value = value[1:]
				zoneLoc = UTC
				break
			}
			zoneOffset, value, err = parseOffset(value, e.kind)
		case elemZoneName:
			if hasPrefix(value, "UTC") {
				zoneLoc = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLen(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFrac0:
			n := 1 + e.digits
			if len(value) < n {
				err = errBad
				break
			}
			nsec, rangeErr, err = fracNanos(value, n)
			value = value[n:]
		case elemFrac9:
			if len(value) < 2 || !isSep(value[0]) || !isDigit(value, 1) {
				break // no fraction
			}
			n := 1
			for n < 10 && isDigit(value, n) {
				n++
			}
			nsec, rangeErr, err = fracNanos(value, n)
			value = value[n:]
		}
		if rangeErr != "" {
			return fail(elemText, value, ": "+rangeErr+" out of range")
		}
		if err != nil {
			return fail(elemText, value, "")
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		m, d, msg := ydayDate(year, yday)
		if msg == "" && month >= 0 && month != int(m) {
			msg = "does not match month"
		}
		if msg == "" && day >= 0 && day != d {
			msg = "does not match day"
		}
		if msg != "" {
			return fail("", value, ": day-of-year "+msg)
		}
		month, day = int(m), d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return fail("", value, ": day out of range")
	}

	switch {
	case zoneLoc != nil:
		return Date(year, Month(month), day, hour, min, sec, nsec, zoneLoc), nil
	case zoneOffset != -1:
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		if name, off, _, _, _ := local.lookup(t.unixSec()); off == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
		} else {
			t.setLoc(FixedZone(zoneName, zoneOffset))
		}
		return t, nil
	case zoneName != "":
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if off, ok := local.lookupName(zoneName, t.unixSec()); ok {
			t.addSec(-int64(off))
			t.setLoc(local)
			return t, nil
		}
		off := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			off, _ = atoi(zoneName[3:])
			off *= 3600
		}
		t.setLoc(FixedZone(zoneName, off))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLoc), nil
}

// ydayDate turns a day of the year (from 1) into month and day, or says why it
// cannot.
func ydayDate(year, yday int) (Month, int, string) {
	leap := isLeap(year)
	if yday < 1 || yday > 365 && !(leap && yday == 366) {
		return 0, 0, "out of range"
	}
	m, d := monthDay(year, yday-1)
	return m, d, ""
}

// parseOffset reads a numeric zone offset written as elem kind k, in seconds.
// Text of the right shape is consumed even when its digits are bad.
func parseOffset(value string, k int) (int, string, error) {
	var text, hh, mm, ss string
	switch k {
	case elemISO8601ColonTZ, elemNumColonTZ: // ±hh:mm
		if len(value) < 6 || value[3] != ':' {
			return -1, value, errBad
		}
		text, hh, mm, ss = value[:6], value[1:3], value[4:6], "00"
	case elemISO8601ShortTZ, elemNumShortTZ: // ±hh
		if len(value) < 3 {
			return -1, value, errBad
		}
		text, hh, mm, ss = value[:3], value[1:3], "00", "00"
	case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ: // ±hh:mm:ss
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return -1, value, errBad
		}
		text, hh, mm, ss = value[:9], value[1:3], value[4:6], value[7:9]
	case elemISO8601SecondsTZ, elemNumSecondsTZ: // ±hhmmss
		if len(value) < 7 {
			return -1, value, errBad
		}
		text, hh, mm, ss = value[:7], value[1:3], value[3:5], value[5:7]
	default: // ±hhmm
		if len(value) < 5 {
			return -1, value, errBad
		}
		text, hh, mm, ss = value[:5], value[1:3], value[3:5], "00"
	}
	value = value[len(text):]
	h, err := atoi(hh)
	m, err2 := atoi(mm)
	s, err3 := atoi(ss)
	if err == nil {
		err = err2
	}
	if err == nil {
		err = err3
	}
	offset := (h*60+m)*60 + s
	switch text[0] {
	case '+':
	case '-':
		offset = -offset
	default:
		err = errBad
	}
	return offset, value, err
}

// leadingFraction reads the digits at the start of s as the numerator of a
// fraction over scale (a power of ten); digits past what a uint64 holds are
// read and ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// unitNanos is the length of a duration unit in nanoseconds, or 0.
func unitNanos(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs": // micro sign and Greek mu
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// ParseDuration reads a duration such as "300ms", "-1.5h" or "2h45m": an
// optional sign, then numbers with optional fractions, each with a unit (ns,
// us or µs, ms, s, m, h).
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && !isDigit(s, 0) {
			return 0, invalid
		}
		n := len(s)
		whole, rest, err := leadingInt(s)
		if err != nil {
			return 0, invalid
		}
		s = rest
		digits := n != len(s)
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			n = len(s) - 1
			frac, scale, s = leadingFraction(s[1:])
			digits = digits || n != len(s)
		}
		if !digits {
			return 0, invalid
		}
		i := 0
		for i < len(s) && s[i] != '.' && !isDigit(s, i) {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := unitNanos(u)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if whole > 1<<63/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			// In float64: exact enough for a fraction of an hour to the nanosecond.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}
