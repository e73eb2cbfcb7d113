// JSON Pointers (RFC 6901) into a document: escaping tokens, splitting off
// the last one, and getting the value a pointer names.

package schema

import (
	"strconv"
	"strings"
)

// EscapeToken escapes a key for a JSON Pointer (RFC 6901).
func EscapeToken(k string) string { return escape(k) }

// escape escapes "~" and "/" in a key, for a token of a JSON Pointer.
func escape(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// unescape turns a token of a JSON Pointer back into the key.
func unescape(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~1", "/"), "~0", "~")
}

// splitPointer returns the pointer to the parent of ptr and the key (or
// index) of ptr in it, unescaped; "", "" for the document itself.
func splitPointer(ptr string) (parent, key string) {
	i := strings.LastIndexByte(ptr, '/')
	if i < 0 {
		return "", ""
	}
	return ptr[:i], unescape(ptr[i+1:])
}

func parentOf(ptr string) string { p, _ := splitPointer(ptr); return p }

// isIndex reports whether a token names an item of a list.
func isIndex(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// Get returns the value at pointer in v.
func Get(v any, ptr string) (any, bool) { return get(v, ptr) }

func get(v any, ptr string) (any, bool) {
	if ptr == "" {
		return v, true
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescape(tok)
		switch c := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = c[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}
