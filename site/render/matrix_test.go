package render

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
	"github.com/rogpeppe/go-internal/txtar"
)

// TestMatrixGolden draws each testdata/matrix/*.txtar's matrix and compares
// it with the archive's matrix.svg section (-update rewrites it). The
// matrix section reads top to bottom: "caption: …", "cols: A | B", then a
// row per measure, "Measure | 2 | 0" (the number of projects per column).
// Each drawing must also be well-formed XML, name every measure and area,
// write every non-zero count, and have a disc's area grow with its count.
func TestMatrixGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/matrix/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata/matrix/*.txtar")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var mx Matrix
			var wantIdx = -1
			for i, f := range ar.Files {
				switch f.Name {
				case "matrix":
					mx = parseMatrix(t, string(f.Data))
				case "matrix.svg":
					wantIdx = i
				}
			}
			got := string(matrixSVG(mx, "m", diag.FI, func(n int) string { return strconv.Itoa(n) + " hanketta" })) + "\n"
			if err := xml.NewDecoder(strings.NewReader(got)).Decode(new(any)); err != nil && err != io.EOF {
				t.Errorf("not well-formed XML: %v", err)
			}
			for _, row := range mx.Rows {
				for _, w := range strings.Fields(row.Head.Text) {
					if !strings.Contains(got, esc(w)) {
						t.Errorf("the drawing lacks %q of the measure %q", w, row.Head.Text)
					}
				}
			}
			for _, c := range mx.Cols {
				if !strings.Contains(got, esc(c)) {
					t.Errorf("the drawing lacks the area %q", c)
				}
			}
			if *update {
				if wantIdx < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "matrix.svg"})
					wantIdx = len(ar.Files) - 1
				}
				ar.Files[wantIdx].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wantIdx < 0 {
				t.Fatal("no matrix.svg section (run with -update)")
			}
			if want := string(ar.Files[wantIdx].Data); got != want {
				t.Errorf("the drawing differs from the golden (run with -update and read the diff):\n%s", got)
			}
		})
	}
}

// TestMatrixDiscsGrowWithCounts: of two cells, the one with four projects
// has a disc twice the radius of the one with one (area ∝ count).
func TestMatrixDiscsGrowWithCounts(t *testing.T) {
	mx := parseMatrix(t, "caption: c\ncols: A | B\nM | 4 | 1\n")
	got := string(matrixSVG(mx, "m", diag.FI, func(n int) string { return strconv.Itoa(n) }))
	if !strings.Contains(got, `r="24"`) || !strings.Contains(got, `r="12"`) {
		t.Errorf("want discs of radius 24 (4 projects) and 12 (1):\n%s", got)
	}
}

func parseMatrix(t *testing.T, src string) Matrix {
	var mx Matrix
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		switch {
		case strings.HasPrefix(line, "caption: "):
			mx.Caption = strings.TrimPrefix(line, "caption: ")
		case strings.HasPrefix(line, "cols: "):
			for _, c := range strings.Split(strings.TrimPrefix(line, "cols: "), "|") {
				mx.Cols = append(mx.Cols, strings.TrimSpace(c))
			}
		default:
			parts := strings.Split(line, "|")
			row := MatrixRow{Head: Link{Text: strings.TrimSpace(parts[0])}}
			for _, p := range parts[1:] {
				n, err := strconv.Atoi(strings.TrimSpace(p))
				if err != nil {
					t.Fatalf("row %q: %v", line, err)
				}
				cell := make([]Link, n)
				row.Cells = append(row.Cells, cell)
				row.Count += n
			}
			mx.Rows = append(mx.Rows, row)
		}
	}
	return mx
}
