// The first program: minigo parses it today and will run it once the VM lands.
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
