package serve_test

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/malli-fi/malli/site/serve"
)

// wait bounds every wait for the server; nothing in these tests sleeps.
const wait = 5 * time.Second

// stream is an open event stream, read line by line.
type stream struct {
	lines chan string // closed when the stream ends
	resp  *http.Response
}

// open opens the event stream of the page at path, served in the build
// named by token ("" for none), and reads up to the first event, the retry
// time: from then on, the server knows the stream.
func open(t *testing.T, c *http.Client, base, path, token string) *stream {
	t.Helper()
	u := base + "/_malli/events?path=" + url.QueryEscape(path)
	if token != "" {
		u += "&build=" + url.QueryEscape(token)
	}
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		resp.Body.Close()
		t.Fatalf("GET %s: status %d, Content-Type %q", u, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	s := &stream{lines: make(chan string), resp: resp}
	done := make(chan struct{})
	go func() {
		defer close(s.lines)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			select {
			case s.lines <- sc.Text():
			case <-done:
				return
			}
		}
	}()
	t.Cleanup(func() {
		close(done)
		resp.Body.Close()
	})
	if got := s.next(t); got != "retry: 1000" {
		t.Fatalf("%s: the first event is %q, want the retry time", path, got)
	}
	return s
}

// next returns the next event or comment, its lines joined by "\n".
func (s *stream) next(t *testing.T) string {
	t.Helper()
	var lines []string
	timeout := time.After(wait)
	for {
		select {
		case l, ok := <-s.lines:
			if !ok {
				t.Fatalf("the stream ended after %q", lines)
			}
			if l == "" {
				return strings.Join(lines, "\n")
			}
			lines = append(lines, l)
		case <-timeout:
			t.Fatalf("no event in %v (read %q)", wait, lines)
		}
	}
}

// reload checks that the next event is a reload for the build token.
func (s *stream) reload(t *testing.T, token string) {
	t.Helper()
	if got, want := s.next(t), "event: reload\ndata: "+token; got != want {
		t.Fatalf("the event is %q, want %q", got, want)
	}
}

// ended checks that the stream ends.
func (s *stream) ended(t *testing.T) {
	t.Helper()
	timeout := time.After(wait)
	for {
		select {
		case l, ok := <-s.lines:
			if !ok {
				return
			}
			if l != "" {
				t.Errorf("after the end, %q", l)
			}
		case <-timeout:
			t.Fatalf("the stream has not ended after %v", wait)
		}
	}
}

var tokenRE = regexp.MustCompile(`<meta name="malli-build" content="([^"]+)">`)

// token returns the build token of the page at path.
func token(t *testing.T, c *http.Client, base, path string) string {
	t.Helper()
	_, body := get(t, c, "GET", base+path)
	m := tokenRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("GET %s: no build token:\n%s", path, body)
	}
	return m[1]
}

// TestEventsChanged: a page is told to reload when its file changed, and
// not when only another did. To see that no event came, a second Update
// that does change the page follows: the first event must be its.
func TestEventsChanged(t *testing.T) {
	s := testSite(t)
	srv, ts := newServer(t, s)
	c := ts.Client()
	home := open(t, c, ts.URL, "/", token(t, c, ts.URL, "/"))
	sv := open(t, c, ts.URL, "/sv/", token(t, c, ts.URL, "/sv/"))
	lost := open(t, c, ts.URL, "/sv/ei-ole/", "")

	srv.Update(serve.Update{Site: s, Changed: []string{"sv/index.html"}})
	sv.reload(t, token(t, c, ts.URL, "/"))
	srv.Update(serve.Update{Site: s, Changed: []string{"index.html", "mallit/x/index.html"}})
	home.reload(t, token(t, c, ts.URL, "/")) // not the one before
	srv.Update(serve.Update{Site: s, Changed: []string{"404.html", "sv/404.html"}})
	lost.reload(t, token(t, c, ts.URL, "/"))
	srv.Update(serve.Update{Site: s, Changed: []string{"sv/index.html"}})
	sv.reload(t, token(t, c, ts.URL, "/")) // not the one of the 404 pages
}

// TestEventsProblems: every page is told when problems appear, change and
// are cleared, and not when they stay.
func TestEventsProblems(t *testing.T) {
	s := testSite(t)
	srv, ts := newServer(t, s)
	c := ts.Client()
	var streams []*stream
	for _, p := range []string{"/", "/sv/", "/mallit/x/", "/nope"} {
		streams = append(streams, open(t, c, ts.URL, p, ""))
	}
	step := func(u serve.Update) {
		t.Helper()
		srv.Update(u)
		tok := token(t, c, ts.URL, "/")
		for _, st := range streams {
			st.reload(t, tok)
		}
	}
	step(serve.Update{Problems: problems("a")}) // appear
	srv.Update(serve.Update{Problems: problems("a")})
	step(serve.Update{Problems: problems("b")}) // change, and the same before did nothing
	srv.Update(serve.Update{Problems: problems("b")})
	step(serve.Update{Site: s}) // cleared
}

