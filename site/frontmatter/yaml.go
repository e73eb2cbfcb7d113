package frontmatter

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/malli-fi/malli/site/diag"
)

// Alias expansion is bounded against "billion laughs" documents, both in
// nodes and in text: the values that aliases add to the tree may hold at
// most maxAliasNodes nodes, and their strings and keys at most
// aliasTextBudget(len(block)) bytes. Only what aliases produce counts; the
// values written out in the block are bounded by the file's size.
const (
	maxAliasNodes      = 100_000
	aliasTextPerByte   = 8       // bytes of alias text per byte of the block …
	aliasTextAllowance = 1 << 20 // … plus this
)

func aliasTextBudget(blockLen int) int { return aliasTextPerByte*blockLen + aliasTextAllowance }

// yamlBlock is one YAML front matter block being decoded.
type yamlBlock struct {
	s      *source
	data   []byte
	base   int           // offset of data in the file
	starts []int         // offsets in data of the lines as yaml.v3 counts them
	ascii  []bool        // whether each of those lines is ASCII only
	runes  map[int][]int // line -> offset of each character, for lines not ASCII only
	active map[*yaml.Node]bool

	alias      *yaml.Node // the outermost alias being expanded, or nil
	aliasNodes int        // nodes that aliases have produced
	aliasText  int        // bytes of strings and keys that aliases have produced
	capped     bool       // a budget ran out: aliases produce null from now on
}

// decodeYAML decodes a YAML block that starts at offset base of the file.
func (s *source) decodeYAML(data []byte, base int) *Node {
	y := &yamlBlock{s: s, data: data, base: base, active: map[*yaml.Node]bool{}, runes: map[int][]int{}}
	y.indexLines()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		y.syntax(err)
		return nil
	}
	n := &root
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			n = nil
		} else {
			n = n.Content[0]
		}
	}
	if n == nil || n.Kind == 0 {
		// An empty block (or only comments) is an empty mapping.
		return &Node{Kind: Map, Pos: s.pos(base)}
	}
	front := y.node(n, 1)
	if front == nil {
		return nil
	}
	if front.Kind != Map {
		s.errorf(front.Pos, diag.FrontmatterNotMapping)
		return nil
	}
	return front
}

// indexLines records where yaml.v3 starts its lines: it breaks lines at
// LF, CR, CRLF, NEL, LS and PS, where the file's line numbers count LF only.
// It also notes which lines are ASCII only, where a column is a byte.
func (y *yamlBlock) indexLines() {
	d := y.data
	y.starts = []int{0}
	ascii := true
	for i := 0; i < len(d); i++ {
		if d[i] >= 0x80 {
			ascii = false
		}
		switch {
		case d[i] == '\r':
			if i+1 < len(d) && d[i+1] == '\n' {
				i++
			}
		case d[i] == '\n':
		case d[i] == 0xC2 && i+1 < len(d) && d[i+1] == 0x85:
			i++
		case d[i] == 0xE2 && i+2 < len(d) && d[i+1] == 0x80 && (d[i+2] == 0xA8 || d[i+2] == 0xA9):
			i += 2
		default:
			continue
		}
		y.starts = append(y.starts, i+1)
		y.ascii = append(y.ascii, ascii)
		ascii = true
	}
	y.ascii = append(y.ascii, ascii)
}

// offset converts yaml.v3's 1-based line and column (counted in characters)
// to an offset in data. It costs O(1): on an ASCII line the column is a byte
// count, and a line with other characters gets an index of where each
// character starts the first time a column on it is asked for, so that a
// long line of many values is not decoded from its start for each value.
func (y *yamlBlock) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(y.starts) {
		return len(y.data)
	}
	off := y.starts[line-1]
	end := len(y.data)
	if line < len(y.starts) {
		end = y.starts[line]
	}
	if col < 1 {
		return off
	}
	if y.ascii[line-1] {
		return min(off+col-1, end)
	}
	runes, ok := y.runes[line]
	if !ok {
		for i := off; i < end; {
			runes = append(runes, i)
			_, w := utf8.DecodeRune(y.data[i:end])
			i += w
		}
		y.runes[line] = runes
	}
	if col-1 < len(runes) {
		return runes[col-1]
	}
	return end
}

func (y *yamlBlock) pos(n *yaml.Node) diag.Pos {
	return y.s.pos(y.base + y.offset(n.Line, n.Column))
}

var (
	yamlLineRE   = regexp.MustCompile(`^line (\d+): `)
	yamlAnchorRE = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
)

// findAlias returns the offset of the alias "*name" in d, or -1.
func findAlias(d []byte, name string) int {
	needle := []byte("*" + name)
	for i := 0; ; {
		j := bytes.Index(d[i:], needle)
		if j < 0 {
			return -1
		}
		i += j
		end := i + len(needle)
		if end == len(d) || strings.IndexByte(" \t\r\n,]}", d[end]) >= 0 {
			return i
		}
		i++
	}
}

