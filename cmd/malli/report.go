package main

// --report FORMAT=FILE and --path-prefix DIR of check and build.

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
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

// diagOutput is where and how build and check print their diagnostics.
type diagOutput struct {
	format         string // --format, on stdout
	quiet, verbose bool
	reports        []report // --report
	root           string   // -C
	pathPrefix     string   // --path-prefix
}

// printDiagnostics prints l on stdout in o.format (only the errors with
// --quiet and text) and writes each report, with o.pathPrefix before
// the paths; it returns exitUsage if a report cannot be written.
//
// At merge with the reports helper's site/diag (WriteReport,
// WriteReportFile, RepoPaths, AppendStepSummary), the body becomes:
//
//	opt := diag.ReportOptions{Lang: c.lang, Path: diag.RepoPaths(o.root, o.pathPrefix, c.getenv),
//		Version: versionString(buildInfo()), FileURL: diag.GitHubFileURL(c.getenv)}
//	shown := l; if o.quiet && o.format == "text" { shown = errorsOnly(l) }
//	diag.WriteReport(c.stdout, o.format, shown, opt)            // was diag.Print(withPathPrefix)
//	for _, r := range o.reports { diag.WriteReportFile(r.file, r.format, l, opt) } // was writeReport
//	if o.format == "github" || some r.format == "github" { diag.AppendStepSummary(c.getenv, l, opt) }
//
// and withPathPrefix and writeReport go.
func (c *cli) printDiagnostics(cmd string, l diag.List, o diagOutput) int {
	list := withPathPrefix(l, o.pathPrefix)
	shown := list
	if o.quiet && o.format == "text" {
		shown = errorsOnly(list)
	}
	if err := diag.Print(c.stdout, shown, o.format, c.lang); err != nil {
		fmt.Fprintln(c.stderr, "malli:", err)
		return exitUsage
	}
	for _, r := range o.reports {
		if err := writeReport(r, list, c.lang); err != nil {
			return c.fail(cmd, msgReportFailed, r.file, err)
		}
		if o.verbose {
			fmt.Fprintf(c.stderr, "malli %s: %s\n", cmd, fmt.Sprintf(msgReportFile.In(c.lang), r.format, r.file))
		}
	}
	return exitOK
}

// writeReport writes l to r.file in r.format. The file is relative to
// the current folder, not to the site's (-C), as a CI job names it.
func writeReport(r report, l diag.List, lang diag.Lang) error {
	if err := os.MkdirAll(filepath.Dir(r.file), 0o755); err != nil {
		return err
	}
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
