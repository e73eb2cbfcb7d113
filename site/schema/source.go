// Whose requirement a required field, a required section or a rule is:
// the x-malli-source keyword and the "source" of sections, rules and
// each-once lists, and Sourceless, which finds requirements without one.

package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/malli-fi/malli/site/diag"
)

// The authorities a requirement can come from.
const (
	ByInnokyla  = "innokyla"  // Innokylä's own form
	ByProgramme = "programme" // the programme document (e.g. Työkykyohjelma 2020–2022)
	ByLaw       = "law"       // an act, e.g. laki digitaalisten palvelujen tarjoamisesta (306/2019)
	ByMalli     = "malli"     // malli's editorial choice
)

// Source says whose requirement something is. In a schema it is a string
// ("malli") or an object {"by": "law", "ref": "306/2019, 9 §"}; ref and
// name are a text or a {fi, sv, en} object, and a "note" may say, for the
// schema's readers, where the requirement is found.
type Source struct {
	By   string // ByInnokyla, ByProgramme, ByLaw or ByMalli
	Ref  Labels // where it says so: a section of the programme document, of an act
	Name Labels // the programme's name, for By programme ("Työkykyohjelma")
}

// MalliSource is the source of a requirement the schema does not
// attribute: the site's own schemas are malli's editorial choices.
var MalliSource = Source{By: ByMalli}

func (s *Source) UnmarshalJSON(data []byte) error {
	var by string
	if json.Unmarshal(data, &by) == nil {
		*s = Source{By: by}
		return nil
	}
	var obj struct {
		By   string          `json:"by"`
		Ref  json.RawMessage `json:"ref"`
		Name json.RawMessage `json:"name"`
		Note string          `json:"note"` // for the schema's readers: the evidence
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&obj); err != nil {
		return fmt.Errorf("want a source name or {by, ref, name}: %v", err)
	}
	*s = Source{By: obj.By}
	var err error
	if s.Ref, err = text(obj.Ref); err != nil {
		return err
	}
	s.Name, err = text(obj.Name)
	return err
}

// MarshalJSON writes the source as the schema may (for keys and caches).
func (s Source) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		By   string `json:"by"`
		Ref  Labels `json:"ref,omitempty"`
		Name Labels `json:"name,omitempty"`
	}{s.By, s.Ref, s.Name})
}

// text decodes a text or a {fi, sv, en} object.
func text(raw json.RawMessage) (Labels, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return Labels{"fi": one}, nil
	}
	var l Labels
	if err := json.Unmarshal(raw, &l); err != nil {
		return nil, fmt.Errorf("want a text or {fi, sv, en}: %v", err)
	}
	return l, nil
}

// check reports what is wrong with s, or "".
func (s Source) check() string {
	switch s.By {
	case ByInnokyla, ByProgramme, ByLaw, ByMalli:
	default:
		return fmt.Sprintf("unknown source %q (want %s, %s, %s or %s)", s.By, ByInnokyla, ByProgramme, ByLaw, ByMalli)
	}
	if len(s.Name) > 0 && s.By != ByProgramme {
		return fmt.Sprintf("only a programme source has a name (source %q)", s.By)
	}
	return ""
}

// Says is whose requirement it is, as the subject and verb of a sentence
// the message goes on: "Innokylä vaatii", "Työkykyohjelma (luku 16.3)
// edellyttää", "laki (306/2019, 9 §) edellyttää", "malli suosittelee".
// malli's requirements are its recommendations: a site may change them in
// its schemas.
func (s Source) Says() diag.Localized { return says{s, false} }

// Needs is Says for what malli cannot do without (a document's title, a
// person's name, an end not before the start): "malli vaatii".
func (s Source) Needs() diag.Localized { return says{s, true} }

type says struct {
	Source
	firm bool
}

func (w says) In(lang diag.Lang) string {
	s := w.Source
	var subject, verb diag.Words
	switch s.By {
	case ByInnokyla:
		subject, verb = diag.Words{FI: "Innokylä", SV: "Innokylä", EN: "Innokylä"}, diag.Words{FI: "vaatii", SV: "kräver", EN: "requires"}
	case ByProgramme:
		subject, verb = diag.Words{FI: "ohjelma", SV: "programmet", EN: "the programme"}, diag.Words{FI: "edellyttää", SV: "förutsätter", EN: "requires"}
	case ByLaw:
		subject, verb = diag.Words{FI: "laki", SV: "lagen", EN: "the law"}, diag.Words{FI: "edellyttää", SV: "förutsätter", EN: "requires"}
	default:
		subject, verb = diag.Words{FI: "malli", SV: "malli", EN: "malli"}, diag.Words{FI: "suosittelee", SV: "rekommenderar", EN: "recommends"}
		if w.firm {
			verb = diag.Words{FI: "vaatii", SV: "kräver", EN: "requires"}
		}
	}
	out := subject.In(lang)
	if n := s.Name.In(lang); n != "" {
		out = n
	}
	if r := s.Ref.In(lang); r != "" {
		out += " (" + r + ")"
	}
	return out + " " + verb.In(lang)
}

