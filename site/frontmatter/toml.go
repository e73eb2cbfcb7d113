package frontmatter

import (
	"errors"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/malli-fi/malli/site/diag"
)

// tomlDef tells how a TOML table or array came to be, which decides what
// may later add to it.
type tomlDef uint8

const (
	tomlImplicit tomlDef = iota // a parent named in a [header] or [[header]]
	tomlExplicit                // defined by its own [header], or an element of [[header]]
	tomlDotted                  // made by a dotted key (a.b = 1)
	tomlInline                  // an inline table {…}: closed
	tomlAOT                     // the list of an array of tables
	tomlArray                   // a static array […]: closed
)

// tomlBlock is one TOML front matter block being decoded. go-toml's
// unstable parser gives byte ranges for keys and scalars; the semantics of
// tables (what may be defined where, duplicates) are ours, since only its
// decoder, which has no positions, checks them.
type tomlBlock struct {
	s     *source
	data  []byte
	base  int
	def   map[*Node]tomlDef
	index map[*Node]map[string]*Entry // the entries of every Map by key
}

type tomlKey struct {
	name     string
	off, end int // in data
}

// decodeTOML decodes a TOML block that starts at offset base of the file.
func (s *source) decodeTOML(data []byte, base int) *Node {
	t := &tomlBlock{s: s, data: data, base: base, def: map[*Node]tomlDef{}, index: map[*Node]map[string]*Entry{}}
	root := &Node{Kind: Map, Pos: s.pos(base)}
	t.def[root] = tomlExplicit
	cur := root
	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.KeyValue:
			t.keyValue(cur, e)
		case unstable.Table:
			cur = t.table(root, e, false)
		case unstable.ArrayTable:
			cur = t.table(root, e, true)
		}
	}
	if err := p.Error(); err != nil {
		off := 0
		msg := err.Error()
		var perr *unstable.ParserError
		if errors.As(err, &perr) {
			// Highlight is a sub-slice of data; data has no spare capacity,
			// so the difference of capacities is its offset.
			off = max(0, min(len(data), cap(data)-cap(perr.Highlight)))
			if perr.Highlight == nil {
				off = len(data)
			}
		}
		s.errorf(s.pos(base+off), "frontmatter.syntax", "TOML", msg).Hint = syntaxHint(msg)
		return nil
	}
	return root
}

func (t *tomlBlock) pos(off int) diag.Pos { return t.s.pos(t.base + off) }

func (t *tomlBlock) keys(e *unstable.Node) []tomlKey {
	var out []tomlKey
	it := e.Key()
	for it.Next() {
		k := it.Node()
		out = append(out, tomlKey{string(k.Data), int(k.Raw.Offset), int(k.Raw.Offset + k.Raw.Length)})
	}
	return out
}

// find returns the entry of Map m for key, or nil, through an index: a
// search of m.Entries would make a table of n keys cost O(n²).
func (t *tomlBlock) find(m *Node, key string) *Entry {
	return t.index[m][key]
}

// add appends an entry, whose key m does not have yet, to Map m.
func (t *tomlBlock) add(m *Node, e *Entry) {
	m.Entries = append(m.Entries, e)
	idx := t.index[m]
	if idx == nil {
		idx = map[string]*Entry{}
		t.index[m] = idx
	}
	idx[e.Key] = e
}

// keyValue adds "a.b.c = value" to table m.
func (t *tomlBlock) keyValue(m *Node, e *unstable.Node) {
	keys := t.keys(e)
	if len(keys) == 0 {
		return
	}
	val, _ := t.value(e.Value(), keys[len(keys)-1].end)
	for _, k := range keys[:len(keys)-1] {
		ent := t.find(m, k.name)
		if ent == nil {
			sub := &Node{Kind: Map, Pos: t.pos(k.off)}
			t.def[sub] = tomlDotted
			t.add(m, &Entry{Key: k.name, KeyPos: t.pos(k.off), Value: sub})
			m = sub
			continue
		}
		if d := t.def[ent.Value]; ent.Value.Kind != Map || d == tomlInline || d == tomlExplicit {
			t.s.duplicate(k.name, t.pos(k.off), ent.KeyPos)
			return
		}
		m = ent.Value
	}
	k := keys[len(keys)-1]
	if ent := t.find(m, k.name); ent != nil {
		t.s.duplicate(k.name, t.pos(k.off), ent.KeyPos)
		return
	}
	t.add(m, &Entry{Key: k.name, KeyPos: t.pos(k.off), Value: val})
}

