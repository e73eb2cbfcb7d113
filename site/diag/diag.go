// Package diag describes problems found in a site's sources.
//
// A Diagnostic is a problem with the content (a broken reference, a missing
// field), never a failure of malli itself: those are ordinary Go errors.
// Every Diagnostic has a position, a severity and a stable Code whose message
// exists in Finnish, Swedish and English (see registry.go). A List collects
// all problems of a run; Sort orders them by file, line, column and code.
package diag

import (
	"fmt"
	"sort"
)

// Pos is a place in a source file.
type Pos struct {
	File string // slash-separated, relative to the site's folder
	Line int    // 1-based; 0 if unknown
	Col  int    // 1-based byte column; 0 if unknown
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Severity tells whether a problem stops the build.
type Severity uint8

const (
	Error Severity = iota
	Warning
)

// Note is extra information at another position, such as "first defined here".
type Note struct {
	Pos  Pos
	Code Code // a note code, such as NoteFirstDefined
	Args []any
}

// Diagnostic is one problem at one position.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Code     Code
	Args     []any     // fill the Code's message template
	Hint     Localized // optional: how to fix it
	Related  []Note
	Err      error  // optional cause
	Line     string // the source line at Pos.Line, for the caret display; optional
	// Subject is what the problem is about, such as a field's JSON Pointer
	// or a link's target; optional. Report fingerprints use it (see
	// Fingerprints); without it they use the message's arguments.
	Subject string
}

func (d *Diagnostic) Unwrap() error { return d.Err }

// Error formats d in English, for Go error chains and logs.
func (d *Diagnostic) Error() string {
	return fmt.Sprintf("%s: %s [%s]", d.Pos, d.Message(EN), d.Code)
}

// Message returns the diagnostic's message in lang.
func (d *Diagnostic) Message(lang Lang) string {
	return d.Code.Format(lang, d.Args...)
}

// List collects the diagnostics of a run.
type List []*Diagnostic

// Add appends a diagnostic and returns it so callers can add notes.
func (l *List) Add(pos Pos, sev Severity, code Code, args ...any) *Diagnostic {
	d := &Diagnostic{Pos: pos, Severity: sev, Code: code, Args: args}
	*l = append(*l, d)
	return d
}

// Errorf adds an error diagnostic.
func (l *List) Errorf(pos Pos, code Code, args ...any) *Diagnostic {
	return l.Add(pos, Error, code, args...)
}

// Warnf adds a warning diagnostic.
func (l *List) Warnf(pos Pos, code Code, args ...any) *Diagnostic {
	return l.Add(pos, Warning, code, args...)
}

// Append adds all of other to l.
func (l *List) Append(other List) { *l = append(*l, other...) }

// Sort orders the list by file, line, column, code and message, and drops
// exact repeats, so that output is the same whatever the order of discovery.
func (l List) Sort() List {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.Code != b.Code {
			return a.Code.name < b.Code.name
		}
		return a.Message(EN) < b.Message(EN)
	})
	out := l[:0]
	for i, d := range l {
		if i > 0 {
			p := out[len(out)-1]
			if p.Pos == d.Pos && p.Code == d.Code && p.Message(EN) == d.Message(EN) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// Count returns the number of errors and warnings in l.
func (l List) Count() (errors, warnings int) {
	for _, d := range l {
		if d.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return
}

// Strict returns l with every warning turned into an error; l is not
// changed.
func (l List) Strict() List {
	out := make(List, len(l))
	for i, d := range l {
		c := *d
		c.Severity = Error
		out[i] = &c
	}
	return out
}

// Err returns l as an error if it holds at least one Error, else nil.
func (l List) Err() error {
	if errs, _ := l.Count(); errs == 0 {
		return nil
	}
	return l
}

// Error returns the first error and how many more there are.
func (l List) Error() string {
	var first *Diagnostic
	for _, d := range l {
		if d.Severity == Error {
			first = d
			break
		}
	}
	if first == nil {
		return "no errors"
	}
	if len(l) == 1 {
		return first.Error()
	}
	return fmt.Sprintf("%s (and %d more)", first.Error(), len(l)-1)
}
