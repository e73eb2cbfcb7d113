package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/malli-fi/malli/cmd/malli/internal/browser"
)

// The layout in a real Chromium: the print stylesheet, the header at
// desktop and mobile sizes, the breadcrumbs.

var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// printedPages prints the page at url to an A4 PDF, as Chromium's print
// dialog does with its default margins, and returns its number of pages.
func printedPages(t *testing.T, p *browser.Page, url string) int {
	t.Helper()
	if err := p.Navigate(url); err != nil {
		t.Fatal(err)
	}
	res, err := p.Call("Page.printToPDF", map[string]any{"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": false})
	if err != nil {
		t.Fatal(err)
	}
	var r struct{ Data string }
	if err := json.Unmarshal(res, &r); err != nil {
		t.Fatal(err)
	}
	pdf, err := base64.StdEncoding.DecodeString(r.Data)
	if err != nil {
		t.Fatal(err)
	}
	if out := os.Getenv("MALLI_PRINT_PDF"); out != "" {
		os.WriteFile(out, pdf, 0o644)
	}
	return len(pdfPage.FindAll(pdf, -1))
}

// TestPrint prints an operating model: the print stylesheet leaves out
// the navigation, the header's chrome, the skip link and the footer's
// links, and the model fits in about half the pages it took with the
// screen styles (18 A4 pages before the print stylesheet).
func TestPrint(t *testing.T) {
	chromium := browser.Find(t)
	base, _ := builtSite(t)
	b := browser.Start(t, chromium)
	p := b.NewPage()
	n := printedPages(t, p, base+"/toimintamallit/tuettu-tyollistyminen/")
	t.Logf("/toimintamallit/tuettu-tyollistyminen/ prints on %d A4 pages", n)
	if n > 4 {
		t.Errorf("the operating model prints on %d A4 pages, want at most 4 (it took 7 without the print stylesheet)", n)
	}
	if _, err := p.Call("Emulation.setEmulatedMedia", map[string]any{"media": "print"}); err != nil {
		t.Fatal(err)
	}
	var hidden []string
	evalInto(t, p, `[".skip", ".site-header nav", ".languages", ".footer-links", ".toc", "nav.breadcrumbs"].filter(s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== "none"))`, &hidden)
	if len(hidden) > 0 {
		t.Errorf("in print, these still show: %v", hidden)
	}
	if err := p.Navigate(base + "/saavutettavuus/saavutettavuusseloste/"); err != nil {
		t.Fatal(err)
	}
	var after string
	evalInto(t, p, `(() => { const a = document.querySelector('main a[href^="http"]'); return a ? getComputedStyle(a, "::after").content : "no external link"; })()`, &after)
	if !strings.Contains(after, "http") {
		t.Errorf("in print, an external link is followed by %s, want its address", after)
	}
	var breakAfter string
	evalInto(t, p, `getComputedStyle(document.querySelector("main h2")).breakAfter`, &breakAfter)
	if breakAfter != "avoid" {
		t.Errorf("in print, a heading's break-after is %q, want avoid", breakAfter)
	}
}

// TestHeader: at 1280 px the main navigation fits on one line in every
// language; at 375 × 667 the header takes at most a fifth of the screen.
func TestHeader(t *testing.T) {
	chromium := browser.Find(t)
	base, _ := builtSite(t)
	b := browser.Start(t, chromium)
	p := b.NewPage()
	pages := []string{"/", "/sv/", "/en/", "/toimintamallit/tuettu-tyollistyminen/", "/en/toimintamallit/tuettu-tyollistyminen/", "/sv/hankkeet/"}
	if err := p.SetViewport(1280, 800); err != nil {
		t.Fatal(err)
	}
	for _, page := range pages {
		if err := p.Navigate(base + page); err != nil {
			t.Fatal(err)
		}
		w := evalNumber(t, p, `[...document.querySelectorAll(".site-header nav .nav > li")].reduce((s, e) => s + e.getBoundingClientRect().width, 0)`)
		t.Logf("%s: the main navigation's items are %.0f px wide together", page, w)
		var tops []float64
		evalInto(t, p, `[...document.querySelectorAll(".site-header nav .nav > li")].map(e => Math.round(e.getBoundingClientRect().top))`, &tops)
		if len(tops) < 2 {
			t.Fatalf("%s: the main navigation has %d items", page, len(tops))
		}
		for _, top := range tops {
			if top != tops[0] {
				t.Errorf("%s: at 1280 px the main navigation takes more than one line (item tops %v)", page, tops)
				break
			}
		}
	}
	if err := p.SetViewport(375, 667); err != nil {
		t.Fatal(err)
	}
	for _, page := range pages {
		if err := p.Navigate(base + page); err != nil {
			t.Fatal(err)
		}
		h := evalNumber(t, p, `document.querySelector(".site-header").getBoundingClientRect().height`)
		t.Logf("%s: at 375 × 667 the header is %.0f px high", page, h)
		if h > 667.0/5 {
			t.Errorf("%s: at 375 × 667 the header is %.0f px high, more than a fifth of the screen (133 px)", page, h)
		}
	}
}
