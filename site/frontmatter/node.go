package frontmatter

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// Get returns the value of key in Map n, or nil if it is absent or n is not
// a Map.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Map {
		return nil
	}
	if e := n.entry(key); e != nil {
		return e.Value
	}
	return nil
}

// indexedEntries is the number of entries from which a Map gets an index
// of its keys.
const indexedEntries = 16

// indexKeys gives every Map of the tree at n with many entries an index of
// its keys, so that Get and Locate do not search the entries: a
// diagnostic at each of n keys (schema validation's) would otherwise cost
// O(n²). The tree is at most maxDepth deep, so the recursion is bounded.
func indexKeys(n *Node) {
	if n == nil {
		return
	}
	if len(n.Entries) >= indexedEntries {
		n.byKey, n.indexed = make(map[string]int, len(n.Entries)), n.Entries
		for i, e := range n.Entries {
			if _, dup := n.byKey[e.Key]; !dup {
				n.byKey[e.Key] = i
			}
		}
	}
	for _, e := range n.Entries {
		indexKeys(e.Value)
	}
	for _, it := range n.Items {
		indexKeys(it)
	}
}

// entry returns the first entry of Map n for key, or nil, through the
// index when there is one and Entries is still the slice it was made for.
func (n *Node) entry(key string) *Entry {
	if n.byKey != nil && len(n.Entries) == len(n.indexed) && &n.Entries[0] == &n.indexed[0] {
		i, ok := n.byKey[key]
		if !ok {
			return nil
		}
		if e := n.Entries[i]; e.Key == key {
			return e
		}
	}
	for _, e := range n.Entries {
		if e.Key == key {
			return e
		}
	}
	return nil
}

// Value returns n as the values encoding/json decodes into with UseNumber:
// map[string]any, []any, string, json.Number, bool or nil.
func (n *Node) Value() any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case Bool:
		return n.Text == "true"
	case Number:
		return json.Number(n.Text)
	case String:
		return n.Text
	case Map:
		m := make(map[string]any, len(n.Entries))
		for _, e := range n.Entries {
			m[e.Key] = e.Value.Value()
		}
		return m
	case List:
		l := make([]any, len(n.Items))
		for i, it := range n.Items {
			l[i] = it.Value()
		}
		return l
	}
	return nil
}

// Locate follows an RFC 6901 JSON Pointer ("" is the root, "/steps/0/actor").
// For a Map entry it returns the entry's KeyPos; for a List item the item's Pos.
// If the pointer goes beyond the tree it returns the deepest position reached and false.
func (n *Node) Locate(pointer string) (diag.Pos, bool) {
	return n.locate(pointer, false)
}

// LocateValue is Locate but returns the value's Pos for Map entries.
func (n *Node) LocateValue(pointer string) (diag.Pos, bool) {
	return n.locate(pointer, true)
}

func (n *Node) locate(pointer string, value bool) (diag.Pos, bool) {
	if n == nil {
		return diag.Pos{}, false
	}
	if pointer == "" {
		return n.Pos, true
	}
	if pointer[0] != '/' {
		return n.Pos, false
	}
	cur, pos := n, n.Pos
	for _, tok := range strings.Split(pointer[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch cur.Kind {
		case Map:
			found := cur.entry(tok)
			if found == nil {
				return pos, false
			}
			cur, pos = found.Value, found.KeyPos
			if value {
				pos = found.Value.Pos
			}
		case List:
			i, ok := index(tok)
			if !ok || i >= len(cur.Items) {
				return pos, false
			}
			cur = cur.Items[i]
			pos = cur.Pos
		default:
			return pos, false
		}
	}
	return pos, true
}

// index parses an RFC 6901 array index: "0" or digits without a leading zero.
func index(tok string) (int, bool) {
	if tok == "" || (len(tok) > 1 && tok[0] == '0') {
		return 0, false
	}
	for _, c := range tok {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	i, err := strconv.Atoi(tok)
	return i, err == nil
}
