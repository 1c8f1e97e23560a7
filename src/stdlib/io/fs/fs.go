// Package fs declares the exported API of Go 1.19's io/fs package
// for minigo, with Go's exact signatures, so that minigo's type checker checks
// calls into it like calls into any other Go package.
//
// Functions and methods without a body are implemented natively by minigo (in
// TypeScript) until they are given Go bodies. Unexported fields and types follow
// Go's on linux/amd64. A variable declared without an initializer gets its value
// from minigo before the package's variable initializers run, as data that Go's
// linker or runtime fills in would.
//
// Deviation: ErrInvalid, ErrPermission, ErrExist, ErrNotExist and ErrClosed are
// created here; Go creates them in internal/oserror. The messages are Go's.
package fs

import (
	"errors"
	"time"
)

type FS interface {
	Open(name string) (File, error)
}

// ValidPath reports whether name is an unrooted, slash-separated path without "." or ".."
// elements (except "." alone) and without empty elements.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

type FileMode uint32

const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19
	ModeType                = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm       FileMode = 0777
)

// String is ls -l's notation: one letter per set type bit (from "dalTLDpSugct?"), then
// the nine permission bits as rwx or -.
func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

func (m FileMode) Perm() FileMode { return m & ModePerm }

func (m FileMode) Type() FileMode { return m & ModeType }

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

func Glob(fsys FS, pattern string) (matches []string, err error)

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

func ReadDir(fsys FS, name string) ([]DirEntry, error)

func FileInfoToDirEntry(info FileInfo) DirEntry

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

func ReadFile(fsys FS, name string) ([]byte, error)

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

func Stat(fsys FS, name string) (FileInfo, error)

type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

func Sub(fsys FS, dir string) (FS, error)

var SkipDir = errors.New("skip this directory")

type WalkDirFunc func(path string, d DirEntry, err error) error

func WalkDir(fsys FS, root string, fn WalkDirFunc) error
