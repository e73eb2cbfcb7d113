package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/malli-fi/malli/cmd/malli/internal/browser"
)

// TestBrowserInnokylaCopy opens the Innokylä page of a real operating
// model, built by malli build and served as the files are, with the
// theme's own Content-Security-Policy: with JavaScript, every text box
// has its copy button and a press puts the box's text on the clipboard
// and says so in the live region; without JavaScript, no button shows and
// every text is in its box, where it can be selected. Nothing is logged on
// the way, no exception and no CSP violation.
func TestBrowserInnokylaCopy(t *testing.T) {
	chromium := browser.Find(t)
	dir := t.TempDir()
	if code := run([]string{"build", "-C", "../..", "-o", dir}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("malli build exited %d", code)
	}
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer ts.Close()
	const path = "/toimintamallit/tuettu-tyollistyminen/innokyla/"

	b := browser.Start(t, chromium)
	if _, err := b.Call("Browser.grantPermissions", map[string]any{
		"origin":      ts.URL,
		"permissions": []string{"clipboardReadWrite", "clipboardSanitizedWrite"},
	}); err != nil {
		t.Fatal(err)
	}

	// With JavaScript.
	p := b.NewPage()
	if _, err := p.Call("Emulation.setFocusEmulationEnabled", map[string]any{"enabled": true}); err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(ts.URL + path); err != nil {
		t.Fatal(err)
	}
	var shown struct {
		Boxes, Buttons, Visible int
		Hint                    bool
		First                   string
	}
	evalInto(t, p, `(() => {
		const buttons = [...document.querySelectorAll("button.copy-button")];
		return {
			boxes: document.querySelectorAll("textarea.copy-text").length,
			buttons: buttons.length,
			visible: buttons.filter(b => !b.hidden && b.offsetParent !== null).length,
			hint: !document.querySelector(".copy-hint").hidden,
			first: document.getElementById("innokyla-1").value,
		};
	})()`, &shown)
	if shown.Boxes < 10 || shown.Buttons != shown.Boxes || shown.Visible != shown.Buttons || !shown.Hint {
		t.Errorf("with JavaScript: %d boxes, %d buttons, %d visible, hint shown %v; want a visible button per box", shown.Boxes, shown.Buttons, shown.Visible, shown.Hint)
	}
	if shown.First != "Laatukriteereihin perustuva tuettu työllistyminen" {
		t.Errorf("the first box holds %q", shown.First)
	}
	// The idea's box: the longest text, of several paragraphs.
	const idea = `document.querySelector("button[data-label='Ratkaisun perusidea']")`
	if err := p.Click("button[data-label='Ratkaisun perusidea']"); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the live region to say the text was copied", func() bool {
		return evalBool(t, p, `document.querySelector("[data-copy-status]").textContent === "Kopioitu: Ratkaisun perusidea"`)
	})
	var copied struct{ Clipboard, Box string }
	evalInto(t, p, `(async () => ({
		clipboard: await navigator.clipboard.readText(),
		box: document.getElementById(`+idea+`.dataset.copy).value,
	}))()`, &copied)
	if copied.Clipboard != copied.Box || !strings.Contains(copied.Box, "\n\nArvot ja periaatteet\n\n1. Yksilöllisyys") {
		t.Errorf("the clipboard holds\n%q\nwant the box's text\n%q", copied.Clipboard, copied.Box)
	}
	if !evalBool(t, p, idea+`.hasAttribute("data-copied")`) {
		t.Error("the pressed button does not show it has copied")
	}
	// At 320 px nothing scrolls sideways: the boxes and buttons wrap.
	if err := p.SetViewport(320, 640); err != nil {
		t.Fatal(err)
	}
	if !evalBool(t, p, `document.documentElement.scrollWidth <= window.innerWidth`) {
		t.Error("at 320 px the page scrolls sideways")
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
	if err := q.Navigate(ts.URL + path); err != nil {
		t.Fatal(err)
	}
	var bare struct {
		Boxes, Visible, Empty int
		Hint                  bool
		Selected              bool
	}
	evalInto(t, q, `(() => {
		const boxes = [...document.querySelectorAll("textarea.copy-text")];
		const box = boxes[0];
		box.focus();
		box.select();
		return {
			boxes: boxes.length,
			visible: [...document.querySelectorAll("button.copy-button")].filter(b => !b.hidden && b.offsetParent !== null).length,
			empty: boxes.filter(b => b.value.trim() === "").length,
			hint: !document.querySelector(".copy-hint").hidden,
			selected: box.readOnly && getComputedStyle(box).userSelect !== "none" &&
				box.selectionStart === 0 && box.selectionEnd === box.value.length && box.value.length > 0,
		};
	})()`, &bare)
	if bare.Boxes != shown.Boxes || bare.Visible != 0 || bare.Empty != 0 || bare.Hint || !bare.Selected {
		t.Errorf("without JavaScript: %d boxes (%d empty), %d buttons visible, hint shown %v, text selectable %v; want every box with its text, selectable, and no button",
			bare.Boxes, bare.Empty, bare.Visible, bare.Hint, bare.Selected)
	}
	for _, problem := range q.Problems() {
		if !strings.Contains(problem, "favicon.ico") {
			t.Errorf("without JavaScript: %s", problem)
		}
	}
}
