package export

import (
	"bytes"
	"strings"

	"github.com/malli-fi/malli/site/internal/isodate"
)

// A Table is what a CSV export holds: a header and rows of cells.
type Table struct {
	Header []string
	Rows   [][]Cell
}

// A Cell is one value of a CSV row, written as Finnish Excel and
// LibreOffice read it.
type Cell struct {
	kind cellKind
	text string
}

type cellKind uint8

const (
	textCell cellKind = iota
	numberCell
	dateCell
)

// Text is a cell of text, written as it is (quoted when it must be); text
// that a spreadsheet would run as a formula (=, +, -, @, tab or carriage
// return first) is prefixed with an apostrophe, so an opened export never
// computes anything.
func Text(s string) Cell { return Cell{textCell, s} }

// Number is a cell holding a JSON number, given as its decimal text
// ("0.8", "-12", "700000"); it is written with a decimal comma.
func Number(decimal string) Cell { return Cell{numberCell, decimal} }

// Date is a cell holding an ISO date (2020-06-01); it is written as
// Finnish Excel reads a date (1.6.2020). Anything that is not an ISO date
// is written as text.
func Date(iso string) Cell { return Cell{dateCell, iso} }

// Bool is a cell holding a truth value, written TRUE or FALSE: R's
// read.csv2 and pandas read them as logical values, and a spreadsheet
// shows them as they are.
func Bool(b bool) Cell {
	if b {
		return Text("TRUE")
	}
	return Text("FALSE")
}

// List is a cell of several values, joined by ", ".
func List(items []string) Cell { return Text(strings.Join(items, ", ")) }

// CSV encodes t as Finnish spreadsheets open it on a double click: UTF-8
// with a byte order mark (without it Excel guesses the legacy code page),
// cells separated by ";" (Finnish Excel's list separator, since "," is the
// decimal separator), CRLF line ends and RFC 4180 quoting.
func CSV(t Table) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	header := make([]Cell, len(t.Header))
	for i, h := range t.Header {
		header[i] = Text(h)
	}
	writeRow(&b, header)
	for _, row := range t.Rows {
		writeRow(&b, row)
	}
	return b.Bytes()
}

func writeRow(b *bytes.Buffer, row []Cell) {
	for i, c := range row {
		if i > 0 {
			b.WriteByte(';')
		}
		writeCell(b, c)
	}
	b.WriteString("\r\n")
}

func writeCell(b *bytes.Buffer, c Cell) {
	s := c.text
	switch c.kind {
	case numberCell:
		b.WriteString(strings.Replace(s, ".", ",", 1))
		return
	case dateCell:
		if d, ok := isodate.Finnish(s); ok {
			b.WriteString(d)
			return
		}
	}
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	if !strings.ContainsAny(s, ";\"\r\n") {
		b.WriteString(s)
		return
	}
	b.WriteByte('"')
	b.WriteString(strings.ReplaceAll(s, `"`, `""`))
	b.WriteByte('"')
}