// fieldSources is the value of x-malli-source: one source for every
// requirement of the schema object (its "required", and the "required" of
// its anyOf/oneOf branches, which need one of several fields), or a source
// for each field by name.
type fieldSources struct {
	All    *Source
	Fields map[string]Source
}

func (f *fieldSources) UnmarshalJSON(data []byte) error {
	var probe map[string]json.RawMessage
	if json.Unmarshal(data, &probe) != nil {
		var s Source
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		f.All = &s
		return nil
	}
	if by, ok := probe["by"]; ok && by[0] == '"' {
		var s Source
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		f.All = &s
		return nil
	}
	f.Fields = make(map[string]Source, len(probe))
	for name, raw := range probe {
		var s Source
		if err := json.Unmarshal(raw, &s); err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		f.Fields[name] = s
	}
	return nil
}

// of returns the source of the requirement of field name, and whether the
// schema gives one.
func (f *fieldSources) of(name string) (Source, bool) {
	if f == nil {
		return MalliSource, false
	}
	if s, ok := f.Fields[name]; ok {
		return s, true
	}
	if f.All != nil {
		return *f.All, true
	}
	return MalliSource, false
}

// check reports what is wrong with the x-malli-source of schema object m.
func (f *fieldSources) check(m map[string]any) string {
	if f.All != nil {
		return f.All.check()
	}
	names := map[string]bool{}
	for _, n := range requiredNames(m) {
		names[n] = true
	}
	for _, branches := range []string{"anyOf", "oneOf"} {
		list, _ := m[branches].([]any)
		for _, b := range list {
			bm, _ := b.(map[string]any)
			for _, n := range requiredNames(bm) {
				names[n] = true
			}
		}
	}
	keys := make([]string, 0, len(f.Fields))
	for k := range f.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !names[k] {
			return fmt.Sprintf("%q is not a required field here", k)
		}
		if msg := f.Fields[k].check(); msg != "" {
			return k + ": " + msg
		}
	}
	return ""
}

func requiredNames(m map[string]any) []string {
	list, _ := m["required"].([]any)
	var out []string
	for _, n := range list {
		if s, ok := n.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// Sourceless returns a JSON Pointer into the schema file data to every
// requirement that does not say whose it is: a name in a "required"
// (except in an "if", which asks rather than requires) without an
// x-malli-source beside it that names it or covers all (a branch of an
// anyOf/oneOf may take the source of the object holding the branches); a
// section of x-malli with required_for and no source; a rule of
// x-malli-rules and an x-malli-each-once with required_for without one.
// malli's own schemas have none (a test says so).
func Sourceless(data []byte) ([]string, error) {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	var out []string
	if root, ok := doc.(map[string]any); ok {
		if xm, ok := root["x-malli"].(map[string]any); ok {
			sections, _ := xm["sections"].([]any)
			for i, s := range sections {
				sm, _ := s.(map[string]any)
				if rf, _ := sm["required_for"].([]any); len(rf) > 0 && sm["source"] == nil {
					out = append(out, "/x-malli/sections/"+strconv.Itoa(i))
				}
			}
		}
	}
	var walk func(v any, ptr string, holder *fieldSources)
	walk = func(v any, ptr string, holder *fieldSources) {
		switch v := v.(type) {
		case map[string]any:
			var fs *fieldSources
			if raw, ok := v["x-malli-source"]; ok {
				b, _ := json.Marshal(raw)
				fs = &fieldSources{}
				if json.Unmarshal(b, fs) != nil {
					fs = nil
				}
			}
			for i, n := range requiredNames(v) {
				_, own := fs.of(n)
				_, held := holder.of(n)
				if !own && !held {
					out = append(out, ptr+"/required/"+strconv.Itoa(i))
				}
			}
			if rules, _ := v["x-malli-rules"].([]any); len(rules) > 0 {
				for i, r := range rules {
					if rm, _ := r.(map[string]any); rm["source"] == nil {
						out = append(out, ptr+"/x-malli-rules/"+strconv.Itoa(i))
					}
				}
			}
			if eo, _ := v["x-malli-each-once"].(map[string]any); eo != nil {
				if rf, _ := eo["required_for"].([]any); len(rf) > 0 && eo["source"] == nil {
					out = append(out, ptr+"/x-malli-each-once")
				}
			}
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				switch k {
				case "if", "x-malli", "x-malli-source", "x-malli-rules", "x-malli-each-once", "examples", "const", "enum", "default":
					continue
				}
				var h *fieldSources
				if k == "anyOf" || k == "oneOf" {
					h = fs
				}
				walk(v[k], ptr+"/"+escape(k), h)
			}
		case []any:
			for i, x := range v {
				walk(x, ptr+"/"+strconv.Itoa(i), holder)
			}
		}
	}
	walk(doc, "", nil)
	return out, nil
}
