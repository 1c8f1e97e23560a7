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

// decode decodes the first rune of the bytes b0..b3 (n of them valid): the rune and its
// length, or (RuneError, 1) for an invalid or incomplete sequence (and (RuneError, 0) for none).
func decode(b0, b1, b2, b3 byte, n int) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	cont := func(b byte) bool { return b&0xC0 == 0x80 }
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		if n >= 2 && cont(b1) {
			return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
		}
	case b0 >= 0xE0 && b0 <= 0xEF:
		lo, hi := byte(0x80), byte(0xBF)
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
		if n >= 3 && b1 >= lo && b1 <= hi && cont(b2) {
			return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
		}
	case b0 >= 0xF0 && b0 <= 0xF4:
		lo, hi := byte(0x80), byte(0xBF)
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
		if n >= 4 && b1 >= lo && b1 <= hi && cont(b2) && cont(b3) {
			return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
		}
	}
	return RuneError, 1
}

// fullLen is how many bytes the sequence that begins with b0 needs (1 when b0 cannot begin one).
func fullLen(b0 byte) int {
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		return 2
	case b0 >= 0xE0 && b0 <= 0xEF:
		return 3
	case b0 >= 0xF0 && b0 <= 0xF4:
		return 4
	}
	return 1
}

func at(p []byte, i int) byte {
	if i < len(p) {
		return p[i]
	}
	return 0
}

func atS(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	n := fullLen(p[0])
	if len(p) >= n {
		return true
	}
	_, size := decode(p[0], at(p, 1), at(p, 2), at(p, 3), len(p))
	return size == 1 && !(len(p) < n && validPrefix(p[1:]))
}

// validPrefix reports whether the continuation bytes seen so far could still be completed.
func validPrefix(c []byte) bool {
	for _, b := range c {
		if b&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

func FullRuneInString(s string) bool { return FullRune([]byte(s)) }

func DecodeRune(p []byte) (r rune, size int) {
	return decode(at(p, 0), at(p, 1), at(p, 2), at(p, 3), len(p))
}

func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decode(atS(s, 0), atS(s, 1), atS(s, 2), atS(s, 3), len(s))
}

func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < lim {
		start = lim
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end > 0 && s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	return DecodeLastRune([]byte(s[max0(end-UTFMax):]))
}

func max0(i int) int {
	if i < 0 {
		return 0
	}
	return i
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

func EncodeRune(p []byte, r rune) int {
	b := AppendRune(nil, r)
	copy(p, b)
	if len(p) < len(b) {
		panic("runtime error: index out of range")
	}
	return len(b)
}

func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		return append(p, 0xC0|byte(r>>6), 0x80|byte(r)&0x3F)
	case r < 0x10000:
		return append(p, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return append(p, 0xF0|byte(r>>18), 0x80|byte(r>>12)&0x3F, 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
}

func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

func ValidRune(r rune) bool {
	return 0 <= r && r < 0xD800 || 0xDFFF < r && r <= MaxRune
}
