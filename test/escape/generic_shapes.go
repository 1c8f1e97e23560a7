// errorcheck -0 -m

// Generic code is analysed as gc's shape instances: one copy per list of GC shapes, named
// F[go.shape.int_0] (int and a type defined over it share it, every pointer type shares
// *uint8), with a dictionary parameter. The copies' parameters print nothing; a call from
// ordinary code passes no shape-typed argument and is not inlined, unless the callee has no
// parameters; values of shape type are converted to interfaces through the dictionary
// (unsafe.Pointer(x)), which costs the inliner five more nodes.

package p

import "fmt"

type Num interface{ ~int | ~float64 }

type MyInt int

func Sum[T Num](xs []T) T { // ERROR "can inline Sum\[go\.shape\.int_0\]$" "can inline Sum\[go\.shape\.float64_0\]$"
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T any](x T) {
	fmt.Println(x) // ERROR "inlining call to fmt\.Println$" "\.\.\. argument does not escape$" "unsafe\.Pointer\(x\) escapes to heap$"
}

func Box[T any](x T) any { // ERROR "can inline Box\[go\.shape\.int_0\]$"
	return x // ERROR "unsafe\.Pointer\(x\) escapes to heap$"
}

func Ptr[T any](x T) *T { // ERROR "can inline Ptr\[go\.shape\.int_0\]$" "moved to heap: x$"
	return &x
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { // ERROR "can inline \(\*List\[go\.shape\.string_0\]\)\.Push$"
	return &List[T]{l, v} // ERROR "&List\[go\.shape\.string_0\]\{\.\.\.\} escapes to heap$"
}

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { // ERROR "can inline Str\[go\.shape\.interface \{ String\(\) string \}_0\]$"
	return x.String()
}

func Zero[T any]() T { // ERROR "can inline Zero\[go\.shape\.int_0\]$"
	var z T
	return z
}

func Call[T any](x T) T { // ERROR "can inline Call\[go\.shape\.int_0\]$"
	return Box2(x) // ERROR "inlining call to Box2\[go\.shape\.int_0\]$"
}

func Box2[T any](x T) T { return x } // ERROR "can inline Box2\[go\.shape\.int_0\]$"

var sink any

func Assign[T any](x T, y T) { // ERROR "can inline Assign\[go\.shape\.int_0\]$"
	var i any
	i = x // ERROR "unsafe\.Pointer\(x\) escapes to heap$"
	sink = i
	var j any = y // ERROR "unsafe\.Pointer\(y\) escapes to heap$"
	sink = j
	sink = []any{x, y} // ERROR "\[\]any\{\.\.\.\} escapes to heap$" "unsafe\.Pointer\(x\) escapes to heap$" "unsafe\.Pointer\(y\) escapes to heap$"
}

func use(s []int, f []float64, m []MyInt, l *List[string], st fmt.Stringer) { // ERROR "f does not escape$" "m does not escape$" "leaking param: l$" "leaking param: st$" "moved to heap: s$"
	sink = Sum(s) // ERROR "Sum\[go\.shape\.int_0\]\(&\.dict\.Sum\[int\], s\) escapes to heap$"
	sink = Sum(f) // ERROR "Sum\[go\.shape\.float64_0\]\(&\.dict\.Sum\[float64\], f\) escapes to heap$"
	_ = Sum(m)
	Show(1)
	Show("a")
	Show(&s)
	Show[*int](nil)
	_ = Box(3)
	_ = Ptr(4)
	l = l.Push("x")
	_ = Str(st)
	_ = Zero[int]() // ERROR "inlining call to Zero\[go\.shape\.int_0\]$"
	_ = Call(5)
	Assign(1, 2)
}
