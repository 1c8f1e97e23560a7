// Package rand declares the exported API of Go 1.19's math/rand package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package rand

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

func NewSource(seed int64) Source

type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

func (r *Rand) ExpFloat64() float64

func (r *Rand) NormFloat64() float64

func New(src Source) *Rand

func (r *Rand) Seed(seed int64)

func (r *Rand) Int63() int64

func (r *Rand) Uint32() uint32

func (r *Rand) Uint64() uint64

func (r *Rand) Int31() int32

func (r *Rand) Int() int

func (r *Rand) Int63n(n int64) int64

func (r *Rand) Int31n(n int32) int32

func (r *Rand) Intn(n int) int

func (r *Rand) Float64() float64

func (r *Rand) Float32() float32

func (r *Rand) Perm(n int) []int

func (r *Rand) Shuffle(n int, swap func(i, j int))

func (r *Rand) Read(p []byte) (n int, err error)

func Seed(seed int64)

func Int63() int64

func Uint32() uint32

func Uint64() uint64

func Int31() int32

func Int() int

func Int63n(n int64) int64

func Int31n(n int32) int32

func Intn(n int) int

func Float64() float64

func Float32() float32

func Perm(n int) []int

func Shuffle(n int, swap func(i, j int))

func Read(p []byte) (n int, err error)

func NormFloat64() float64

func ExpFloat64() float64

type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf

func (z *Zipf) Uint64() uint64
