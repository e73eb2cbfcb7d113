package browser

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestPage: a page is opened and evaluated in, and what goes wrong in it
// (a console error, an uncaught exception, a script its CSP blocks) is
// recorded; Close leaves no goroutine behind.
func TestPage(t *testing.T) {
	path := Find(t)
	before := runtime.NumGoroutine()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'self'")
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!DOCTYPE html><html><head><title>T</title><script src="/a.js"></script></head>` +
				`<body><p>Hei</p><script>document.title = "inline ran"</script></body></html>`))
		case "/a.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write([]byte(`console.error("boom"); setTimeout(function () { throw new Error("thrown") }, 0);`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	b := Start(t, path)
	p := b.NewPage()
	if err := p.SetViewport(320, 480); err != nil {
		t.Fatal(err)
	}
	if err := p.Navigate(srv.URL + "/"); err != nil {
		t.Fatal(err)
	}
	v, err := p.Evaluate(`[document.title, document.querySelector("p").textContent, window.innerWidth]`)
	if err != nil {
		t.Fatal(err)
	}
	var got []any
	if err := json.Unmarshal(v, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0] != "T" || got[1] != "Hei" || got[2] != float64(320) {
		t.Errorf("title, text, innerWidth = %v, want [T Hei 320] (the inline script must not run)", got)
	}
	if _, err := p.Evaluate(`nosuchname`); err == nil || !strings.Contains(err.Error(), "ReferenceError") {
		t.Errorf("Evaluate of an unknown name: err = %v, want a ReferenceError", err)
	}

	want := []string{"console.error: boom", "exception: Uncaught Error: thrown", "CSP violation: script-src"}
	deadline := time.Now().Add(Timeout)
	for {
		all := strings.Join(p.Problems(), "\n")
		missing := ""
		for _, w := range want {
			if !strings.Contains(all, w) {
				missing = w
			}
		}
		if missing == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("problems do not hold %q:\n%s", missing, all)
		}
		time.Sleep(10 * time.Millisecond)
	}

	b.Close()
	srv.Close()
	deadline = time.Now().Add(Timeout)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines after Close, %d before", runtime.NumGoroutine(), before)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := p.Evaluate(`1`); err == nil {
		t.Error("Evaluate after Close did not fail")
	}
}
