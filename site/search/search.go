// Package search makes the site's offline search index: for each language
// a file of every published document's title, type label, URL and summary
// and the normalised terms of its text, keywords and target groups. The
// search page's script (themes/default/static/search.js) loads it and
// matches a query in the browser, with no server.
//
// The index is a script, data/search/<lang>.js, that assigns the JSON
// index to window.malliSearchIndex: a script of the site's own (CSP
// script-src 'self') loads from file:// as well as over http, where a
// fetch() would need connect-src and does not work offline from a folder.
//
// Terms are made by the same rules here, at build time, and in search.js,
// at query time (testdata/forms.json is the table both are tested with):
//
//  1. Fold: Unicode NFC, lower case; ä, å → a, ö → o and other Latin letters with
//     marks to their base letter (é → e, ü → u); anything that is not a
//     letter or a digit separates words.
//  2. Stem: strip one ending, the longest that leaves at least three
//     letters: the possessive suffixes -nsa, -mme, -nne or a case or
//     plural ending of Endings (-ihin, -iden, -issa, -ssa, -sta, -lla,
//     -lle, -ksi, -tta, -na, -n, -t …; the partitive -a and the genitive
//     plural -en are left for prefix matching to reach). Then
//     undo the common stem changes: a trailing doubled vowel is one
//     (hankkee → hanke), -kse → -s (valmennukse → valmennus), -uk and -yk
//     → -us, -ys (valmennuk[seen] → valmennus), -ise and
//     -ine → -i (osaamise, osaamine → osaami), and a doubled stop before
//     the last vowel is one (hankke → hanke).
//  3. Match: a document matches a query when, for every query word, one of
//     its terms starts with the word's stem (prefix matching).
//
// So "työhönvalmennuksessa" finds "työhönvalmennus", "työhönvalmentajan"
// finds "työhönvalmentaja", "hankkeiden" finds "hanke" and "osaamisen"
// finds "osaaminen" (and each the other way round). What it does not do: consonant gradation other than
// a doubled kk/pp/tt before the stem's last vowel (the weak grade of a
// word such as "tuki"/"tuen" or "lapsi"/"lapsen" is not reached), vowel
// changes in stems ("käsi"/"käden"), or compounds split into their parts
// (a query "valmennus" does not find "työhönvalmennus"; prefix matching
// finds only words that start with the query). Swedish and English get
// the same folding and prefix matching; the Finnish endings rarely apply
// to them and, as stemming is the same on both sides, do no harm beyond
// matching a little more.
package search

