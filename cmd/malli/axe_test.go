package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/malli-fi/malli/cmd/malli/internal/browser"
	"github.com/malli-fi/malli/site"
)

// The accessibility statement (content/saavutettavuus) says what was
// checked on every page of this repository's own site. The tests here
// check it again on every build: TestAxe runs axe-core, TestKeyboard the
// skip link and the focus, TestReflow the 320 px view and the text
// spacing.

// auditWidths are the window widths of the checks, in CSS pixels.
var auditWidths = []int{1280, 320}

// builtSite builds the repository's own site with malli build into a new
// folder, serves that folder on loopback until the test ends, and returns
// its address and the paths of its pages: every .html file, the 404 page
// of each language too.
func builtSite(t *testing.T) (base string, pages []string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-C", "../..", "-o", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("malli build exited %d:\n%s%s", code, stdout.String(), stderr.String())
	}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(out, p)
			pages = append(pages, strings.TrimSuffix("/"+filepath.ToSlash(rel), "index.html"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(pages)
	if len(pages) < 2 {
		t.Fatalf("the build has %d pages", len(pages))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(out))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String(), pages
}

// audited returns the pages the accessibility audits check: every page
// with MALLI_AUDIT=all (as the accessibility statement's assessment is
// made); otherwise every page but a taxonomy's term pages, of which each
// taxonomy in each language gives its first and last. Term pages are most
// of the site (one per keyword, target group, region … and language) and
// all one layout over one kind of list; the sample keeps every page type
// and both ends of every list, and the audits within go test's 10 minutes.
func audited(t *testing.T, pages []string) []string {
	t.Helper()
	if os.Getenv("MALLI_AUDIT") == "all" {
		return pages
	}
	reg, err := site.LoadTypes(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	taxonomy := map[string]bool{}
	for _, x := range reg.Taxonomies {
		taxonomy[x.Folder] = true
	}
	terms := map[string][]string{} // "/sv/asiasanat/" -> its term pages, sorted
	var out []string
	for _, p := range pages {
		parts := strings.Split(strings.Trim(p, "/"), "/")
		if len(parts) > 0 && (parts[0] == "sv" || parts[0] == "en") {
			parts = parts[1:]
		}
		if len(parts) == 2 && taxonomy[parts[0]] {
			list := strings.TrimSuffix(p, parts[1]+"/")
			terms[list] = append(terms[list], p)
			continue
		}
		out = append(out, p)
	}
	for _, list := range terms {
		out = append(out, list[0])
		if len(list) > 1 {
			out = append(out, list[len(list)-1])
		}
	}
	sort.Strings(out)
	t.Logf("auditing %d of %d pages (every page with MALLI_AUDIT=all)", len(out), len(pages))
	return out
}

// findAxe returns axe-core's axe.min.js, from $MALLI_AXE. Without it the
// test fails when $CI is set (.ci/run installs axe-core from npm and sets
// it), and is skipped otherwise.
func findAxe(t *testing.T) []byte {
	t.Helper()
	const how = "npm install --prefix /tmp/malli-axe axe-core@4.14.1 and set MALLI_AXE=/tmp/malli-axe/node_modules/axe-core/axe.min.js"
	path := os.Getenv("MALLI_AXE")
	if path == "" {
		msg := "no axe-core: " + how
		if os.Getenv("CI") != "" {
			t.Fatal(msg + " (CI is set, so this fails rather than skips)")
		}
		t.Skip(msg)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("MALLI_AXE: %v (%s)", err, how)
	}
	return src
}

// openDetails opens every <details>, so that what they hide is checked
// too.
const openDetails = `document.querySelectorAll("details").forEach(d => d.open = true), true`

// axeRun runs axe-core's WCAG 2.0 and 2.1 level A and AA rules on the
// document and returns each violation with the elements it found.
const axeRun = `(async () => {
	const r = await axe.run(document, {
		runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
		resultTypes: ["violations"],
	});
	return {
		version: axe.version,
		violations: r.violations.map(v => ({
			id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " ")),
		})),
	};
})()`

// TestAxe runs axe-core's WCAG 2.0 and 2.1 A and AA rules on every page
// of the built site, in a 1280 and a 320 px wide window, with every
// <details> open: any violation fails it.
func TestAxe(t *testing.T) {
	chromium := browser.Find(t)
	axe := findAxe(t)
	base, pages := builtSite(t)
	pages = audited(t, pages)
	p := browser.Start(t, chromium).NewPage()
	// A DevTools evaluation is not subject to the page's policy
	// (script-src 'none'), so axe runs in the page as it is served.
	defineAxe := string(axe) + "\n;typeof axe === \"object\""
	var version string
	for _, width := range auditWidths {
		if err := p.SetViewport(width, 800); err != nil {
			t.Fatal(err)
		}
		for _, page := range pages {
			if err := p.Navigate(base + page); err != nil {
				t.Fatal(err)
			}
			evalBool(t, p, openDetails)
			if v, err := p.Evaluate(defineAxe); err != nil || string(v) != "true" {
				t.Fatalf("%s: loading axe-core: %s %v", page, v, err)
			}
			var res struct {
				Version    string
				Violations []struct {
					ID, Impact, Help string
					Nodes            []string
				}
			}
			evalInto(t, p, axeRun, &res)
			version = res.Version
			for _, v := range res.Violations {
				var msg strings.Builder
				fmt.Fprintf(&msg, "%s at %d px: %s (%s): %s", page, width, v.ID, v.Impact, v.Help)
				for _, n := range v.Nodes {
					msg.WriteString("\n\t" + n)
				}
				t.Error(msg.String())
			}
		}
	}
	t.Logf("axe-core %s: %d pages at %v px", version, len(pages), auditWidths)
}

// focused describes the focused element, marks it as reached and tells
// whether it shows that it has the focus: a box shadow or a visible
// outline (the theme's, or the browser's own "auto" ring) while it
// matches :focus-visible, and some of it in the window.
const focused = `(() => {
	const e = document.activeElement;
	if (!e || e === document.body || e === document.documentElement) return null;
	const s = getComputedStyle(e), r = e.getBoundingClientRect();
	const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== "rgba(0, 0, 0, 0)";
	const first = e.dataset.malliReached === undefined;
	e.dataset.malliReached = "";
	return {
		what: e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + e.className : "") +
			(e.getAttribute("href") ? " " + e.getAttribute("href") : "") + " " + JSON.stringify(e.textContent.trim().slice(0, 40)),
		first: first,
		skip: e.matches("a.skip"),
		inMain: e.closest("main") !== null,
		isMain: e.matches("main"),
		visible: e.matches(":focus-visible") && (s.boxShadow !== "none" || outline),
		inView: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
	};
})()`

// unreached lists the rendered elements that Tab should reach (links,
// summaries, form controls, tabindex ≥ 0) and did not.
const unreached = `[...document.querySelectorAll("a[href], summary, button, input, select, textarea, [tabindex]")]
	.filter(e => e.tabIndex >= 0 && e.dataset.malliReached === undefined && e.checkVisibility())
	.map(e => e.tagName.toLowerCase() + " " + (e.getAttribute("href") || "") + " " + JSON.stringify(e.textContent.trim().slice(0, 40)))`

type focusState struct {
	What                                 string
	First, Skip, InMain, IsMain, Visible bool
	InView                               bool
}

// TestKeyboard uses every page of the built site from the keyboard, in a
// 1280 and a 320 px wide window, every <details> open: the first Tab
// shows the skip link, Enter on it moves the focus to the main content
// and the next Tab stays there; and Tab reaches every link and control,
// each once, in view and with a visible focus indicator.
func TestKeyboard(t *testing.T) {
	chromium := browser.Find(t)
	base, pages := builtSite(t)
	pages = audited(t, pages)
	p := browser.Start(t, chromium).NewPage()
	tab := func() *focusState {
		t.Helper()
		if err := p.Press("Tab", false); err != nil {
			t.Fatal(err)
		}
		var f *focusState
		evalInto(t, p, focused, &f)
		return f
	}
	reached := 0
	for _, width := range auditWidths {
		if err := p.SetViewport(width, 800); err != nil {
			t.Fatal(err)
		}
		for _, page := range pages {
			at := fmt.Sprintf("%s at %d px", page, width)
			// The skip link.
			if err := p.Navigate(base + page); err != nil {
				t.Fatal(err)
			}
			if f := tab(); f == nil || !f.Skip || !f.Visible || !f.InView {
				t.Errorf("%s: the first Tab does not show the skip link: %+v", at, f)
			}
			if err := p.Press("Enter", false); err != nil {
				t.Fatal(err)
			}
			var f *focusState
			evalInto(t, p, focused, &f)
			if f == nil || !f.IsMain || !evalBool(t, p, `location.hash === "#sisalto"`) {
				t.Errorf("%s: Enter on the skip link does not move the focus to the main content: %+v", at, f)
			}
			if f := tab(); f == nil || !f.InMain {
				t.Errorf("%s: the Tab after the skip link leaves the main content: %+v", at, f)
			}

			// Every link and control.
			if err := p.Navigate(base + page); err != nil {
				t.Fatal(err)
			}
			evalBool(t, p, openDetails)
			for i := 0; ; i++ {
				f := tab()
				if f == nil || !f.First {
					break // out of the page, or round to its start again
				}
				if i > 1000 {
					t.Fatalf("%s: more than 1000 Tabs", at)
				}
				reached++
				if !f.Visible || !f.InView {
					t.Errorf("%s: Tab %d reaches %s without a visible focus (%+v)", at, i+1, f.What, f)
				}
			}
			var missed []string
			evalInto(t, p, unreached, &missed)
			for _, m := range missed {
				t.Errorf("%s: Tab does not reach %s", at, m)
			}
		}
	}
	t.Logf("%d pages at %v px: %d focus stops", len(pages), auditWidths, reached)
}

// spacing sets WCAG 1.4.12's text spacing on every element, through the
// CSSOM (the site's policy, style-src 'self', refuses a <style> element,
// not that).
const spacing = `(() => {
	for (const e of document.querySelectorAll("body, body *")) {
		e.style.setProperty("line-height", "1.5", "important");
		e.style.setProperty("letter-spacing", "0.12em", "important");
		e.style.setProperty("word-spacing", "0.16em", "important");
	}
	for (const e of document.querySelectorAll("p")) e.style.setProperty("margin-bottom", "2em", "important");
	return true;
})()`

// fit tells whether the page scrolls sideways, and which elements clip
// their content (overflow hidden or clip, and more content than room):
// but the visually hidden text, the skip link out of view and SVG, whose
// diagram is an image with its text beside it.
const fit = `(() => ({
	sideways: document.documentElement.scrollWidth > innerWidth ? document.documentElement.scrollWidth : 0,
	clipped: [...document.querySelectorAll("body *")].filter(e => {
		if (e.closest(".visually-hidden, a.skip, svg")) return false;
		const s = getComputedStyle(e);
		const clips = o => o === "hidden" || o === "clip";
		return (clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1);
	}).map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "") + " " + JSON.stringify(e.textContent.trim().slice(0, 40))),
}))()`

// TestReflow checks every page of the built site in a 1280 and a 320 px
// wide window (WCAG 1.4.10: at 320 px the page itself must not scroll
// sideways; a wide table or diagram scrolls in its own box), before and
// after WCAG 1.4.12's text spacing, which must not make an element clip
// its text.
func TestReflow(t *testing.T) {
	chromium := browser.Find(t)
	base, pages := builtSite(t)
	pages = audited(t, pages)
	p := browser.Start(t, chromium).NewPage()
	for _, width := range auditWidths {
		if err := p.SetViewport(width, 800); err != nil {
			t.Fatal(err)
		}
		for _, page := range pages {
			if err := p.Navigate(base + page); err != nil {
				t.Fatal(err)
			}
			evalBool(t, p, openDetails)
			for _, spaced := range []bool{false, true} {
				at := fmt.Sprintf("%s at %d px", page, width)
				if spaced {
					evalBool(t, p, spacing)
					at += " with WCAG 1.4.12 text spacing"
				}
				var f struct {
					Sideways float64
					Clipped  []string
				}
				evalInto(t, p, fit, &f)
				if f.Sideways > 0 {
					t.Errorf("%s: the page scrolls sideways (scrollWidth %v)", at, f.Sideways)
				}
				for _, c := range f.Clipped {
					t.Errorf("%s: %s clips its content", at, c)
				}
			}
		}
	}
}
