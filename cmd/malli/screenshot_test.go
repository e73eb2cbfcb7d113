package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/malli-fi/malli/cmd/malli/internal/browser"
)

// screenshotPages are the pages of the repository's own site that
// TestScreenshots takes pictures of, by the name of their file.
var screenshotPages = []struct{ name, path string }{
	{"etusivu", "/"},
	{"palvelupolku", "/palvelupolut/tuetun-tyollistymisen-polku/"},
	{"itsearviointi", "/itsearvioinnit/esimerkki-tuetusti-toihin-alkutilanne/"},
}

// screenshotWidths are the window widths of the screenshots: a desktop
// and a phone.
var screenshotWidths = []int{1280, 375}

// TestScreenshots builds the repository's own site and writes full-page
// PNG screenshots of the home page, a service path and a self-evaluation
// at 1280 and 375 px into $MALLI_ARTEFACTS (a new temporary folder
// without it, named in the log), for people to look at: CI keeps them
// as artefacts. Each must be a PNG as wide as its window; and the service
// path's diagram must be readable at 320 px (stepDiagramReadable).
func TestScreenshots(t *testing.T) {
	chromium := browser.Find(t)
	dir := os.Getenv("MALLI_ARTEFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	dir = filepath.Join(dir, "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	base, _ := builtSite(t)
	p := browser.Start(t, chromium).NewPage()
	for _, width := range screenshotWidths {
		for _, pg := range screenshotPages {
			file := filepath.Join(dir, fmt.Sprintf("%s-%d.png", pg.name, width))
			data := fullPage(t, p, base+pg.path, width)
			cfg, err := png.DecodeConfig(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s at %d px: the screenshot is not a PNG: %v", pg.path, width, err)
			}
			if cfg.Width != width || cfg.Height < 100 {
				t.Errorf("%s at %d px: the screenshot is %d × %d px, want %d px wide", pg.path, width, cfg.Width, cfg.Height, width)
			}
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Logf("screenshots of %d pages at %v px in %s", len(screenshotPages), screenshotWidths, dir)
	stepDiagramReadable(t, p, base)
}

// fullPage opens url in a window width px wide and returns a PNG of the
// whole page, its full height.
func fullPage(t *testing.T, p *browser.Page, url string, width int) []byte {
	t.Helper()
	if err := p.SetViewport(width, 800); err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(url); err != nil {
		t.Fatal(err)
	}
	height := int(math.Ceil(evalNumber(t, p, `document.documentElement.scrollHeight`)))
	if err := p.SetViewport(width, height); err != nil {
		t.Fatal(err)
	}
	raw, err := p.Call("Page.captureScreenshot", map[string]any{"format": "png", "captureBeyondViewport": false})
	if err != nil {
		t.Fatalf("%s at %d px: %v", url, width, err)
	}
	var res struct{ Data string }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	data, err := base64.StdEncoding.DecodeString(res.Data)
	if err != nil || len(data) == 0 {
		t.Fatalf("%s at %d px: no screenshot (%v)", url, width, err)
	}
	return data
}

// diagramText measures the step diagrams that the page shows: the
// smallest text of each as drawn on the screen (its font size times the
// drawing's scale), whether its box has to scroll sideways, the texts of
// a step that run out of its box, and the texts that a line of an arrow
// crosses, by the browser's own measure of each text.
const diagramText = `[...document.querySelectorAll("figure.diagram svg")].filter(s => s.checkVisibility()).map(s => {
	const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
	let font = Infinity;
	for (const t of s.querySelectorAll("text")) font = Math.min(font, parseFloat(getComputedStyle(t).fontSize));
	const box = s.closest("figure");
	const out = [];
	for (const a of s.querySelectorAll("a")) {
		const r = a.querySelector("rect").getBBox();
		for (const t of a.querySelectorAll("text")) {
			const b = t.getBBox();
			if (b.x + b.width > r.x + r.width - 2) out.push(t.textContent);
		}
	}
	const crossed = [];
	const texts = [...s.querySelectorAll("text")].map(t => [t, t.getBBox()]);
	for (const p of s.querySelectorAll("path.edge")) {
		let x = 0, y = 0;
		for (const [, op, a, b] of p.getAttribute("d").matchAll(/([MVH])(\d+)(?: (\d+))?/g)) {
			let nx = x, ny = y;
			if (op === "M") { x = +a; y = +b; continue; }
			if (op === "V") ny = +a; else nx = +a;
			for (const [t, r] of texts) {
				if (Math.min(x, nx) <= r.x + r.width && Math.max(x, nx) >= r.x && Math.min(y, ny) <= r.y + r.height && Math.max(y, ny) >= r.y) crossed.push(t.textContent);
			}
			x = nx; y = ny;
		}
	}
	return {class: s.getAttribute("class"), px: font * scale, scrolls: box.scrollWidth > box.clientWidth + 1, overflows: out, crossed: crossed};
})`

// stepDiagramReadable opens the service path of the site at base at 320,
// 375 and 1280 px: one drawing of its steps shows at each width (the
// narrow one below 50em), its smallest text at least 14 CSS px on the
// screen, no text runs out of its step's box nor is crossed by an arrow,
// and at 320 and 375 px it fits without scrolling. (Part of
// TestScreenshots, which has the site built and a browser open.)
func stepDiagramReadable(t *testing.T, p *browser.Page, base string) {
	t.Helper()
	for _, width := range []int{320, 375, 1280} {
		if err := p.SetViewport(width, 800); err != nil {
			t.Fatal(err)
		}
		if err := p.Navigate(base + screenshotPages[1].path); err != nil {
			t.Fatal(err)
		}
		var shown []struct {
			Class              string
			Px                 float64
			Scrolls            bool
			Overflows, Crossed []string
		}
		evalInto(t, p, diagramText, &shown)
		if len(shown) != 1 {
			t.Fatalf("at %d px %d step diagrams show, want 1: %+v", width, len(shown), shown)
		}
		d := shown[0]
		if want := "steps-narrow"; width < 800 && !strings.Contains(d.Class, want) {
			t.Errorf("at %d px the diagram shown is %q, want %s", width, d.Class, want)
		}
		if d.Px < 14 {
			t.Errorf("at %d px the diagram's smallest text is %.1f px, want at least 14", width, d.Px)
		}
		if width < 800 && d.Scrolls {
			t.Errorf("at %d px the diagram scrolls sideways", width)
		}
		for _, o := range d.Overflows {
			t.Errorf("at %d px the text %q runs out of its step's box", width, o)
		}
		for _, c := range d.Crossed {
			t.Errorf("at %d px an arrow crosses the text %q", width, c)
		}
		t.Logf("at %d px: %s, smallest text %.1f px", width, d.Class, d.Px)
	}
}
