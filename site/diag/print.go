package diag

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats names the output formats of Print.
var Formats = []string{"text", "github", "gitlab", "json"}

// Print writes l in format ("text", "github", "gitlab" or "json") with
// messages in lang.
func Print(w io.Writer, l List, format string, lang Lang) error {
	switch format {
	case "", "text":
		return printText(w, l, lang)
	case "github":
		return printGitHub(w, l, lang)
	case "gitlab":
		return printGitLab(w, l, lang)
	case "json":
		return printJSON(w, l, lang)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

var hintWord = Text{"vihje", "tips", "hint"}
var noteWord = Text{"huom", "obs", "note"}

// printText writes one line editors can jump to, then the source line with
// a caret under the column, the hint and the related notes.
func printText(w io.Writer, l List, lang Lang) error {
	var b strings.Builder
	for _, d := range l {
		fmt.Fprintf(&b, "%s: %s: %s [%s]\n", d.Pos, SeverityWord(d.Severity, lang), d.Message(lang), d.Code)
		if d.Line != "" && d.Pos.Line > 0 {
			num := fmt.Sprint(d.Pos.Line)
			line := strings.ReplaceAll(d.Line, "\t", " ")
			fmt.Fprintf(&b, "  %s | %s\n", num, line)
			if d.Pos.Col > 0 {
				pad := strings.Repeat(" ", len([]rune(line[:min(d.Pos.Col-1, len(line))])))
				fmt.Fprintf(&b, "  %s | %s^\n", strings.Repeat(" ", len(num)), pad)
			}
		}
		if d.Hint != nil {
			fmt.Fprintf(&b, "  %s: %s\n", hintWord.in(lang), d.Hint.In(lang))
		}
		for _, n := range d.Related {
			fmt.Fprintf(&b, "  %s: %s: %s\n", n.Pos, noteWord.in(lang), n.Code.Format(lang, n.Args...))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// printGitHub writes GitHub Actions workflow commands.
func printGitHub(w io.Writer, l List, lang Lang) error {
	var b strings.Builder
	for _, d := range l {
		kind := "error"
		if d.Severity == Warning {
			kind = "warning"
		}
		msg := d.Message(lang) + " [" + string(d.Code) + "]"
		if d.Hint != nil {
			msg += "\n" + hintWord.in(lang) + ": " + d.Hint.In(lang)
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,title=%s::%s\n", kind,
			ghProp(d.Pos.File), max(d.Pos.Line, 1), max(d.Pos.Col, 1), ghProp(string(d.Code)), ghData(msg))
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

// printGitLab writes a GitLab code quality report.
func printGitLab(w io.Writer, l List, lang Lang) error {
	type lines struct {
		Begin int `json:"begin"`
	}
	type location struct {
		Path  string `json:"path"`
		Lines lines  `json:"lines"`
	}
	type issue struct {
		Description string   `json:"description"`
		CheckName   string   `json:"check_name"`
		Fingerprint string   `json:"fingerprint"`
		Severity    string   `json:"severity"`
		Location    location `json:"location"`
	}
	out := []issue{}
	for _, d := range l {
		sev := "major"
		if d.Severity == Warning {
			sev = "minor"
		}
		msg := d.Message(lang)
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%d|%d|%s", d.Pos.File, d.Code, d.Pos.Line, d.Pos.Col, msg)))
		out = append(out, issue{
			Description: msg, CheckName: string(d.Code), Fingerprint: hex.EncodeToString(sum[:16]),
			Severity: sev, Location: location{Path: d.Pos.File, Lines: lines{Begin: max(d.Pos.Line, 1)}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// printJSON writes the list as a JSON array.
func printJSON(w io.Writer, l List, lang Lang) error {
	type note struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Column  int    `json:"column"`
		Message string `json:"message"`
	}
	type item struct {
		File     string `json:"file"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Severity string `json:"severity"`
		Code     string `json:"code"`
		Message  string `json:"message"`
		Hint     string `json:"hint,omitempty"`
		Related  []note `json:"related,omitempty"`
	}
	out := []item{}
	for _, d := range l {
		it := item{File: d.Pos.File, Line: d.Pos.Line, Column: d.Pos.Col, Code: string(d.Code), Message: d.Message(lang), Severity: "error"}
		if d.Severity == Warning {
			it.Severity = "warning"
		}
		if d.Hint != nil {
			it.Hint = d.Hint.In(lang)
		}
		for _, n := range d.Related {
			it.Related = append(it.Related, note{n.Pos.File, n.Pos.Line, n.Pos.Col, n.Code.Format(lang, n.Args...)})
		}
		out = append(out, it)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