import (
	"bytes"
	"encoding/json"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Endings are the Finnish endings Stem strips, longest first (folded:
// ä is a, ö is o). search.js has the same list.
var Endings = []string{
	"itten", "ihin", "iden", "issa", "ista", "illa", "ilta", "ille", "iksi", "seen",
	"nsa", "mme", "nne", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "ina", "ien", "iin", "hin",
	"na", "n", "t",
}

// minStem is the fewest letters Stem leaves.
const minStem = 3

// Fold returns s in lower case with letters folded to their base letter
// (ä, å → a, ö → o) and every run of other characters as one space.
func Fold(s string) string {
	s = norm.NFC.String(s) // "a" and a combining diaeresis is "ä"
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := folds[r]; ok {
			r = f
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

var folds = map[rune]rune{
	'ä': 'a', 'å': 'a', 'á': 'a', 'à': 'a', 'â': 'a', 'ã': 'a',
	'ö': 'o', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'õ': 'o', 'ø': 'o',
	'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'ü': 'u', 'ú': 'u', 'ù': 'u', 'û': 'u',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i',
	'š': 's', 'ž': 'z', 'ç': 'c', 'ñ': 'n', 'ý': 'y',
}

// Stem strips a folded word's endings (see the package comment).
func Stem(w string) string {
	for _, e := range Endings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-len(e) >= minStem {
			w = w[:len(w)-len(e)]
			break
		}
	}
	n := len(w)
	if n > minStem && isVowel(w[n-1]) && w[n-1] == w[n-2] {
		w, n = w[:n-1], n-1
	}
	switch {
	case n > minStem+1 && strings.HasSuffix(w, "kse"):
		w = w[:n-3] + "s"
	case n > minStem && (strings.HasSuffix(w, "uk") || strings.HasSuffix(w, "yk")):
		w = w[:n-1] + "s"
	case n > minStem+1 && (strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "ine")):
		w = w[:n-2]
	case n > minStem+1 && isVowel(w[n-1]) && w[n-2] == w[n-3] && strings.IndexByte("kpt", w[n-2]) >= 0:
		w = w[:n-2] + w[n-1:]
	}
	return w
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// Terms returns the stems of the words of texts, each once, sorted, but
// those that start another; numbers of one or two digits are left out.
func Terms(texts ...string) []string { return prune(Stems(texts...), nil) }

// Stems returns the stems of the words of texts, each once, sorted;
// numbers of one or two digits are left out.
func Stems(texts ...string) []string {
	seen := map[string]bool{}
	for _, t := range texts {
		for _, w := range strings.Fields(Fold(t)) {
			if len(w) < 3 && w[0] >= '0' && w[0] <= '9' {
				continue // "1", "27": list numbers and paragraphs, noise in an index
			}
			seen[Stem(w)] = true
		}
	}
	stems := make([]string, 0, len(seen))
	for t := range seen {
		stems = append(stems, t)
	}
	sort.Strings(stems)
	return stems
}

// prune returns the union of two sorted lists of stems, in a new slice,
// without those that start another: a term that starts another adds
// nothing to prefix matching, as every query word that starts it starts
// the longer one. In sorted order, the longer one is next.
func prune(a, b []string) []string {
	all := make([]string, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			all, a = append(all, a[0]), a[1:]
		case len(a) == 0 || b[0] < a[0]:
			all, b = append(all, b[0]), b[1:]
		default: // the same stem in both
			all, a, b = append(all, a[0]), a[1:], b[1:]
		}
	}
	kept := all[:0]
	for i, t := range all {
		if i+1 < len(all) && strings.HasPrefix(all[i+1], t) {
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// Text returns the text of an HTML fragment: tags dropped, entities
// decoded. It is for the index, not for display.
func Text(fragment []byte) string {
	var b strings.Builder
	in := false
	for _, c := range string(fragment) {
		switch {
		case c == '<':
			in = true
			b.WriteByte(' ')
		case c == '>':
			in = false
		case !in:
			b.WriteRune(c)
		}
	}
	return html.UnescapeString(b.String())
}

// Doc is a published document as the index holds it.
type Doc struct {
	Title   string // its title (in its language)
	Type    string // its type's label in the index's language
	URL     string // its page, with the base path
	Summary string //
	Lang    string // its language, when it is not the index's (an untranslated document)
	// Its terms come from Stems (of its title, summary and body text, the
	// same in every language's index: made once, sorted, never changed)
	// and from Texts (its keywords and target groups as the index's
	// language labels them).
	Stems []string
	Texts []string
}

// entry is a Doc in the index file: short keys, the terms as one string.
type entry struct {
	Title   string `json:"t"`
	Type    string `json:"y"`
	URL     string `json:"u"`
	Summary string `json:"s,omitempty"`
	Lang    string `json:"l,omitempty"`
	Terms   string `json:"w"`
}

// Path is the index file of lang.
func Path(dataDir, lang string) string { return dataDir + "/search/" + lang + ".js" }

// Entry returns d as an index file holds it: one JSON object, its HTML
// characters escaped ("</script>" in a title stays inert).
func Entry(d Doc) ([]byte, error) {
	return json.Marshal(entry{Title: d.Title, Type: d.Type, URL: d.URL, Summary: d.Summary, Lang: d.Lang, Terms: strings.Join(prune(d.Stems, Stems(d.Texts...)), " ")})
}

// File returns the index file of lang made of entries (Entry), in their
// order: a script that sets window.malliSearchIndex.
func File(lang string, entries [][]byte) ([]byte, error) {
	l, err := json.Marshal(lang)
	if err != nil {
		return nil, err
	}
	n := 64 + len(l)
	for _, e := range entries {
		n += len(e) + 1
	}
	buf := bytes.NewBuffer(make([]byte, 0, n))
	buf.WriteString(`window.malliSearchIndex = {"lang":`)
	buf.Write(l)
	buf.WriteString(`,"docs":[`)
	for i, e := range entries {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(e)
	}
	buf.WriteString("]};\n")
	return buf.Bytes(), nil
}
