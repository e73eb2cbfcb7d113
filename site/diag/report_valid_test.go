package diag_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

// report writes reportList in format and decodes it as JSON.
func report(t *testing.T, format string, lang diag.Lang) any {
	t.Helper()
	var b bytes.Buffer
	if err := diag.WriteReport(&b, format, reportList(0), reportOptions(lang)); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatalf("%s is not JSON: %v\n%s", format, err, b.String())
	}
	return v
}

// checker walks decoded JSON and records what is missing or wrong.
type checker struct {
	t    *testing.T
	name string
}

func (c checker) errorf(at, format string, args ...any) {
	c.t.Helper()
	c.t.Errorf("%s %s: %s", c.name, at, fmt.Sprintf(format, args...))
}

func (c checker) object(at string, v any) map[string]any {
	c.t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		c.errorf(at, "is %T, want an object", v)
	}
	return m
}

func (c checker) array(at string, v any) []any {
	c.t.Helper()
	a, ok := v.([]any)
	if !ok {
		c.errorf(at, "is %T, want an array", v)
	}
	return a
}

func (c checker) str(at string, v any) string {
	c.t.Helper()
	s, ok := v.(string)
	if !ok || s == "" {
		c.errorf(at, "is %#v, want a non-empty string", v)
	}
	return s
}

func (c checker) posInt(at string, v any) int {
	c.t.Helper()
	f, ok := v.(float64)
	if !ok || f < 1 || f != float64(int(f)) {
		c.errorf(at, "is %#v, want an integer ≥ 1", v)
	}
	return int(f)
}

// message checks a SARIF message object (3.11): text is required (there are
// no message strings by id here), markdown optional.
func (c checker) message(at string, v any) {
	c.t.Helper()
	m := c.object(at, v)
	c.str(at+".text", m["text"])
	if md, ok := m["markdown"]; ok {
		c.str(at+".markdown", md)
	}
}

