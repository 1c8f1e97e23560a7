// Package time, continued: sleeping, timers and tickers, on the runtime's timers
// (src/runtime/time.ts). The natives (natives.ts, timers.ts) hand each
// runtimeTimer to the runtime, which keeps its own record of it.

package time

import "errors"

// Sleep blocks the calling goroutine for d or longer; it returns at once when d
// is not positive.
func Sleep(d Duration)

// runtimeTimer is what package time tells the runtime about a timer: fire at
// nanotime `when`, then every `period` if that is positive, by calling f(arg,
// seq). The layout is Go's; the runtime reads when, period, f, arg and seq when
// the timer starts or changes and keeps the rest (pp, nextwhen, status) itself.
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

// when returns the nanotime d from now: now itself for d <= 0, the largest
// int64 if the sum overflows.
func when(d Duration) int64 {
	now := runtimeNano()
	if d <= 0 {
		return now
	}
	t := now + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

func startTimer(*runtimeTimer)

func stopTimer(*runtimeTimer) bool

func resetTimer(*runtimeTimer, int64) bool

func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr)

// sendTime and goFunc are the two things a timer of this package does when it
// fires. The runtime recognises them and does the work itself on the scheduler,
// where no goroutine runs (timers.ts): sendTime sends the current time on the
// channel c (a chan Time) unless its buffer is full; goFunc starts a goroutine
// running arg (a func()).
func sendTime(c any, seq uintptr)

func goFunc(arg any, seq uintptr)

// A Timer fires once: it sends the time on C, or (made by AfterFunc) runs a
// function in its own goroutine.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// Stop keeps t from firing. It reports whether t was still pending; false means
// it had fired or been stopped already. C is not closed.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// NewTimer returns a Timer that sends the current time on its channel after d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.when = when(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(&t.r)
	return t
}

// Reset makes t fire after d from now, whether it was pending, stopped or
// had fired. It reports whether t was pending.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d))
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc runs f in a goroutine of its own after d. The returned Timer's Stop
// cancels that if it has not happened yet.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.when = when(d)
	t.r.f = goFunc
	t.r.arg = f
	startTimer(&t.r)
	return t
}

// A Ticker sends the time on C every period. A slow receiver misses ticks: the
// channel holds one, and the ticks that find it full are dropped.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker with period d, which must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.when = when(d)
	t.r.period = int64(d)
	t.r.f = sendTime
	t.r.arg = c
	startTimer(&t.r)
	return t
}

// Stop ends the ticks. C is not closed.
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops t and starts it again with period d, the first tick d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	modTimer(&t.r, when(d), int64(d), t.r.f, t.r.arg, t.r.seq)
}

// Tick is NewTicker(d).C for d > 0, and nil otherwise. The Ticker cannot be
// stopped.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
