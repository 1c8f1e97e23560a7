// Lexical errors are reported by the parser's error handler, in position order.

package main

var (
	a = 0128         // ERROR "invalid digit '8' in octal literal"
	b = 0x1.5        // ERROR "hexadecimal mantissa requires a 'p' exponent"
	c = 'ab'         // ERROR "more than one character in rune literal"
	d = "\q"         // ERROR "unknown escape"
	e = 1__0         // ERROR "'_' must separate successive digits"
	f = '\400'       // ERROR "octal escape value 256 > 255"
	g = "\uD800"     // ERROR "escape is invalid Unicode code point U\+D800"
)
