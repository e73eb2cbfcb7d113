package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/malli-fi/malli/cmd/malli/internal/browser"
)

// longPage is content/sivut/tietoa.md of the browser test: first is its
// first paragraph, status its status, and enough paragraphs follow that
// the page scrolls well past 600 px.
func longPage(status, first string) string {
	var b strings.Builder
	b.WriteString("---\ntitle: Tietoa\nsummary: Tietoa sivustosta.\nstatus: " + status + "\nmodified: 2024-01-01\n---\n")
	b.WriteString(first + "\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "\nKappale %d. Tämä kappale on täytettä, jotta sivua voi vierittää alaspäin ja vierityskohdan säilymisen voi tarkistaa.\n", i)
	}
	return b.String()
}

const otherPage = `---
title: Muu
summary: Toinen sivu.
status: published
modified: 2024-01-01
---
%s
`

// TestBrowserServe drives malli serve from a real, headless Chromium: a
// save reloads the open page by itself, at the same scroll position; a
// save of another page leaves it alone; a broken save shows the overlay,
// focused, as an alert, in the page's language and readable at 320 px;
// the fix clears it; and nothing is logged to the console on the way, no
// exception and no CSP violation.
func TestBrowserServe(t *testing.T) {
	chromium := browser.Find(t)
	before := runtime.NumGoroutine()
	dir := writeSite(t)
	page := filepath.Join(dir, "content/sivut/tietoa.md")
	other := filepath.Join(dir, "content/sivut/muu.md")
	saveAtomically(t, page, longPage("published", "Ensimmäinen versio."))
	saveAtomically(t, other, fmt.Sprintf(otherPage, "Muun sivun ensimmäinen versio."))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done, stderr := startServe(t, ctx, dir)
	eventually(t, "the first build", func() bool {
		return strings.Contains(httpGet(t, base+"/sivut/tietoa/"), "Ensimmäinen versio")
	})

	b := browser.Start(t, chromium)
	p := b.NewPage()
	if err := p.SetViewport(1280, 800); err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(base + "/sivut/tietoa/"); err != nil {
		t.Fatal(err)
	}
	if !evalBool(t, p, `document.querySelector("main").textContent.includes("Ensimmäinen versio")`) {
		t.Fatal("the page does not show its text")
	}
	if probs := problems(p, base); len(probs) > 0 {
		t.Fatalf("the page has problems as it opens:\n%s", strings.Join(probs, "\n"))
	}

	// 1. A save of the page reloads it, at the same scroll position. The
	// browser's own restoration is turned off (it is kept in the page's
	// history entry, so it holds across the reload): what keeps the
	// position is live.js.
	evalBool(t, p, `history.scrollRestoration = "manual", window.scrollTo(0, 600), true`)
	if y := evalNumber(t, p, `window.scrollY`); y != 600 {
		t.Fatalf("scrollY = %v after scrollTo(0, 600): the page is too short to scroll", y)
	}
	loads := p.Loads()
	start := time.Now()
	save(t, dir, page, longPage("published", "Toinen versio."))
	waitReload(t, p, loads, "the page to reload with the new text", `document.querySelector("main").textContent.includes("Toinen versio")`)
	t.Logf("save to reloaded page: %v", time.Since(start).Round(time.Millisecond))
	if y := evalNumber(t, p, `window.scrollY`); y < 599 || y > 601 {
		t.Errorf("scrollY = %v after the reload, want 600", y)
	}

	// 2. A save of another page does not reload this one. What shows that
	// a reload would have come by now: GET shows the other page's new text
	// only after Server.Update, which queues the reload of every stream
	// that needs one in the same critical section; and a second tab, open
	// on the other page, has had its reload from that same Update and
	// loaded again. The streams are written by their own goroutines, so
	// this is not a strict order, but a wrong reload of this tab would
	// have to lag the other tab's reload, page load included.
	q := b.NewPage()
	if err := q.Navigate(base + "/sivut/muu/"); err != nil {
		t.Fatal(err)
	}
	evalBool(t, p, `window.__marker = 1, true`)
	loads, otherLoads := p.Loads(), q.Loads()
	save(t, dir, other, fmt.Sprintf(otherPage, "Muun sivun toinen versio."))
	eventually(t, "the other page's rebuild", func() bool {
		return strings.Contains(httpGet(t, base+"/sivut/muu/"), "Muun sivun toinen versio")
	})
	waitReload(t, q, otherLoads, "the other page's tab to reload", `document.querySelector("main").textContent.includes("Muun sivun toinen versio")`)
	if !evalBool(t, p, `window.__marker === 1`) || p.Loads() != loads {
		t.Errorf("a save of another page reloaded this one (%d load events, %d before)", p.Loads(), loads)
	}

	// 3. A broken save shows the overlay over the last good page: an
	// alert, focused, in Finnish, with the position, the source line, the
	// caret and the hint.
	loads = p.Loads()
	start = time.Now()
	save(t, dir, page, longPage("publisehd", "Toinen versio."))
	waitReload(t, p, loads, "the overlay", `document.getElementById("malli-overlay") !== null`)
	t.Logf("broken save to overlay: %v", time.Since(start).Round(time.Millisecond))
	var ov struct {
		Role, Lang, Text, Heading string
		Focused, CloseShown       bool
		Page                      string
	}
	evalInto(t, p, `(() => {
		const o = document.getElementById("malli-overlay");
		return {
			role: o.getAttribute("role"), lang: o.lang, text: o.textContent,
			heading: o.querySelector("h2").textContent,
			focused: o.contains(document.activeElement),
			closeShown: !o.querySelector("button.malli-close").hidden,
			page: document.querySelector("main").textContent,
		};
	})()`, &ov)
	if ov.Role != "alert" {
		t.Errorf("overlay role = %q, want alert", ov.Role)
	}
	if !ov.Focused {
		t.Error("the overlay does not have the focus")
	}
	if !ov.CloseShown {
		t.Error("the overlay's close button is hidden")
	}
	if ov.Lang != "fi" || ov.Heading != "Sivustossa on virheitä" {
		t.Errorf("overlay lang %q, heading %q: want Finnish", ov.Lang, ov.Heading)
	}
	for _, want := range []string{
		"content/sivut/tietoa.md:4:9: virhe: ",
		"[schema.enum]",
		"  4 | status: publisehd\n    |         ^\n",
		"vihje: tarkoititko “published”?",
	} {
		if !strings.Contains(ov.Text, want) {
			t.Errorf("overlay text does not hold %q:\n%s", want, ov.Text)
		}
	}
	if !strings.Contains(ov.Page, "Toinen versio") {
		t.Error("the overlay is not over the last good page")
	}
	for _, width := range []int{1280, 375, 320} {
		if err := p.SetViewport(width, 640); err != nil {
			t.Fatal(err)
		}
		var fit struct {
			Inner, Scroll       float64
			Overflows           []string
			SmallestFont        float64
			SmallestFontElement string
		}
		evalInto(t, p, `(() => {
			const o = document.getElementById("malli-overlay");
			const els = [o, ...o.querySelectorAll("*")];
			let font = Infinity, fontEl = "";
			for (const e of els) {
				const s = getComputedStyle(e);
				if (s.display === "none" || e.textContent.trim() === "") continue;
				const f = parseFloat(s.fontSize);
				if (f < font) { font = f; fontEl = e.tagName; }
			}
			return {
				inner: window.innerWidth,
				scroll: document.documentElement.scrollWidth,
				overflows: els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + " " + e.scrollWidth + ">" + e.clientWidth),
				smallestFont: font, smallestFontElement: fontEl,
			};
		})()`, &fit)
		if fit.Inner != float64(width) {
			t.Errorf("at %d px: innerWidth = %v", width, fit.Inner)
		}
		if fit.Scroll > fit.Inner {
			t.Errorf("at %d px the page scrolls sideways: scrollWidth %v > innerWidth %v", width, fit.Scroll, fit.Inner)
		}
		if len(fit.Overflows) > 0 {
			t.Errorf("at %d px the overlay's text does not wrap: %v", width, fit.Overflows)
		}
		if fit.SmallestFont < 12 {
			t.Errorf("at %d px the overlay's %s has a font size of %vpx, want at least 12px", width, fit.SmallestFontElement, fit.SmallestFont)
		}
	}

	// 4. The Swedish pages show it in Swedish.
	if err := q.Navigate(base + "/sv/"); err != nil {
		t.Fatal(err)
	}
	var sv struct{ Lang, Heading, Text string }
	evalInto(t, q, `(() => {
		const o = document.getElementById("malli-overlay");
		return o && {lang: o.lang, heading: o.querySelector("h2").textContent, text: o.textContent};
	})()`, &sv)
	if sv.Lang != "sv" || sv.Heading != "Webbplatsen har fel" || !strings.Contains(sv.Text, "content/sivut/tietoa.md:4:9: fel: ") || !strings.Contains(sv.Text, "tips: menade du") {
		t.Errorf("the overlay of /sv/ is not Swedish: lang %q, heading %q:\n%s", sv.Lang, sv.Heading, sv.Text)
	}

	// 5. The fix clears the overlay on both tabs, each reloaded by itself.
	loads, otherLoads = p.Loads(), q.Loads()
	start = time.Now()
	save(t, dir, page, longPage("published", "Korjattu."))
	waitReload(t, p, loads, "the overlay to go and the fix to show", `document.getElementById("malli-overlay") === null && document.querySelector("main").textContent.includes("Korjattu")`)
	t.Logf("fix to cleared overlay: %v", time.Since(start).Round(time.Millisecond))
	waitReload(t, q, otherLoads, "the Swedish page's overlay to go", `document.getElementById("malli-overlay") === null`)

	// 6. Nothing went wrong in either tab.
	for name, pg := range map[string]*browser.Page{"/sivut/tietoa/": p, "/sivut/muu/ and /sv/": q} {
		for _, problem := range problems(pg, base) {
			t.Errorf("%s: %s", name, problem)
		}
	}

	// The browser goes before the server, whose end its pages would log.
	b.Close()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, stderr.String())
		}
	case <-time.After(browser.Timeout):
		t.Fatal("serve did not stop after its context ended")
	}
	http.DefaultClient.CloseIdleConnections()
	eventually(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}

