package render

import (
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/malli-fi/malli/schemas"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
	"github.com/malli-fi/malli/site/source"
	defaulttheme "github.com/malli-fi/malli/themes/default"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the wide.svg and narrow.svg sections of testdata/steps/*.txtar")

// TestStepDiagrams draws the step graph of each testdata/steps/*.txtar:
// its one .md file is a document whose front matter has a step graph
// (x-malli-step-graph), drawn with the default theme's Finnish words; the
// sections wide.svg (the actors as lanes) and narrow.svg (one column) are
// what it must draw. -update rewrites them: read the diff.
//
// Besides the goldens, each drawing must be well-formed XML, name every
// step in full (its lines put together give "N. name"), link every step
// to #id, and have no line of an arrow cross a text.
func TestStepDiagrams(t *testing.T) {
	reg, ds := schema.Compile(schemas.FS, "schemas")
	if errs, _ := ds.Count(); errs > 0 {
		t.Fatalf("schemas: %v", ds)
	}
	th, err := LoadTheme(defaulttheme.FS)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/steps/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata/steps/*.txtar")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var d *page.Document
			for _, f := range ar.Files {
				if strings.HasSuffix(f.Name, ".md") {
					d, _ = page.New(source.File{Path: "content/" + f.Name, Rel: f.Name, Data: f.Data}, reg, nil)
				}
			}
			if d == nil || d.Report == nil || len(d.Report.StepGraphs) != 1 {
				t.Fatalf("%s: want one .md file with one step graph", file)
			}
			sg := d.Report.StepGraphs[0]
			steps := readFlow(d, sg, diag.FI)
			words := th.flowWords(diag.FI, d.Report.Label(sg.Pointer).Label.In(diag.FI)+" – "+d.Title)
			got := map[string]string{
				"wide.svg":   drawFlow(steps, "kaavio-steps-laaja", true, wideWidth, words) + "\n",
				"narrow.svg": drawFlow(steps, "kaavio-steps-kapea", false, narrowWidth, words) + "\n",
			}
			for _, name := range []string{"wide.svg", "narrow.svg"} {
				checkDrawing(t, name, got[name], steps)
				if *update {
					golden.SetSection(ar, name, got[name])
					continue
				}
				want, ok := golden.Section(ar, name)
				if !ok {
					t.Errorf("no %s section (run with -update)", name)
				} else if string(want) != got[name] {
					t.Errorf("%s differs from the golden (run with -update and read the diff):\n%s", name, got[name])
				}
			}
			if *update {
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

var (
	textEl = regexp.MustCompile(`<text x="(\d+)" y="(\d+)" class="([a-z-]+)">([^<]*)</text>`)
	pathEl = regexp.MustCompile(`<path d="(M[^"]*)" class="edge`)
	pathOp = regexp.MustCompile(`([MVH])(\d+)(?: (\d+))?`)
)

// checkDrawing checks what every drawing must be (see TestStepDiagrams).
func checkDrawing(t *testing.T, name, svg string, steps []flowStep) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
	}
	// Every step named in full, and linked.
	var names []string
	cur := ""
	for _, m := range textEl.FindAllStringSubmatch(svg, -1) {
		if m[3] != "step-name" {
			if cur != "" {
				names = append(names, cur)
				cur = ""
			}
			continue
		}
		line := unescape(m[4])
		switch {
		case cur == "":
			cur = line
		case strings.HasSuffix(cur, "-"):
			cur = strings.TrimSuffix(cur, "-") + line
		default:
			cur += " " + line
		}
	}
	if cur != "" {
		names = append(names, cur)
	}
	if len(names) != len(steps) {
		t.Fatalf("%s names %d steps, want %d: %q", name, len(names), len(steps), names)
	}
	for i, s := range steps {
		want := strconv.Itoa(i+1) + ". " + strings.Join(strings.Fields(s.name), " ")
		if names[i] != want {
			t.Errorf("%s: step %d reads %q, want %q", name, i+1, names[i], want)
		}
		if !strings.Contains(svg, `<a href="#`+s.id+`">`) {
			t.Errorf("%s: step %d does not link to #%s", name, i+1, s.id)
		}
	}
	// No arrow's line crosses a text: each text's box, as wide as its
	// characters at the average width chars wraps by, from its baseline
	// up by its font size.
	type rect struct{ x0, y0, x1, y1 int }
	var texts []rect
	var what []string
	for _, m := range textEl.FindAllStringSubmatch(svg, -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		size, em := smallSize, smallEm
		if m[3] == "step-name" {
			size, em = nameSize, nameEm
		}
		w := len([]rune(unescape(m[4]))) * size * em / 100
		texts = append(texts, rect{x, y - size, x + w, y + 4})
		what = append(what, m[4])
	}
	for _, p := range pathEl.FindAllStringSubmatch(svg, -1) {
		var x, y int
		for _, op := range pathOp.FindAllStringSubmatch(p[1], -1) {
			a, _ := strconv.Atoi(op[2])
			nx, ny := x, y
			switch op[1] {
			case "M":
				nx, _ = strconv.Atoi(op[2])
				ny, _ = strconv.Atoi(op[3])
				x, y = nx, ny
				continue
			case "V":
				ny = a
			case "H":
				nx = a
			}
			seg := rect{min(x, nx), min(y, ny), max(x, nx), max(y, ny)}
			for i, r := range texts {
				if seg.x0 <= r.x1 && seg.x1 >= r.x0 && seg.y0 <= r.y1 && seg.y1 >= r.y0 {
					t.Errorf("%s: the arrow %s crosses the text %q", name, p[1], what[i])
				}
			}
			x, y = nx, ny
		}
	}
}

func unescape(s string) string {
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'")
	return r.Replace(s)
}
