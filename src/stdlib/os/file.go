// Package os, continued: the declarations that Go 1.19 keeps in dir.go,
// dir_unix.go, file.go, file_posix.go, file_unix.go, pipe2_unix.go, stat.go,
// stat_unix.go and types.go. Functions and methods without a body are
// implemented natively by minigo (in TypeScript) until they are given Go
// bodies; see os.go.

package os

import (
	"io"
	"io/fs"
	"runtime"
	"time"
)

type DirEntry = fs.DirEntry

func ReadDir(name string) ([]DirEntry, error)

type dirInfo struct {
	buf  *[]byte
	nbuf int
	bufp int
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

const (
	O_RDONLY int = 0
	O_WRONLY int = 1
	O_RDWR   int = 2
	O_APPEND int = 1024
	O_CREATE int = 64
	O_EXCL   int = 128
	O_SYNC   int = 1052672
	O_TRUNC  int = 512
)

const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func Chdir(dir string) error

func Rename(oldpath, newpath string) error

func UserCacheDir() (string, error)

func UserConfigDir() (string, error)

func Chmod(name string, mode FileMode) error

func DirFS(dir string) fs.FS

func Chown(name string, uid, gid int) error

func Lchown(name string, uid, gid int) error

func Chtimes(name string, atime time.Time, mtime time.Time) error

type file struct {
	fd          int // Go keeps the descriptor in an internal/poll.FD
	name        string
	dirinfo     *dirInfo
	nonblock    bool
	stdoutOrErr bool
	appendMode  bool
}

func NewFile(fd uintptr, name string) *File {
	f := &File{&file{fd: int(fd), name: name, stdoutOrErr: fd == 1 || fd == 2}}
	// As in Go, an unreachable file is closed by its finalizer (which starts the finalizer goroutine).
	runtime.SetFinalizer(f.file, func(fl *file) { (&File{fl}).Close() })
	return f
}

const DevNull = "/dev/null"

func Truncate(name string, size int64) error

func Link(oldname, newname string) error

func Symlink(oldname, newname string) error

func Readlink(name string) (string, error)

func Pipe() (r *File, w *File, err error)

func Stat(name string) (FileInfo, error)

func Lstat(name string) (FileInfo, error)

type File struct {
	*file
}

func (f *File) Readdir(n int) ([]FileInfo, error)

func (f *File) Readdirnames(n int) (names []string, err error)

func (f *File) ReadDir(n int) ([]DirEntry, error)

func (f *File) Chmod(mode FileMode) error

func (f *File) SetDeadline(t time.Time) error

func (f *File) SetReadDeadline(t time.Time) error

func (f *File) SetWriteDeadline(t time.Time) error

func (f *File) Chown(uid, gid int) error

func (f *File) Truncate(size int64) error

func (f *File) Chdir() error

func (f *File) Stat() (FileInfo, error)

type FileInfo = fs.FileInfo

type FileMode = fs.FileMode

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

func SameFile(fi1, fi2 FileInfo) bool
