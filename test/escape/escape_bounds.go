// errorcheck -0 -m -l

// Indexing an array with an index whose type or masking keeps it in range needs no bounds
// check; gc's walk says so under -m.

package p

var a256 [256]int
var a16 [16]int
var s = "0123456789abcdef"

func byUint8(i uint8) int {
	return a256[i] // ERROR "index bounds check elided$"
}

func masked(i int) int {
	return a16[i&15] // ERROR "index bounds check elided$"
}

func modulo(i uint) int {
	return a16[i%16] // ERROR "index bounds check elided$"
}

func shifted(i uint8) int {
	return a16[i>>4] // ERROR "index bounds check elided$"
}

func divided(i uint8) int {
	return a16[i/16] // ERROR "index bounds check elided$"
}

func store(i uint8, v int) {
	a256[i] = v // ERROR "index bounds check elided$"
}

func constString(i uint) byte {
	return "0123456789abcdef"[i%16] // ERROR "index bounds check elided$"
}

func notBounded(i int) int {
	return a16[i]
}

func varString(i uint) byte {
	return s[i%16]
}

func ptrArray(p *[256]int, i uint8) int { // ERROR "p does not escape$"
	return p[i] // ERROR "index bounds check elided$"
}
