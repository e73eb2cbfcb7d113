package main

// --report FORMAT=FILE and --path-prefix DIR of check and build.

import (
	"errors"
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// report is one --report FORMAT=FILE.
type report struct{ format, file string }

// parseReports parses the values of --report: each FORMAT=FILE with a
// format diag.Print knows (so a format added there is accepted here) and
// no file named twice.
func parseReports(values []string, lang diag.Lang) ([]report, error) {
	var out []report
	seen := map[string]bool{}
	for _, v := range values {
		format, file, ok := strings.Cut(v, "=")
		if !ok || format == "" || file == "" {
			return nil, errors.New(fmt.Sprintf(msgBadReport.In(lang), v))
		}
		if !validFormat(format) {
			return nil, errors.New(fmt.Sprintf(msgUnknownFormat.In(lang), format, strings.Join(diag.Formats, ", ")))
		}
		if seen[file] {
			return nil, errors.New(fmt.Sprintf(msgReportTwice.In(lang), file))
		}
		seen[file] = true
		out = append(out, report{format, file})
	}
	return out, nil
}

// writeReport writes l to r.file in r.format. The file is relative to
// the current folder, not to the site's (-C), as a CI job names it.
//
// At merge: when site/diag has the reports helper's report writer (with
// repository-relative paths, fingerprints, $GITHUB_STEP_SUMMARY), call it
// here instead of diag.Print.
func writeReport(r report, l diag.List, lang diag.Lang) error {
	f, err := os.Create(r.file)
	if err != nil {
		return err
	}
	if err := diag.Print(f, l, r.format, lang); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// withPathPrefix returns l with prefix/ before every file path, of the
// diagnostics and of their related notes, for a site in a subfolder of
// its repository (--path-prefix docs). l itself is not changed.
func withPathPrefix(l diag.List, prefix string) diag.List {
	prefix = strings.Trim(strings.ReplaceAll(prefix, "\\", "/"), "/")
	if prefix == "" || prefix == "." {
		return l
	}
	join := func(p diag.Pos) diag.Pos {
		if p.File != "" && !strings.HasPrefix(p.File, "(") { // "(malli)/schemas/…" is malli's own
			p.File = path.Join(prefix, p.File)
		}
		return p
	}
	out := make(diag.List, len(l))
	for i, d := range l {
		c := *d
		c.Pos = join(c.Pos)
		if len(c.Related) > 0 {
			c.Related = append([]diag.Note(nil), c.Related...)
			for j := range c.Related {
				c.Related[j].Pos = join(c.Related[j].Pos)
			}
		}
		out[i] = &c
	}
	return out
}
