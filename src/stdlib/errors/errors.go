// Package errors declares the exported API of Go 1.19's errors package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package errors

// New returns an error whose Error method returns text; each call makes a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// Unwrap returns the result of err's Unwrap method, or nil when it has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether err or an error in its chain equals target or has an
// Is(error) bool method reporting true for it.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := isComparable(target)
	for {
		if comparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain assignable to the value target points to,
// stores it there and reports true; or calls an As(any) bool method that reports true.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// isComparable reports whether the dynamic type of v is comparable.
func isComparable(v error) bool

// checkAsTarget panics as Go's As does when target is not a non-nil pointer to an
// interface type or a type implementing error.
func checkAsTarget(target any)

// assignTo stores err in *target and reports true when err's dynamic type is
// assignable to target's element type.
func assignTo(err error, target any) bool
