package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/malli-fi/malli/cmd/malli/internal/browser"
)

// TestBrowserSearch builds the real site, served as its files are with
// the theme's Content-Security-Policy, and searches it as a keyboard user
// would: Tab from the home page reaches the search link in the main
// navigation, Enter opens the search page, Tab reaches the field; an
// inflected Finnish word typed there and Enter list the documents that
// have its base form, say how many in the live region and put the query
// in the URL, which runs it again on load. search.js makes of every word
// form of site/search/testdata/forms.json what site/search does, and
// without JavaScript the page says search needs it and links to the
// listings.
func TestBrowserSearch(t *testing.T) {
	chromium := browser.Find(t)
	dir := t.TempDir()
	if code := run([]string{"build", "-C", "../..", "-o", dir}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("malli build exited %d", code)
	}
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer ts.Close()

	b := browser.Start(t, chromium)
	p := b.NewPage()
	if _, err := p.Call("Emulation.setFocusEmulationEnabled", map[string]any{"enabled": true}); err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ts.URL + "/"); err != nil {
		t.Fatal(err)
	}
	tabTo := func(selector string) {
		t.Helper()
		for i := 0; i < 60; i++ {
			if err := p.Press("Tab", false); err != nil {
				t.Fatal(err)
			}
			if evalBool(t, p, `document.activeElement.matches(`+jsString(selector)+`)`) {
				return
			}
		}
		t.Fatalf("60 Tabs do not reach %s", selector)
	}
	tabTo(`nav a[href="/haku/"]`)
	if err := p.Press("Enter", false); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the search page to load", func() bool {
		return evalBool(t, p, `location.pathname === "/haku/" && document.readyState === "complete"`)
	})
	if !evalBool(t, p, `location.pathname === "/haku/" && document.querySelector("[data-search-nojs]").hidden`) {
		t.Fatal("Enter on the search link does not open the search page with its script running")
	}
	tabTo(`input#q`)
	if _, err := p.Call("Input.insertText", map[string]any{"text": "työhönvalmennuksessa"}); err != nil {
		t.Fatal(err)
	}
	if err := p.Press("Enter", false); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Count string
		URLs  []string
		Query string
	}
	result := `(() => ({
		count: document.querySelector("[data-search-count]").textContent,
		urls: [...document.querySelectorAll("[data-search-results] a")].map(a => a.getAttribute("href")),
		query: new URL(location.href).searchParams.get("q"),
	}))()`
	eventually(t, "the results of the search", func() bool {
		evalInto(t, p, result, &got)
		return got.Count != ""
	})
	has := func(urls []string, u string) bool {
		for _, v := range urls {
			if v == u {
				return true
			}
		}
		return false
	}
	if !has(got.URLs, "/toimintamallit/tuettu-tyollistyminen/") || !strings.HasPrefix(got.Count, itoa(len(got.URLs))+" tulosta") || got.Query != "työhönvalmennuksessa" {
		t.Errorf("työhönvalmennuksessa: %+v; want the supported employment model, the count and the query in the URL", got)
	}

	// A query in the URL runs on load; "hankkeiden" finds the projects.
	if err := p.Navigate(ts.URL + "/haku/?q=hankkeiden"); err != nil {
		t.Fatal(err)
	}
	evalInto(t, p, result, &got)
	if !has(got.URLs, "/hankkeet/esimerkkihanke-tuetusti-toihin/") || !evalBool(t, p, `document.getElementById("q").value === "hankkeiden"`) {
		t.Errorf("?q=hankkeiden: %+v; want a project", got)
	}
	// A word nowhere says so.
	if err := p.Navigate(ts.URL + "/haku/?q=xyzzyq"); err != nil {
		t.Fatal(err)
	}
	evalInto(t, p, result, &got)
	if len(got.URLs) != 0 || !strings.HasPrefix(got.Count, "Ei tuloksia") {
		t.Errorf("?q=xyzzyq: %+v; want no results, said", got)
	}

	// The same normalisation as site/search.
	data, err := os.ReadFile("../../site/search/testdata/forms.json")
	if err != nil {
		t.Fatal(err)
	}
	var table struct{ Forms [][2]string }
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	for _, f := range table.Forms {
		var key string
		evalInto(t, p, `window.malliSearchKey(`+jsString(f[0])+`)`, &key)
		if key != f[1] {
			t.Errorf("search.js makes %q of %q, site/search %q", key, f[0], f[1])
		}
	}
	// Swedish: the Swedish index, in the Swedish page.
	if err := p.Navigate(ts.URL + "/sv/haku/?q=sysselsattning"); err != nil {
		t.Fatal(err)
	}
	evalInto(t, p, result, &got)
	if len(got.URLs) == 0 || !strings.Contains(got.Count, "träff") {
		t.Errorf("sv ?q=sysselsattning: %+v; want results (ä folded)", got)
	}
	for _, problem := range p.Problems() {
		if !strings.Contains(problem, "favicon.ico") {
			t.Errorf("with JavaScript: %s", problem)
		}
	}

	// Without JavaScript.
	q := b.NewPage()
	if _, err := q.Call("Emulation.setScriptExecutionDisabled", map[string]any{"value": true}); err != nil {
		t.Fatal(err)
	}
	if err := q.Navigate(ts.URL + "/haku/"); err != nil {
		t.Fatal(err)
	}
	if !evalBool(t, q, `(() => { const n = document.querySelector("[data-search-nojs]"); return !n.hidden && n.offsetParent !== null && n.querySelectorAll("a[href='/toimintamallit/']").length === 1; })()`) {
		t.Error("without JavaScript the search page does not say search needs it or does not link to the listings")
	}
}

func jsString(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

func itoa(n int) string {
	data, _ := json.Marshal(n)
	return string(data)
}

// TestAxeSearchResults runs axe-core's WCAG 2.0 and 2.1 A and AA rules on
// the search pages with results shown (TestAxe sees them before a query),
// at 1280 and 320 px, where nothing may scroll sideways either.
func TestAxeSearchResults(t *testing.T) {
	chromium := browser.Find(t)
	axe := findAxe(t)
	base, _ := builtSite(t)
	p := browser.Start(t, chromium).NewPage()
	defineAxe := string(axe) + "\n;typeof axe === \"object\""
	for _, width := range auditWidths {
		if err := p.SetViewport(width, 800); err != nil {
			t.Fatal(err)
		}
		for _, page := range []string{"/haku/?q=tuettu", "/sv/haku/?q=sysselsattning", "/en/haku/?q=employment"} {
			if err := p.Navigate(base + page); err != nil {
				t.Fatal(err)
			}
			if evalNumber(t, p, `document.querySelectorAll("[data-search-results] li").length`) == 0 {
				t.Errorf("%s: no results to check", page)
			}
			if v, err := p.Evaluate(defineAxe); err != nil || string(v) != "true" {
				t.Fatalf("%s: loading axe-core: %s %v", page, v, err)
			}
			var res struct {
				Violations []struct {
					ID, Impact, Help string
					Nodes            []string
				}
			}
			evalInto(t, p, axeRun, &res)
			for _, v := range res.Violations {
				t.Errorf("%s at %d px: %s (%s): %s %v", page, width, v.ID, v.Impact, v.Help, v.Nodes)
			}
			if !evalBool(t, p, `document.documentElement.scrollWidth <= window.innerWidth`) {
				t.Errorf("%s at %d px scrolls sideways", page, width)
			}
		}
	}
}
