package site_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// realSite returns the repository's own site (content, schemas, theme) as
// a map that the tests edit.
func realSite(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for dir, keep := range map[string]func(string) bool{
		"content":        func(string) bool { return true },
		"schemas":        func(p string) bool { return strings.HasSuffix(p, ".json") },
		"themes/default": func(p string) bool { return !strings.HasSuffix(p, ".go") },
	} {
		err := fs.WalkDir(os.DirFS(".."), dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !keep(p) {
				return err
			}
			data, err := fs.ReadFile(os.DirFS(".."), p)
			m[p] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// fresh builds a copy of m from scratch, as malli build does.
func fresh(t testing.TB, m fstest.MapFS, opts site.Options) (map[string][]byte, string, error) {
	t.Helper()
	c := fstest.MapFS{}
	for p, f := range m {
		c[p] = &fstest.MapFile{Data: bytes.Clone(f.Data)}
	}
	out := &publish.Memory{}
	opts.FS, opts.Out = c, out
	res, err := site.Build(context.Background(), opts)
	if err != nil && !site.IsContentError(err) {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	if err == nil && !opts.Check {
		for _, p := range out.Paths() {
			files[p], _ = out.File(p)
		}
	}
	return files, diagText(res.Diagnostics), err
}

func diagText(l diag.List) string {
	var b strings.Builder
	diag.Print(&b, l, "text", diag.FI)
	return b.String()
}

// mdLink is a body link to a document: [text](x.md) or [text](x.md#a).
var mdLink = regexp.MustCompile(`\[([^\]\n]+)\]\([^)\s]*\.md(#[^)\s]*)?\)`)

// edit is one random change to a site; it returns the paths it touched.
type edit struct {
	name string
	do   func(m fstest.MapFS, r *rand.Rand) []string
}

func docPaths(m fstest.MapFS, lang string) []string {
	var out []string
	for p := range m {
		if strings.HasPrefix(p, "content/") && strings.HasSuffix(p, ".md") && !strings.Contains(p, "_index") {
			if lang == "" || strings.HasSuffix(p, "."+lang+".md") {
				out = append(out, p)
			}
		}
	}
	slices.Sort(out)
	return out
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// setLine changes the first front matter line of key: appends text to its
// value (inside the quotes of TOML, at the end in YAML).
func setLine(data []byte, key, text string) []byte {
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, key+" =") || strings.HasPrefix(l, key+":") {
			if strings.HasSuffix(l, `"`) {
				lines[i] = l[:len(l)-1] + text + `"`
			} else if !strings.HasSuffix(l, ">-") && !strings.HasSuffix(l, "|") {
				lines[i] = l + text
			}
			break
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

var edits = []edit{
	{"body text", func(m fstest.MapFS, r *rand.Rand) []string {
		p := pick(r, docPaths(m, ""))
		m[p].Data = append(bytes.Clone(m[p].Data), fmt.Sprintf("\nLisätty kappale %d.\n", r.IntN(1000))...)
		return []string{p}
	}},
	{"title", func(m fstest.MapFS, r *rand.Rand) []string {
		p := pick(r, docPaths(m, ""))
		m[p].Data = setLine(m[p].Data, "title", fmt.Sprintf(" %d", r.IntN(1000)))
		return []string{p}
	}},
	{"summary", func(m fstest.MapFS, r *rand.Rand) []string {
		p := pick(r, docPaths(m, ""))
		m[p].Data = setLine(m[p].Data, "summary", " Muutettu.")
		return []string{p}
	}},
	{"status to draft", func(m fstest.MapFS, r *rand.Rand) []string {
		p := pick(r, docPaths(m, ""))
		m[p].Data = bytes.Replace(m[p].Data, []byte("published"), []byte("draft"), 1)
		return []string{p}
	}},
	{"link", func(m fstest.MapFS, r *rand.Rand) []string {
		p, to := pick(r, docPaths(m, "")), pick(r, docPaths(m, ""))
		switch r.IntN(4) {
		case 0:
			to = "content/toimintamallit/ei-ole.md" // broken
		case 1:
			to = "content/toimintamallit/liite.pdf" // there or not
		}
		m[p].Data = append(bytes.Clone(m[p].Data), fmt.Sprintf("\nKatso [tämä](../../%s).\n", to)...)
		return []string{p}
	}},
	{"link removed", func(m fstest.MapFS, r *rand.Rand) []string {
		var with []string
		for _, p := range docPaths(m, "") {
			if mdLink.Match(m[p].Data) {
				with = append(with, p)
			}
		}
		if len(with) == 0 {
			return nil
		}
		p := pick(r, with)
		loc := mdLink.FindSubmatchIndex(m[p].Data)
		data := m[p].Data
		m[p].Data = slices.Concat(data[:loc[0]], data[loc[2]:loc[3]], data[loc[1]:])
		return []string{p}
	}},
	{"translation added", func(m fstest.MapFS, r *rand.Rand) []string {
		var fi []string // default-language documents
		for _, p := range docPaths(m, "") {
			if strings.Count(path.Base(p), ".") == 1 {
				fi = append(fi, p)
			}
		}
		p := pick(r, fi)
		q := strings.TrimSuffix(p, ".md") + ".sv.md"
		if m[q] != nil {
			return nil
		}
		m[q] = &fstest.MapFile{Data: setLine(m[p].Data, "title", " på svenska")}
		return []string{q}
	}},
	{"translation removed", func(m fstest.MapFS, r *rand.Rand) []string {
		tr := append(docPaths(m, "sv"), docPaths(m, "en")...)
		if len(tr) == 0 {
			return nil
		}
		p := pick(r, tr)
		delete(m, p)
		return []string{p}
	}},
	{"renamed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := pick(r, docPaths(m, ""))
		q := strings.TrimSuffix(p, ".md") + "-uusi.md"
		if strings.Count(strings.TrimSuffix(path.Base(p), ".md"), ".") > 0 {
			return nil // keep translations' names valid
		}
		m[q] = m[p]
		delete(m, p)
		return []string{p, q}
	}},
	{"deleted", func(m fstest.MapFS, r *rand.Rand) []string {
		p := pick(r, docPaths(m, ""))
		delete(m, p)
		return []string{p}
	}},
	{"criterion renamed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "content/kriteeristot/hankehakemusten-arviointikriteerit.md"
		if m[p] == nil {
			return nil
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte(`id = "k2"`), []byte(`id = "k2b"`), 1)
		return []string{p}
	}},
	{"scale changed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "content/kriteeristot/hankehakemusten-arviointikriteerit.md"
		if m[p] == nil {
			return nil
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte("value = 2"), []byte("value = 3"), 1)
		return []string{p}
	}},
	{"score changed", func(m fstest.MapFS, r *rand.Rand) []string {
		// The other phases' pages show it (render.Reads).
		p := "content/itsearvioinnit/esimerkki-tuetusti-toihin-laatukriteerit-valitilanne.md"
		if m[p] == nil {
			return nil
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte("score: 2"), []byte("score: 0"), 1)
		return []string{p}
	}},
	{"indicator counts clients", func(m fstest.MapFS, r *rand.Rand) []string {
		// The monitoring data's small-cell check reads what the indicator
		// set says an indicator counts: 3 trained professionals become 3
		// clients, too few to publish.
		p := "content/indikaattoristot/tyokykyohjelman-yhteiset-indikaattorit.md"
		if m[p] == nil {
			return nil
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte("value_type: count"), []byte("value_type: clients"), 1)
		return []string{p}
	}},
	// The programme's rules, read by the projects that reference it, and
	// what a self-evaluation reads of its subject and criteria set.
	{"programme rule changed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "content/ohjelmat/tyokykyohjelma.md"
		if m[p] == nil {
			return nil
		}
		rule := [][2]string{
			{"final_report_months: 6", "final_report_months: 3"}, // a due date, and a recorded one now late
			{"max_aid_ratio: 0.8\n", ""},                         // the cap unset
			{"where: disability_organisation", "where: chair"},   // a requirement no project meets
		}[r.IntN(3)]
		m[p].Data = bytes.Replace(m[p].Data, []byte(rule[0]), []byte(rule[1]), 1)
		return []string{p}
	}},
	{"subject's measure changed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "content/hankkeet/esimerkkihanke-tuetusti-toihin.md"
		if m[p] == nil {
			return nil
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte("measure: tuetun-tyollistymisen-menetelmat"), []byte("measure: tyokyvyn-tuki-sote-keskukseen"), 1)
		return []string{p}
	}},
	{"criterion's measures changed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "content/kriteeristot/hankehakemusten-arviointikriteerit.md"
		if m[p] == nil {
			return nil
		}
		m[p].Data = bytes.Replace(m[p].Data, []byte(`measures = ["tuetun-tyollistymisen-menetelmat"]`), []byte(`measures = ["tyokyvyn-tuki-sote-keskukseen"]`), 1)
		return []string{p}
	}},
	{"attachment added or removed", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "content/toimintamallit/liite.pdf"
		if m[p] != nil {
			delete(m, p)
		} else {
			m[p] = &fstest.MapFile{Data: []byte("%PDF-1.4\n%%EOF\n")}
		}
		return []string{p}
	}},
	{"schema field required", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "schemas/operating_model.schema.json"
		m[p].Data = bytes.Replace(m[p].Data, []byte(`"required": [`), []byte(`"required": ["keywords", `), 1)
		return []string{p}
	}},
	{"template", func(m fstest.MapFS, r *rand.Rand) []string {
		p := "themes/default/layouts/single.html"
		m[p].Data = bytes.Replace(m[p].Data, []byte("<article>"), []byte(fmt.Sprintf("<article data-v=\"%d\">", r.IntN(1000))), 1)
		return []string{p}
	}},
}

