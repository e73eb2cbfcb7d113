package diag

import (
	"io"
	"strings"
)

// writeGitLab writes a GitLab Code Quality report: a JSON array of issues
// with the fields GitLab requires (description, check_name, fingerprint,
// severity, location.path, location.lines.begin; see
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
// GitLab's widget shows only the description, so it holds the message, the
// hint and the notes ("message [code] — hint: … — note: file:line: …");
// content.body (from the Code Climate format GitLab's follows) has them as
// Markdown. Errors are "major", warnings "minor".
func writeGitLab(w io.Writer, l List, opt ReportOptions) error {
	type lines struct {
		Begin int `json:"begin"`
	}
	type location struct {
		Path  string `json:"path"`
		Lines lines  `json:"lines"`
	}
	type content struct {
		Body string `json:"body"`
	}
	type issue struct {
		Type        string   `json:"type"`
		Description string   `json:"description"`
		Content     *content `json:"content,omitempty"`
		CheckName   string   `json:"check_name"`
		Fingerprint string   `json:"fingerprint"`
		Severity    string   `json:"severity"`
		Location    location `json:"location"`
	}
	lang := opt.lang()
	fps := Fingerprints(l)
	out := []issue{}
	for i, d := range l {
		sev := "major"
		if d.Severity == Warning {
			sev = "minor"
		}
		desc := d.Message(lang) + " [" + d.Code.String() + "]"
		var body []string
		if h := hintText(d, opt); h != "" {
			desc += " — " + hintWord.in(lang) + ": " + h
			body = append(body, "**"+hintWord.in(lang)+":** "+mdEscape(h))
		}
		for _, n := range d.Related {
			desc += " — " + noteWord.in(lang) + ": " + noteText(n, opt)
			body = append(body, "**"+noteWord.in(lang)+":** "+mdEscape(noteText(n, opt)))
		}
		is := issue{
			Type: "issue", Description: desc, CheckName: d.Code.String(), Fingerprint: fps[i], Severity: sev,
			Location: location{Path: opt.path(d.Pos.File), Lines: lines{Begin: max(d.Pos.Line, 1)}},
		}
		if len(body) > 0 {
			is.Content = &content{Body: strings.Join(body, "\n\n")}
		}
		out = append(out, is)
	}
	return encodeJSON(w, out, true)
}

// writeJSON writes malli's own JSON: an array with one object per
// diagnostic, in the order of the list. The field names are stable:
//
//	file         the file, slash-separated, as ReportOptions.Path maps it
//	             (relative to the site's folder without a mapper)
//	line, column 1-based; 0 when unknown (column counts bytes)
//	severity     "error" or "warning"
//	code         the stable code, such as "ref.unknown"
//	message      the message in the chosen language
//	hint         how to fix it, in the chosen language; absent when none
//	related      notes at other places, each with file, line, column, code
//	             and message; absent when none
//	fingerprint  32 hex digits that stay while the problem stays (see
//	             Fingerprints)
//
// New fields may be added; these keep their names and meaning.
func writeJSON(w io.Writer, l List, opt ReportOptions) error {
	type note struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Column  int    `json:"column"`
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	type item struct {
		File        string `json:"file"`
		Line        int    `json:"line"`
		Column      int    `json:"column"`
		Severity    string `json:"severity"`
		Code        string `json:"code"`
		Message     string `json:"message"`
		Hint        string `json:"hint,omitempty"`
		Related     []note `json:"related,omitempty"`
		Fingerprint string `json:"fingerprint"`
	}
	lang := opt.lang()
	fps := Fingerprints(l)
	out := []item{}
	for i, d := range l {
		it := item{
			File: opt.path(d.Pos.File), Line: d.Pos.Line, Column: d.Pos.Col, Severity: severityName(d.Severity),
			Code: d.Code.String(), Message: d.Message(lang), Hint: hintText(d, opt), Fingerprint: fps[i],
		}
		for _, n := range d.Related {
			it.Related = append(it.Related, note{opt.path(n.Pos.File), n.Pos.Line, n.Pos.Col, n.Code.String(), n.Code.Format(lang, n.Args...)})
		}
		out = append(out, it)
	}
	return encodeJSON(w, out, false)
}