// syntax reports a yaml.v3 error. Its messages give a line at best (and
// not always the line of the problem), so the column is the line's first
// character that is not white space.
func (y *yamlBlock) syntax(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	printed := -1
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		printed, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	if strings.Contains(msg, "exceeded max depth") {
		// yaml.v3 gives up at 10 000 levels, before our own bound could
		// cut the tree: report it as what it is, at the value that is
		// too deep if the brackets show it.
		off := deepOpen(y.data)
		if off < 0 {
			off = y.firstOnLine(max(printed, 1))
		}
		y.s.tooDeep(y.s.pos(y.base + off))
		return
	}
	if strings.Contains(msg, "tab") || strings.Contains(msg, "cannot start any token") {
		if y.tabs() {
			return
		}
	}
	// yaml.v3 prints scanner errors with 1-based lines, parser errors ("did
	// not find expected …") with 0-based ones (and no line for line 0); the
	// line is often where the unfinished construct began, which is what to
	// fix.
	line := 1
	switch {
	case strings.HasPrefix(msg, "did not find expected"):
		line = max(printed, 0) + 1
	case printed > 0:
		line = printed
	}
	off := y.firstOnLine(line)
	if m := yamlAnchorRE.FindStringSubmatch(msg); m != nil {
		if i := findAlias(y.data, m[1]); i >= 0 {
			off = i
		}
	} else if strings.Contains(msg, "control characters") {
		off = badYAMLChar(y.data)
	} else if strings.Contains(msg, "mapping values are not allowed") {
		off = secondColon(y.data, off)
	}
	y.s.errorf(y.s.pos(y.base+off), diag.FrontmatterSyntax, "YAML", msg).Hint = syntaxHint(msg)
}

// firstOnLine returns the offset of the first character of yaml.v3's line
// that is not white space.
func (y *yamlBlock) firstOnLine(line int) int {
	off := y.offset(line, 1)
	for off < len(y.data) && (y.data[off] == ' ' || y.data[off] == '\t') {
		off++
	}
	return off
}

// tabs reports every line whose indentation holds a tab, and whether there
// was one.
func (y *yamlBlock) tabs() bool {
	found := false
	for i, start := range y.starts {
		end := len(y.data)
		if i+1 < len(y.starts) {
			end = y.starts[i+1]
		}
		line := y.data[start:end]
		j := 0
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		if j == len(line) || line[j] == '\r' || line[j] == '\n' || line[j] == '#' {
			continue // blank or comment lines may hold tabs
		}
		if k := bytes.IndexByte(line[:j], '\t'); k >= 0 {
			y.s.errorf(y.s.pos(y.base+start+k), diag.FrontmatterTab)
			found = true
		}
	}
	return found
}

// badYAMLChar returns the offset of the first character YAML does not allow.
func badYAMLChar(d []byte) int {
	for i := 0; i < len(d); {
		r, w := utf8.DecodeRune(d[i:])
		ok := r == 0x09 || r == 0x0A || r == 0x0D || (r >= 0x20 && r <= 0x7E) || r == 0x85 ||
			(r >= 0xA0 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
		if !ok {
			return i
		}
		i += w
	}
	return 0
}

// node converts n, at depth depth (the root mapping is 1), expanding
// aliases. It returns nil for a value that a budget leaves out: one
// nested too deep, or one that an alias produces after the alias budget
// ran out.
func (y *yamlBlock) node(n *yaml.Node, depth int) *Node {
	switch n.Kind {
	case yaml.AliasNode:
		return y.aliasNode(n, depth)
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			return y.node(n.Content[0], depth)
		}
		return &Node{Kind: Null, Pos: y.pos(n)}
	case yaml.MappingNode, yaml.SequenceNode:
		if y.alias != nil && !y.spend(y.alias, 1, 0) {
			return nil
		}
		if depth > maxDepth {
			at := n
			if y.alias != nil {
				at = y.alias
			}
			y.s.tooDeep(y.pos(at))
			return nil
		}
		y.active[n] = true
		defer delete(y.active, n)
		if n.Kind == yaml.MappingNode {
			return y.mapping(n, depth)
		}
		out := &Node{Kind: List, Pos: y.pos(n)}
		for _, c := range n.Content {
			if item := y.node(c, depth+1); item != nil {
				out.Items = append(out.Items, item)
			}
		}
		return out
	}
	out := y.scalar(n)
	if y.alias != nil && !y.spend(y.alias, 1, len(out.Text)) {
		return nil
	}
	return out
}

// aliasNode expands an alias in place of the value it names.
func (y *yamlBlock) aliasNode(n *yaml.Node, depth int) *Node {
	switch {
	case y.capped:
		return nil
	case n.Alias == nil:
		return &Node{Kind: Null, Pos: y.pos(n)}
	case y.active[n.Alias]:
		y.s.errorf(y.pos(n), diag.FrontmatterAliasCycle, n.Value)
		return &Node{Kind: Null, Pos: y.pos(n)}
	}
	if y.alias == nil {
		y.alias = n
		defer func() { y.alias = nil }()
	}
	return y.node(n.Alias, depth)
}

