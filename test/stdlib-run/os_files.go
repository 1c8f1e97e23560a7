package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "minigo-test-*")
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), err)
	f, err := os.CreateTemp(dir, "data-*.txt")
	if err != nil {
		panic(err)
	}
	name := f.Name()
	fmt.Println(strings.HasPrefix(name, dir+"/data-"), strings.HasSuffix(name, ".txt"))
	n, err := f.Write([]byte("hello world\n"))
	fmt.Println(n, err)
	n, err = f.WriteString("second line\n")
	fmt.Println(n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, 6)
	fmt.Println(n, err, string(buf))
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(strings.Replace(err.Error(), name, "NAME", 1), errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.Replace(err.Error(), name, "NAME", 1))
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(os.WriteFile(name, []byte("replaced"), 0644))
	b, _ = os.ReadFile(name)
	fmt.Println(string(b))
	af, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	af.WriteString(" and appended")
	af.Close()
	b, _ = os.ReadFile(name)
	fmt.Println(string(b))
	_, err = os.Open(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println(os.IsExist(err))
	fmt.Println(os.Mkdir(dir+"/sub", 0755), os.IsExist(os.Mkdir(dir+"/sub", 0755)))
	fmt.Println(os.MkdirAll(dir+"/sub/a/b", 0755))
	fmt.Println(os.Remove(dir+"/sub/a/b"), os.Remove(dir+"/sub/a"), os.Remove(dir+"/sub"))
	fmt.Println(os.Remove(name), os.IsNotExist(os.Remove(name)))
	fmt.Println(os.Remove(dir))
	_, err = os.CreateTemp(dir, "x/y")
	fmt.Println(err)

	fmt.Println(os.Setenv("MINIGO_TEST_VAR", "v1"), os.Getenv("MINIGO_TEST_VAR"))
	v, ok := os.LookupEnv("MINIGO_TEST_VAR")
	fmt.Println(v, ok)
	fmt.Println(os.ExpandEnv("[$MINIGO_TEST_VAR] [${MINIGO_TEST_VAR}] [$NOT_SET_ANYWHERE]"))
	fmt.Println(os.Unsetenv("MINIGO_TEST_VAR"))
	_, ok = os.LookupEnv("MINIGO_TEST_VAR")
	fmt.Println(ok, os.Setenv("", "x"), os.Setenv("A=B", "x"))
	fmt.Println(os.Expand("$a-${b}-$$", func(k string) string { return "<" + k + ">" }))
	fmt.Println(fs.FileMode(0755|fs.ModeDir), fs.FileMode(0644), fs.ModeDir.IsDir(), fs.FileMode(0644).IsRegular())
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."))
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
}

// Output:
// true <nil>
// true true
// 12 <nil>
// 12 <nil>
// 0 <nil>
// 5 <nil> hello
// 5 <nil> world
// <nil>
// close NAME: file already closed true
// write NAME: file already closed
// "hello world\nsecond line\n" <nil>
// <nil>
// replaced
// <nil>
// replaced and appended
// open DIR/missing: no such file or directory true true
// true open
// true
// <nil> true
// <nil>
// <nil> <nil> <nil>
// <nil> true
// <nil>
// createtemp x/y: pattern contains path separator
// <nil> v1
// v1 true
// [v1] [v1] []
// <nil>
// false setenv: invalid argument setenv: invalid argument
// <a>-<b>-<$>
// drwxr-xr-x -rw-r--r-- true true
// true false false true
// true <nil>