// TestSessionIsFreshBuild: after every step of random edit sequences —
// body text, front matter fields, references, translations added and
// removed, files renamed and deleted, a schema field made required, a
// template changed, and edits undone — a Session's outputs and
// diagnostics are byte for byte those of a fresh build of the same files.
func TestSessionIsFreshBuild(t *testing.T) {
	seeds := 6
	steps := 25
	if testing.Short() {
		seeds, steps = 2, 10
	}
	for seed := range seeds {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(seed), 7))
			m := realSite(t)
			original := map[string][]byte{}
			for p, f := range m {
				original[p] = f.Data
			}
			opts := site.Options{FS: m, Drafts: seed%3 == 1, BaseURL: []string{"", "/sub/", "https://example.fi/malli"}[seed%3]}
			s, err := site.NewSession(opts)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			compare := func(step string, changed []string, rescan bool) {
				t.Helper()
				snap, err := s.Build(context.Background(), changed, rescan)
				if err != nil && !site.IsContentError(err) {
					t.Fatalf("%s: %v", step, err)
				}
				want, wantDiags, wantErr := fresh(t, m, site.Options{Drafts: opts.Drafts, BaseURL: opts.BaseURL})
				if got := diagText(snap.Result.Diagnostics); got != wantDiags {
					t.Fatalf("%s: diagnostics differ from a fresh build:\n got: %s\nwant: %s", step, got, wantDiags)
				}
				if (err == nil) != (wantErr == nil) {
					t.Fatalf("%s: error %v, fresh build %v", step, err, wantErr)
				}
				if wantErr != nil {
					if snap.Files != nil {
						t.Fatalf("%s: a failed build has files", step)
					}
					return
				}
				for p, data := range want {
					if got, ok := snap.Files[p]; !ok || !bytes.Equal(got, data) {
						t.Fatalf("%s: %s differs from a fresh build (present %v)\n got: %.300q\nwant: %.300q", step, p, ok, got, data)
					}
				}
				for p := range snap.Files {
					if _, ok := want[p]; !ok {
						t.Fatalf("%s: %s is not in a fresh build", step, p)
					}
				}
			}
			compare("first build", nil, true)
			for i := range steps {
				var changed []string
				var name string
				if i%5 == 4 { // undo: a few files back as they were
					name = "undo"
					for p := range m {
						if _, ok := original[p]; !ok && r.IntN(2) == 0 {
							delete(m, p)
							changed = append(changed, p)
						}
					}
					for p, data := range original {
						if f, ok := m[p]; (!ok || !bytes.Equal(f.Data, data)) && r.IntN(2) == 0 {
							m[p] = &fstest.MapFile{Data: data}
							changed = append(changed, p)
						}
					}
				} else {
					e := edits[r.IntN(len(edits))]
					name = e.name
					changed = e.do(m, r)
				}
				compare(fmt.Sprintf("step %d (%s)", i, name), changed, false)
			}
		})
	}
}

