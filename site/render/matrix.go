package render

import (
	"fmt"
	"html/template"
	"math"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// The situational picture's matrix drawn: a row per measure, a column per
// area, and in each cell a disc whose area grows with the number of
// projects there, with the number written in it, so that where the
// projects are is seen at a glance. The table beside it is its text
// alternative and carries the links; the drawing is one image
// (role="img") whose title is the table's caption and whose description
// says every cell in words.
const (
	matrixHeadW  = 220 // the row heads' column
	matrixColW   = 120 // each area's column, at least: as wide as its longest head needs
	matrixHeadH  = 48  // the column heads' row
	matrixRowH   = 64  // each measure's row
	matrixText   = 14  // the font size of every text
	matrixLine   = 18  // and its line height
	matrixMaxR   = 24  // the radius of the fullest cell's disc
	matrixTextEm = 58  // a sans serif's average character width, in per cent of its size, on the wide side
)

// matrixSVG draws mx; id makes its ids unique on the page.
func matrixSVG(mx Matrix, id string, lang diag.Lang, projects func(int) string) template.HTML {
	fullest := 0
	for _, row := range mx.Rows {
		for _, c := range row.Cells {
			fullest = max(fullest, len(c))
		}
	}
	// Row heads wrap; a row is as tall as its head needs.
	heads := make([][]string, len(mx.Rows))
	heights := make([]int, len(mx.Rows))
	height := matrixHeadH
	for i, row := range mx.Rows {
		heads[i] = wrap(row.Head.Text, chars(matrixHeadW-12, matrixText, matrixTextEm))
		heights[i] = max(matrixRowH, len(heads[i])*matrixLine+16)
		height += heights[i]
	}
	// A column is as wide as its area's name needs, so that no name is
	// broken inside a word ("Varsinais-Suomi").
	colW := matrixColW
	for _, c := range mx.Cols {
		colW = max(colW, len([]rune(c))*matrixText*matrixTextEm/100+16)
	}
	cols := make([][]string, len(mx.Cols))
	for j, c := range mx.Cols {
		cols[j] = wrap(c, chars(colW-8, matrixText, matrixTextEm))
	}
	width := matrixHeadW + colW*len(mx.Cols)
	var desc []string
	for _, row := range mx.Rows {
		for j, c := range row.Cells {
			if len(c) > 0 {
				desc = append(desc, fmt.Sprintf("%s, %s: %s", row.Head.Text, mx.Cols[j], projects(len(c))))
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="matrix-chart" role="img" aria-labelledby="%[1]s-title %[1]s-desc" width="%[2]d" height="%[3]d" viewBox="0 0 %[2]d %[3]d">`, id, width, height)
	fmt.Fprintf(&b, "\n<title id=\"%s-title\">%s</title>", id, esc(mx.Caption))
	fmt.Fprintf(&b, "\n<desc id=\"%s-desc\">%s</desc>", id, esc(strings.Join(desc, ". ")+"."))
	for j, lines := range cols {
		x := matrixHeadW + j*colW + colW/2
		y := matrixHeadH - 8 - (len(lines)-1)*matrixLine
		for k, l := range lines {
			fmt.Fprintf(&b, "\n"+`<text x="%d" y="%d" class="matrix-col">%s</text>`, x, y+k*matrixLine, esc(l))
		}
	}
	y := matrixHeadH
	for i, row := range mx.Rows {
		fmt.Fprintf(&b, "\n"+`<line x1="0" y1="%d" x2="%d" y2="%d" class="matrix-rule"/>`, y, width, y)
		top := y + (heights[i]-len(heads[i])*matrixLine)/2 + matrixText
		for k, l := range heads[i] {
			fmt.Fprintf(&b, "\n"+`<text x="0" y="%d" class="matrix-row">%s</text>`, top+k*matrixLine, esc(l))
		}
		cy := y + heights[i]/2
		for j, c := range row.Cells {
			cx := matrixHeadW + j*colW + colW/2
			if len(c) == 0 {
				fmt.Fprintf(&b, "\n"+`<text x="%d" y="%d" class="matrix-none">0</text>`, cx, cy+matrixText/3)
				continue
			}
			// The disc's area, not its radius, is proportional to the count.
			r := matrixMaxR
			if fullest > 1 {
				r = int(float64(matrixMaxR)*math.Sqrt(float64(len(c))/float64(fullest)) + 0.5)
			}
			r = max(r, 12)
			fmt.Fprintf(&b, "\n"+`<circle cx="%d" cy="%d" r="%d" class="matrix-disc"/>`, cx, cy, r)
			fmt.Fprintf(&b, "\n"+`<text x="%d" y="%d" class="matrix-count">%s</text>`, cx, cy+matrixText/3, strconv.Itoa(len(c)))
		}
		y += heights[i]
	}
	fmt.Fprintf(&b, "\n"+`<line x1="0" y1="%d" x2="%d" y2="%d" class="matrix-rule"/>`, y, width, y)
	b.WriteString("\n</svg>")
	return template.HTML(b.String())
}