// spend counts nodes and bytes of text that aliases produce, and reports
// whether they are within the budgets. The first time they are not, it
// reports frontmatter.alias-expansion at the outermost alias, at.
func (y *yamlBlock) spend(at *yaml.Node, nodes, text int) bool {
	if y.capped {
		return false
	}
	y.aliasNodes += nodes
	y.aliasText += text
	var limit diag.Words
	switch budget := aliasTextBudget(len(y.data)); {
	case y.aliasNodes > maxAliasNodes:
		limit = diag.Words{
			FI: fmt.Sprintf("%d arvoon", maxAliasNodes),
			SV: fmt.Sprintf("%d värden", maxAliasNodes),
			EN: fmt.Sprintf("%d values", maxAliasNodes)}
	case y.aliasText > budget:
		limit = diag.Words{
			FI: fmt.Sprintf("%d tavun tekstiksi", budget),
			SV: fmt.Sprintf("%d byte text", budget),
			EN: fmt.Sprintf("%d bytes of text", budget)}
	default:
		return true
	}
	y.capped = true
	y.s.errorf(y.pos(at), diag.FrontmatterAliasExpansion, limit)
	return false
}

func (y *yamlBlock) scalar(n *yaml.Node) *Node {
	out := &Node{Kind: String, Pos: y.pos(n), Text: n.Value}
	switch n.ShortTag() {
	case "!!null":
		out.Kind, out.Text = Null, ""
	case "!!bool":
		switch strings.ToLower(n.Value) {
		case "true", "yes", "on", "y":
			out.Kind, out.Text = Bool, "true"
		case "false", "no", "off", "n":
			out.Kind, out.Text = Bool, "false"
		}
	case "!!int", "!!float":
		if t, ok := canonicalNumber(n.Value); ok {
			out.Kind, out.Text = Number, t
		}
	}
	// !!str, !!timestamp (as written), !!binary and other tags stay strings.
	return out
}

// mapping converts a mapping at depth depth: explicit keys first, in order,
// then the keys of "<<" merges that are not already present.
func (y *yamlBlock) mapping(n *yaml.Node, depth int) *Node {
	out := &Node{Kind: Map, Pos: y.pos(n)}
	seen := map[string]*Entry{}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kk := k
		for kk.Kind == yaml.AliasNode && kk.Alias != nil && !y.active[kk.Alias] {
			kk = kk.Alias
		}
		if kk.Kind == yaml.ScalarNode && kk.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		if kk.Kind != yaml.ScalarNode {
			y.s.errorf(y.pos(k), diag.FrontmatterComplexKey)
			continue
		}
		if at := y.alias; at != nil || kk != k {
			// A key that an alias produces (the key itself being one, or
			// inside an alias's copy) counts against the text budget.
			if at == nil {
				at = k
			}
			if !y.spend(at, 0, len(kk.Value)) {
				continue
			}
		}
		e := &Entry{Key: kk.Value, KeyPos: y.pos(k)}
		if first, dup := seen[e.Key]; dup {
			y.s.duplicate(e.Key, e.KeyPos, first.KeyPos)
			continue
		}
		seen[e.Key] = e
		if e.Value = y.node(v, depth+1); e.Value != nil {
			out.Entries = append(out.Entries, e)
		}
	}
	for _, m := range merges {
		for _, src := range y.mergeSources(m, depth) {
			for _, e := range src.Entries {
				if _, ok := seen[e.Key]; !ok {
					seen[e.Key] = e
					out.Entries = append(out.Entries, e)
				}
			}
		}
	}
	return out
}

// mergeSources converts the value of a "<<" key of a mapping at depth
// depth: a mapping or a list of mappings, each usually an alias, whose
// entries join that mapping.
func (y *yamlBlock) mergeSources(v *yaml.Node, depth int) []*Node {
	val := v
	for val.Kind == yaml.AliasNode && val.Alias != nil && !y.active[val.Alias] {
		val = val.Alias
	}
	items := []*yaml.Node{v}
	if val.Kind == yaml.SequenceNode {
		items = val.Content
		if val != v && y.alias == nil {
			// "<<: *list": the list's mappings come through the alias.
			y.alias = v
			defer func() { y.alias = nil }()
		}
	}
	var out []*Node
	for _, it := range items {
		src := it
		for src.Kind == yaml.AliasNode && src.Alias != nil && !y.active[src.Alias] {
			src = src.Alias
		}
		switch c := y.node(it, depth); {
		case c == nil: // left out by a budget, reported as such
		case c.Kind == Map:
			out = append(out, c)
		case src.Kind != yaml.MappingNode:
			y.s.errorf(y.pos(it), diag.FrontmatterMerge)
		}
	}
	return out
}

// secondColon returns the offset of a second "key: " colon on the line at
// off, the usual cause of "mapping values are not allowed" (an unquoted
// value with a colon in it), or off when the line has no such colon.
func secondColon(data []byte, off int) int {
	end := off
	for end < len(data) && data[end] != '\n' {
		end++
	}
	line := string(data[off:end])
	if strings.ContainsAny(line, "\"'") {
		return off
	}
	first := strings.Index(line, ": ")
	if first < 0 {
		return off
	}
	second := strings.Index(line[first+2:], ":")
	if second < 0 {
		return off
	}
	return off + first + 2 + second
}
