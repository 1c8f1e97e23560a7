package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("before exit")
	os.Exit(3)
}

// Output:
// before exit
// Exit: 3
