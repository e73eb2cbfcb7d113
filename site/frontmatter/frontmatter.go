package frontmatter

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	adrg "github.com/adrg/frontmatter"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/lineindex"
)

// Format names a front matter syntax.
type Format string

const (
	YAML Format = "yaml"
	TOML Format = "toml"
	JSON Format = "json"
)

// Kind is the kind of a Node.
type Kind uint8

const (
	Null Kind = iota
	Bool
	Number
	String
	Map
	List
)

func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "bool"
	case Number:
		return "number"
	case String:
		return "string"
	case Map:
		return "map"
	case List:
		return "list"
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Node is one value of the front matter.
type Node struct {
	Kind    Kind
	Pos     diag.Pos // where the value starts
	Text    string   // String: the decoded string; Number: canonical decimal text; Bool: "true"/"false"
	Entries []*Entry // Map, in source order
	Items   []*Node  // List

	// A Map of many entries: the index in indexed (Entries as Parse made
	// them) of each key's entry.
	byKey   map[string]int
	indexed []*Entry
}

// Entry is one key and its value in a Map.
type Entry struct {
	Key    string
	KeyPos diag.Pos
	Value  *Node
}

// Document is a file split into front matter and body.
type Document struct {
	Format     Format   // "" when there is no front matter
	Front      *Node    // the root Map; nil when missing or unusable
	Start      diag.Pos // the opening delimiter's line (column 1); line 1 without front matter
	Body       []byte   // the Markdown after the front matter (the whole file if there is none)
	BodyOffset int      // byte offset of Body in the file
	BodyLine   int      // 1-based line of the file on which Body starts

	// Lines is the file's line index, already built: positions in the
	// body come from it too.
	Lines *lineindex.Index
}

// maxDepth bounds the nesting of the tree. The root Map is at depth 1, and a
// Map or List at depth maxDepth+1 is reported as frontmatter.too-deep and
// left out with all it holds (from a Map, its key too). Front matter needs
// a handful of levels; the bound keeps every walk of the tree linear, here
// and in later stages (schema validation makes a JSON Pointer for every
// node).
const maxDepth = 64

// catchPanics makes Parse turn a panic of a third-party decoder into a
// frontmatter.syntax diagnostic. The fuzz test turns it off so that such
// panics are seen.
var catchPanics = true

var bom = []byte("\uFEFF")

// Parse splits src into front matter and body and decodes the front matter.
// It never panics and always returns a Document (Body at least); problems
// come back as diagnostics whose Pos.File is file.
func Parse(file string, src []byte) (*Document, diag.List) {
	s := newSource(file, src)
	doc := s.parse()
	indexKeys(doc.Front)
	return doc, s.diags
}

// source holds one file being parsed.
type source struct {
	file  string
	src   []byte // as given
	clean []byte // src with bytes that are not UTF-8 replaced by '_', same length
	bom   int    // length of the byte order mark, 0 or 3
	lines *lineindex.Index
	text  map[int]string // lines already copied for diagnostics, by number
	diags diag.List
}

func newSource(file string, src []byte) *source {
	return &source{file: file, src: src, clean: src, lines: lineindex.New(src)}
}

// pos returns the position of byte offset off of the file.
func (s *source) pos(off int) diag.Pos {
	line, col := s.lines.At(off)
	if line == 1 {
		col = max(1, col-s.bom)
	}
	return diag.Pos{File: s.file, Line: line, Col: col}
}

// lineStart returns the offset of the start of the line holding off, an
// offset in the file.
func (s *source) lineStart(off int) int {
	_, col := s.lines.At(off)
	return off - col + 1
}

// lineText returns line n (1-based) of the file without its line ending,
// and line 1 without a BOM. It copies each line once: the diagnostics on a
// line share its text, so that all of them cost at most the file's length,
// even when thousands are on one long line.
func (s *source) lineText(n int) string {
	if t, ok := s.text[n]; ok {
		return t
	}
	line := s.lines.Line(n)
	if n == 1 {
		line = strings.TrimPrefix(line, string(bom))
	}
	if s.text == nil {
		s.text = map[int]string{}
	}
	s.text[n] = line
	return line
}

