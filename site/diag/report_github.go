package diag

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
)

// writeGitHub writes one GitHub Actions workflow command per diagnostic:
//
//	::error file=docs/content/x.md,line=3,col=5,endLine=3,title=ref.unknown::message [ref.unknown]%0Ahint: …%0Anote: …
//
// (line, col and endLine are left out when unknown). The message holds the
// hint and the related notes on lines of their own. Properties have %, CR,
// LF, ":" and "," percent-encoded, the message %, CR and LF, as GitHub's
// runner decodes them; every other control character is escaped as in the
// text format, so no value can end the command early or start another.
//
// GitHub shows only ten annotations of each kind per step and fifty per
// job: the text log and the markdown summary list everything.
func writeGitHub(w io.Writer, l List, opt ReportOptions) error {
	lang := opt.lang()
	var b strings.Builder
	for _, d := range l {
		msg := escape(d.Message(lang)) + " [" + escape(d.Code.String()) + "]"
		if h := hintText(d, opt); h != "" {
			msg += "\n" + hintWord.in(lang) + ": " + escape(h)
		}
		for _, n := range d.Related {
			msg += "\n" + noteWord.in(lang) + ": " + escape(noteText(n, opt))
		}
		p := opt.pos(d.Pos)
		props := "file=" + ghProp(escape(p.File))
		if p.Line > 0 {
			props += fmt.Sprintf(",line=%d", p.Line)
			if p.Col > 0 {
				props += fmt.Sprintf(",col=%d", p.Col)
			}
			props += fmt.Sprintf(",endLine=%d", p.Line)
		}
		props += ",title=" + ghProp(escape(d.Code.String()))
		fmt.Fprintf(&b, "::%s %s::%s\n", severityName(d.Severity), props, ghData(msg))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProp(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// The markdown summary's words.
var (
	mdNoProblems = Text{"malli: ei ongelmia", "malli: inga problem", "malli: no problems"}
	mdHeader     = [5]Text{
		{"Tiedosto", "Fil", "File"},
		{"Rivi", "Rad", "Line"},
		{"Vakavuus", "Allvarlighet", "Severity"},
		{"Koodi", "Kod", "Code"},
		{"Ongelma", "Problem", "Problem"},
	}
	mdTruncated = Text{
		"… ja %d muuta; ne ovat lokissa",
		"… och %d till; de finns i loggen",
		"… and %d more; they are in the log"}
)

// count says "1 virhe", "2 virhettä" and so on.
func count(n int, one, many Text, lang Lang) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one.in(lang))
	}
	return fmt.Sprintf("%d %s", n, many.in(lang))
}

// Counts in the summary's heading.
var (
	errorOne   = Text{"virhe", "fel", "error"}
	errorMany  = Text{"virhettä", "fel", "errors"}
	warningOne = Text{"varoitus", "varning", "warning"}
	warnMany   = Text{"varoitusta", "varningar", "warnings"}
)

// summaryLimit bounds the markdown summary below GitHub's limit of 1 MiB
// for one step's summary (a larger one is dropped whole).
const summaryLimit = 1000 << 10

// writeMarkdown writes a heading with the counts and a table of every
// problem, for a GitHub job summary: file and line, severity, code, and
// the message with its hint and notes on lines of their own (<br>). Text
// is escaped for Markdown and HTML, so no value makes a link, an image or a
// tag. Only if the table would pass GitHub's limit of 1 MiB does it end
// with a line saying how many more are in the log.
func writeMarkdown(w io.Writer, l List, opt ReportOptions) error {
	lang := opt.lang()
	var b strings.Builder
	errs, warns := l.Count()
	if len(l) == 0 {
		fmt.Fprintf(&b, "### %s\n", mdNoProblems.in(lang))
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "### malli: %s, %s\n\n", count(errs, errorOne, errorMany, lang), count(warns, warningOne, warnMany, lang))
	b.WriteString("|")
	for _, h := range mdHeader {
		b.WriteString(" " + h.in(lang) + " |")
	}
	b.WriteString("\n|---|---:|---|---|---|\n")
	for i, d := range l {
		p := opt.pos(d.Pos)
		line := ""
		if p.Line > 0 {
			line = fmt.Sprint(p.Line)
			if p.Col > 0 {
				line += fmt.Sprintf(":%d", p.Col)
			}
		}
		cell := mdEscape(d.Message(lang))
		if h := hintText(d, opt); h != "" {
			cell += "<br>" + mdEscape(hintWord.in(lang)+": "+h)
		}
		for _, n := range d.Related {
			cell += "<br>" + mdEscape(noteWord.in(lang)+": "+noteText(n, opt))
		}
		file := mdEscape(p.File)
		if opt.FileURL != nil {
			if u := opt.FileURL(p.File, p.Line); u != "" {
				file = "[" + file + "](<" + mdEscape(u) + ">)"
			}
		}
		row := fmt.Sprintf("| %s | %s | %s | %s | %s |\n", file, line, SeverityWord(d.Severity, lang), mdEscape(d.Code.String()), cell)
		if b.Len()+len(row) > summaryLimit {
			fmt.Fprintf(&b, "\n%s\n", fmt.Sprintf(mdTruncated.in(lang), len(l)-i))
			break
		}
		b.WriteString(row)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscape makes s literal text in a GFM table cell: control characters
// escaped as in the text format, &, < and > as HTML entities, every other
// ASCII punctuation mark that Markdown could act on behind a backslash
// (| included, which GFM reads as a cell's end).
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range escape(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '!', '|', '~', '{', '}', '$':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// AppendStepSummary appends the markdown summary of l to the file named by
// the GITHUB_STEP_SUMMARY environment variable, which GitHub Actions shows
// on the run's page; without the variable it does nothing. The github
// format's callers call it beside writing the annotations.
func AppendStepSummary(getenv func(string) string, l List, opt ReportOptions) error {
	name := getenv("GITHUB_STEP_SUMMARY")
	if name == "" {
		return nil
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if err := writeMarkdown(f, l, opt); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// GitHubFileURL returns a ReportOptions.FileURL for the commit a GitHub
// Actions run checks, from GITHUB_SERVER_URL, GITHUB_REPOSITORY and
// GITHUB_SHA ("https://github.com/org/repo/blob/SHA/docs/content/x.md#L3"),
// or nil outside GitHub Actions. The paths must be relative to the
// repository (RepoPaths).
func GitHubFileURL(getenv func(string) string) func(path string, line int) string {
	server, repo, sha := getenv("GITHUB_SERVER_URL"), getenv("GITHUB_REPOSITORY"), getenv("GITHUB_SHA")
	if server == "" || repo == "" || sha == "" {
		return nil
	}
	base := strings.TrimSuffix(server, "/") + "/" + repo + "/blob/" + url.PathEscape(sha) + "/"
	return func(p string, line int) string {
		u := base + (&url.URL{Path: p}).EscapedPath()
		if line > 0 {
			u += fmt.Sprintf("#L%d", line)
		}
		return u
	}
}
