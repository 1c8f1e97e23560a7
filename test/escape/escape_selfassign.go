// errorcheck -0 -m -l

// Assignments that store nothing new into the object they assign to are ignored by escape
// analysis (gc isSelfAssign), so a store through a pointer does not make the value escape.

package p

type B struct {
	buf  []byte
	a, b *int
	arr  [4]*int
	next *B
}

func reslice(b *B, n int) { // ERROR "b does not escape$"
	b.buf = b.buf[:n] // ERROR "reslice ignoring self-assignment in b\.buf = b\.buf\[:n\]$"
}

func fields(b *B) { // ERROR "b does not escape$"
	b.a = b.b // ERROR "fields ignoring self-assignment in b\.a = b\.b$"
}

func elems(b *B, i, j int) { // ERROR "b does not escape$"
	b.arr[i] = b.arr[j] // ERROR "elems ignoring self-assignment in b\.arr\[i\] = b\.arr\[j\]$"
}

func swap(s []*int, i, j int) { // ERROR "s does not escape$"
	s[i], s[j] = s[j], s[i] // ERROR "swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]$"
}

func nested(b *B) { // ERROR "b does not escape$"
	b.next.a = b.next.b // ERROR "nested ignoring self-assignment in b\.next\.a = b\.next\.b$"
}

func notSelf(b, c *B) { // ERROR "b does not escape$" "leaking param content: c$"
	b.a = c.b
}

func callIndex(s []*int, f func() int) { // ERROR "leaking param content: s$" "f does not escape$"
	s[f()] = s[0]
}

func opAssign(s []int, i, j int) { // ERROR "s does not escape$"
	s[i] += s[j] // ERROR "opAssign ignoring self-assignment in s\[i\] \+= s\[j\]$"
}

func sliceOfArray(b *B) { // ERROR "b does not escape$"
	b.buf = b.buf[1:] // ERROR "sliceOfArray ignoring self-assignment in b\.buf = b\.buf\[1:\]$"
}
