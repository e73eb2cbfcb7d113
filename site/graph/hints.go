package graph

import (
	"sort"
	"strings"

	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/internal/suggest"
	"github.com/malli-fi/malli/site/page"
	"github.com/malli-fi/malli/site/schema"
)

// MaxHints is how many broken references and links of a build get a
// "did you mean …?" hint: the first ones in file order. Each hint looks at
// the documents once, so the hints of a build cost at most MaxHints passes
// over the site, however much of it is broken.
const MaxHints = 200

// miss is a broken name waiting for its hint.
type miss struct {
	d     *diag.Diagnostic
	query string
	cands []string // the candidates, when they are the target's own (anchors, items)
	types []string // or: the ids of the documents of these types
	paths bool     // or: the content paths of the documents, shown relative to from
	from  string
}

// hint sets the hints of the first MaxHints misses in position order, each
// candidate set built once.
func (idx *index) hint(misses []miss) {
	sort.SliceStable(misses, func(i, j int) bool { return less(misses[i].d.Pos, misses[j].d.Pos) })
	sets := map[string]*suggest.Set{}
	for _, m := range misses[:min(len(misses), MaxHints)] {
		var best string
		switch {
		case m.paths:
			s := sets["\x00paths"]
			if s == nil {
				s = suggest.New(idx.paths)
				sets["\x00paths"] = s
			}
			if best = s.Closest(m.query); best != "" {
				best = relPath(m.from, best)
			}
		case m.types != nil:
			key := strings.Join(m.types, ",")
			s := sets[key]
			if s == nil {
				s = suggest.New(idx.ids(m.types))
				sets[key] = s
			}
			best = s.Closest(m.query)
		default:
			best = suggest.New(m.cands).Closest(m.query)
		}
		if best != "" {
			m.d.Hint = schema.DidYouMean(best)
		}
	}
}

func less(a, b diag.Pos) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// ids returns the ids of the default-language documents of types.
func (idx *index) ids(types []string) []string {
	var ids []string
	for _, d := range idx.unique {
		if d.Lang == page.DefaultLang && !d.IsIndex && contains(types, d.Type.Name) {
			ids = append(ids, d.ID)
		}
	}
	return ids
}
