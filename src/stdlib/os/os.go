// Package os declares the exported API of Go 1.19's os package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
//
// Deviations: ProcAttr.Sys (a *syscall.SysProcAttr) and File.SyscallConn (a
// syscall.RawConn) are left out, since minigo has no syscall package; an unexported
// field keeps ProcAttr's size. Unexported fields that hold syscall or internal/poll
// values in Go hold plain values here: file.fd is the descriptor that Go keeps in a
// poll.FD.
package os

import (
	"errors"
	"io/fs"
)

func Expand(s string, mapping func(string) string) string

func ExpandEnv(s string) string

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func Setenv(key, value string) error

func Unsetenv(key string) error

func Clearenv()

func Environ() []string

var (
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error
)

type PathError = fs.PathError

type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string

func (e *SyscallError) Unwrap() error

func (e *SyscallError) Timeout() bool

func NewSyscallError(syscall string, err error) error

func IsExist(err error) bool

func IsNotExist(err error) bool

func IsPermission(err error) bool

func IsTimeout(err error) bool

func Executable() (string, error)

func Getwd() (dir string, err error)

func MkdirAll(path string, perm FileMode) error

func RemoveAll(path string) error

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

func IsPathSeparator(c uint8) bool

var Args []string

func Getuid() int

func Geteuid() int

func Getgid() int

func Getegid() int

func Getgroups() ([]int, error)

func Exit(code int)

func Hostname() (name string, err error)

func CreateTemp(dir, pattern string) (*File, error)

func MkdirTemp(dir, pattern string) (string, error)