// TestSessionMakesOnlyWhatChanged: a body edit makes that document's page
// and export again and changes nothing else; an unchanged rebuild changes
// nothing.
func TestSessionMakesOnlyWhatChanged(t *testing.T) {
	m := realSite(t)
	s, err := site.NewSession(site.Options{FS: m})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	first, err := s.Build(context.Background(), nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Changed) != len(first.Files) {
		t.Errorf("first build: %d changed of %d files", len(first.Changed), len(first.Files))
	}
	again, err := s.Build(context.Background(), nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Changed) != 0 || again.Made != 0 {
		t.Errorf("unchanged rebuild: changed %v, made %d", again.Changed, again.Made)
	}
	p := "content/toimintamallit/alihankintamalli-tyotoiminnassa.md"
	m[p].Data = append(bytes.Clone(m[p].Data), "\nUusi kappale.\n"...)
	edited, err := s.Build(context.Background(), []string{p}, false)
	if err != nil {
		t.Fatal(err)
	}
	// The new paragraph ends the body's last section, which Innokylä's
	// form takes: the Innokylä export and its page change too, and the
	// search index of every language (the document is untranslated: the
	// Swedish and English listings, and indexes, show the Finnish one).
	want := []string{
		"data/innokyla/operating_model/alihankintamalli-tyotoiminnassa.json",
		"data/operating_model.json", "data/operating_model/alihankintamalli-tyotoiminnassa.json",
		"data/search/en.js", "data/search/fi.js", "data/search/sv.js",
		"toimintamallit/alihankintamalli-tyotoiminnassa/index.html",
		"toimintamallit/alihankintamalli-tyotoiminnassa/innokyla/index.html",
	}
	if !slices.Equal(edited.Changed, want) {
		t.Errorf("body edit changed %v, want %v", edited.Changed, want)
	}
	// Made again: the page and export of the document and of the documents
	// that show its title (their keys read every neighbour whole).
	if edited.Made > len(edited.Files)/4 {
		t.Errorf("body edit made %d of %d outputs again", edited.Made, len(edited.Files))
	}
	t.Logf("body edit made %d of %d outputs again", edited.Made, len(edited.Files))

	// A change to the listings' layout makes the listings again, and only them.
	l := "themes/default/layouts/list.html"
	m[l].Data = bytes.Replace(m[l].Data, []byte("<h1"), []byte("<p>Uusi.</p><h1"), 1)
	relisted, err := s.Build(context.Background(), []string{l}, false)
	if err != nil {
		t.Fatal(err)
	}
	listing := regexp.MustCompile(`^((sv|en)/)?[a-z]+/(jarjestys/[a-z0-9-]+/)?index\.html$`)
	for _, p := range relisted.Changed {
		if !listing.MatchString(p) {
			t.Errorf("a change to list.html changed %s", p)
		}
	}
	if len(relisted.Changed) == 0 || relisted.Made != len(relisted.Changed) {
		t.Errorf("a change to list.html changed %v and made %d outputs", relisted.Changed, relisted.Made)
	}
}

