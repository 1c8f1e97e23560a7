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

func ReadGCStats(stats *GCStats)

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

func PrintStack()

func Stack() []byte
