package serve

import (
	_ "embed"
	"io"
	"net/http"
	"net/url"
	"time"
)

var (
	//go:embed live.js
	liveJS []byte
	//go:embed live.css
	liveCSS []byte
)

// writeTimeout bounds each write to an event stream, so that a client that
// stops reading cannot hold its handler, and an http.Server WriteTimeout
// does not end a stream that is being read.
const writeTimeout = 10 * time.Second

// events serves the event stream of the page at the query's path (as
// location.pathname gives it) that was served in the state named by the
// query's build. It ends when the client goes or at Close; after Close it
// answers 204, which tells an EventSource not to come back.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p, err := url.PathUnescape(q.Get("path"))
	if err != nil {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	if r.Method == http.MethodHead {
		return
	}
	c := &client{path: p, reload: make(chan string, 1)}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
		return
	}
	s.clients[c] = struct{}{}
	if b := q.Get("build"); b != "" && b != s.st.token {
		c.reload <- s.st.token
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.clients, c)
		s.mu.Unlock()
	}()

	rc := http.NewResponseController(w)
	send := func(event string) bool {
		rc.SetWriteDeadline(time.Now().Add(writeTimeout)) // not every ResponseWriter has one
		if _, err := io.WriteString(w, event); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	// retry: an EventSource whose server went comes back after a second.
	if !send("retry: 1000\n\n") {
		return
	}
	ping := time.NewTicker(s.ping)
	defer ping.Stop()
	for {
		var event string
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case token := <-c.reload:
			event = "event: reload\ndata: " + token + "\n\n"
		case <-ping.C:
			event = ": ping\n\n"
		}
		if !send(event) {
			return
		}
	}
}