// TestSessionFollowsProgrammeRules: an edit of the programme alone reaches
// what its projects derive from it and what is checked against it, and a
// self-evaluation follows its subject's measure, as in a fresh build.
func TestSessionFollowsProgrammeRules(t *testing.T) {
	m := realSite(t)
	s := startSession(t, m, site.Options{})
	page := "hankkeet/esimerkkihanke-tuetusti-toihin/index.html"
	for _, step := range []struct{ file, from, to, want string }{
		{"content/ohjelmat/tyokykyohjelma.md", "final_report_months: 6", "final_report_months: 12", `<time datetime="2023-12-31">31.12.2023</time>`},
		{"content/ohjelmat/tyokykyohjelma.md", "max_aid_ratio: 0.8\n", "", "[ratio.missing]"},
		{"content/ohjelmat/tyokykyohjelma.md", "where: disability_organisation", "where: chair", "[programme.requirement]"},
		{"content/hankkeet/esimerkkihanke-tuetusti-toihin.md", "measure: tuetun-tyollistymisen-menetelmat", "measure: [tuetun-tyollistymisen-menetelmat, tyokyvyn-tuki-sote-keskukseen]", "[score.missing]"},
	} {
		m[step.file].Data = bytes.Replace(m[step.file].Data, []byte(step.from), []byte(step.to), 1)
		snap, err := s.Build(context.Background(), []string{step.file}, false)
		if err != nil && !site.IsContentError(err) {
			t.Fatal(err)
		}
		want, wantDiags, _ := fresh(t, m, site.Options{})
		got := diagText(snap.Result.Diagnostics)
		if got != wantDiags {
			t.Fatalf("%s: diagnostics differ from a fresh build:\n got: %s\nwant: %s", step.to, got, wantDiags)
		}
		if snap.Files != nil && !bytes.Equal(snap.Files[page], want[page]) {
			t.Fatalf("%s: %s differs from a fresh build", step.to, page)
		}
		if !strings.Contains(got, step.want) && !strings.Contains(string(snap.Files[page]), step.want) {
			t.Errorf("%s: neither the diagnostics nor %s show %s:\n%s", step.to, page, step.want, got)
		}
	}
}

