// Package sitetest builds small sites from txtar archives in tests.
//
//	s := sitetest.Build(t, `
//	-- content/sivut/a.md --
//	---
//	title: A
//	status: published
//	---
//	`)
//	s.AssertFile("sivut/a/index.html", "<h1>A</h1>")
//	s.AssertDiag("content/sivut/a.md:3:1: virhe: … [code]")
//
// A site without schemas/ or themes/default/ uses the embedded ones.
package sitetest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/golden"
	"github.com/malli-fi/malli/site/publish"
	"github.com/rogpeppe/go-internal/txtar"
)

// Site is a built test site.
type Site struct {
	T      testing.TB
	FS     fstest.MapFS
	Opts   site.Options
	Out    *publish.Memory
	Result *site.Result
	Err    error
}

// Build builds the site in archive with opts (Out and FS are set here).
func Build(t testing.TB, archive string, opts ...func(*site.Options)) *Site {
	t.Helper()
	s := &Site{T: t, FS: fstest.MapFS{}, Out: &publish.Memory{}}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		s.FS[f.Name] = &fstest.MapFile{Data: golden.DecodeMarkers(f.Data)}
	}
	s.Opts = site.Options{FS: s.FS, Out: s.Out}
	for _, o := range opts {
		o(&s.Opts)
	}
	return s.Rebuild()
}

// Edit replaces (or, with data nil, removes) a file before Rebuild.
func (s *Site) Edit(name string, data string) *Site {
	s.FS[name] = &fstest.MapFile{Data: []byte(data)}
	return s
}

// Remove deletes a file before Rebuild.
func (s *Site) Remove(name string) *Site {
	delete(s.FS, name)
	return s
}

// Rebuild builds the site again.
func (s *Site) Rebuild() *Site {
	s.T.Helper()
	s.Result, s.Err = site.Build(context.Background(), s.Opts)
	if s.Err != nil && !site.IsContentError(s.Err) {
		s.T.Fatalf("build: %v", s.Err)
	}
	return s
}

// Diags returns the diagnostics as text lines "file:line:col: virhe: msg [code]".
func (s *Site) Diags(lang diag.Lang) string {
	var b bytes.Buffer
	for _, d := range s.Result.Diagnostics {
		b.WriteString(d.Pos.String() + ": " + diag.SeverityWord(d.Severity, lang) + ": " + d.Message(lang) + " [" + d.Code.String() + "]\n")
	}
	return b.String()
}

// AssertDiag fails unless a diagnostic line (in Finnish) contains want.
func (s *Site) AssertDiag(want string) {
	s.T.Helper()
	if got := s.Diags(diag.FI); !strings.Contains(got, want) {
		s.T.Errorf("no diagnostic %q; got:\n%s", want, got)
	}
}

// AssertNoDiags fails if there is any diagnostic.
func (s *Site) AssertNoDiags() {
	s.T.Helper()
	if len(s.Result.Diagnostics) > 0 {
		s.T.Errorf("unexpected diagnostics:\n%s", s.Diags(diag.FI))
	}
}

// File returns an output file.
func (s *Site) File(path string) string {
	s.T.Helper()
	data, ok := s.Out.File(path)
	if !ok {
		s.T.Fatalf("no output file %s; have %v", path, s.Out.Paths())
	}
	return string(data)
}

// AssertFile fails unless output file path contains every one of wants.
func (s *Site) AssertFile(path string, wants ...string) {
	s.T.Helper()
	got := s.File(path)
	for _, w := range wants {
		if !strings.Contains(got, w) {
			s.T.Errorf("%s does not contain %q; it is:\n%s", path, w, got)
		}
	}
}

// AssertNoFile fails if output file path exists.
func (s *Site) AssertNoFile(path string) {
	s.T.Helper()
	if _, ok := s.Out.File(path); ok {
		s.T.Errorf("output file %s exists", path)
	}
}
