package main

type MyErr int

func main() {
	defer println("deferred runs")
	panic(MyErr(7))
}

// Output:
// Stderr:
// deferred runs
// panic: main.MyErr(7)
//
// goroutine 1 [running]:
// Exit: 2
