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

func Executable() (string, error)

func RemoveAll(path string) error

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

var Args []string

func Getgroups() ([]int, error)

func Exit(code int)

