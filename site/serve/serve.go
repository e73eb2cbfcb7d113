// Package serve is the HTTP side of malli serve. It answers from memory
// with the files of the last good build, tells each open page to reload
// when a rebuild changes it, and lays the build's problems over every page.
// It never reads the disk and never builds: the caller hands it each build
// as an Update.
//
// Requests (GET and HEAD only; any other method is 405 with Allow):
//
//	/x/            the Site's x/index.html
//	/x             the file x; else 301 to /x/ when x/index.html exists
//	unknown        the 404 page of the path's language (sv/404.html under
//	               /sv/, en/404.html under /en/, else 404.html), status 404;
//	               a plain 404 when the Site has none
//	non-canonical  a plain 404: a path that path.Clean changes (//, /./),
//	               or that holds a ".." segment, a backslash, a NUL or
//	               bytes that are not UTF-8 once decoded (/%2e%2e/, /..%2f)
//	/_malli/…      the server's own: live.js, live.css, and events, the
//	               Server-Sent Events stream of a page (see Server); nothing
//	               of the Site under /_malli/ is served
//
// Every response has Cache-Control: no-store, X-Content-Type-Options:
// nosniff, Referrer-Policy: no-referrer and the Content-Security-Policy
// CSP, and files a Content-Type by their extension (application/octet-stream
// for an unknown one).
//
// An HTML page is changed on its way out, never in the Site: its meta
// Content-Security-Policy allows scripts, connections and style sheets from
// the page's own origin; before </head> come the build's token and
// live.css and live.js; and while the latest Update has problems, or failed,
// the overlay follows <body …>, in the page's language (its <html lang>, else
// the path's prefix). The overlay holds the diagnostics as diag.Print writes
// them in "text", HTML-escaped. A page without </head> is served as it is.
//
// Until an Update brings a Site (before the first, or while every build has
// failed) every page is a generated one, status 503, with the overlay if
// there are problems.
package serve

import (
	"crypto/rand"
	"maps"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/malli-fi/malli/site/diag"
)

// CSP is the Content-Security-Policy header of every response: the site's
// own scripts (live.js), connections (its event stream), style sheets and
// images, nothing else, and no framing.
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// Site is a built site: its files by slash path ("index.html",
// "sv/mallit/x/index.html", "static/malli.css"). It is read from many
// requests at once, and should change only as a whole, between the
// Updates that hand it over (as publish.Memory does at Commit).
type Site interface {
	File(path string) ([]byte, bool)
}

// Update is one build's outcome.
type Update struct {
	Site     Site      // the new build; nil when the build failed (then the last good one is kept)
	Changed  []string  // output paths whose bytes changed since the previous good Site; ignored when Site is nil
	Problems diag.List // the build's diagnostics, errors and warnings, with their source lines
}

// Server serves the latest good build. Each page it serves opens
// /_malli/events?path=<its location.pathname>&build=<token>, an event
// stream with a ": ping" comment every 15 seconds. After an Update, the
// stream of each page that the Update changes gets "event: reload" with
// the new build's token as its data. A page changes when its file
// (including the 404 page it got) is in Changed or is now another file, or
// when the overlay changes (problems appeared, changed or were cleared). A
// stream whose token is not the latest gets the event at once, as its page
// may have missed an Update.
type Server struct {
	ping time.Duration // between comments on an event stream
	id   string        // this server's part of build tokens

	mu      sync.Mutex
	st      *state // replaced, never changed, by Update
	builds  int    // Updates so far
	clients map[*client]struct{}
	closed  bool
	done    chan struct{} // closed by Close
}

// state is what one Update leaves: a pointer to it is all a request needs.
type state struct {
	site    Site                 // the last good build; nil if there is none
	overlay map[diag.Lang]string // the overlay in each language; nil when there is none
	token   string               // names this state, for the pages it serves
}

// client is an open event stream.
type client struct {
	path   string      // the page's URL path, decoded
	reload chan string // the token of the build that changed the page; buffered, so Update never waits
}

// New returns a Server with no build yet.
func New() *Server {
	s := &Server{
		ping:    15 * time.Second,
		id:      rand.Text()[:8],
		clients: map[*client]struct{}{},
		done:    make(chan struct{}),
	}
	s.st = &state{token: s.id + "-0"}
	return s
}

// Handler returns the Server's HTTP handler.
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.serveHTTP) }

