// Package time, continued: the declarations that Go 1.19 keeps in sleep.go and
// tick.go. Functions and methods without a body are implemented natively by
// minigo (in TypeScript) until they are given Go bodies; see time.go.

package time

func Sleep(d Duration)

type runtimeTimer struct {
	pp       uintptr
	when     int64
	period   int64
	f        func(any, uintptr)
	arg      any
	seq      uintptr
	nextwhen int64
	status   uint32
}

type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func (t *Timer) Stop() bool

func NewTimer(d Duration) *Timer

func (t *Timer) Reset(d Duration) bool

func After(d Duration) <-chan Time

func AfterFunc(d Duration, f func()) *Timer

type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker

func (t *Ticker) Stop()

func (t *Ticker) Reset(d Duration)

func Tick(d Duration) <-chan Time
