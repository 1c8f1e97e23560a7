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

func ValidPath(name string) bool

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

func (m FileMode) String() string

func (m FileMode) IsDir() bool

func (m FileMode) IsRegular() bool

func (m FileMode) Perm() FileMode

func (m FileMode) Type() FileMode

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string

func (e *PathError) Unwrap() error

func (e *PathError) Timeout() bool

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
