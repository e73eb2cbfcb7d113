package frontmatter

import (
	"errors"
	"strings"

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
	depth map[*Node]int               // of every Map and List; the root is 1
	index map[*Node]map[string]*Entry // the entries of every Map by key
}

type tomlKey struct {
	name     string
	off, end int // in data
}

// decodeTOML decodes a TOML block that starts at offset base of the file.
func (s *source) decodeTOML(data []byte, base int) *Node {
	t := &tomlBlock{s: s, data: data, base: base, def: map[*Node]tomlDef{}, depth: map[*Node]int{}, index: map[*Node]map[string]*Entry{}}
	root := t.container(Map, s.pos(base), tomlExplicit, 1)
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
		if strings.Contains(msg, "nested more than the maximum") {
			// go-toml gives up at 10 000 levels, before our own bound
			// could cut the tree.
			if o := deepOpen(data); o >= 0 {
				off = o
			}
			s.tooDeep(s.pos(base + off))
			return nil
		}
		s.errorf(s.pos(base+off), diag.FrontmatterSyntax, "TOML", msg).Hint = syntaxHint(msg)
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

// container makes a Map or List at depth depth.
func (t *tomlBlock) container(kind Kind, pos diag.Pos, def tomlDef, depth int) *Node {
	n := &Node{Kind: kind, Pos: pos}
	t.def[n] = def
	t.depth[n] = depth
	return n
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
	// keys[i] names a Map at depth d+1+i, and the value is at d+len(keys).
	d := t.depth[m]
	if i := maxDepth - d; i < len(keys)-1 {
		t.s.tooDeep(t.pos(keys[i].off))
		return
	}
	val, _ := t.value(e.Value(), keys[len(keys)-1].end, d+len(keys))
	if val == nil {
		return // too deep, reported
	}
	for _, k := range keys[:len(keys)-1] {
		ent := t.find(m, k.name)
		if ent == nil {
			sub := t.container(Map, t.pos(k.off), tomlDotted, t.depth[m]+1)
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
	detached := t.container(Map, diag.Pos{}, tomlExplicit, 1)
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
			if t.depth[m]+1 > maxDepth {
				t.s.tooDeep(t.pos(k.off))
				return detached
			}
			sub := t.container(Map, t.pos(k.off), tomlImplicit, t.depth[m]+1)
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
	d := t.depth[m] + 1 // of the table, or of the list of an array of tables
	if ent != nil {
		d = t.depth[ent.Value]
	}
	if array {
		d++
	}
	if d > maxDepth {
		t.s.tooDeep(t.pos(start))
		return detached
	}
	table := t.container(Map, t.pos(start), tomlExplicit, d)
	switch {
	case ent == nil && array:
		list := t.container(List, t.pos(start), tomlAOT, d-1)
		list.Items = []*Node{table}
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

// value converts a value node at depth depth. Arrays carry no byte range in
// go-toml's AST, so positions of arrays are found by scanning from hint, the
// end of what came before; value returns the end of the value for the same
// purpose. An array or inline table deeper than maxDepth is reported and
// left out: value returns nil for it.
func (t *tomlBlock) value(v *unstable.Node, hint, depth int) (*Node, int) {
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
		if depth > maxDepth {
			t.s.tooDeep(t.pos(start))
			return nil, t.end(v, hint)
		}
		out := t.container(List, t.pos(start), tomlArray, depth)
		h := start + 1
		it := v.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			var item *Node
			if item, h = t.value(c, h, depth+1); item != nil {
				out.Items = append(out.Items, item)
			}
		}
		return out, t.closing(h, ']')
	case unstable.InlineTable:
		if depth > maxDepth {
			t.s.tooDeep(t.pos(off))
			return nil, t.end(v, hint)
		}
		out := t.container(Map, t.pos(off), tomlInline, depth)
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
		return out, t.closing(h, '}')
	}
	return &Node{Kind: Null, Pos: t.pos(off)}, end
}

// closing returns the offset after the closing bracket c of an array or
// inline table whose last part ends at h.
func (t *tomlBlock) closing(h int, c byte) int {
	h = t.skipFill(h)
	if h < len(t.data) && t.data[h] == c {
		h++
	}
	return h
}

// end returns the end of value v as value does, without converting it:
// for a value cut as too deep. go-toml bounds its nesting.
func (t *tomlBlock) end(v *unstable.Node, hint int) int {
	switch v.Kind {
	case unstable.Array:
		h := t.skipFill(hint) + 1
		it := v.Children()
		for it.Next() {
			if c := it.Node(); c.Kind != unstable.Comment {
				h = t.end(c, h)
			}
		}
		return t.closing(h, ']')
	case unstable.InlineTable:
		h := int(v.Raw.Offset) + 1
		it := v.Children()
		for it.Next() {
			if c := it.Node(); c.Kind == unstable.KeyValue {
				h = int(c.Raw.Offset + c.Raw.Length)
			}
		}
		return t.closing(h, '}')
	}
	return int(v.Raw.Offset + v.Raw.Length)
}