// location checks a SARIF location (3.28) as malli writes it: a
// physicalLocation (3.29) with an artifactLocation (3.4) whose uri is a
// relative URI reference against uriBaseId SRCROOT, and an optional
// region (3.30) with startLine and startColumn ≥ 1.
func (c checker) location(at string, v any) {
	c.t.Helper()
	m := c.object(at, v)
	pl := c.object(at+".physicalLocation", m["physicalLocation"])
	al := c.object(at+".physicalLocation.artifactLocation", pl["artifactLocation"])
	uri := c.str(at+".artifactLocation.uri", al["uri"])
	if u, err := url.Parse(uri); err != nil || u.IsAbs() || strings.HasPrefix(uri, "/") || strings.Contains(uri, `\`) || strings.Contains(uri, " ") {
		c.errorf(at+".artifactLocation.uri", "%q is not a relative URI reference with slashes", uri)
	}
	if al["uriBaseId"] != diag.SARIFBaseID {
		c.errorf(at+".artifactLocation.uriBaseId", "is %#v, want %q", al["uriBaseId"], diag.SARIFBaseID)
	}
	if r, ok := pl["region"]; ok {
		rm := c.object(at+".region", r)
		c.posInt(at+".region.startLine", rm["startLine"])
		if col, ok := rm["startColumn"]; ok {
			c.posInt(at+".region.startColumn", col)
		}
	}
}

// TestSARIFStructure checks the SARIF report against the properties SARIF
// 2.1.0 (OASIS standard, 27 March 2020) requires and the constraints it
// sets, written out by hand (section numbers in the messages): a sarifLog
// with version "2.1.0" and runs (3.13); each run with tool (3.14.6), whose
// driver (3.18.2) is a toolComponent with a name (3.19.8); each rule a
// reportingDescriptor with an id (3.49.3) and descriptions with text
// (3.12); each result (3.27) with a message (3.27.11), a level of none,
// note, warning or error (3.27.10), a ruleId that names a rule and a
// ruleIndex that points at it (3.27.5–6), locations (3.27.12),
// relatedLocations whose ids are unique and non-negative (3.28.2), and
// partialFingerprints of strings (3.27.17); columnKind one of its two
// values (3.14.24); every uriBaseId defined in originalUriBaseIds
// (3.14.14); and every result's file, line and message as the diagnostic
// has them.
func TestSARIFStructure(t *testing.T) {
	for _, lang := range diag.Langs {
		c := checker{t, "sarif." + string(lang)}
		log := c.object("sarifLog", report(t, "sarif", lang))
		if log["version"] != "2.1.0" {
			c.errorf("version (3.13.2)", "is %#v, want \"2.1.0\"", log["version"])
		}
		if s, ok := log["$schema"]; ok {
			if u, err := url.Parse(c.str("$schema", s)); err != nil || !u.IsAbs() {
				c.errorf("$schema (3.13.3)", "%v is not an absolute URI", s)
			}
		}
		runs := c.array("runs (3.13.4)", log["runs"])
		if len(runs) != 1 {
			c.errorf("runs", "has %d runs, want 1", len(runs))
		}
		for ri, r := range runs {
			at := fmt.Sprintf("runs[%d]", ri)
			run := c.object(at, r)
			tool := c.object(at+".tool (3.14.6)", run["tool"])
			driver := c.object(at+".tool.driver (3.18.2)", tool["driver"])
			if c.str(at+".tool.driver.name (3.19.8)", driver["name"]) != "malli" {
				c.errorf(at+".tool.driver.name", "is %v, want malli", driver["name"])
			}
			if ck := run["columnKind"]; ck != "unicodeCodePoints" && ck != "utf16CodeUnits" {
				c.errorf(at+".columnKind (3.14.24)", "is %#v", ck)
			}
			if run["language"] != string(lang) {
				c.errorf(at+".language (3.14.21)", "is %#v, want %q", run["language"], lang)
			}
			bases := c.object(at+".originalUriBaseIds", run["originalUriBaseIds"])
			if _, ok := bases[diag.SARIFBaseID]; !ok {
				c.errorf(at+".originalUriBaseIds (3.14.14)", "does not define %s", diag.SARIFBaseID)
			}
			ruleIDs := map[string]int{}
			for i, rv := range c.array(at+".tool.driver.rules", driver["rules"]) {
				rat := fmt.Sprintf("%s.rules[%d]", at, i)
				rule := c.object(rat, rv)
				id := c.str(rat+".id (3.49.3)", rule["id"])
				if _, dup := ruleIDs[id]; dup {
					c.errorf(rat, "repeats rule %s", id)
				}
				ruleIDs[id] = i
				c.message(rat+".shortDescription (3.49.9)", rule["shortDescription"])
				if h, ok := rule["help"]; ok {
					c.message(rat+".help (3.49.13)", h)
				}
			}
			results := c.array(at+".results (3.14.23)", run["results"])
			want := reportList(0)
			if len(results) != len(want) {
				c.errorf(at+".results", "has %d results, want %d", len(results), len(want))
				continue
			}
			for i, rv := range results {
				rat := fmt.Sprintf("%s.results[%d]", at, i)
				res := c.object(rat, rv)
				c.message(rat+".message (3.27.11)", res["message"])
				switch res["level"] {
				case "none", "note", "warning", "error":
				default:
					c.errorf(rat+".level (3.27.10)", "is %#v", res["level"])
				}
				id := c.str(rat+".ruleId (3.27.5)", res["ruleId"])
				if idx, ok := ruleIDs[id]; !ok {
					c.errorf(rat+".ruleId", "%s is not a rule of the driver", id)
				} else if res["ruleIndex"] != float64(idx) {
					c.errorf(rat+".ruleIndex (3.27.6)", "is %v, want %d", res["ruleIndex"], idx)
				}
				locs := c.array(rat+".locations (3.27.12)", res["locations"])
				if len(locs) != 1 {
					c.errorf(rat+".locations", "has %d, want 1", len(locs))
					continue
				}
				c.location(rat+".locations[0]", locs[0])
				ids := map[float64]bool{}
				if rel, ok := res["relatedLocations"]; ok {
					for j, lv := range c.array(rat+".relatedLocations (3.27.22)", rel) {
						lat := fmt.Sprintf("%s.relatedLocations[%d]", rat, j)
						c.location(lat, lv)
						lm := c.object(lat, lv)
						id, ok := lm["id"].(float64)
						if !ok || id < 0 || ids[id] {
							c.errorf(lat+".id (3.28.2)", "is %#v: want a unique integer ≥ 0", lm["id"])
						}
						ids[id] = true
						c.message(lat+".message (3.28.5)", lm["message"])
					}
				}
				for k, fp := range c.object(rat+".partialFingerprints (3.27.17)", res["partialFingerprints"]) {
					c.str(rat+".partialFingerprints."+k, fp)
				}
				// The result says what the diagnostic says.
				d := want[i]
				if id != d.Code.String() {
					c.errorf(rat+".ruleId", "is %s, want %s", id, d.Code)
				}
				msg := c.object(rat+".message", res["message"])["text"].(string)
				if !strings.HasPrefix(msg, d.Message(lang)) {
					c.errorf(rat+".message.text", "%q does not start with the message %q", msg, d.Message(lang))
				}
				if d.Hint != nil && !strings.Contains(msg, d.Hint.In(lang)) {
					c.errorf(rat+".message.text", "%q lacks the hint", msg)
				}
				pl := c.object("", c.object("", locs[0])["physicalLocation"])
				uri := c.object("", pl["artifactLocation"])["uri"].(string)
				if p, err := url.PathUnescape(uri); err != nil || p != "docs/"+d.Pos.File {
					c.errorf(rat+".artifactLocation.uri", "%q is not docs/%s", uri, d.Pos.File)
				}
				if region, ok := pl["region"].(map[string]any); !ok || region["startLine"] != float64(max(d.Pos.Line, 1)) {
					c.errorf(rat+".region", "is %v, want line %d", pl["region"], d.Pos.Line)
				}
				if len(d.Related) != len(ids) {
					c.errorf(rat+".relatedLocations", "has %d, want %d notes", len(ids), len(d.Related))
				}
			}
		}
	}
}

// TestGitLabStructure checks the GitLab report against the fields GitLab
// requires of each issue (https://docs.gitlab.com/ci/testing/code_quality/
// #code-quality-report-format): description, check_name, fingerprint
// (unique in the report), severity (info, minor, major, critical or
// blocker), location.path (relative, slash-separated) and
// location.lines.begin (≥ 1); and that the description holds the hint and
// the notes, since GitLab shows nothing else.
func TestGitLabStructure(t *testing.T) {
	for _, lang := range diag.Langs {
		c := checker{t, "gitlab." + string(lang)}
		issues := c.array("report", report(t, "gitlab", lang))
		want := reportList(0)
		if len(issues) != len(want) {
			t.Fatalf("%d issues, want %d", len(issues), len(want))
		}
		fps := map[string]bool{}
		for i, v := range issues {
			at := fmt.Sprintf("[%d]", i)
			is := c.object(at, v)
			desc := c.str(at+".description", is["description"])
			if c.str(at+".check_name", is["check_name"]) != want[i].Code.String() {
				c.errorf(at+".check_name", "is %v, want %s", is["check_name"], want[i].Code)
			}
			fp := c.str(at+".fingerprint", is["fingerprint"])
			if fps[fp] {
				c.errorf(at+".fingerprint", "%s is not unique", fp)
			}
			fps[fp] = true
			switch is["severity"] {
			case "info", "minor", "major", "critical", "blocker":
			default:
				c.errorf(at+".severity", "is %#v", is["severity"])
			}
			loc := c.object(at+".location", is["location"])
			p := c.str(at+".location.path", loc["path"])
			if strings.HasPrefix(p, "/") || strings.Contains(p, `\`) || p != "docs/"+want[i].Pos.File {
				c.errorf(at+".location.path", "is %q, want docs/%s", p, want[i].Pos.File)
			}
			lines := c.object(at+".location.lines", loc["lines"])
			if c.posInt(at+".location.lines.begin", lines["begin"]) != max(want[i].Pos.Line, 1) {
				c.errorf(at+".location.lines.begin", "is %v, want %d", lines["begin"], want[i].Pos.Line)
			}
			d := want[i]
			if !strings.Contains(desc, d.Message(lang)) || d.Hint != nil && !strings.Contains(desc, d.Hint.In(lang)) {
				c.errorf(at+".description", "%q lacks the message or the hint", desc)
			}
			for _, n := range d.Related {
				if !strings.Contains(desc, n.Code.Format(lang)) {
					c.errorf(at+".description", "%q lacks the note %q", desc, n.Code.Format(lang))
				}
			}
		}
	}
}

// TestHintsAndNotesEverywhere: every format shows every diagnostic's hint
// and related notes.
func TestHintsAndNotesEverywhere(t *testing.T) {
	for _, format := range diag.Formats {
		for _, lang := range diag.Langs {
			var b bytes.Buffer
			if err := diag.WriteReport(&b, format, reportList(0), reportOptions(lang)); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if format == "json" || format == "gitlab" || format == "sarif" {
				out = decodeStrings(t, b.Bytes())
			}
			for _, d := range reportList(0) {
				var want []string
				if d.Hint != nil {
					want = append(want, d.Hint.In(lang))
				}
				for _, n := range d.Related {
					at := "docs/" + n.Pos.File + ":" + strconv.Itoa(n.Pos.Line)
					if format == "json" { // file and line are fields of their own
						at = "docs/" + n.Pos.File
					}
					want = append(want, n.Code.Format(lang), at)
				}
				for _, w := range want {
					if !strings.Contains(out, w) && !strings.Contains(out, markdownOf(w)) {
						t.Errorf("%s (%s) lacks %q of %s", format, lang, w, d.Code)
					}
				}
			}
		}
	}
}

// markdownOf is s as the markdown writers escape it.
func markdownOf(s string) string {
	return regexp.MustCompile(`[\\`+"`"+`*_\[\]()#!|~{}$]`).ReplaceAllString(strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s), `\$0`)
}

// decodeStrings returns every string in a JSON document, one a line.
func decodeStrings(t *testing.T, b []byte) string {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out.WriteString(v + "\n")
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	return out.String()
}

// TestProblemMatcher: the shipped problem matcher is what GitHub reads
// (problemMatcher, owners, one pattern each) and its patterns pick file,
// line, column, message and code out of every first line of the text
// format, in every language, with the severity of the matcher that
// matched; the other lines (source, caret, hint, notes) match none.
func TestProblemMatcher(t *testing.T) {
	var m struct {
		ProblemMatcher []struct {
			Owner, Severity string
			Pattern         []struct {
				Regexp                            string
				File, Line, Column, Message, Code int
			}
		}
	}
	if err := json.Unmarshal(diag.ProblemMatcher, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.ProblemMatcher) != 2 {
		t.Fatalf("%d matchers, want 2", len(m.ProblemMatcher))
	}
	type matcher struct {
		re                                *regexp.Regexp
		severity                          string
		file, line, column, message, code int
	}
	var ms []matcher
	for _, pm := range m.ProblemMatcher {
		if pm.Owner == "" || (pm.Severity != "error" && pm.Severity != "warning") || len(pm.Pattern) != 1 {
			t.Fatalf("matcher %+v: want an owner, severity error or warning, one pattern", pm)
		}
		p := pm.Pattern[0]
		ms = append(ms, matcher{regexp.MustCompile(p.Regexp), pm.Severity, p.File, p.Line, p.Column, p.Message, p.Code})
	}
	for _, lang := range diag.Langs {
		var b bytes.Buffer
		if err := diag.WriteReport(&b, "text", reportList(0), reportOptions(lang)); err != nil {
			t.Fatal(err)
		}
		want := reportList(0)
		n := 0
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			var got []string
			var sev string
			for _, mt := range ms {
				if s := mt.re.FindStringSubmatch(line); s != nil {
					if got != nil {
						t.Errorf("two matchers match %q", line)
					}
					got = []string{s[mt.file], s[mt.line], s[mt.column], s[mt.message], s[mt.code]}
					sev = mt.severity
				}
			}
			if strings.HasPrefix(line, " ") {
				if got != nil {
					t.Errorf("%s: a matcher matches the continuation line %q", lang, line)
				}
				continue
			}
			if n >= len(want) {
				t.Fatalf("%s: more first lines than diagnostics: %q", lang, line)
			}
			d := want[n]
			n++
			num := func(i int) string {
				if i == 0 {
					return ""
				}
				return strconv.Itoa(i)
			}
			col := num(d.Pos.Col)
			if d.Pos.Line == 0 {
				col = ""
			}
			exp := []string{"docs/" + d.Pos.File, num(d.Pos.Line), col, d.Message(lang), d.Code.String()}
			if fmt.Sprint(got) != fmt.Sprint(exp) || sev != map[diag.Severity]string{diag.Error: "error", diag.Warning: "warning"}[d.Severity] {
				t.Errorf("%s: %q gives %q (%s), want %q (%v)", lang, line, got, sev, exp, d.Severity)
			}
		}
		if n != len(want) {
			t.Errorf("%s: %d diagnostic lines, want %d", lang, n, len(want))
		}
	}
}
