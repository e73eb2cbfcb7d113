package diag

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// The report formats. Each writes a whole List to an io.Writer; all of them
// show every diagnostic with its hint and related notes, in the language of
// ReportOptions.Lang, with file paths passed through ReportOptions.Path:
//
//	text      the human log: "file:line:col: severity: message [code]",
//	          the source line with a caret, the hint and the notes
//	          (ProblemMatcher reads it)
//	github    GitHub Actions workflow commands (::error file=…::…), one per
//	          diagnostic; GitHub shows only ten per step, so pair it with
//	          the text log and the markdown summary
//	markdown  a Markdown table of every problem, for $GITHUB_STEP_SUMMARY
//	          (see AppendStepSummary)
//	gitlab    a GitLab Code Quality report (JSON)
//	json      malli's own JSON (see writeJSON for its fields)
//	sarif     SARIF 2.1.0, for GitHub code scanning and other tools
//
// Formats lists them, text first.
var Formats = []string{"text", "github", "markdown", "gitlab", "json", "sarif"}

// PathMapper maps a slash-separated path relative to the site's folder (a
// Pos.File) to the path a report shows, usually relative to the repository
// root (see RepoPaths). A nil PathMapper leaves paths as they are.
type PathMapper func(sitePath string) string

// ReportOptions are what every report format takes besides the
// diagnostics.
type ReportOptions struct {
	Lang    Lang       // language of messages, hints and headings; "" is FI
	Path    PathMapper // site-relative to shown path; nil: unchanged
	Version string     // malli's version, for SARIF's tool.driver.version; optional
	// FileURL, when set, gives the web address of a shown path at a line
	// (0: the file), and the markdown summary links each problem there;
	// see GitHubFileURL.
	FileURL func(path string, line int) string
}

func (o ReportOptions) lang() Lang {
	if o.Lang == "" {
		return FI
	}
	return o.Lang
}

// path returns the shown form of a site-relative path.
func (o ReportOptions) path(p string) string {
	if o.Path == nil {
		return p
	}
	return o.Path(p)
}

// pos returns p with its file mapped.
func (o ReportOptions) pos(p Pos) Pos {
	p.File = o.path(p.File)
	return p
}

// WriteReport writes l to w in format (one of Formats). l is expected to be
// sorted (List.Sort), as a site's diagnostics are: fingerprints count
// identical problems in that order.
func WriteReport(w io.Writer, format string, l List, opt ReportOptions) error {
	switch format {
	case "", "text":
		return writeText(w, l, opt)
	case "github":
		return writeGitHub(w, l, opt)
	case "markdown":
		return writeMarkdown(w, l, opt)
	case "gitlab":
		return writeGitLab(w, l, opt)
	case "json":
		return writeJSON(w, l, opt)
	case "sarif":
		return writeSARIF(w, l, opt)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// Print writes l in format with messages in lang and paths as they are
// (relative to the site's folder). It is WriteReport without a PathMapper.
func Print(w io.Writer, l List, format string, lang Lang) error {
	return WriteReport(w, format, l, ReportOptions{Lang: lang})
}

// ValidFormat reports whether format is one of Formats.
func ValidFormat(format string) bool {
	for _, f := range Formats {
		if f == format {
			return true
		}
	}
	return false
}

// ParseReport splits the value of a --report flag, "FORMAT=FILE" (e.g.
// "gitlab=gl-code-quality-report.json"), and checks the format.
func ParseReport(spec string) (format, file string, err error) {
	format, file, ok := strings.Cut(spec, "=")
	switch {
	case !ok || file == "":
		return "", "", fmt.Errorf("report %q: want FORMAT=FILE, e.g. gitlab=gl-code-quality-report.json", spec)
	case !ValidFormat(format):
		return "", "", fmt.Errorf("report %q: unknown format %q (want %s)", spec, format, strings.Join(Formats, ", "))
	}
	return format, file, nil
}

// PrefixPaths returns a PathMapper that puts prefix (a slash-separated
// folder, such as "docs") before every path; "" and "." map paths to
// themselves.
func PrefixPaths(prefix string) PathMapper {
	prefix = path.Clean(strings.ReplaceAll(prefix, `\`, "/"))
	prefix = strings.TrimPrefix(prefix, "./")
	if prefix == "." || prefix == "" {
		return func(p string) string { return p }
	}
	return func(p string) string {
		if p == "" {
			return prefix
		}
		return path.Join(prefix, p)
	}
}

// Words used by several formats.
var (
	hintWord = Text{"vihje", "tips", "hint"}
	noteWord = Text{"huom", "obs", "note"}
)

// noteText is a related note as one line: "file:line:col: note text".
func noteText(n Note, opt ReportOptions) string {
	return fmt.Sprintf("%s: %s", opt.pos(n.Pos), n.Code.Format(opt.lang(), n.Args...))
}

// hintText is d's hint in the report's language, or "".
func hintText(d *Diagnostic, opt ReportOptions) string {
	if d.Hint == nil {
		return ""
	}
	return d.Hint.In(opt.lang())
}

// severityName is the severity's English name in machine formats.
func severityName(s Severity) string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// WriteReportFile writes l in format to the file name (a --report flag's
// FILE), creating its folder if needed and replacing what it held.
func WriteReportFile(name, format string, l List, opt ReportOptions) error {
	if !ValidFormat(format) {
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	if dir := filepath.Dir(name); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := WriteReport(f, format, l, opt); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
