package render

import (
	"regexp"
	"strconv"
)

// TemplateError is a layout or partial that failed to parse or to execute,
// at File (relative to the theme: "layouts/x.html"), Line and Col (0 when
// Go's template error does not say).
type TemplateError struct {
	File      string
	Line, Col int
	Msg       string // Go's message, without the position
	Page      string // the page being rendered ("" when parsing)
	Executing bool   // it failed to execute rather than to parse
	Err       error
}

func (e *TemplateError) Error() string {
	pos := e.File
	if e.Line > 0 {
		pos += ":" + strconv.Itoa(e.Line)
		if e.Col > 0 {
			pos += ":" + strconv.Itoa(e.Col)
		}
	}
	if e.Page != "" {
		return "rendering " + e.Page + ": " + pos + ": " + e.Msg
	}
	return "loading theme: " + pos + ": " + e.Msg
}

func (e *TemplateError) Unwrap() error { return e.Err }

// templatePos finds the position in the messages of text/template
// ("template: layouts/x.html:3: unexpected …", "template:
// layouts/x.html:3:12: executing …") and html/template
// ("html/template:layouts/x.html:3:12: …").
var templatePos = regexp.MustCompile(`^(?:html/)?template: ?([^:\s]+):(\d+)(?::(\d+))?: (.*)$`)

// templateError makes err, of the template file (the one being parsed or
// the layout being executed), a TemplateError at the position Go's
// message names, or at file when it names none.
func templateError(err error, file, page string) *TemplateError {
	te := &TemplateError{File: file, Msg: err.Error(), Page: page, Executing: page != "", Err: err}
	if m := templatePos.FindStringSubmatch(err.Error()); m != nil {
		te.File, te.Msg = m[1], m[4]
		te.Line, _ = strconv.Atoi(m[2])
		te.Col, _ = strconv.Atoi(m[3])
	}
	return te
}
