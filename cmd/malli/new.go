package main

import (
	"fmt"
	"io"
)

func newDoc(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "malli new: not yet available")
	return exitUsage
}
