package diag_test

import (
	"os"

	"github.com/malli-fi/malli/site/diag"
)

// A command line wires the reports like this (a sketch of cmd/malli):
//
//	opt := diag.ReportOptions{
//		Lang:    lang,
//		Path:    diag.RepoPaths(siteDir, pathPrefix, os.Getenv), // --path-prefix, else GITHUB_WORKSPACE, CI_PROJECT_DIR, .git
//		Version: version,
//		FileURL: diag.GitHubFileURL(os.Getenv), // nil outside GitHub Actions
//	}
//	diag.WriteReport(stdout, format, res.Diagnostics, opt) // --format, text by default
//	for _, spec := range reports {                          // --report FORMAT=FILE, repeatable
//		format, file, err := diag.ParseReport(spec)         // at flag parsing: a usage error
//		…
//		err = diag.WriteReportFile(file, format, res.Diagnostics, opt)
//	}
//	if format == "github" || a report is github {
//		diag.AppendStepSummary(os.Getenv, res.Diagnostics, opt) // $GITHUB_STEP_SUMMARY, when set
//	}
//
// The text log then carries repository-relative paths too, so the problem
// matcher (diag.ProblemMatcher) places its annotations.
func ExampleWriteReport() {
	l := diag.List{{
		Pos: diag.Pos{File: "content/sivut/a.md", Line: 3, Col: 1}, Severity: diag.Error,
		Code: diag.LinkBroken, Args: []any{"kuva.png"},
		Hint: diag.Words{FI: "korjaa polku", SV: "rätta sökvägen", EN: "fix the path"},
	}}
	opt := diag.ReportOptions{Lang: diag.EN, Path: diag.PrefixPaths("docs")}
	diag.WriteReport(os.Stdout, "text", l, opt)
	diag.WriteReport(os.Stdout, "github", l, opt)
	// Output:
	// docs/content/sivut/a.md:3:1: error: link target "kuva.png" does not exist [link.broken]
	//   hint: fix the path
	// ::error file=docs/content/sivut/a.md,line=3,col=1,endLine=3,title=link.broken::link target "kuva.png" does not exist [link.broken]%0Ahint: fix the path
}
