package frontmatter

import (
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/golden"
)

// wantSeverity is the severity of each code: only the BOM is a warning.
func wantSeverity(c diag.Code) diag.Severity {
	if c == diag.SourceBOM {
		return diag.Warning
	}
	return diag.Error
}

// FuzzParse checks that Parse never panics (with the recover boundary
// around the third-party decoders turned off), that every position it
// returns is inside the file and that every pointer of the tree can be
// located. It is seeded from the goldens.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if in := section(ar, "input.md"); in != nil {
			f.Add(golden.DecodeMarkers(in))
		}
	}
	catchPanics = false
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, diags := Parse("f.md", src)
		checkInvariants(t, "f.md", src, doc, diags)
	})
}