// Update makes u the latest build and tells the pages it changes to
// reload. It keeps u.Site but neither u.Changed nor u.Problems, and is safe
// to call while requests are served.
func (s *Server) Update(u Update) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.st
	next := &state{site: old.site}
	if u.Site != nil {
		next.site = u.Site
	}
	next.overlay = overlays(u.Problems, u.Site == nil, next.site != nil)
	s.builds++
	next.token = s.id + "-" + strconv.Itoa(s.builds)
	s.st = next

	changed := map[string]bool{}
	if u.Site != nil {
		for _, p := range u.Changed {
			changed[p] = true
		}
	}
	shown := !maps.Equal(old.overlay, next.overlay)
	for c := range s.clients {
		before, after := resolve(old, c.path), resolve(next, c.path)
		if shown || before != after || changed[before.file] || changed[after.file] {
			select {
			case c.reload <- next.token:
			default: // a reload is already on its way
			}
		}
	}
}

// Close ends every event stream and refuses new ones, so that
// http.Server.Shutdown returns promptly: call it before Shutdown or
// register it with http.Server.RegisterOnShutdown. Pages are still served.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.done)
	}
}

func (s *Server) state() *state {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", CSP)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch p := r.URL.Path; {
	case p == "/_malli/live.js":
		write(w, r, http.StatusOK, "live.js", liveJS)
	case p == "/_malli/live.css":
		write(w, r, http.StatusOK, "live.css", liveCSS)
	case p == "/_malli/events":
		s.events(w, r)
	case strings.HasPrefix(p, "/_malli/"):
		http.NotFound(w, r)
	default:
		s.page(w, r)
	}
}

// page answers a request for the Site.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	st := s.state()
	t := resolve(st, r.URL.Path)
	switch {
	case t.status == http.StatusServiceUnavailable:
		write(w, r, t.status, ".html", generated(st, pathLang(r.URL.Path)))
	case t.status == http.StatusMovedPermanently:
		loc := r.URL.EscapedPath() + "/"
		if r.URL.RawQuery != "" {
			loc += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, loc, t.status)
	case t.file == "":
		http.NotFound(w, r)
	default:
		data, ok := st.site.File(t.file)
		if !ok { // the Site changed under us
			http.NotFound(w, r)
			return
		}
		if contentType(t.file) == htmlType {
			data = inject(data, st, pathLang(r.URL.Path))
		}
		write(w, r, t.status, t.file, data)
	}
}

// write sends data with the Content-Type of name's extension.
func write(w http.ResponseWriter, r *http.Request, status int, name string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType(name))
	h.Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// target is what a URL path gets.
type target struct {
	status int    // 200, 301, 404, or 503 while there is no Site
	file   string // the Site's file served (200, 404) or redirected to (301); "" for none
}

// resolve returns what p, a decoded URL path, gets in st.
func resolve(st *state, p string) target {
	name, ok := fileName(p)
	switch {
	case !ok:
		return target{status: http.StatusNotFound}
	case st.site == nil:
		return target{status: http.StatusServiceUnavailable}
	}
	if _, ok := st.site.File(name); ok {
		return target{http.StatusOK, name}
	}
	if !strings.HasSuffix(p, "/") {
		if index := name + "/index.html"; has(st.site, index) {
			return target{http.StatusMovedPermanently, index}
		}
	}
	nf := "404.html"
	if l := pathLang(p); l != diag.Langs[0] {
		nf = string(l) + "/404.html"
	}
	if has(st.site, nf) {
		return target{http.StatusNotFound, nf}
	}
	return target{status: http.StatusNotFound}
}

func has(s Site, name string) bool {
	_, ok := s.File(name)
	return ok
}

// fileName returns the Site file that the decoded URL path p names: "/" is
// "index.html", "/x/" is "x/index.html", "/x" is "x". It refuses (false) a
// path that is not canonical: not starting with "/", changed by path.Clean
// (but for a final slash), holding a ".." segment, a backslash or a NUL, or
// not UTF-8 (such as the overlong "%c0%ae" for ".").
func fileName(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") || !utf8.ValidString(p) {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	clean := path.Clean(p)
	if strings.HasSuffix(p, "/") && clean != "/" {
		clean += "/"
	}
	if clean != p {
		return "", false
	}
	name := p[1:]
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	return name, true
}

// pathLang returns the language of a URL path: the language of its first
// segment ("/sv/…"), else the default language.
func pathLang(p string) diag.Lang {
	first, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	for _, l := range diag.Langs[1:] {
		if first == string(l) {
			return l
		}
	}
	return diag.Langs[0]
}

const htmlType = "text/html; charset=utf-8"

var types = map[string]string{
	".html":  htmlType,
	".css":   "text/css; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".json":  "application/json",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".gif":   "image/gif",
	".webp":  "image/webp",
	".pdf":   "application/pdf",
	".txt":   "text/plain; charset=utf-8",
	".xml":   "application/xml",
	".csv":   "text/csv; charset=utf-8",
	".ico":   "image/x-icon",
	".woff2": "font/woff2",
}

// contentType returns the Content-Type of a file by its extension, in any
// letter case.
func contentType(name string) string {
	if t, ok := types[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}
