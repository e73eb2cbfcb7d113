package diag

import (
	"io"
	"net/url"
	"regexp"
	"strconv"
	"unicode/utf8"
)

// SARIFBaseID is the uriBaseId of every artifactLocation in the SARIF
// report: the paths are relative to it, the repository's root when a
// PathMapper from RepoPaths is used.
const SARIFBaseID = "SRCROOT"

// writeSARIF writes a SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/)
// with one run: tool.driver "malli" with a rule for each code the results
// use, described from the code registry in the chosen language; one result
// per diagnostic with ruleId and ruleIndex, level "error" or "warning", the
// message (with the hint and the notes on lines of their own, and as
// Markdown), a location whose artifactLocation.uri is the mapped path as a
// relative URI against uriBaseId SRCROOT, a region with startLine and
// startColumn (in Unicode code points, run.columnKind; line 1 for a
// problem of the whole file, which GitHub wants), relatedLocations
// for the notes, and partialFingerprints "malli/v1" (see Fingerprints).
func writeSARIF(w io.Writer, l List, opt ReportOptions) error {
	type text struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	type artifactLocation struct {
		URI         string `json:"uri,omitempty"`
		URIBaseID   string `json:"uriBaseId,omitempty"`
		Description *text  `json:"description,omitempty"`
	}
	type region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	type physicalLocation struct {
		ArtifactLocation artifactLocation `json:"artifactLocation"`
		Region           *region          `json:"region,omitempty"`
	}
	type location struct {
		ID               *int             `json:"id,omitempty"`
		PhysicalLocation physicalLocation `json:"physicalLocation"`
		Message          *text            `json:"message,omitempty"`
	}
	type result struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             text              `json:"message"`
		Locations           []location        `json:"locations"`
		RelatedLocations    []location        `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	type rule struct {
		ID               string `json:"id"`
		ShortDescription text   `json:"shortDescription"`
		Help             text   `json:"help"`
	}
	type driver struct {
		Name           string `json:"name"`
		Version        string `json:"version,omitempty"`
		InformationURI string `json:"informationUri"`
		Rules          []rule `json:"rules"`
	}
	type tool struct {
		Driver driver `json:"driver"`
	}
	type run struct {
		Tool               tool                        `json:"tool"`
		Language           string                      `json:"language"`
		ColumnKind         string                      `json:"columnKind"`
		OriginalURIBaseIDs map[string]artifactLocation `json:"originalUriBaseIds"`
		Results            []result                    `json:"results"`
	}
	type log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []run  `json:"runs"`
	}
	lang := opt.lang()
	loc := func(p Pos, line string) physicalLocation {
		pl := physicalLocation{ArtifactLocation: artifactLocation{URI: sarifURI(opt.path(p.File)), URIBaseID: SARIFBaseID}}
		pl.Region = &region{StartLine: max(p.Line, 1)} // GitHub wants a line, as GitLab does
		if p.Line > 0 {
			pl.Region.StartColumn = codePointColumn(line, p.Col)
		}
		return pl
	}
	rules := []rule{}
	ruleIndex := map[Code]int{}
	results := []result{}
	fps := Fingerprints(l)
	for i, d := range l {
		ri, ok := ruleIndex[d.Code]
		if !ok {
			ri = len(rules)
			ruleIndex[d.Code] = ri
			desc := ruleText(d.Code, lang)
			rules = append(rules, rule{ID: d.Code.String(), ShortDescription: text{Text: desc}, Help: text{Text: desc}})
		}
		msg := d.Message(lang)
		md := mdEscape(msg)
		if h := hintText(d, opt); h != "" {
			msg += "\n" + hintWord.in(lang) + ": " + h
			md += "\n\n**" + hintWord.in(lang) + ":** " + mdEscape(h)
		}
		r := result{
			RuleID: d.Code.String(), RuleIndex: ri, Level: severityName(d.Severity),
			Locations:           []location{{PhysicalLocation: loc(d.Pos, d.Line)}},
			PartialFingerprints: map[string]string{"malli/v1": fps[i]},
		}
		for j, n := range d.Related {
			id := j + 1
			note := n.Code.Format(lang, n.Args...)
			r.RelatedLocations = append(r.RelatedLocations, location{ID: &id, PhysicalLocation: loc(n.Pos, ""), Message: &text{Text: note}})
			msg += "\n" + noteWord.in(lang) + ": " + noteText(n, opt)
			md += "\n\n**" + noteWord.in(lang) + ":** [" + mdEscape(note) + "](" + strconv.Itoa(id) + ")"
		}
		r.Message = text{Text: msg, Markdown: md}
		results = append(results, r)
	}
	out := log{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []run{{
			Tool: tool{Driver: driver{
				Name: "malli", Version: opt.Version, InformationURI: "https://github.com/malli-fi/malli", Rules: rules,
			}},
			Language:   string(lang),
			ColumnKind: "unicodeCodePoints",
			OriginalURIBaseIDs: map[string]artifactLocation{SARIFBaseID: {
				Description: &text{Text: Text{"tietovaraston juuri", "förrådets rot", "the root of the repository"}.in(lang)},
			}},
			Results: results,
		}},
	}
	return encodeJSON(w, out, false)
}

// sarifURI makes a slash-separated relative path a relative URI reference:
// each segment percent-encoded ("content/ä b.md" → "content/%C3%A4%20b.md"),
// and "./" before a first segment with a colon, which would read as a
// scheme.
func sarifURI(p string) string {
	return (&url.URL{Path: p}).String()
}

// codePointColumn turns a 1-based byte column in line into a 1-based column
// in Unicode code points; without the line it stays as it is.
func codePointColumn(line string, col int) int {
	if col <= 0 {
		return 0
	}
	if line == "" || col-1 > len(line) {
		return col
	}
	return utf8.RuneCountInString(line[:col-1]) + 1
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// ruleText is a code's message template in lang with its blanks shown as
// "…": "the reference %q is unknown" → "the reference … is unknown".
func ruleText(c Code, lang Lang) string {
	t, ok := TextOf(c)
	if !ok {
		return c.String()
	}
	return verb.ReplaceAllStringFunc(t.in(lang), func(v string) string {
		if v == "%%" {
			return "%"
		}
		return "…"
	})
}