// problems returns the page's problems but for one that it does not ask
// for: Chromium asks for /favicon.ico, which the site has not, and logs
// the 404.
func problems(p *browser.Page, base string) []string {
	favicon := "Failed to load resource: the server responded with a status of 404 (Not Found) " + base + "/favicon.ico"
	var out []string
	for _, problem := range p.Problems() {
		if !strings.HasSuffix(problem, favicon) {
			out = append(out, problem)
		}
	}
	return out
}

// eventually waits until ok, for as long as a loaded machine may need.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(browser.Timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", browser.Timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitReload waits until the page has loaded again since it had n load
// events, and expr is true in it once it has loaded (readyState is
// "complete" from just before its load event: live.js has restored the
// scroll position and focused the overlay). While the page reloads an
// evaluation may fail; that is waited out too.
func waitReload(t *testing.T, p *browser.Page, n int, what, expr string) {
	t.Helper()
	expr = `document.readyState === "complete" && (` + expr + `)`
	var last string
	deadline := time.Now().Add(browser.Timeout)
	for {
		v, err := p.Evaluate(expr)
		if err == nil && string(v) == "true" && p.Loads() > n {
			return
		}
		last = string(v)
		if err != nil {
			last = err.Error()
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s (%d load events, %d before; %s: %s); the page's problems:\n%s",
				browser.Timeout, what, p.Loads(), n, expr, last, strings.Join(p.Problems(), "\n"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// save replaces path with data by a rename from outside the watched
// folders, so that no build can see a file but the old and the new one.
// (saveAtomically's temporary file sits beside path: when a loaded
// machine takes longer than the watcher's quiet time between its write
// and its rename, a build sees it, refuses it as an attachment
// (asset.kind), and that overlay reloads every page.)
func save(t *testing.T, root, path, data string) {
	t.Helper()
	tmp := filepath.Join(root, "save.tmp")
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func evalInto(t *testing.T, p *browser.Page, expr string, v any) {
	t.Helper()
	raw, err := p.Evaluate(expr)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s = %s: %v", expr, raw, err)
	}
}

func evalBool(t *testing.T, p *browser.Page, expr string) bool {
	t.Helper()
	var ok bool
	evalInto(t, p, expr, &ok)
	return ok
}

func evalNumber(t *testing.T, p *browser.Page, expr string) float64 {
	t.Helper()
	var n float64
	evalInto(t, p, expr, &n)
	return n
}

// httpGet returns the body at url, "" on any error (the server may not be
// up yet).
func httpGet(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}