// startSession opens a Session on m with opts (FS set here), closed when
// the test ends, and makes its first build.
func startSession(t *testing.T, m fstest.MapFS, opts site.Options) *site.Session {
	t.Helper()
	opts.FS = m
	s, err := site.NewSession(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Build(context.Background(), nil, true); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSessionSearchFollowsEdits: after a body edit, a word new to the site
// is found in the edited document in every language's index (both
// documents are untranslated), and after an edit of another document too.
func TestSessionSearchFollowsEdits(t *testing.T) {
	m := realSite(t)
	s := startSession(t, m, site.Options{})
	var words []string
	for _, edit := range []struct{ file, word, stem string }{
		{"content/toimintamallit/alihankintamalli-tyotoiminnassa.md", "Ksylofonisteille", "ksylofonist"},
		{"content/toimintamallit/tyokyvyn-tuki-sote-keskuksessa.md", "Marimbisteille", "marimbist"},
	} {
		m[edit.file].Data = append(bytes.Clone(m[edit.file].Data), "\n"+edit.word+".\n"...)
		snap, err := s.Build(context.Background(), []string{edit.file}, false)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, edit.stem)
		for _, l := range []string{"fi", "sv", "en"} {
			ix := string(snap.Files["data/search/"+l+".js"])
			for _, w := range words {
				if !strings.Contains(ix, w) {
					t.Errorf("after editing %s, data/search/%s.js does not have %q", edit.file, l, w)
				}
			}
		}
	}
}
