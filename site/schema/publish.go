// Publishing a schema file: its "$id", and the enum labels as editors
// read them.

package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Member is one key of a JSON object and its value, in the order written.
type Member struct {
	Key string
	Val json.RawMessage
}

// publishJSON returns the schema file data with "$id" set to id (after
// "$schema", or first) and, beside every enum with x-malli-enum-labels,
// the labels as VS Code's JSON and YAML support shows them:
// "enumDescriptions" (the Finnish labels, in the enum's order) and
// "markdownEnumDescriptions" (the Finnish label in bold, then the Swedish
// and English ones where they differ). The labels stay the one source;
// nothing is written by hand. Keys keep their order.
func publishJSON(data []byte, id string) ([]byte, bool) {
	root, ok := Members(data)
	if !ok {
		return nil, false
	}
	idJSON, _ := json.Marshal(id)
	out := make([]Member, 0, len(root)+1)
	at := 0
	for _, m := range root {
		if m.Key == "$id" {
			continue
		}
		out = append(out, m)
		if m.Key == "$schema" {
			at = len(out)
		}
	}
	out = append(out[:at], append([]Member{{"$id", idJSON}}, out[at:]...)...)
	var buf bytes.Buffer
	writeObject(&buf, out)
	var indented bytes.Buffer
	if err := json.Indent(&indented, buf.Bytes(), "", "  "); err != nil {
		return nil, false
	}
	indented.WriteByte('\n')
	return indented.Bytes(), true
}

// Members returns the members of a JSON object in order, or false when
// raw is not an object.
func Members(raw []byte) ([]Member, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, false
	}
	var out []Member
	for dec.More() {
		t, err := dec.Token()
		key, ok := t.(string)
		if err != nil || !ok {
			return nil, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		out = append(out, Member{key, v})
	}
	return out, true
}

// writeObject writes members as an object, each value rewritten.
func writeObject(buf *bytes.Buffer, ms []Member) {
	var labels json.RawMessage
	var enum json.RawMessage
	for _, m := range ms {
		switch m.Key {
		case "x-malli-enum-labels":
			labels = m.Val
		case "enum":
			enum = m.Val
		}
	}
	buf.WriteByte('{')
	first := true
	put := func(key string, val []byte) {
		if !first {
			buf.WriteByte(',')
		}
		first = false
		k, _ := json.Marshal(key)
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(val)
	}
	for _, m := range ms {
		switch m.Key {
		case "enumDescriptions", "markdownEnumDescriptions":
			if labels != nil && enum != nil {
				continue // made from the labels below
			}
		}
		if strings.HasPrefix(m.Key, "x-malli") || m.Key == "enum" || m.Key == "const" || m.Key == "default" || m.Key == "examples" {
			put(m.Key, m.Val) // data, not schemas
		} else {
			var b bytes.Buffer
			rewrite(&b, m.Val)
			put(m.Key, b.Bytes())
		}
		if m.Key == "x-malli-enum-labels" && enum != nil {
			if plain, md, ok := enumDescriptions(enum, labels); ok {
				put("enumDescriptions", plain)
				put("markdownEnumDescriptions", md)
			}
		}
	}
	buf.WriteByte('}')
}

// rewrite writes a JSON value with every object in it rewritten.
func rewrite(buf *bytes.Buffer, raw json.RawMessage) {
	v := bytes.TrimSpace(raw)
	switch {
	case len(v) > 0 && v[0] == '{':
		if ms, ok := Members(v); ok {
			writeObject(buf, ms)
			return
		}
	case len(v) > 0 && v[0] == '[':
		var items []json.RawMessage
		if json.Unmarshal(v, &items) == nil {
			buf.WriteByte('[')
			for i, it := range items {
				if i > 0 {
					buf.WriteByte(',')
				}
				rewrite(buf, it)
			}
			buf.WriteByte(']')
			return
		}
	}
	buf.Write(v)
}

// enumDescriptions makes the two description lists of an enum from its
// labels.
func enumDescriptions(enumRaw, labelsRaw json.RawMessage) (plain, md []byte, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(enumRaw))
	dec.UseNumber()
	var enum []any
	var labels map[string]Labels
	if dec.Decode(&enum) != nil || json.Unmarshal(labelsRaw, &labels) != nil {
		return nil, nil, false
	}
	texts := make([]string, len(enum))
	marks := make([]string, len(enum))
	for i, e := range enum {
		l := labels[fmt.Sprint(e)]
		texts[i] = l["fi"]
		if texts[i] == "" {
			continue
		}
		mark := "**" + markdownEscape(l["fi"]) + "**"
		for _, lang := range []string{"sv", "en"} {
			if s := l[lang]; s != "" && s != l["fi"] {
				mark += " · " + lang + ": " + markdownEscape(s)
			}
		}
		marks[i] = mark
	}
	return marshal(texts), marshal(marks), true
}

func marshal(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	return bytes.TrimSpace(b.Bytes())
}

var markdownSpecial = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `[`, `\[`, `]`, `\]`, `<`, `\<`)

func markdownEscape(s string) string { return markdownSpecial.Replace(s) }
