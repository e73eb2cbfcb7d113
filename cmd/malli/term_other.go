//go:build !unix

package main

import "io"

// isTerminal reports whether w is a terminal: outside Unix, malli does not
// know, and writes as to a file (no colour, no progress line).
func isTerminal(w io.Writer) bool { return false }

func termWidth(w io.Writer) (int, bool) { return 0, false }
