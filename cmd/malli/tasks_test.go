package main

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

// TestReadmeTask: the VS Code task README.md gives for check --watch
// matches what check --watch prints, in every language: its begin and end
// lines, and each diagnostic's first line as an error or a warning.
func TestReadmeTask(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var task struct {
		Tasks []struct {
			Command        string
			ProblemMatcher []struct {
				Severity   string
				Pattern    struct{ Regexp string }
				Background struct {
					BeginsPattern, EndsPattern string
				}
			}
		}
	}
	for _, block := range strings.Split(string(readme), "```json\n")[1:] {
		block = block[:strings.Index(block, "```")]
		if strings.Contains(block, "check --watch") {
			if err := json.Unmarshal([]byte(block), &task); err != nil {
				t.Fatalf("README's task is not JSON: %v", err)
			}
		}
	}
	if len(task.Tasks) != 1 || len(task.Tasks[0].ProblemMatcher) != 2 {
		t.Fatalf("README has no check --watch task with two matchers: %+v", task)
	}
	var l diag.List
	l.Errorf(diag.Pos{File: "content/sivut/a.md", Line: 3, Col: 9}, diag.SourceEmpty)
	l.Warnf(diag.Pos{File: "content/sivut/b.md", Line: 1, Col: 1}, diag.SourceBOM)
	for _, lang := range diag.Langs {
		var out strings.Builder
		diag.Print(&out, l, "text", lang)
		lines := strings.Split(out.String(), "\n")
		for _, m := range task.Tasks[0].ProblemMatcher {
			want := map[string]string{"error": lines[0], "warning": lines[1]}[m.Severity]
			if !regexp.MustCompile(m.Pattern.Regexp).MatchString(want) {
				t.Errorf("%s: the %s pattern does not match %q", lang, m.Severity, want)
			}
			other := map[string]string{"error": lines[1], "warning": lines[0]}[m.Severity]
			if regexp.MustCompile(m.Pattern.Regexp).MatchString(other) {
				t.Errorf("%s: the %s pattern matches %q", lang, m.Severity, other)
			}
			if !regexp.MustCompile(m.Background.BeginsPattern).MatchString(watchBegin.In(lang)) ||
				!regexp.MustCompile(m.Background.EndsPattern).MatchString(watchEnd.In(lang)) {
				t.Errorf("%s: the begin or end pattern does not match check --watch's lines", lang)
			}
		}
	}
}
