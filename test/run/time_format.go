// The calendar and Format: dates carry out-of-range fields, leap years, weeks,
// zones, rounding, serialisation, and every layout element.
package main

import (
	"fmt"
	"math"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	wy, w := t.ISOWeek()
	fmt.Println(t, "|", y, m, d, t.Weekday(), t.YearDay(), wy, w, t.Unix(), t.Nanosecond())
}

func main() {
	utc := time.UTC
	show(time.Date(2009, time.November, 10, 23, 4, 5, 6, utc))
	show(time.Date(2009, 14, 35, 25, 61, 61, 1e9+5, utc))
	show(time.Date(2010, 0, 0, -1, -1, -1, -1, utc))
	show(time.Date(2000, time.February, 29, 12, 0, 0, 0, utc))
	show(time.Date(1900, time.February, 29, 12, 0, 0, 0, utc))
	show(time.Date(2100, time.March, 1, 0, 0, 0, 0, utc))
	show(time.Date(2008, time.December, 29, 0, 0, 0, 0, utc))
	show(time.Date(2010, time.January, 3, 0, 0, 0, 0, utc))
	show(time.Date(1969, time.December, 31, 23, 59, 59, 999999999, utc))
	show(time.Date(0, time.January, 1, 0, 0, 0, 0, utc))
	show(time.Date(-1, time.December, 31, 0, 0, 0, 0, utc))
	show(time.Date(-4713, time.November, 24, 12, 0, 0, 0, utc))
	show(time.Date(12345, time.May, 6, 7, 8, 9, 0, utc))
	show(time.Time{})
	show(time.Unix(0, 0).UTC())
	show(time.Unix(-1, -1).UTC())
	show(time.Unix(1<<31, 0).UTC())
	show(time.Unix(math.MaxInt64, 0).UTC())
	show(time.Unix(math.MinInt64, 0).UTC())
	show(time.UnixMilli(-1500).UTC())
	show(time.UnixMicro(1257894000123456).UTC())

	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("", 5*3600+1800)
	odd := time.FixedZone("", -(3*3600 + 30*60 + 15))
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, utc)
	for _, loc := range []*time.Location{utc, est, ist, odd, time.Local} {
		u := t.In(loc)
		name, off := u.Zone()
		fmt.Println(u, "|", u.Location(), name, off, u.Equal(t), u == t, u.IsDST())
		fmt.Printf("%#v\n", u)
		start, end := u.ZoneBounds()
		fmt.Println(start.IsZero(), end.IsZero())
	}
	fmt.Println(time.Date(2009, time.November, 10, 23, 0, 0, 0, est).UTC())
	var nilLoc *time.Location
	fmt.Println(nilLoc, time.UTC, time.Local)

	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05.000 pm PM Z0700 Z07 Z070000 Z07:00:00 -07 -070000 -07:00:00",
		"Monday January _2 __2 002 2 1 3 03 4 5 06 _2006 Mon Jan",
		"Month Monday Jan. 2006,999 .0 ,9 .000000000000 .99999999999 05.9s",
		"no elements here",
		"",
	}
	days := []time.Time{
		t, t.In(est), t.In(ist), t.In(odd),
		time.Date(2024, time.March, 5, 0, 7, 9, 50000, utc),
		time.Date(-33, time.July, 14, 12, 0, 0, 100, utc),
	}
	for _, l := range layouts {
		for _, d := range days {
			fmt.Printf("%q\n", d.Format(l))
		}
	}
	b := t.AppendFormat([]byte("at "), time.Kitchen)
	fmt.Println(string(b))

	// Comparisons and arithmetic.
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, utc)
	c := a.Add(time.Nanosecond)
	fmt.Println(a.Before(c), a.After(c), c.After(a), a.Equal(a.In(est)), c.Sub(a), a.Sub(c))
	fmt.Println(time.Time{}.Sub(time.Date(3000, 1, 1, 0, 0, 0, 0, utc)), time.Date(3000, 1, 1, 0, 0, 0, 0, utc).Sub(time.Time{}))
	fmt.Println(a.Add(math.MaxInt64), a.Add(math.MinInt64))
	fmt.Println(a.AddDate(1, 13, -1), time.Date(2021, 10, 31, 0, 0, 0, 0, utc).AddDate(0, 1, 0))
	fmt.Println(a.Unix(), a.UnixMilli(), a.UnixMicro(), a.UnixNano())

	// Rounding since the zero time.
	r := time.Date(2009, 11, 10, 23, 31, 30, 500000000, utc)
	for _, d := range []time.Duration{0, -1, 1, 3, time.Microsecond, 250 * time.Millisecond, time.Second, 1500 * time.Millisecond,
		7 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1<<63 - 1} {
		fmt.Println(d, r.Truncate(d), r.Round(d))
	}
	early := time.Date(-5, 1, 1, 0, 0, 1, 700, utc)
	fmt.Println(early.Truncate(time.Hour), early.Round(time.Hour), early.Truncate(7*time.Second), early.Round(3))

	// Serialisation.
	for _, x := range []time.Time{t, t.In(est), t.In(odd), time.Time{}, time.Date(10000, 1, 1, 0, 0, 0, 0, utc)} {
		bin, err := x.MarshalBinary()
		fmt.Println(bin, err)
		var y time.Time
		fmt.Println(y.UnmarshalBinary(bin), y, y.Equal(x))
		j, err := x.MarshalJSON()
		fmt.Println(string(j), err)
		txt, err := x.MarshalText()
		fmt.Println(string(txt), err)
		g, _ := x.GobEncode()
		fmt.Println(y.GobDecode(g), y)
	}
	var y time.Time
	fmt.Println(y.UnmarshalBinary(nil), y.UnmarshalBinary([]byte{9}), y.UnmarshalBinary([]byte{1, 2}))
	fmt.Println(y.UnmarshalJSON([]byte(`"2009-11-10T23:00:00.5+01:00"`)), y)
	fmt.Println(y.UnmarshalJSON([]byte(`null`)), y)
	fmt.Println(y.UnmarshalText([]byte(`1985-04-12T23:20:50.52Z`)), y)

	fmt.Println(time.Month(13), time.Month(0), time.Month(-1), time.Weekday(7), time.Weekday(-2))
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for _, name := range []string{"", "UTC", "Local", "Foo/Bar", "../x", "/etc/localtime"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(loc, err)
	}
}

