package main

func f(n int) int {
	var pad [8]int
	pad[n%8] = n
	return f(n+1) + pad[0]
}

func main() {
	f(0)
}

// Output:
// Stderr:
// runtime: goroutine stack exceeds 1000000000-byte limit
// runtime: sp=0xc0200e0398 stack=[0xc0200e0000, 0xc0400e0000]
// fatal error: stack overflow
//
// runtime stack:
// runtime.throw({0x46581a?, 0x4bc880?})
// 	/usr/lib/go-1.19/src/runtime/panic.go:1047 +0x5d fp=0x7ffffc26d800 sp=0x7ffffc26d7d0 pc=0x42d93d
// runtime.newstack()
// 	/usr/lib/go-1.19/src/runtime/stack.go:1103 +0x5cc fp=0x7ffffc26d9b8 sp=0x7ffffc26d800 pc=0x444bec
// runtime.morestack()
// 	/usr/lib/go-1.19/src/runtime/asm_amd64.s:570 +0x8b fp=0x7ffffc26d9c0 sp=0x7ffffc26d9b8 pc=0x45498b
//
// goroutine 1 [running]:
// Exit: 2