func (s *source) errorf(pos diag.Pos, code diag.Code, args ...any) *diag.Diagnostic {
	d := s.diags.Errorf(pos, code, args...)
	d.Line = s.lineText(pos.Line)
	return d
}

// tooDeep reports a value that is nested deeper than maxDepth.
func (s *source) tooDeep(pos diag.Pos) {
	s.errorf(pos, diag.FrontmatterTooDeep, maxDepth)
}

// deepOpen returns the offset in data of the first "[" or "{" that is
// nested in maxDepth-1 others, or -1. It is used only to place a parser's
// own complaint about deep nesting, so it may be rough: it skips quoted
// strings that start a token and comments, and knows nothing else of the
// syntax.
func deepOpen(data []byte) int {
	depth := 0
	var quote byte // the quote of the string being skipped, or 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if quote != 0 {
			switch {
			case c == '\\' && quote == '"':
				i++
			case c == quote:
				quote = 0
			}
			continue
		}
		tokenStart := i == 0 || strings.IndexByte(" \t\r\n[{,:=", data[i-1]) >= 0
		switch {
		case (c == '"' || c == '\'') && tokenStart:
			quote = c
		case c == '#' && tokenStart:
			for i < len(data) && data[i] != '\n' {
				i++
			}
		case c == '[' || c == '{':
			depth++
			if depth == maxDepth {
				return i
			}
		case c == ']' || c == '}':
			depth = max(0, depth-1)
		}
	}
	return -1
}

func (s *source) duplicate(key string, at, first diag.Pos) {
	d := s.errorf(at, diag.FrontmatterDuplicateKey, key)
	d.Related = []diag.Note{{Pos: first, Code: diag.NoteFirstDefined}}
}

// body sets the Document's body to start at offset off of the file.
func (s *source) body(doc *Document, off int) {
	off = max(s.bom, min(off, len(s.src)))
	doc.Body = s.src[off:]
	doc.BodyOffset = off
	doc.BodyLine = s.pos(off).Line
}

func (s *source) parse() *Document {
	doc := &Document{Start: diag.Pos{File: s.file, Line: 1, Col: 1}, Lines: s.lines}
	if bytes.HasPrefix(s.src, bom) {
		s.bom = len(bom)
		d := s.diags.Warnf(s.pos(0), diag.SourceBOM)
		d.Line = s.lineText(1)
	}
	s.body(doc, s.bom)
	s.checkUTF8()
	text := s.clean[s.bom:]
	if len(bytes.TrimSpace(text)) == 0 {
		s.errorf(s.pos(s.bom), diag.SourceEmpty)
		return doc
	}

	// Find the opening delimiter the way adrg/frontmatter does: the first
	// line that is not blank, compared with its white space trimmed.
	open := s.bom // start of the delimiter line
	for {
		end := lineEnd(s.clean, open)
		if len(bytes.TrimSpace(s.clean[open:end])) != 0 {
			break
		}
		open = end
	}
	dataStart := lineEnd(s.clean, open)
	delim := string(bytes.TrimSpace(s.clean[open:dataStart]))
	switch delim {
	case "---":
		doc.Format = YAML
	case "+++":
		doc.Format = TOML
	case "{":
		doc.Format = JSON
	default:
		s.errorf(s.pos(open), diag.FrontmatterMissing)
		return doc
	}
	doc.Start = s.pos(open)
	doc.Start.Col = 1
	if doc.Format == JSON {
		s.parseJSON(doc, open+bytes.IndexByte(s.clean[open:], '{'))
		return doc
	}

	// YAML and TOML are split by adrg/frontmatter, with our own Formats
	// whose Unmarshal builds the positioned tree. The library cannot tell
	// a block that never closes from a file without front matter (both
	// return the whole input), and it hands Unmarshal a copy of the block
	// without its offset; since we found the opening line ourselves, we
	// know both.
	st := &splitState{s: s, dataStart: dataStart}
	formats := []*adrg.Format{
		adrg.NewFormat("---", "---", st.unmarshal(YAML, s.decodeYAML)),
		adrg.NewFormat("+++", "+++", st.unmarshal(TOML, s.decodeTOML)),
	}
	// The library reads line by line and copies what follows the block, so
	// it is handed the block alone: up to the closing delimiter line,
	// found the way it finds it.
	end := -1
	for off := dataStart; off < len(s.clean); off = lineEnd(s.clean, off) {
		if string(bytes.TrimSpace(s.clean[off:lineEnd(s.clean, off)])) == delim {
			end = lineEnd(s.clean, off)
			break
		}
	}
	if end < 0 {
		s.errorf(doc.Start, diag.FrontmatterUnclosed, doc.Start.Line, delim)
		return doc
	}
	rest, err := adrg.Parse(bytes.NewReader(s.clean[s.bom:end]), st, formats...)
	switch {
	case err != nil: // only a reader error could get here; there is none
		s.errorf(s.pos(open), diag.FrontmatterSyntax, formatName(doc.Format), err.Error())
	case !st.called:
		s.errorf(doc.Start, diag.FrontmatterUnclosed, doc.Start.Line, delim)
	default:
		doc.Front = st.front
		s.body(doc, end-len(rest))
	}
	return doc
}

