// The heap profile: runtime.MemProfile's sampled counts, unsampled as pprof does, come within a
// few percent of what the program allocated, on the allocating line; the objects freed by the
// collections before the call are counted as freed; records with nothing in use are left out
// unless inuseZero; a slice too short gets ok == false and the count.
package main

import (
	"fmt"
	"math"
	"runtime"
)

var big *[1024]byte
var mid *[512]byte

func alloc(n int) {
	for i := 0; i < n; i++ {
		big = new([1024]byte)
		mid = new([512]byte)
	}
}

func keep(n int) [][]byte {
	var out [][]byte
	for i := 0; i < n; i++ {
		b := make([]byte, 2048)
		out = append(out, b)
	}
	return out
}

type stat struct{ objects, bytes, inuse, sampled float64 }

func profile(inuseZero bool) []runtime.MemProfileRecord {
	n, _ := runtime.MemProfile(nil, inuseZero)
	if n > 0 {
		if _, ok := runtime.MemProfile(make([]runtime.MemProfileRecord, n-1), inuseZero); ok {
			fmt.Println("a short slice should not do")
		}
	}
	p := make([]runtime.MemProfileRecord, n+20)
	n, ok := runtime.MemProfile(p, inuseZero)
	if !ok {
		fmt.Println("not ok")
	}
	return p[:n]
}

func byLine(records []runtime.MemProfileRecord, fn string) map[int]stat {
	out := map[int]stat{}
	for _, r := range records {
		fr, _ := runtime.CallersFrames(r.Stack()).Next()
		if fr.Function != fn || r.AllocObjects == 0 {
			continue
		}
		avg := float64(r.AllocBytes) / float64(r.AllocObjects)
		scale := 1 / (1 - math.Exp(-avg/float64(runtime.MemProfileRate)))
		s := out[fr.Line]
		s.objects += float64(r.AllocObjects) * scale
		s.bytes += float64(r.AllocBytes) * scale
		s.inuse += float64(r.InUseObjects())
		s.sampled += float64(r.AllocObjects)
		out[fr.Line] = s
	}
	return out
}

func near(got, want float64) bool { return got > want*0.9 && got < want*1.1 }

func main() {
	runtime.MemProfileRate = 4096
	const n = 50000
	alloc(n)
	kept := keep(2000)
	runtime.GC()
	runtime.GC()
	all := profile(true)
	lines := byLine(all, "main.alloc")
	for _, l := range []int{18, 19} {
		s := lines[l]
		size := 1024.0
		if l == 19 {
			size = 512
		}
		fmt.Println("line", l, "objects", near(s.objects, n), "bytes", near(s.bytes, n*size), "in use", s.inuse <= 1)
	}
	k := byLine(all, "main.keep")[26]
	fmt.Println("kept objects", near(k.objects, 2000), "all in use", k.inuse == k.sampled)
	inuse := profile(false)
	fmt.Println("fewer records without inuseZero", len(inuse) <= len(all))
	for _, r := range inuse {
		if r.InUseBytes() == 0 {
			fmt.Println("record with nothing in use")
		}
	}
	runtime.KeepAlive(kept)
}

// Output:
// line 18 objects true bytes true in use true
// line 19 objects true bytes true in use true
// kept objects true all in use true
// fewer records without inuseZero true
