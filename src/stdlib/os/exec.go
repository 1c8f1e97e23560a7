// Package os, continued: the declarations that Go 1.19 keeps in exec.go and
// exec_posix.go. Functions and methods without a body are implemented natively
// by minigo (in TypeScript) until they are given Go bodies; see os.go.

package os

import (
	"errors"
	"sync"
	"time"
	"unsafe"
)

var ErrProcessDone = errors.New("os: process already finished")

type Process struct {
	Pid    int
	handle uintptr
	isdone uint32
	sigMu  sync.RWMutex
}

type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	sys   unsafe.Pointer // Go has Sys *syscall.SysProcAttr here
}

type Signal interface {
	String() string
	Signal()
}

func FindProcess(pid int) (*Process, error)

func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)

func (p *Process) Release() error

func (p *Process) Kill() error

func (p *Process) Wait() (*ProcessState, error)

func (p *Process) Signal(sig Signal) error

var (
	Interrupt Signal
	Kill      Signal
)

type ProcessState struct {
	pid    int
	status uint32         // a syscall.WaitStatus in Go
	rusage unsafe.Pointer // a *syscall.Rusage in Go
}

func (p *ProcessState) UserTime() time.Duration

func (p *ProcessState) SystemTime() time.Duration

func (p *ProcessState) Exited() bool

func (p *ProcessState) Success() bool

func (p *ProcessState) Sys() any

func (p *ProcessState) SysUsage() any

func (p *ProcessState) Pid() int

func (p *ProcessState) String() string

func (p *ProcessState) ExitCode() int
