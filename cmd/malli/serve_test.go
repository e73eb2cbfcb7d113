package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

const testPage = `---
title: Tietoa
summary: Tietoa sivustosta.
status: published
modified: 2024-01-01
---
Ensimmäinen versio.
`

// writeSite writes a small site into a new folder and returns it.
func writeSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"content/_index.md":       "---\ntitle: Testi\nsummary: Testisivusto.\nstatus: published\nmodified: 2024-01-01\n---\nEtusivun teksti.\n",
		"content/sivut/tietoa.md": testPage,
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// syncBuffer is an io.Writer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// saveAtomically writes data as editors do: to a temporary file, renamed over.
func saveAtomically(t testing.TB, path, data string) {
	t.Helper()
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// TestServe drives malli serve over HTTP: the page is served, a save
// sends the page's stream a reload and the page then has the new text, a
// broken save shows the overlay over the last good page, the fix clears
// it, paths that climb out are 404, and Ctrl-C (the context) stops the
// server with no goroutine left behind.
func TestServe(t *testing.T) {
	before := runtime.NumGoroutine()
	dir := writeSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	base, done, stderr := startServe(t, ctx, dir)
	if !strings.Contains(stderr.String(), base+"/") {
		t.Errorf("serve did not print its URL %s: %s", base, stderr.String())
	}

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	// The first build lands shortly after the server listens.
	waitFor(t, "the first build", func() bool {
		code, body := get("/sivut/tietoa/")
		return code == 200 && strings.Contains(body, "Ensimmäinen versio")
	})
	for _, p := range []string{"/../go.mod", "/%2e%2e/go.mod", "/content/sivut/tietoa.md"} {
		if code, _ := get(p); code != 404 {
			t.Errorf("GET %s: %d, want 404", p, code)
		}
	}

	// A page's event stream.
	events := openEvents(t, base, "/sivut/tietoa/")
	page := filepath.Join(dir, "content/sivut/tietoa.md")

	saveAtomically(t, page, strings.Replace(testPage, "Ensimmäinen versio.", "Toinen versio.", 1))
	events.wait(t, "reload after an edit")
	if _, body := get("/sivut/tietoa/"); !strings.Contains(body, "Toinen versio") || strings.Contains(body, "malli-overlay") {
		t.Errorf("after the edit the page is not the new one:\n%.400s", body)
	}

	saveAtomically(t, page, strings.Replace(testPage, "status: published", "status: valmis", 1))
	events.wait(t, "reload after a broken save")
	_, body := get("/sivut/tietoa/")
	if !strings.Contains(body, `id="malli-overlay"`) || !strings.Contains(body, "content/sivut/tietoa.md:4:9") || !strings.Contains(body, "Toinen versio") {
		t.Errorf("a broken save does not show the overlay over the last good page:\n%s", body)
	}

	saveAtomically(t, page, strings.Replace(testPage, "Ensimmäinen versio.", "Korjattu.", 1))
	events.wait(t, "reload after the fix")
	if _, body := get("/sivut/tietoa/"); strings.Contains(body, "malli-overlay") || !strings.Contains(body, "Korjattu") {
		t.Errorf("the fix does not clear the overlay:\n%.600s", body)
	}
	events.close()

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
	http.DefaultClient.CloseIdleConnections()
	waitFor(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}

// startServe runs malli serve on the site in dir until ctx ends, and
// returns once it listens: its address, its exit code to come and its
// stderr.
func startServe(t testing.TB, ctx context.Context, dir string) (base string, done <-chan int, stderr *syncBuffer) {
	t.Helper()
	addrc := make(chan string, 1)
	exit := make(chan int, 1)
	stderr = &syncBuffer{}
	go func() {
		exit <- serveSite(ctx, []string{"-C", dir, "--port", "0"}, io.Discard, stderr, func(a string) { addrc <- a })
	}()
	select {
	case a := <-addrc:
		return "http://" + a, exit, stderr
	case code := <-exit:
		t.Fatalf("serve exited %d: %s", code, stderr.String())
		return "", nil, nil
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// eventStream reads a page's Server-Sent Events.
type eventStream struct {
	resp   *http.Response
	events chan string
}

func openEvents(t testing.TB, base, path string) *eventStream {
	t.Helper()
	resp, err := http.Get(base + "/_malli/events?path=" + path)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("events: Content-Type %q", ct)
	}
	s := &eventStream{resp: resp, events: make(chan string, 16)}
	go func() {
		defer close(s.events)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, "event: ") {
				s.events <- strings.TrimPrefix(line, "event: ")
			}
		}
	}()
	return s
}

func (s *eventStream) wait(t *testing.T, what string) {
	t.Helper()
	select {
	case e, ok := <-s.events:
		if !ok || e != "reload" {
			t.Fatalf("%s: got %q (open %v)", what, e, ok)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: no event", what)
	}
}

func (s *eventStream) close() {
	s.resp.Body.Close()
	for range s.events {
	}
}

// TestCheckWatch: check --watch checks at once and after every save, each
// time between its begin and end lines, with the diagnostics as check
// prints them.
func TestCheckWatch(t *testing.T) {
	dir := writeSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int)
	go func() { done <- runUntil(ctx, []string{"check", "--watch", "-C", dir}, &stdout, &stderr) }()
	rounds := func() int { return strings.Count(stdout.String(), "malli check --watch: tarkistus valmis") }
	waitFor(t, "the first check", func() bool { return rounds() == 1 })
	page := filepath.Join(dir, "content/sivut/tietoa.md")
	saveAtomically(t, page, strings.Replace(testPage, "status: published", "status: valmis", 1))
	waitFor(t, "the check after a broken save", func() bool { return rounds() == 2 })
	saveAtomically(t, page, testPage)
	waitFor(t, "the check after the fix", func() bool { return rounds() == 3 })
	cancel()
	if code := <-done; code != 0 {
		t.Errorf("check --watch exited %d: %s", code, stderr.String())
	}
	out := stdout.String()
	checks := strings.Split(out, "malli check --watch: tarkistus alkaa\n")
	if len(checks) != 4 || checks[0] != "" {
		t.Fatalf("want three checks, each after its begin line:\n%s", out)
	}
	for i, want := range []string{"0 virhettä", "content/sivut/tietoa.md:4:9: virhe:", "0 virhettä"} {
		if !strings.Contains(checks[i+1], want) || !strings.HasSuffix(checks[i+1], "malli check --watch: tarkistus valmis\n") {
			t.Errorf("check %d does not hold %q before its end line:\n%s", i+1, want, checks[i+1])
		}
	}
}
