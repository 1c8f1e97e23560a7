// Package rand is Go 1.19's math/rand for minigo: the same generator, seeded the same way, so
// that a program gets the numbers real Go gives it for the same seed (and, without a call to
// Seed, for seed 1, Go 1.19's default).
//
// The source is an additive lagged Fibonacci generator (rngSource: 607 words, tap 273),
// seeded from a 31-bit Lehmer generator XORed with a table of cooked values; its three
// methods are native (rand.ts), because they are 64-bit arithmetic that the VM would run on
// its exact slow path. Everything above the Source interface (Rand's methods, the ziggurat
// algorithms of NormFloat64 and ExpFloat64, Zipf) is Go, written here after Go's documented
// algorithms, so that a user-defined Source is driven exactly as Go drives it. The ziggurat
// tables are package variables that minigo fills in (tables.ts, generated from Go's).
//
// How it differs from Go: the global source has no lock (minigo runs one goroutine at a
// time between instructions, and the source's methods are single natives).
package rand

import "math"

type Source interface {
	Int63() int64
	Seed(seed int64)
}

type Source64 interface {
	Source
	Uint64() uint64
}

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

// rngSource is the additive lagged Fibonacci generator: x[n] = x[n-607] + x[n-273] (mod 2^64).
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// Seed fills the state from seed (reduced modulo 2^31-1; 0 stands for 89482311).
func (rng *rngSource) Seed(seed int64)

// Int63 returns the next value with its top bit cleared.
func (rng *rngSource) Int63() int64

// Uint64 returns the next value.
func (rng *rngSource) Uint64() uint64

func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n draws until the value falls below the largest multiple of n, so every residue is
// equally likely.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-reject method (used by Shuffle): the high word of v*n,
// redrawn while the low word falls in the biased band.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f < 1 {
			return f
		}
	}
}

func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f < 1 {
			return f
		}
	}
}

// Perm builds the permutation by inside-out Fisher-Yates.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle is Fisher-Yates from the top, with Int63n for indexes beyond int32's range.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with bytes taken 7 at a time from Int63 values, low byte first; a value's
// unused bytes carry over to the next call.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos := r.readPos
	val := r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos = pos
	r.readVal = val
	return
}

// ---- the ziggurat (Marsaglia and Tsang), with Go's tables -------------------------------

const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

var (
	kn [128]uint32
	wn [128]float32
	fn [128]float32
	ke [256]uint32
	we [256]float32
	fe [256]float32
)

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			// The rectangle's core: accepted at once.
			return x
		}
		if i == 0 {
			// The tail beyond rn, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// ---- the top-level functions: one source, seeded with 1 until Seed is called ----------

var globalRand = New(NewSource(1))

func Seed(seed int64) { globalRand.Seed(seed) }

func Int63() int64 { return globalRand.Int63() }

func Uint32() uint32 { return globalRand.Uint32() }

func Uint64() uint64 { return globalRand.Uint64() }

func Int31() int32 { return globalRand.Int31() }

func Int() int { return globalRand.Int() }

func Int63n(n int64) int64 { return globalRand.Int63n(n) }

func Int31n(n int32) int32 { return globalRand.Int31n(n) }

func Intn(n int) int { return globalRand.Intn(n) }

func Float64() float64 { return globalRand.Float64() }

func Float32() float32 { return globalRand.Float32() }

func Perm(n int) []int { return globalRand.Perm(n) }

func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

func NormFloat64() float64 { return globalRand.NormFloat64() }

func ExpFloat64() float64 { return globalRand.ExpFloat64() }

// ---- Zipf: rejection-inversion (Hörmann and Derflinger) ---------------------------------

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

func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf draws values k in [0, imax] with P(k) proportional to (v + k) ** (-s); it needs
// s > 1 and v >= 1 (else nil).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := new(Zipf)
	if s <= 1.0 || v < 1 {
		return nil
	}
	z.r = r
	z.imax = float64(imax)
	z.v = v
	z.q = s
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		r := z.r.Float64()
		ur := z.hxm + r*z.hx0minusHxm
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
