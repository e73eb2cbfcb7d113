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
// as artefacts. Each must be a PNG as wide as its window.
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