// Output:
// 2009-11-10 23:04:05.000000006 +0000 UTC | 2009 November 10 Tuesday 314 2009 46 1257894245 6
// 2010-03-08 02:02:02.000000005 +0000 UTC | 2010 March 8 Monday 67 2010 10 1268013722 5
// 2009-11-29 22:58:58.999999999 +0000 UTC | 2009 November 29 Sunday 333 2009 48 1259535538 999999999
// 2000-02-29 12:00:00 +0000 UTC | 2000 February 29 Tuesday 60 2000 9 951825600 0
// 1900-03-01 12:00:00 +0000 UTC | 1900 March 1 Thursday 60 1900 9 -2203848000 0
// 2100-03-01 00:00:00 +0000 UTC | 2100 March 1 Monday 60 2100 9 4107542400 0
// 2008-12-29 00:00:00 +0000 UTC | 2008 December 29 Monday 364 2009 1 1230508800 0
// 2010-01-03 00:00:00 +0000 UTC | 2010 January 3 Sunday 3 2009 53 1262476800 0
// 1969-12-31 23:59:59.999999999 +0000 UTC | 1969 December 31 Wednesday 365 1970 1 -1 999999999
// 0000-01-01 00:00:00 +0000 UTC | 0 January 1 Saturday 1 -1 52 -62167219200 0
// -0001-12-31 00:00:00 +0000 UTC | -1 December 31 Friday 365 -1 52 -62167305600 0
// -4713-11-24 12:00:00 +0000 UTC | -4713 November 24 Monday 328 -4713 48 -210866760000 0
// 12345-05-06 07:08:09 +0000 UTC | 12345 May 6 Sunday 126 12345 18 327414208089 0
// 0001-01-01 00:00:00 +0000 UTC | 1 January 1 Monday 1 1 1 -62135596800 0
// 1970-01-01 00:00:00 +0000 UTC | 1970 January 1 Thursday 1 1970 1 0 0
// 1969-12-31 23:59:58.999999999 +0000 UTC | 1969 December 31 Wednesday 365 1970 1 -2 999999999
// 2038-01-19 03:14:08 +0000 UTC | 2038 January 19 Tuesday 19 2038 3 2147483648 0
// 292277026596-12-04 15:30:07 +0000 UTC | 292277026596 December 4 Sunday 339 292277026596 48 9223372036854775807 0
// 292277026596-12-04 15:30:08 +0000 UTC | 292277026596 December 4 Sunday 339 292277026596 48 -9223372036854775808 0
// 1969-12-31 23:59:58.5 +0000 UTC | 1969 December 31 Wednesday 365 1970 1 -2 500000000
// 2009-11-10 23:00:00.123456 +0000 UTC | 2009 November 10 Tuesday 314 2009 46 1257894000 123456000
// 2009-11-10 23:04:05.123456789 +0000 UTC | UTC UTC 0 true true false
// time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
// true true
// 2009-11-10 18:04:05.123456789 -0500 EST | EST EST -18000 true false false
// time.Date(2009, time.November, 10, 18, 4, 5, 123456789, time.Location("EST"))
// true true
// 2009-11-11 04:34:05.123456789 +0530 +0530 |   19800 true false false
// time.Date(2009, time.November, 11, 4, 34, 5, 123456789, time.Location(""))
// true true
// 2009-11-10 19:33:50.123456789 -0330 -0330 |   -12615 true false false
// time.Date(2009, time.November, 10, 19, 33, 50, 123456789, time.Location(""))
// true true
// 2009-11-10 23:04:05.123456789 +0000 UTC | Local UTC 0 true false false
// time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.Local)
// true true
// 2009-11-11 04:00:00 +0000 UTC
// UTC UTC Local
// "11/10 11:04:05PM '09 +0000"
// "11/10 06:04:05PM '09 -0500"
// "11/11 04:34:05AM '09 +0530"
// "11/10 07:33:50PM '09 -0330"
// "03/05 12:07:09AM '24 +0000"
// "07/14 12:00:00PM '33 +0000"
// "Tue Nov 10 23:04:05 2009"
// "Tue Nov 10 18:04:05 2009"
// "Wed Nov 11 04:34:05 2009"
// "Tue Nov 10 19:33:50 2009"
// "Tue Mar  5 00:07:09 2024"
// "Fri Jul 14 12:00:00 -0033"
// "Tue Nov 10 23:04:05 UTC 2009"
// "Tue Nov 10 18:04:05 EST 2009"
// "Wed Nov 11 04:34:05 +0530 2009"
// "Tue Nov 10 19:33:50 -0330 2009"
// "Tue Mar  5 00:07:09 UTC 2024"
// "Fri Jul 14 12:00:00 UTC -0033"
// "Tue Nov 10 23:04:05 +0000 2009"
// "Tue Nov 10 18:04:05 -0500 2009"
// "Wed Nov 11 04:34:05 +0530 2009"
// "Tue Nov 10 19:33:50 -0330 2009"
// "Tue Mar 05 00:07:09 +0000 2024"
// "Fri Jul 14 12:00:00 +0000 -0033"
// "10 Nov 09 23:04 UTC"
// "10 Nov 09 18:04 EST"
// "11 Nov 09 04:34 +0530"
// "10 Nov 09 19:33 -0330"
// "05 Mar 24 00:07 UTC"
// "14 Jul 33 12:00 UTC"
// "10 Nov 09 23:04 +0000"
// "10 Nov 09 18:04 -0500"
// "11 Nov 09 04:34 +0530"
// "10 Nov 09 19:33 -0330"
// "05 Mar 24 00:07 +0000"
// "14 Jul 33 12:00 +0000"
// "Tuesday, 10-Nov-09 23:04:05 UTC"
// "Tuesday, 10-Nov-09 18:04:05 EST"
// "Wednesday, 11-Nov-09 04:34:05 +0530"
// "Tuesday, 10-Nov-09 19:33:50 -0330"
// "Tuesday, 05-Mar-24 00:07:09 UTC"
// "Friday, 14-Jul-33 12:00:00 UTC"
// "Tue, 10 Nov 2009 23:04:05 UTC"
// "Tue, 10 Nov 2009 18:04:05 EST"
// "Wed, 11 Nov 2009 04:34:05 +0530"
// "Tue, 10 Nov 2009 19:33:50 -0330"
// "Tue, 05 Mar 2024 00:07:09 UTC"
// "Fri, 14 Jul -0033 12:00:00 UTC"
// "Tue, 10 Nov 2009 23:04:05 +0000"
// "Tue, 10 Nov 2009 18:04:05 -0500"
// "Wed, 11 Nov 2009 04:34:05 +0530"
// "Tue, 10 Nov 2009 19:33:50 -0330"
// "Tue, 05 Mar 2024 00:07:09 +0000"
// "Fri, 14 Jul -0033 12:00:00 +0000"
// "2009-11-10T23:04:05Z"
// "2009-11-10T18:04:05-05:00"
// "2009-11-11T04:34:05+05:30"
// "2009-11-10T19:33:50-03:30"
// "2024-03-05T00:07:09Z"
// "-0033-07-14T12:00:00Z"
// "2009-11-10T23:04:05.123456789Z"
// "2009-11-10T18:04:05.123456789-05:00"
// "2009-11-11T04:34:05.123456789+05:30"
// "2009-11-10T19:33:50.123456789-03:30"
// "2024-03-05T00:07:09.00005Z"
// "-0033-07-14T12:00:00.0000001Z"
// "11:04PM"
// "6:04PM"
// "4:34AM"
// "7:33PM"
// "12:07AM"
// "12:00PM"
// "Nov 10 23:04:05"
// "Nov 10 18:04:05"
// "Nov 11 04:34:05"
// "Nov 10 19:33:50"
// "Mar  5 00:07:09"
// "Jul 14 12:00:00"
// "Nov 10 23:04:05.123"
// "Nov 10 18:04:05.123"
// "Nov 11 04:34:05.123"
// "Nov 10 19:33:50.123"
// "Mar  5 00:07:09.000"
// "Jul 14 12:00:00.000"
// "Nov 10 23:04:05.123456"
// "Nov 10 18:04:05.123456"
// "Nov 11 04:34:05.123456"
// "Nov 10 19:33:50.123456"
// "Mar  5 00:07:09.000050"
// "Jul 14 12:00:00.000000"
// "Nov 10 23:04:05.123456789"
// "Nov 10 18:04:05.123456789"
// "Nov 11 04:34:05.123456789"
// "Nov 10 19:33:50.123456789"
// "Mar  5 00:07:09.000050000"
// "Jul 14 12:00:00.000000100"
// "2009-11-10 23:04:05.123 pm PM Z Z Z Z +00 +000000 +00:00:00"
// "2009-11-10 18:04:05.123 pm PM -0500 -05 -050000 -05:00:00 -05 -050000 -05:00:00"
// "2009-11-11 04:34:05.123 am AM +0530 +05 +053000 +05:30:00 +05 +053000 +05:30:00"
// "2009-11-10 19:33:50.123 pm PM -0330 -03 -033015 -03:30:15 -03 -033015 -03:30:15"
// "2024-03-05 00:07:09.000 am AM Z Z Z Z +00 +000000 +00:00:00"
// "-0033-07-14 12:00:00.000 pm PM Z Z Z Z +00 +000000 +00:00:00"
// "Tuesday November 10 314 314 10 11 11 11 4 5 09 _2009 Tue Nov"
// "Tuesday November 10 314 314 10 11 6 06 4 5 09 _2009 Tue Nov"
// "Wednesday November 11 315 315 11 11 4 04 34 5 09 _2009 Wed Nov"
// "Tuesday November 10 314 314 10 11 7 07 33 50 09 _2009 Tue Nov"
// "Tuesday March  5  65 065 5 3 12 12 7 9 24 _2024 Tue Mar"
// "Friday July 14 195 195 14 7 12 12 0 0 33 _-0033 Fri Jul"
// "Month Tuesday Nov. 2009,123 .1 ,1 .123456789 .123456789 05.1s"
// "Month Tuesday Nov. 2009,123 .1 ,1 .123456789 .123456789 05.1s"
// "Month Wednesday Nov. 2009,123 .1 ,1 .123456789 .123456789 05.1s"
// "Month Tuesday Nov. 2009,123 .1 ,1 .123456789 .123456789 50.1s"
// "Month Tuesday Mar. 2024 .0  .000050000 .00005 09s"
// "Month Friday Jul. -0033 .0  .000000100 .0000001 00s"
// "no elements here"
// "no elements here"
// "no elements here"
// "no elements here"
// "no elements here"
// "no elements here"
// ""
// ""
// ""
// ""
// ""
// ""
// at 11:04PM
// true false true true 1ns -1ns
// -2562047h47m16.854775808s 2562047h47m16.854775807s
// 2312-04-11 23:47:16.854775807 +0000 UTC 1727-09-22 00:12:43.145224192 +0000 UTC
// 2022-01-31 00:00:00 +0000 UTC 2021-12-01 00:00:00 +0000 UTC
// 1577836800 1577836800000 1577836800000000 1577836800000000000
// 0s 2009-11-10 23:31:30.5 +0000 UTC 2009-11-10 23:31:30.5 +0000 UTC
// -1ns 2009-11-10 23:31:30.5 +0000 UTC 2009-11-10 23:31:30.5 +0000 UTC
// 1ns 2009-11-10 23:31:30.5 +0000 UTC 2009-11-10 23:31:30.5 +0000 UTC
// 3ns 2009-11-10 23:31:30.499999998 +0000 UTC 2009-11-10 23:31:30.500000001 +0000 UTC
// 1µs 2009-11-10 23:31:30.5 +0000 UTC 2009-11-10 23:31:30.5 +0000 UTC
// 250ms 2009-11-10 23:31:30.5 +0000 UTC 2009-11-10 23:31:30.5 +0000 UTC
// 1s 2009-11-10 23:31:30 +0000 UTC 2009-11-10 23:31:31 +0000 UTC
// 1.5s 2009-11-10 23:31:30 +0000 UTC 2009-11-10 23:31:30 +0000 UTC
// 7m0s 2009-11-10 23:29:00 +0000 UTC 2009-11-10 23:29:00 +0000 UTC
// 1h0m0s 2009-11-10 23:00:00 +0000 UTC 2009-11-11 00:00:00 +0000 UTC
// 24h0m0s 2009-11-10 00:00:00 +0000 UTC 2009-11-11 00:00:00 +0000 UTC
// 168h0m0s 2009-11-09 00:00:00 +0000 UTC 2009-11-09 00:00:00 +0000 UTC
// 2562047h47m16.854775807s 1754-08-30 22:43:41.128654842 +0000 UTC 2046-12-09 22:30:57.983430649 +0000 UTC
// -0005-01-01 00:00:00 +0000 UTC -0005-01-01 00:00:00 +0000 UTC -0006-12-31 23:59:59 +0000 UTC -0005-01-01 00:00:01.000000701 +0000 UTC
// [1 0 0 0 14 194 139 232 101 7 91 205 21 255 255] <nil>
// <nil> 2009-11-10 23:04:05.123456789 +0000 UTC true
// "2009-11-10T23:04:05.123456789Z" <nil>
// 2009-11-10T23:04:05.123456789Z <nil>
// <nil> 2009-11-10 23:04:05.123456789 +0000 UTC
// [1 0 0 0 14 194 139 232 101 7 91 205 21 254 212] <nil>
// <nil> 2009-11-10 18:04:05.123456789 -0500 -0500 true
// "2009-11-10T18:04:05.123456789-05:00" <nil>
// 2009-11-10T18:04:05.123456789-05:00 <nil>
// <nil> 2009-11-10 18:04:05.123456789 -0500 -0500
// [2 0 0 0 14 194 139 232 101 7 91 205 21 255 46 241] <nil>
// <nil> 2009-11-10 19:38:06.123456789 -0325 -0325 true
// "2009-11-10T19:33:50.123456789-03:30" <nil>
// 2009-11-10T19:33:50.123456789-03:30 <nil>
// <nil> 2009-11-10 19:38:06.123456789 -0325 -0325
// [1 0 0 0 0 0 0 0 0 0 0 0 0 255 255] <nil>
// <nil> 0001-01-01 00:00:00 +0000 UTC true
// "0001-01-01T00:00:00Z" <nil>
// 0001-01-01T00:00:00Z <nil>
// <nil> 0001-01-01 00:00:00 +0000 UTC
// [1 0 0 0 73 119 134 56 128 0 0 0 0 255 255] <nil>
// <nil> 10000-01-01 00:00:00 +0000 UTC true
//  Time.MarshalJSON: year outside of range [0,9999]
//  Time.MarshalText: year outside of range [0,9999]
// <nil> 10000-01-01 00:00:00 +0000 UTC
// Time.UnmarshalBinary: no data Time.UnmarshalBinary: unsupported version Time.UnmarshalBinary: invalid length
// <nil> 2009-11-10 23:00:00.5 +0100 +0100
// <nil> 2009-11-10 23:00:00.5 +0100 +0100
// <nil> 1985-04-12 23:20:50.52 +0000 UTC
// %!Month(13) %!Month(0) %!Month(18446744073709551615) %!Weekday(7) %!Weekday(18446744073709551614)
// January February March April May June July August September October November December 
// UTC <nil>
// UTC <nil>
// Local <nil>
// UTC unknown time zone Foo/Bar
// UTC time: invalid location name
// UTC time: invalid location name
