package diag

import (
	"fmt"
	"sort"
)

// Lang is a language of messages and of the site: "fi", "sv" or "en".
type Lang string

const (
	FI Lang = "fi"
	SV Lang = "sv"
	EN Lang = "en"
)

// Langs lists the supported languages, default first.
var Langs = []Lang{FI, SV, EN}

// ParseLang returns the Lang named by s, or false.
func ParseLang(s string) (Lang, bool) {
	for _, l := range Langs {
		if string(l) == s {
			return l, true
		}
	}
	return "", false
}

// Code is a kind of problem, such as RefUnknown. Its name, "ref.unknown",
// is what users see and is stable: codes never change meaning, new problems
// get new codes. Only this package makes codes (see registry.go), so a
// misspelt code does not compile.
type Code struct{ name string }

// String returns the code's stable name, such as "ref.unknown".
func (c Code) String() string { return c.name }

// MarshalText returns the stable name, so that JSON shows a code as
// "ref.unknown".
func (c Code) MarshalText() ([]byte, error) { return []byte(c.name), nil }

// registry holds the texts of every code.
var registry = map[Code]Text{}

// code registers a code called name with its texts.
func code(name string, t Text) Code {
	c := Code{name}
	registry[c] = t
	return c
}

// Text holds a code's message template in each language. The templates take
// the Diagnostic's Args as fmt arguments.
type Text struct {
	FI, SV, EN string
}

func (t Text) in(lang Lang) string {
	switch lang {
	case SV:
		return t.SV
	case EN:
		return t.EN
	}
	return t.FI
}

// Format fills the code's template in lang with args.
func (c Code) Format(lang Lang, args ...any) string {
	t, ok := registry[c]
	if !ok {
		return fmt.Sprint(append([]any{c.name + ":"}, args...)...)
	}
	return fmt.Sprintf(t.in(lang), localize(lang, args)...)
}

// Localized is an argument that prints differently in each language, such
// as a field's label.
type Localized interface {
	In(Lang) string
}

func localize(lang Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if l, ok := a.(Localized); ok {
			out[i] = l.In(lang)
		} else {
			out[i] = a
		}
	}
	return out
}

// Words is a Localized text given in each language.
type Words Text

func (w Words) In(lang Lang) string { return Text(w).in(lang) }

// Codes returns every registered code, sorted.
func Codes() []Code {
	out := make([]Code, 0, len(registry))
	for c := range registry {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// TextOf returns the registered texts of c.
func TextOf(c Code) (Text, bool) {
	t, ok := registry[c]
	return t, ok
}

// SeverityWord names a severity in lang, as printed before the message.
func SeverityWord(s Severity, lang Lang) string {
	if s == Warning {
		return Text{"varoitus", "varning", "warning"}.in(lang)
	}
	return Text{"virhe", "fel", "error"}.in(lang)
}
