package main

// --report FORMAT=FILE and --path-prefix DIR of check and build.

import (
	"errors"
	"fmt"
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
// --quiet and text), writes each --report file, and, when a github format
// is asked for on GitHub Actions, appends the job summary
// ($GITHUB_STEP_SUMMARY) with every problem; it returns exitUsage if a
// report cannot be written.
//
// Report files name paths relative to the repository root (--path-prefix,
// else GITHUB_WORKSPACE, CI_PROJECT_DIR or the folder holding .git), as CI
// services want them. So does stdout in CI or with --path-prefix, so that a
// problem matcher finds the files; elsewhere stdout keeps the paths
// relative to the site, as an editor opened on the site wants them.
func (c *cli) printDiagnostics(cmd string, l diag.List, o diagOutput) int {
	version := versionString(buildInfo())
	repo := diag.ReportOptions{Lang: c.lang, Path: diag.RepoPaths(o.root, o.pathPrefix, c.getenv), Version: version, FileURL: diag.GitHubFileURL(c.getenv)}
	out := repo
	if o.pathPrefix == "" && c.getenv("GITHUB_WORKSPACE") == "" && c.getenv("CI_PROJECT_DIR") == "" {
		out.Path = nil
	}
	shown := l
	if o.quiet && o.format == "text" {
		shown = errorsOnly(l)
	}
	if err := diag.WriteReport(c.stdout, o.format, shown, out); err != nil {
		fmt.Fprintln(c.stderr, "malli:", err)
		return exitUsage
	}
	github := o.format == "github"
	for _, r := range o.reports {
		if err := diag.WriteReportFile(r.file, r.format, l, repo); err != nil {
			return c.fail(cmd, msgReportFailed, r.file, err)
		}
		github = github || r.format == "github"
		if o.verbose {
			fmt.Fprintf(c.stderr, "malli %s: %s\n", cmd, fmt.Sprintf(msgReportFile.In(c.lang), r.format, r.file))
		}
	}
	if github {
		if err := diag.AppendStepSummary(c.getenv, l, repo); err != nil {
			return c.fail(cmd, msgReportFailed, c.getenv("GITHUB_STEP_SUMMARY"), err)
		}
	}
	return exitOK
}