// splitState is the value adrg/frontmatter passes to our Unmarshal funcs.
type splitState struct {
	s         *source
	dataStart int
	called    bool
	front     *Node
}

func (st *splitState) unmarshal(f Format, decode func(data []byte, base int) *Node) adrg.UnmarshalFunc {
	return func(data []byte, v any) error {
		if v != st {
			return fmt.Errorf("frontmatter: unexpected target %T", v)
		}
		st.called = true
		base := st.dataStart
		if base+len(data) > len(st.s.clean) || !bytes.Equal(st.s.clean[base:base+len(data)], data) {
			return fmt.Errorf("frontmatter: block not found at offset %d", base)
		}
		// Decode the file's own bytes (the library's are a copy) with no
		// spare capacity, so that parsers that locate sub-slices by
		// capacity (go-toml) see exactly the block.
		data = st.s.clean[base : base+len(data) : base+len(data)]
		st.front = st.s.guard(f, base, func() *Node { return decode(data, base) })
		return nil
	}
}

// guard runs decode, turning a panic into a syntax diagnostic at base when
// catchPanics is set.
func (s *source) guard(f Format, base int, decode func() *Node) (n *Node) {
	if catchPanics {
		defer func() {
			if r := recover(); r != nil {
				n = nil
				s.errorf(s.pos(base), diag.FrontmatterSyntax, formatName(f), fmt.Sprintf("internal error: %v", r))
			}
		}()
	}
	return decode()
}

func formatName(f Format) string {
	switch f {
	case YAML:
		return "YAML"
	case TOML:
		return "TOML"
	}
	return "JSON"
}

// lineEnd returns the offset just after the line ending of the line
// starting at off, or len(b).
func lineEnd(b []byte, off int) int {
	if i := bytes.IndexByte(b[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(b)
}

// checkUTF8 reports the first byte that is not UTF-8 and makes s.clean a
// copy of the file with each such byte replaced by '_'. The replacement keeps
// every offset, so the front matter can still be decoded and its other
// problems found.
func (s *source) checkUTF8() {
	if utf8.Valid(s.src) {
		return
	}
	s.clean = bytes.Clone(s.src)
	first := true
	for i := 0; i < len(s.clean); {
		r, w := utf8.DecodeRune(s.clean[i:])
		if r == utf8.RuneError && w == 1 {
			if first {
				p := s.pos(i)
				s.errorf(p, diag.SourceUTF8, p.Col)
				first = false
			}
			s.clean[i] = '_'
		}
		i += w
	}
}
