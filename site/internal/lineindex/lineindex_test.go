package lineindex

import (
	"strings"
	"sync"
	"testing"
)

func TestAt(t *testing.T) {
	x := New([]byte("ab\ncd\r\n\nx"))
	for _, tc := range []struct{ off, line, col int }{
		{-1, 1, 1}, {0, 1, 1}, {1, 1, 2}, {2, 1, 3}, {3, 2, 1}, {7, 3, 1}, {8, 4, 1}, {9, 4, 2}, {99, 4, 2},
	} {
		if line, col := x.At(tc.off); line != tc.line || col != tc.col {
			t.Errorf("At(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
		}
	}
}

// TestAtCountsBytes checks that a column counts bytes, as diag.Pos does:
// "ä" is two.
func TestAtCountsBytes(t *testing.T) {
	if line, col := New([]byte("x\näx")).At(4); line != 2 || col != 3 {
		t.Errorf(`At(4) of "x\näx" = %d:%d, want 2:3`, line, col)
	}
}

func TestLine(t *testing.T) {
	x := New([]byte("eka\r\ntoka\n\nneljäs\rviides"))
	for n, want := range map[int]string{-1: "", 0: "", 1: "eka", 2: "toka", 3: "", 4: "neljäs\rviides", 5: ""} {
		if got := x.Line(n); got != want {
			t.Errorf("Line(%d) = %q, want %q", n, got, want)
		}
	}
	for _, src := range []string{"", "\n", "a\n", "a\r\n"} {
		for n, line := range strings.Split(src, "\n") {
			if got, want := New([]byte(src)).Line(n+1), strings.TrimSuffix(line, "\r"); got != want {
				t.Errorf("Line(%d) of %q = %q, want %q", n+1, src, got, want)
			}
		}
	}
}

func TestLazy(t *testing.T) {
	x := New([]byte("a\nb\n"))
	if x.starts != nil {
		t.Fatal("New read the data")
	}
	x.Line(1)
	if len(x.starts) != 3 {
		t.Errorf("after Line(1), %d line starts, want 3", len(x.starts))
	}
}

// TestConcurrent is for -race: the first uses may come from many goroutines.
func TestConcurrent(t *testing.T) {
	x := New([]byte(strings.Repeat("rivi\n", 100)))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if line, _ := x.At(5 * i); line != i+1 {
				t.Errorf("At(%d) = line %d, want %d", 5*i, line, i+1)
			}
		}()
	}
	wg.Wait()
}
