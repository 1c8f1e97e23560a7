// Package os, continued: files, the environment and the process, in Go over a handful of
// natives that reach the host (src/runtime/host.ts), as Go's os reaches the kernel through
// package syscall. A native returns a count or descriptor and an errno (0: none); the Go side
// turns the errno into Go's error values (*PathError around an Errno whose text is the
// kernel's, which errors.Is matches against ErrNotExist and friends as syscall.Errno does).
//
// Standard input is read through one buffer shared by every reader of descriptor 0 (this
// package and fmt's Scan family), so reading ahead of the program is invisible to it.
//
// How it differs from Go: the Errno type is os's own (minigo has no syscall package), so %T
// prints os.syscallErrno; there is no poller, and no deadlines.

package os

import (
	"errors"
	"io"
	"io/fs"
)

// ---- the host's calls ------------------------------------------------------------------

func sysRead(fd int, b []byte) (n int, errno int)

func sysWrite(fd int, b []byte) (n int, errno int)

func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

func sysClose(fd int) (errno int)

func sysSeek(fd int, offset int64, whence int) (off int64, errno int)

func sysRemove(name string) (errno int)

func sysMkdir(name string, perm uint32) (errno int)

func sysGetwd() string

func sysTempDir() string

func sysRandom() uint32

func errnoText(errno int) string

// envs is the environment when the program started, as KEY=value strings (natively
// initialised).
var envs []string

// ---- errors ------------------------------------------------------------------------------

// syscallErrno is an error number of the host, as syscall.Errno.
type syscallErrno uintptr

const (
	_EPERM     syscallErrno = 1
	_ENOENT    syscallErrno = 2
	_EACCES    syscallErrno = 13
	_EEXIST    syscallErrno = 17
	_EINVAL    syscallErrno = 22
	_ENOTEMPTY syscallErrno = 39
	_ETIMEDOUT syscallErrno = 110
)

func (e syscallErrno) Error() string { return errnoText(int(e)) }

func (e syscallErrno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == _EACCES || e == _EPERM
	case ErrExist:
		return e == _EEXIST || e == _ENOTEMPTY
	case ErrNotExist:
		return e == _ENOENT
	}
	return false
}

func (e syscallErrno) Timeout() bool { return e == _ETIMEDOUT }

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// underlyingErrorIs is IsExist's test: the error itself, or what a PathError, LinkError or
// SyscallError holds, is target or an errno that means it (no further unwrapping, as in Go).
func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscallErrno)
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && terr.Timeout()
}

// ---- files -------------------------------------------------------------------------------

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, errno int) error {
	return &PathError{Op: op, Path: f.name, Err: syscallErrno(errno)}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Read reads once; 0 bytes from a non-empty b is the end of the file.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	cur, e := sysSeek(f.fd, 0, io.SeekCurrent)
	if e != 0 {
		return 0, f.wrapErr("read", e)
	}
	defer sysSeek(f.fd, cur, io.SeekStart)
	if _, e := sysSeek(f.fd, off, io.SeekStart); e != 0 {
		return 0, f.wrapErr("read", e)
	}
	for len(b) > 0 {
		m, e := sysRead(f.fd, b)
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
	}
	return
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("write", e)
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	cur, e := sysSeek(f.fd, 0, io.SeekCurrent)
	if e != 0 {
		return 0, f.wrapErr("write", e)
	}
	defer sysSeek(f.fd, cur, io.SeekStart)
	if _, e := sysSeek(f.fd, off, io.SeekStart); e != 0 {
		return 0, f.wrapErr("write", e)
	}
	return f.Write(b)
}

// ReadFrom copies r to f, as io.Copy does without f's ReadFrom.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

type fileWithoutReadFrom struct {
	f *File
}

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.Write(b) }

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	e := sysClose(f.fd)
	f.fd = -1
	if e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: syscallErrno(e)}
	}
	return nil
}

func (f *File) Sync() error { return f.checkValid("sync") }

const _O_CLOEXEC = 0x80000

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag|_O_CLOEXEC, uint32(perm.Perm()))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscallErrno(e)}
	}
	f := NewFile(uintptr(fd), name)
	f.appendMode = flag&O_APPEND != 0
	return f, nil
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

func Remove(name string) error {
	if e := sysRemove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm.Perm())); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscallErrno(e)}
	}
	return nil
}

// MkdirAll creates each missing directory of path, parents first.
func MkdirAll(path string, perm FileMode) error {
	for i := 1; i <= len(path); i++ {
		if i < len(path) && path[i] != '/' {
			continue
		}
		if e := sysMkdir(path[:i], uint32(perm.Perm())); e != 0 && syscallErrno(e) != _EEXIST {
			return &PathError{Op: "mkdir", Path: path[:i], Err: syscallErrno(e)}
		}
	}
	return nil
}

func TempDir() string { return sysTempDir() }

func Getwd() (dir string, err error) { return sysGetwd(), nil }

func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern at its last '*' (the place of the random part).
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	if pos := lastIndexByte(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func itoa(u uint32) string {
	var b [10]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return string(b[i:])
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp creates dir/prefix+random+suffix, new, read-write, mode 0600, retrying another
// random part while the name exists.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + itoa(sysRandom()) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + itoa(sysRandom()) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		return "", err
	}
}

// ---- the environment ---------------------------------------------------------------------

func LookupEnv(key string) (string, bool) {
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", _EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", _EINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", _EINVAL)
		}
	}
	kv := key + "=" + value
	for i, e := range envs {
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			envs[i] = kv
			return nil
		}
	}
	envs = append(envs, kv)
	return nil
}

func Unsetenv(key string) error {
	for i, e := range envs {
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			envs = append(envs[:i:i], envs[i+1:]...)
			return nil
		}
	}
	return nil
}

func Clearenv() { envs = nil }

func Environ() []string { return append([]string(nil), envs...) }

// Expand replaces ${var} and $var in s by mapping's result; "$$" and other special names
// are as Go's shell-like rules read them.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// An invalid name such as ${}: skip it.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func ExpandEnv(s string) string { return Expand(s, Getenv) }

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName returns the name after a '$' and how many bytes it used.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// ---- the process -------------------------------------------------------------------------

func IsPathSeparator(c uint8) bool { return PathSeparator == c }

func Getpagesize() int { return 4096 }

func Getpid() int { return 1 }

func Getppid() int { return 0 }

func Getuid() int { return 0 }

func Geteuid() int { return 0 }

func Getgid() int { return 0 }

func Getegid() int { return 0 }

func Hostname() (name string, err error) { return "minigo", nil }

var _ = fs.ErrInvalid
