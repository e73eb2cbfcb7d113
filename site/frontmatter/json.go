package frontmatter

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/malli-fi/malli/site/diag"
)

// parseJSON splits and decodes JSON front matter whose "{" is at offset
// open. adrg/frontmatter is not used here: it ends the object at the first
// line that trims to "}", which may close a nested object, and it requires
// a blank line after it. The decoder finds the real end of the object.
func (s *source) parseJSON(doc *Document, open int) {
	// The closing "}" must end a line; without any such line the block is
	// unclosed, whatever the decoder would say about the Markdown after it.
	var closers []int // starts of the lines that trim to "}"
	for off := lineEnd(s.clean, open); off < len(s.clean); off = lineEnd(s.clean, off) {
		if string(bytes.TrimSpace(s.clean[off:lineEnd(s.clean, off)])) == "}" {
			closers = append(closers, off)
		}
	}
	if len(closers) == 0 {
		s.errorf(doc.Start, diag.FrontmatterUnclosed, doc.Start.Line, "}")
		return
	}
	data := s.clean[open:len(s.clean):len(s.clean)]
	j := &jsonBlock{s: s, data: data, base: open, dec: json.NewDecoder(bytes.NewReader(data))}
	j.dec.UseNumber()
	var err error
	front := s.guard(JSON, open, func() *Node {
		var n *Node
		n, err = j.value(1)
		return n
	})
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		s.errorf(doc.Start, diag.FrontmatterUnclosed, doc.Start.Line, "}")
		return
	case err != nil:
		// The Decoder's offsets are those of its read-ahead buffer; a
		// plain Unmarshal of the same bytes says exactly where the first
		// bad byte is (text after a valid object is not the error here:
		// the walk above failed inside the object).
		off := 0
		var serr *json.SyntaxError
		var v any
		switch uerr := json.Unmarshal(data, &v); {
		case errors.As(uerr, &serr) && strings.Contains(serr.Error(), "exceeded max depth"):
			// Unmarshal gives up at 10 000 levels, where the decoder
			// went on: the token it failed on starts where it stopped.
			serr, off = nil, j.next()
		case serr != nil:
			err = serr
		default:
			errors.As(err, &serr)
		}
		if serr != nil {
			off = int(serr.Offset)
			if strings.HasPrefix(serr.Error(), "invalid character") {
				off-- // the scanner has read the bad character
			}
		}
		off = open + max(0, min(off, len(data)))
		s.errorf(s.pos(off), diag.FrontmatterSyntax, "JSON", err.Error()).Hint = syntaxHint(err.Error())
		// Guess where the object was meant to end: the first "}" line at
		// column 1 from the error on, else the last "}" line.
		end := closers[len(closers)-1]
		for _, c := range closers {
			if c >= s.lineStart(off) && s.clean[c] == '}' {
				end = c
				break
			}
		}
		s.body(doc, lineEnd(s.clean, end))
		return
	case front == nil: // a panic, reported by guard
		return
	}
	end := open + int(j.dec.InputOffset())
	next := lineEnd(s.clean, end)
	if rest := bytes.TrimSpace(s.clean[end:next]); len(rest) > 0 {
		at := end + bytes.Index(s.clean[end:next], rest)
		s.errorf(s.pos(at), diag.FrontmatterSyntax, "JSON", "unexpected text after the closing }")
	} else {
		doc.Front = front
	}
	s.body(doc, next)
}

// jsonBlock is a JSON object being decoded from data, which starts at
// offset base of the file.
type jsonBlock struct {
	s    *source
	data []byte
	base int
	dec  *json.Decoder
}

// next returns the offset in data where the next token starts: the
// decoder's offset is the end of the previous token, and only white space,
// commas and colons come between tokens.
func (j *jsonBlock) next() int {
	i := int(j.dec.InputOffset())
	for i < len(j.data) && strings.IndexByte(" \t\r\n,:", j.data[i]) >= 0 {
		i++
	}
	return i
}

// value decodes the next value, at depth depth (the root object is 1).
// An object or array deeper than maxDepth is reported and skipped, without
// recursion, and left out: value returns nil for it.
func (j *jsonBlock) value(depth int) (*Node, error) {
	start := j.next()
	tok, err := j.dec.Token()
	if err != nil {
		return nil, err
	}
	pos := j.s.pos(j.base + start)
	switch t := tok.(type) {
	case json.Delim:
		if depth > maxDepth {
			j.s.tooDeep(pos)
			return nil, j.skip()
		}
		if t == '{' {
			out := &Node{Kind: Map, Pos: pos}
			seen := map[string]*Entry{}
			for j.dec.More() {
				ks := j.next()
				kt, err := j.dec.Token()
				if err != nil {
					return nil, err
				}
				key, _ := kt.(string)
				val, err := j.value(depth + 1)
				if err != nil {
					return nil, err
				}
				e := &Entry{Key: key, KeyPos: j.s.pos(j.base + ks), Value: val}
				if first, dup := seen[key]; dup {
					j.s.duplicate(key, e.KeyPos, first.KeyPos)
					continue
				}
				seen[key] = e
				if val != nil {
					out.Entries = append(out.Entries, e)
				}
			}
			_, err := j.dec.Token() // "}"
			return out, err
		}
		out := &Node{Kind: List, Pos: pos}
		for j.dec.More() {
			item, err := j.value(depth + 1)
			if err != nil {
				return nil, err
			}
			if item != nil {
				out.Items = append(out.Items, item)
			}
		}
		_, err := j.dec.Token() // "]"
		return out, err
	case string:
		return &Node{Kind: String, Pos: pos, Text: t}, nil
	case json.Number:
		if n, ok := canonicalNumber(string(t)); ok {
			return &Node{Kind: Number, Pos: pos, Text: n}, nil
		}
		return &Node{Kind: String, Pos: pos, Text: string(t)}, nil
	case bool:
		if t {
			return &Node{Kind: Bool, Pos: pos, Text: "true"}, nil
		}
		return &Node{Kind: Bool, Pos: pos, Text: "false"}, nil
	}
	return &Node{Kind: Null, Pos: pos}, nil
}

// skip reads the rest of an object or array whose opening delimiter has
// been read, nested ones included, with a counter instead of recursion.
func (j *jsonBlock) skip() error {
	for open := 1; open > 0; {
		tok, err := j.dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			open++
		case json.Delim('}'), json.Delim(']'):
			open--
		}
	}
	return nil
}
