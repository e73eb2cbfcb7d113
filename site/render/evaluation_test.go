package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/schema"
)

func init() {
	// Registered here unless another test file of the package has done so.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the want sections of golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestChartGolden draws the chart of each testdata/chart/*.txtar: its
// "scores" section is a comparison by phase written top to bottom —
//
//	lang fi
//	scale 0 red Ei toteudu          a step of the scale: value, light, label
//	phase Alkutilanne               a column (an evaluation); "current" marks the page's own
//	group I Hankkeen lähtökohdat    a group of criteria; its rows follow
//	2 1                             a criterion: its score in each column (na: not
//	                                applicable, -: not scored, x: for others than the subject)
//
// — and its "want.svg" section the SVG (go test -run ChartGolden -update
// writes it).
func TestChartGolden(t *testing.T) {
	th, err := LoadTheme(os.DirFS("../../themes/default"))
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/chart/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata/chart/*.txtar")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var in []byte
			want := -1
			for i, fl := range ar.Files {
				switch fl.Name {
				case "scores":
					in = fl.Data
				case "want.svg":
					want = i
				}
			}
			ph, s, lang := parseScores(t, string(in))
			got := []byte(phaseChart(ph, s, th, lang))
			got = append(got, '\n')
			if updating() {
				if want < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want.svg"})
					want = len(ar.Files) - 1
				}
				ar.Files[want].Data = got
				if err := os.WriteFile(f, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want < 0 {
				t.Fatal("no want.svg section (run with -update)")
			}
			if !bytes.Equal(got, ar.Files[want].Data) {
				t.Errorf("chart differs from want.svg (-want +got):\n%s", cmp.Diff(string(ar.Files[want].Data), string(got)))
			}
		})
	}
}

func parseScores(t *testing.T, in string) (*Phases, *scoring, diag.Lang) {
	t.Helper()
	lang := diag.FI
	s := &scoring{scaleKey: "value", spec: schema.Scale{Value: "value", Label: "label", Light: "light", Totals: []string{"sum", "mean"}}, exempt: func(map[string]any) bool { return false }}
	ph := &Phases{ID: "vaiheet-1"}
	var group *PhaseGroup
	flush := func() {
		if group == nil {
			return
		}
		for i := range ph.Columns {
			var scores []Score
			for _, row := range group.Rows {
				scores = append(scores, row.Cells[i].Score)
			}
			group.Totals = append(group.Totals, s.total(scores, lang))
		}
		ph.Groups = append(ph.Groups, *group)
		group = nil
	}
	for _, line := range strings.Split(strings.TrimSpace(in), "\n") {
		word, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch word {
		case "lang":
			lang = diag.Lang(rest)
		case "scale":
			f := strings.SplitN(rest, " ", 3)
			if len(f) != 3 {
				t.Fatalf("scale wants value, light, label: %q", line)
			}
			light := f[1]
			if light == "-" {
				light = ""
			}
			s.scale = append(s.scale, map[string]any{"value": json.Number(f[0]), "light": light, "label": f[2]})
		case "phase":
			name, cur := strings.CutSuffix(rest, " current")
			ph.Columns = append(ph.Columns, PhaseColumn{Phase: name, Current: cur})
		case "group":
			flush()
			group = &PhaseGroup{Title: rest}
			if rest == "-" {
				group.Title = ""
			}
		default:
			if group == nil {
				t.Fatalf("a row before any group: %q", line)
			}
			row := PhaseRow{}
			for _, v := range strings.Fields(line) {
				sc := Score{Value: v}
				switch v {
				case "na":
					sc = Score{NA: true}
				case "-":
					sc = Score{None: true}
				case "x":
					sc = Score{Exempt: true}
				}
				row.Cells = append(row.Cells, PhaseCell{Score: sc})
			}
			if len(row.Cells) != len(ph.Columns) {
				t.Fatalf("%d scores for %d phases: %q", len(row.Cells), len(ph.Columns), line)
			}
			group.Rows = append(group.Rows, row)
		}
	}
	flush()
	// The scale's range, as scoringOf finds it.
	s.min, s.max = 0, 0
	for i, m := range s.scale {
		v, _ := number(m["value"])
		if i == 0 || v < s.min {
			s.min = v
		}
		if i == 0 || v > s.max {
			s.max = v
		}
	}
	ph.chart = chartData{min: s.min, max: s.max}
	return ph, s, lang
}
