// Package lineindex turns byte offsets in a file into lines and columns,
// and line numbers into the text of the line. It is the one line index of
// malli: the front matter parser, the schema stage (for schema files), the
// page stage (for the body) and the build (for the source line under each
// diagnostic) all use it.
package lineindex

import (
	"bytes"
	"sort"
	"strings"
	"sync"
)

// Index finds the lines of one file. It records where the lines start only
// on first use, so that a file nobody asks a position of costs nothing. It
// is safe for concurrent use; the data must not change.
type Index struct {
	data   []byte
	once   sync.Once
	starts []int // offsets at which lines start; starts[0] is 0
}

// New returns an index of data, which it does not read yet.
func New(data []byte) *Index { return &Index{data: data} }

// lineStarts returns the offsets of the line starts, finding them once.
func (x *Index) lineStarts() []int {
	x.once.Do(func() {
		x.starts = make([]int, 1, bytes.Count(x.data, []byte("\n"))+1)
		for off := 0; ; {
			i := bytes.IndexByte(x.data[off:], '\n')
			if i < 0 {
				break
			}
			off += i + 1
			x.starts = append(x.starts, off)
		}
	})
	return x.starts
}

// At returns the 1-based line and byte column of offset off. An offset
// outside the data is taken as its start or its end.
func (x *Index) At(off int) (line, col int) {
	off = max(0, min(off, len(x.data)))
	s := x.lineStarts()
	i := sort.Search(len(s), func(i int) bool { return s[i] > off }) - 1
	return i + 1, off - s[i] + 1
}

// Line returns line n (1-based) without its "\n" or "\r\n", or "" if the
// data has no line n.
func (x *Index) Line(n int) string {
	s := x.lineStarts()
	if n < 1 || n > len(s) {
		return ""
	}
	end := len(x.data)
	if n < len(s) {
		end = s[n] - 1
	}
	return strings.TrimSuffix(string(x.data[s[n-1]:end]), "\r")
}
