package serve

import (
	"slices"
	"testing"

	"github.com/malli-fi/malli/site/diag"
)

type mapSite map[string][]byte

func (s mapSite) File(p string) ([]byte, bool) {
	b, ok := s[p]
	return b, ok
}

// TestReloadWho checks which pages an Update tells to reload, step by
// step, with clients registered as the event handler registers them.
func TestReloadWho(t *testing.T) {
	html := []byte("<html><head></head><body></body></html>")
	good := mapSite{"index.html": html, "sv/index.html": html, "404.html": html, "sv/404.html": html, "en/404.html": html, "a/index.html": html, "malli.css": nil}
	withB := mapSite{"b/index.html": html}
	for k, v := range good {
		withB[k] = v
	}
	var errs, errs2, warns diag.List
	errs.Errorf(diag.Pos{File: "a.md", Line: 1, Col: 1}, diag.SourceEmpty)
	errs2.Errorf(diag.Pos{File: "a.md", Line: 2, Col: 1}, diag.SourceEmpty)
	warns.Warnf(diag.Pos{File: "a.md", Line: 1, Col: 1}, diag.SourceBOM)

	paths := []string{"/", "/sv/", "/a/", "/a", "/b/", "/nope", "/sv/nope/", "/en/nope", "/../x"}
	all := paths
	s := New()
	clients := map[string]*client{}
	for _, p := range paths {
		c := &client{path: p, reload: make(chan string, 1)}
		clients[p] = c
		s.clients[c] = struct{}{}
	}
	for _, tt := range []struct {
		name string
		u    Update
		want []string // the paths told to reload
	}{
		{"the first build fails", Update{Problems: errs}, all},
		{"it fails again the same way", Update{Problems: errs}, nil},
		{"a failed build's Changed is ignored", Update{Problems: errs, Changed: []string{"index.html"}}, nil},
		{"it fails otherwise", Update{Problems: errs2}, all},
		{"the first good build", Update{Site: good, Changed: []string{"404.html", "a/index.html", "en/404.html", "index.html", "malli.css", "sv/404.html", "sv/index.html"}}, all},
		{"nothing changed", Update{Site: good}, nil},
		{"the home page", Update{Site: good, Changed: []string{"index.html"}}, []string{"/"}},
		{"the Swedish home page", Update{Site: good, Changed: []string{"sv/index.html"}}, []string{"/sv/"}},
		{"a page, and who is redirected to it", Update{Site: good, Changed: []string{"a/index.html"}}, []string{"/a/", "/a"}},
		{"the 404 page", Update{Site: good, Changed: []string{"404.html"}}, []string{"/b/", "/nope"}},
		{"the Swedish 404 page", Update{Site: good, Changed: []string{"sv/404.html"}}, []string{"/sv/nope/"}},
		{"a file no page is", Update{Site: good, Changed: []string{"malli.css"}}, nil},
		{"a new page where a 404 was", Update{Site: withB, Changed: []string{"b/index.html"}}, []string{"/b/"}},
		{"a page gone, though Changed misses it", Update{Site: good}, []string{"/b/"}},
		{"warnings appear", Update{Site: good, Problems: warns}, all},
		{"the same warnings", Update{Site: good, Problems: warns}, nil},
		{"a failed build", Update{Problems: errs}, all},
		{"the fix", Update{Site: good}, all},
		{"still fine", Update{Site: good, Changed: []string{}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s.Update(tt.u)
			var got []string
			for _, p := range paths {
				select {
				case token := <-clients[p].reload:
					got = append(got, p)
					if token != s.st.token {
						t.Errorf("%s is told of build %s, want %s", p, token, s.st.token)
					}
				default:
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("reloaded %q, want %q", got, tt.want)
			}
		})
	}
}