// table handles a [header] or [[header]] and returns the table that the
// following key-values go to. After an error that is a detached table, so
// that its keys are still checked.
func (t *tomlBlock) table(root *Node, e *unstable.Node, array bool) *Node {
	keys := t.keys(e)
	detached := &Node{Kind: Map}
	t.def[detached] = tomlExplicit
	if len(keys) == 0 {
		return detached
	}
	// The header's "[" or "[[": back from the first key over white space.
	start := keys[0].off
	for n := 0; start > 0 && n < 2; {
		start--
		if t.data[start] == '[' {
			n++
			if !array {
				break
			}
		}
	}
	m := root
	for _, k := range keys[:len(keys)-1] {
		ent := t.find(m, k.name)
		if ent == nil {
			sub := &Node{Kind: Map, Pos: t.pos(k.off)}
			t.def[sub] = tomlImplicit
			t.add(m, &Entry{Key: k.name, KeyPos: t.pos(k.off), Value: sub})
			m = sub
			continue
		}
		switch v := ent.Value; {
		case v.Kind == Map && t.def[v] != tomlInline:
			m = v
		case v.Kind == List && t.def[v] == tomlAOT && len(v.Items) > 0:
			m = v.Items[len(v.Items)-1]
		default:
			t.s.duplicate(k.name, t.pos(k.off), ent.KeyPos)
			return detached
		}
	}
	k := keys[len(keys)-1]
	ent := t.find(m, k.name)
	table := &Node{Kind: Map, Pos: t.pos(start)}
	t.def[table] = tomlExplicit
	switch {
	case ent == nil && array:
		list := &Node{Kind: List, Pos: t.pos(start), Items: []*Node{table}}
		t.def[list] = tomlAOT
		t.add(m, &Entry{Key: k.name, KeyPos: t.pos(k.off), Value: list})
	case ent == nil:
		t.add(m, &Entry{Key: k.name, KeyPos: t.pos(k.off), Value: table})
	case array && ent.Value.Kind == List && t.def[ent.Value] == tomlAOT:
		ent.Value.Items = append(ent.Value.Items, table)
	case !array && ent.Value.Kind == Map && t.def[ent.Value] == tomlImplicit:
		// [a.b] then [a]: a was made implicitly and is now defined.
		t.def[ent.Value] = tomlExplicit
		ent.Value.Pos = t.pos(start)
		return ent.Value
	default:
		t.s.duplicate(k.name, t.pos(k.off), ent.KeyPos)
		return detached
	}
	return table
}

// skipFill returns the offset of the next value or closing bracket at or
// after off, past white space, newlines, comments, commas and "=".
func (t *tomlBlock) skipFill(off int) int {
	for off < len(t.data) {
		switch t.data[off] {
		case ' ', '\t', '\r', '\n', ',', '=':
			off++
		case '#':
			for off < len(t.data) && t.data[off] != '\n' {
				off++
			}
		default:
			return off
		}
	}
	return off
}

// value converts a value node. Arrays carry no byte range in go-toml's AST,
// so positions of arrays are found by scanning from hint, the end of what
// came before; value returns the end of the value for the same purpose.
func (t *tomlBlock) value(v *unstable.Node, hint int) (*Node, int) {
	if v == nil {
		return &Node{Kind: Null, Pos: t.pos(hint)}, hint
	}
	off, end := int(v.Raw.Offset), int(v.Raw.Offset+v.Raw.Length)
	switch v.Kind {
	case unstable.String:
		return &Node{Kind: String, Pos: t.pos(off), Text: string(v.Data)}, end
	case unstable.Bool:
		return &Node{Kind: Bool, Pos: t.pos(off), Text: string(v.Data)}, end
	case unstable.Integer, unstable.Float:
		if s, ok := canonicalNumber(string(v.Data)); ok {
			return &Node{Kind: Number, Pos: t.pos(off), Text: s}, end
		}
		return &Node{Kind: String, Pos: t.pos(off), Text: string(v.Data)}, end // inf, nan
	case unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		return &Node{Kind: String, Pos: t.pos(off), Text: string(t.data[off:end])}, end
	case unstable.Array:
		start := t.skipFill(hint)
		out := &Node{Kind: List, Pos: t.pos(start)}
		t.def[out] = tomlArray
		h := start + 1
		it := v.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			var item *Node
			item, h = t.value(c, h)
			out.Items = append(out.Items, item)
		}
		h = t.skipFill(h)
		if h < len(t.data) && t.data[h] == ']' {
			h++
		}
		return out, h
	case unstable.InlineTable:
		out := &Node{Kind: Map, Pos: t.pos(off)}
		t.def[out] = tomlInline
		h := off + 1
		it := v.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind != unstable.KeyValue {
				continue
			}
			t.keyValue(out, c)
			h = int(c.Raw.Offset + c.Raw.Length)
		}
		h = t.skipFill(h)
		if h < len(t.data) && t.data[h] == '}' {
			h++
		}
		return out, h
	}
	return &Node{Kind: Null, Pos: t.pos(off)}, end
}
