// Package debug declares the exported API of Go 1.19's runtime/debug package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
package debug

import (
	"runtime"
	"time"
)

type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats fills stats from the collector's history as runtime.MemStats keeps it: the last
// (up to) 256 pauses newest first, their end times, and, when stats.PauseQuantiles has room,
// the minimum, the quantiles and the maximum of those pauses. Like Go's, it keeps Pause in a
// buffer of 2*256+3 words (reused when stats.Pause already has that capacity), whose second
// half holds the sorted copy the quantiles are read from.
func ReadGCStats(stats *GCStats) {
	// The buffers first: allocating them may start a collection, which the history read after
	// them then includes.
	var ms runtime.MemStats
	hist := len(ms.PauseNs)
	if cap(stats.Pause) < 2*hist+3 {
		stats.Pause = make([]time.Duration, 2*hist+3)
	}
	buf := stats.Pause[:cap(stats.Pause)]
	if cap(stats.PauseEnd) < hist {
		stats.PauseEnd = make([]time.Time, 0, hist)
	}
	stats.PauseEnd = stats.PauseEnd[:0]
	runtime.ReadMemStats(&ms)
	n := int(ms.NumGC)
	if n > hist {
		n = hist
	}
	for i := 0; i < n; i++ {
		j := (int(ms.NumGC) - 1 - i) % hist
		buf[i] = time.Duration(ms.PauseNs[j])
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(ms.PauseEnd[j])))
	}
	stats.Pause = buf[:n]
	stats.LastGC = time.Unix(0, int64(ms.LastGC))
	stats.NumGC = int64(ms.NumGC)
	stats.PauseTotal = time.Duration(ms.PauseTotalNs)
	q := stats.PauseQuantiles
	if len(q) == 0 {
		return
	}
	if n == 0 {
		for i := range q {
			q[i] = 0
		}
		return
	}
	sorted := buf[n : 2*n]
	copy(sorted, buf[:n])
	for i := 1; i < n; i++ {
		for k := i; k > 0 && sorted[k] < sorted[k-1]; k-- {
			sorted[k], sorted[k-1] = sorted[k-1], sorted[k]
		}
	}
	last := len(q) - 1
	for i := 0; i < last; i++ {
		q[i] = sorted[n*i/last]
	}
	q[last] = sorted[n-1]
}

func SetGCPercent(percent int) int

func FreeOSMemory()

func SetMaxStack(bytes int) int

func SetMaxThreads(threads int) int

func SetPanicOnFault(enabled bool) bool

func WriteHeapDump(fd uintptr)

func SetTraceback(level string)

func SetMemoryLimit(limit int64) int64

func ReadBuildInfo() (info *BuildInfo, ok bool)

type BuildInfo struct {
	GoVersion string
	Path      string
	Main      Module
	Deps      []*Module
	Settings  []BuildSetting
}

type Module struct {
	Path    string
	Version string
	Sum     string
	Replace *Module
}

type BuildSetting struct {
	Key, Value string
}

func (bi *BuildInfo) String() string

func ParseBuildInfo(data string) (bi *BuildInfo, err error)