// TestEventsStale: a page served in an older build is told at once.
func TestEventsStale(t *testing.T) {
	s := testSite(t)
	srv, ts := newServer(t, s)
	c := ts.Client()
	old := token(t, c, ts.URL, "/")
	srv.Update(serve.Update{Site: s})
	now := token(t, c, ts.URL, "/")
	open(t, c, ts.URL, "/", old).reload(t, now)

	current := open(t, c, ts.URL, "/", now)
	srv.Update(serve.Update{Site: s, Changed: []string{"index.html"}})
	current.reload(t, token(t, c, ts.URL, "/"))

	// Before the first build, too.
	fresh := serve.New()
	ts2 := httptest.NewServer(fresh.Handler())
	defer ts2.Close()
	defer fresh.Close()
	waiting := token(t, ts2.Client(), ts2.URL, "/")
	fresh.Update(serve.Update{Site: s, Changed: []string{"index.html"}})
	open(t, ts2.Client(), ts2.URL, "/", waiting).reload(t, token(t, ts2.Client(), ts2.URL, "/"))
}

func TestEventsPing(t *testing.T) {
	srv := serve.New()
	serve.SetPing(srv, time.Millisecond)
	srv.Update(serve.Update{Site: testSite(t)})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	defer srv.Close()
	st := open(t, ts.Client(), ts.URL, "/", "")
	for range 3 {
		if got := st.next(t); got != ": ping" {
			t.Fatalf("got %q, want a ping", got)
		}
	}
}

// TestEventsEnd: a stream ends when its client goes and at Close; after
// Close, a new one is refused with 204.
func TestEventsEnd(t *testing.T) {
	srv, ts := newServer(t, testSite(t))
	c := ts.Client()

	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/_malli/events?path=/", nil)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if got := serve.Streams(srv); got != 1 {
		t.Fatalf("%d streams open, want 1", got)
	}
	cancel()
	resp.Body.Close()
	for deadline := time.Now().Add(wait); serve.Streams(srv) > 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the stream of a client that went is still open")
		}
	}

	a, b := open(t, c, ts.URL, "/", ""), open(t, c, ts.URL, "/sv/", "")
	srv.Close()
	a.ended(t)
	b.ended(t)
	srv.Close() // twice is fine
	resp, err = c.Get(ts.URL + "/_malli/events?path=/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		t.Errorf("events after Close: status %d, want 204", resp.StatusCode)
	}
	if resp, _ := get(t, c, "GET", ts.URL+"/"); resp.StatusCode != 200 {
		t.Errorf("GET / after Close: status %d, want 200", resp.StatusCode)
	}
	srv.Update(serve.Update{Problems: problems("x")}) // after Close, harmless
}

// TestShutdown runs a real http.Server with open streams: Shutdown returns
// at once whether Close comes before it or from RegisterOnShutdown, and
// every goroutine is gone afterwards.
func TestShutdown(t *testing.T) {
	for _, name := range []string{"Close then Shutdown", "RegisterOnShutdown"} {
		t.Run(name, func(t *testing.T) {
			base := runtime.NumGoroutine()
			srv := serve.New()
			srv.Update(serve.Update{Site: testSite(t)})
			hs := &http.Server{Handler: srv.Handler(), WriteTimeout: time.Minute}
			if name == "RegisterOnShutdown" {
				hs.RegisterOnShutdown(srv.Close)
			}
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			served := make(chan error, 1)
			go func() { served <- hs.Serve(l) }()
			tr := &http.Transport{}
			c := &http.Client{Transport: tr}
			u := "http://" + l.Addr().String()
			var streams []*stream
			for _, p := range []string{"/", "/sv/", "/nope", "/mallit/x/"} {
				streams = append(streams, open(t, c, u, p, ""))
			}
			srv.Update(serve.Update{Problems: problems("x")})
			for _, s := range streams {
				s.next(t)
			}

			start := time.Now()
			if name != "RegisterOnShutdown" {
				srv.Close()
			}
			ctx, cancel := context.WithTimeout(context.Background(), wait)
			defer cancel()
			if err := hs.Shutdown(ctx); err != nil {
				t.Fatalf("Shutdown: %v", err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Shutdown took %v", d)
			}
			if err := <-served; !errors.Is(err, http.ErrServerClosed) {
				t.Errorf("Serve: %v", err)
			}
			for _, s := range streams {
				s.ended(t)
			}
			tr.CloseIdleConnections()
			settled(t, base)
		})
	}
}

// settled waits until no more goroutines run than base: the test's own,
// and the runtime's.
func settled(t *testing.T, base int) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines, %d before:\n%s", runtime.NumGoroutine(), base, buf[:runtime.Stack(buf, true)])
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond) // polling for goroutines to exit, not ordering events
	}
}
