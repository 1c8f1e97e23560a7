// Package runtime declares the exported API of Go 1.19's runtime package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
//
// Deviations: _type (a type descriptor) is opaque and funcInfo holds two
// unsafe.Pointers, since minigo's code generator, not these declarations, lays out
// type descriptors and function tables.
package runtime

import (
	"unsafe"
)

const Compiler = "gc"

func SetCPUProfileRate(hz int)

func CPUProfile() []byte

func GOMAXPROCS(n int) int

func NumCPU() int

func NumCgoCall() int64

func NumGoroutine() int

type Error interface {
	error
	RuntimeError()
}

type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

func (*TypeAssertionError) RuntimeError()

func (e *TypeAssertionError) Error() string

func Caller(skip int) (pc uintptr, file string, line int, ok bool)

func Callers(skip int, pc []uintptr) int

func GOROOT() string

func Version() string

const GOOS string = "linux"

const GOARCH string = "amd64"

func SetFinalizer(obj any, finalizer any)

func KeepAlive(x any)

func GC()

func SetBlockProfileRate(rate int)

func SetMutexProfileFraction(rate int) int

type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack: the recorded pcs, up to the first zero.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

var MemProfileRate int = 512 * 1024

type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes: sampled bytes not yet freed.
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects: sampled objects not yet freed.
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack: the recorded pcs, up to the first zero.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

func BlockProfile(p []BlockProfileRecord) (n int, ok bool)

func MutexProfile(p []BlockProfileRecord) (n int, ok bool)

func ThreadCreateProfile(p []StackRecord) (n int, ok bool)

func GoroutineProfile(p []StackRecord) (n int, ok bool)

func Stack(buf []byte, all bool) int

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)

func Goexit()

func Gosched()

func Breakpoint()

func LockOSThread()

func UnlockOSThread()

type Frames struct {
	callers    []uintptr
	frames     []Frame
	frameStore [2]Frame
}

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	funcInfo funcInfo
}


type Func struct {
	opaque struct{}
}

func FuncForPC(pc uintptr) *Func

func (f *Func) Name() string

func (f *Func) Entry() uintptr

func (f *Func) FileLine(pc uintptr) (file string, line int)

// inlined reports whether f is a function inlined at a pc (gc's funcinl).
func (f *Func) inlined() bool

// funcInfo holds what Go keeps as a *_func and a *moduledata.
type funcInfo struct {
	_func unsafe.Pointer
	datap unsafe.Pointer
}

func StartTrace() error

func StopTrace()

func ReadTrace() []byte

func SetCgoTraceback(version int, traceback, context, symbolizer unsafe.Pointer)

// _type stands for a type descriptor, which minigo's code generator lays out.
type _type struct{}
