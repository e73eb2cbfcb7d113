// Package browser drives a headless Chromium from tests, with no
// dependency beyond the standard library: it speaks the DevTools protocol
// (CDP) over --remote-debugging-pipe, where Chromium reads JSON messages
// from its fd 3 and writes to its fd 4, each ended by a NUL byte.
//
//	b := browser.Start(t, browser.Find(t)) // closed at the end of the test
//	p := b.NewPage()
//	p.SetViewport(320, 640)
//	p.Navigate("http://127.0.0.1:1313/")
//	v, err := p.Evaluate(`document.title`) // JSON
//	p.Press("Tab", false)                 // a key press, as a keyboard's
//	p.Click("button.copy-button")         // with a user's activation
//	p.Problems()                          // console errors, exceptions, CSP violations
//
// A Page records, from the moment it opens, every console message of
// level error or warning (console.error, and what Chromium logs itself:
// failed loads, blocked content), every uncaught exception, and every
// Content-Security-Policy violation (from a securitypolicyviolation
// listener added to each document before its own scripts run).
package browser

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Find returns the Chromium to run: $MALLI_CHROMIUM, else chromium (or
// chromium-browser, google-chrome) on $PATH. Without one the test fails
// when $CI is set, so that CI cannot skip browser tests unnoticed, and is
// skipped otherwise.
func Find(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("MALLI_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "no Chromium: install it (apt-get install -y chromium) or set MALLI_CHROMIUM"
	if os.Getenv("CI") != "" {
		t.Fatal(msg + " (CI is set, so this fails rather than skips)")
	}
	t.Skip(msg)
	return ""
}

// Timeout bounds each DevTools call and each wait of this package.
const Timeout = 20 * time.Second

// Browser is a running headless Chromium.
type Browser struct {
	t      testing.TB
	cmd    *exec.Cmd
	output *buffer       // its stdout and stderr
	out    *os.File      // our end of its fd 3
	in     *os.File      // our end of its fd 4
	done   chan struct{} // closed when the reader has stopped
	exited chan struct{} // closed when the process has been waited for

	wmu sync.Mutex // serialises writes to out

	mu      sync.Mutex
	next    int64
	pending map[int64]chan reply
	pages   map[string]*Page // by session id
	readErr error

	closeMu sync.Mutex
	closed  bool
	waitErr error // set before exited is closed
}

// message is a CDP message in either direction.
type message struct {
	ID        int64           `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

type reply struct {
	result json.RawMessage
	err    error
}

// Start runs the Chromium at path headless, with a fresh profile, and
// closes it when the test ends.
func Start(t testing.TB, path string) *Browser {
	t.Helper()
	profile := t.TempDir()
	// Chromium reads commands from its fd 3 and writes to its fd 4.
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	b := &Browser{
		t:       t,
		output:  &buffer{},
		out:     cmdW,
		in:      evR,
		done:    make(chan struct{}),
		exited:  make(chan struct{}),
		pending: map[int64]chan reply{},
		pages:   map[string]*Page{},
	}
	b.cmd = exec.Command(path,
		"--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update",
		"--disable-extensions", "--disable-sync", "--no-first-run",
		"--no-default-browser-check", "--mute-audio",
		"--user-data-dir="+profile,
		"--remote-debugging-pipe",
		"about:blank")
	b.cmd.ExtraFiles = []*os.File{cmdR, evW}
	b.cmd.Stdout = b.output
	b.cmd.Stderr = b.output
	// Chromium's helpers inherit its stderr; do not wait for them for
	// ever once it has exited.
	b.cmd.WaitDelay = 5 * time.Second
	if err := b.cmd.Start(); err != nil {
		for _, f := range []*os.File{cmdR, cmdW, evR, evW} {
			f.Close()
		}
		t.Fatalf("starting %s: %v", path, err)
	}
	// The child has its ends; close ours of them, so that a read sees
	// EOF when it exits.
	cmdR.Close()
	evW.Close()
	go func() {
		b.waitErr = b.cmd.Wait()
		close(b.exited)
	}()
	go b.read()
	t.Cleanup(b.Close)
	if _, err := b.call("", "Browser.getVersion", nil); err != nil {
		t.Fatalf("chromium did not answer over its pipe: %v\n%s", err, b.output)
	}
	return b
}

// read dispatches what Chromium writes until the pipe ends.
func (b *Browser) read() {
	defer close(b.done)
	br := bufio.NewReader(b.in)
	var err error
	for {
		var data []byte
		data, err = br.ReadBytes(0)
		if err != nil {
			break
		}
		var m message
		if err = json.Unmarshal(data[:len(data)-1], &m); err != nil {
			err = fmt.Errorf("decoding a DevTools message: %w", err)
			break
		}
		if m.ID != 0 {
			b.mu.Lock()
			c := b.pending[m.ID]
			delete(b.pending, m.ID)
			b.mu.Unlock()
			if c != nil {
				rep := reply{result: m.Result}
				if m.Error != nil {
					rep.err = fmt.Errorf("%s (%d)", m.Error.Message, m.Error.Code)
				}
				c <- rep
			}
			continue
		}
		b.mu.Lock()
		p := b.pages[m.SessionID]
		b.mu.Unlock()
		if p != nil {
			p.event(m.Method, m.Params)
		}
	}
	if errors.Is(err, io.EOF) {
		err = errors.New("chromium closed its pipe")
	}
	b.mu.Lock()
	b.readErr = err
	for id, c := range b.pending {
		c <- reply{err: err}
		delete(b.pending, id)
	}
	b.mu.Unlock()
}

// call sends a command (to the session, or to the browser when session is
// "") and returns its result.
func (b *Browser) call(session, method string, params any) (json.RawMessage, error) {
	raw, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	c := make(chan reply, 1)
	b.mu.Lock()
	if b.readErr != nil {
		err := b.readErr
		b.mu.Unlock()
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	b.next++
	id := b.next
	b.pending[id] = c
	b.mu.Unlock()
	data, err := json.Marshal(message{ID: id, Method: method, Params: raw, SessionID: session})
	if err != nil {
		return nil, err
	}
	b.wmu.Lock()
	_, err = b.out.Write(append(data, 0))
	b.wmu.Unlock()
	if err != nil {
		b.forget(id)
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	timer := time.NewTimer(Timeout)
	defer timer.Stop()
	select {
	case r := <-c:
		if r.err != nil {
			return nil, fmt.Errorf("%s: %w", method, r.err)
		}
		return r.result, nil
	case <-timer.C:
		b.forget(id)
		return nil, fmt.Errorf("%s: no answer in %v", method, Timeout)
	}
}

func (b *Browser) forget(id int64) {
	b.mu.Lock()
	delete(b.pending, id)
	b.mu.Unlock()
}

// Close ends Chromium (asking it first, then killing it) and waits until
// it and this package's goroutines are gone. It is safe to call more than
// once.
func (b *Browser) Close() {
	b.closeMu.Lock()
	defer b.closeMu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	c := make(chan struct{})
	go func() {
		defer close(c)
		b.call("", "Browser.close", nil) // its answer may not come: it exits
	}()
	select {
	case <-b.exited:
	case <-time.After(10 * time.Second):
		b.cmd.Process.Kill()
		<-b.exited
	}
	b.out.Close()
	// The pipe ends with the process, unless a helper of it still holds
	// its fd 4; then closing our end stops the reader.
	select {
	case <-b.done:
	case <-time.After(2 * time.Second):
		b.in.Close()
		<-b.done
	}
	b.in.Close()
	<-c // every pending call has been answered by now
	var exit *exec.ExitError
	if b.waitErr != nil && !errors.As(b.waitErr, &exit) {
		b.t.Logf("chromium: %v", b.waitErr)
	}
	if b.t.Failed() {
		b.t.Logf("chromium's output:\n%s", b.output)
	}
}

// Page is a browser tab.
type Page struct {
	b       *Browser
	session string

	mu       sync.Mutex
	loads    int             // load events so far
	loaded   map[string]bool // the loader ids whose document has loaded
	problems []string        // see Problems
}

// NewPage opens an empty tab and starts recording its problems.
func (b *Browser) NewPage() *Page {
	b.t.Helper()
	res, err := b.call("", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		b.t.Fatal(err)
	}
	var target struct{ TargetID string }
	if err := json.Unmarshal(res, &target); err != nil {
		b.t.Fatal(err)
	}
	res, err = b.call("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true})
	if err != nil {
		b.t.Fatal(err)
	}
	var attached struct{ SessionID string }
	if err := json.Unmarshal(res, &attached); err != nil {
		b.t.Fatal(err)
	}
	p := &Page{b: b, session: attached.SessionID, loaded: map[string]bool{}}
	b.mu.Lock()
	b.pages[p.session] = p
	b.mu.Unlock()
	for _, c := range []struct {
		method string
		params any
	}{
		{"Page.enable", nil},
		{"Page.setLifecycleEventsEnabled", map[string]any{"enabled": true}},
		{"Runtime.enable", nil},
		{"Log.enable", nil},
		{"Runtime.addBinding", map[string]any{"name": cspBinding}},
		{"Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": cspListener}},
	} {
		if _, err := b.call(p.session, c.method, c.params); err != nil {
			b.t.Fatal(err)
		}
	}
	return p
}

// cspBinding is the function through which each document reports its CSP
// violations; cspListener, run in each document before its own scripts,
// calls it. A DevTools script is not subject to the page's policy.
const (
	cspBinding  = "__malliBrowserCSP"
	cspListener = `document.addEventListener("securitypolicyviolation", function (e) {
  ` + cspBinding + `(e.violatedDirective + " blocked " + (e.blockedURI || "inline") +
    " at " + e.sourceFile + ":" + e.lineNumber + " (" + e.disposition + ")");
}, true);`
)

// event records what a Page's session reports.
func (p *Page) event(method string, params json.RawMessage) {
	var problem string
	switch method {
	case "Page.loadEventFired":
		p.mu.Lock()
		p.loads++
		p.mu.Unlock()
		return
	case "Page.lifecycleEvent":
		var e struct{ LoaderID, Name string }
		json.Unmarshal(params, &e)
		if e.Name == "load" {
			p.mu.Lock()
			p.loaded[e.LoaderID] = true
			p.mu.Unlock()
		}
		return
	case "Runtime.consoleAPICalled":
		var e struct {
			Type string
			Args []struct {
				Value       any
				Description string
			}
		}
		json.Unmarshal(params, &e)
		if e.Type != "error" && e.Type != "warning" && e.Type != "assert" {
			return
		}
		var args []string
		for _, a := range e.Args {
			if a.Value != nil {
				args = append(args, fmt.Sprint(a.Value))
			} else {
				args = append(args, a.Description)
			}
		}
		problem = "console." + e.Type + ": " + strings.Join(args, " ")
	case "Log.entryAdded":
		var e struct {
			Entry struct{ Source, Level, Text, URL string }
		}
		json.Unmarshal(params, &e)
		if e.Entry.Level != "error" && e.Entry.Level != "warning" {
			return
		}
		problem = "log " + e.Entry.Source + " " + e.Entry.Level + ": " + e.Entry.Text + " " + e.Entry.URL
	case "Runtime.exceptionThrown":
		var e struct {
			ExceptionDetails struct {
				Text, URL  string
				LineNumber int
				Exception  struct{ Description string }
			}
		}
		json.Unmarshal(params, &e)
		d := e.ExceptionDetails
		problem = "exception: " + d.Text + " " + d.Exception.Description + " at " + d.URL + ":" + strconv.Itoa(d.LineNumber+1)
	case "Runtime.bindingCalled":
		var e struct{ Name, Payload string }
		json.Unmarshal(params, &e)
		if e.Name != cspBinding {
			return
		}
		problem = "CSP violation: " + e.Payload
	default:
		return
	}
	p.mu.Lock()
	p.problems = append(p.problems, problem)
	p.mu.Unlock()
}

// Problems returns what went wrong in the page so far: console messages
// of level error or warning, uncaught exceptions and CSP violations.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.problems...)
}

// Loads returns how many load events the page has had.
func (p *Page) Loads() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.loads
}

// WaitLoad waits until the page has had more than n load events.
func (p *Page) WaitLoad(n int) error {
	deadline := time.Now().Add(Timeout)
	for p.Loads() <= n {
		if time.Now().After(deadline) {
			return fmt.Errorf("no load event in %v", Timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}

// Navigate opens url in the page and waits until that document (not one
// that a reload of the page before brought) has had its load event.
func (p *Page) Navigate(url string) error {
	res, err := p.b.call(p.session, "Page.navigate", map[string]any{"url": url})
	if err != nil {
		return err
	}
	var nav struct{ LoaderID, ErrorText string }
	json.Unmarshal(res, &nav)
	if nav.ErrorText != "" {
		return fmt.Errorf("navigating to %s: %s", url, nav.ErrorText)
	}
	deadline := time.Now().Add(Timeout)
	for {
		p.mu.Lock()
		ok := p.loaded[nav.LoaderID]
		p.mu.Unlock()
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("navigating to %s: no load event in %v", url, Timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Evaluate runs the JavaScript expression expr in the page, awaits it if
// it is a promise, and returns its value as JSON.
func (p *Page) Evaluate(expr string) (json.RawMessage, error) {
	res, err := p.b.call(p.session, "Runtime.evaluate", map[string]any{
		"expression":    expr,
		"returnByValue": true,
		"awaitPromise":  true,
	})
	if err != nil {
		return nil, err
	}
	var r struct {
		Result struct {
			Type  string
			Value json.RawMessage
		}
		ExceptionDetails *struct {
			Text      string
			Exception struct{ Description string }
		}
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return nil, err
	}
	if d := r.ExceptionDetails; d != nil {
		return nil, fmt.Errorf("evaluating %q: %s %s", expr, d.Text, d.Exception.Description)
	}
	if r.Result.Type == "undefined" || r.Result.Value == nil {
		return json.RawMessage("null"), nil
	}
	return r.Result.Value, nil
}

// Call sends a DevTools command to the page's session and returns its
// result, for what this package has no method of its own for (e.g.
// Emulation.setScriptExecutionDisabled).
func (p *Page) Call(method string, params any) (json.RawMessage, error) {
	return p.b.call(p.session, method, params)
}

// Call sends a DevTools command to the browser itself (e.g.
// Browser.grantPermissions) and returns its result.
func (b *Browser) Call(method string, params any) (json.RawMessage, error) {
	return b.call("", method, params)
}

// Click clicks the first element that the CSS selector matches, as a
// user does (with the user activation that a click gives, which e.g. the
// Clipboard API asks for), and returns an error if there is none.
func (p *Page) Click(selector string) error {
	sel, _ := json.Marshal(selector)
	res, err := p.b.call(p.session, "Runtime.evaluate", map[string]any{
		"expression":    `(() => { const e = document.querySelector(` + string(sel) + `); if (!e) return false; e.click(); return true; })()`,
		"returnByValue": true,
		"userGesture":   true,
	})
	if err != nil {
		return err
	}
	var r struct{ Result struct{ Value bool } }
	if err := json.Unmarshal(res, &r); err != nil {
		return err
	}
	if !r.Result.Value {
		return fmt.Errorf("clicking %s: no such element", selector)
	}
	return nil
}

// SetViewport makes the page's window width × height CSS pixels, at a
// device scale factor of 1 and as a desktop browser (no viewport zoom).
func (p *Page) SetViewport(width, height int) error {
	_, err := p.b.call(p.session, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false,
	})
	return err
}

// keys are the keys that Press knows: their code, key code and the text
// that a key press types.
var keys = map[string]struct {
	code string
	vk   int
	text string
}{
	"Tab":   {"Tab", 9, ""},
	"Enter": {"Enter", 13, "\r"},
}

// Press presses and releases a key (Tab or Enter, with shift when shift
// is true) as a keyboard would: the page gets its key events and the
// browser does what the key does, moving the focus or following a link.
func (p *Page) Press(key string, shift bool) error {
	k, ok := keys[key]
	if !ok {
		return fmt.Errorf("Press: unknown key %q", key)
	}
	modifiers := 0
	if shift {
		modifiers = 8
	}
	down := "rawKeyDown"
	if k.text != "" {
		down = "keyDown"
	}
	for _, typ := range []string{down, "keyUp"} {
		params := map[string]any{
			"type": typ, "key": key, "code": k.code, "modifiers": modifiers,
			"windowsVirtualKeyCode": k.vk, "nativeVirtualKeyCode": k.vk,
		}
		if typ == "keyDown" {
			params["text"] = k.text
		}
		if _, err := p.b.call(p.session, "Input.dispatchKeyEvent", params); err != nil {
			return err
		}
	}
	return nil
}

// buffer is an io.Writer safe for os/exec's copying goroutines.
type buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
