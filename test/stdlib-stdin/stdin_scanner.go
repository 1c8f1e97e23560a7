package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if len(t) > 40 {
			fmt.Printf("%d: %d bytes %q...%q\n", n, len(t), t[:10], t[len(t)-10:])
			continue
		}
		fmt.Printf("%d: %q\n", n, t)
		if t == "words:" {
			break
		}
	}
	fmt.Println(sc.Err())
	// The rest of the input, word by word, with a new Scanner: the first one may have
	// buffered more than it returned, so start a fresh one only to show what is left.
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n delta "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Printf("[%s]", ws.Text())
	}
	fmt.Println()
}

// Output:
// 1: "first line"
// 2: "second"
// 3: ""
// 4: "  spaced  "
// 5: 5003 bytes "xxxxxxxxxx"..."xxxxxxxEND"
// 6: "unicode: héllo wörld"
// 7: "words:"
// <nil>
// [alpha][beta][gamma][delta]
