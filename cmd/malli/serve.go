package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/rebuild"
	"github.com/malli-fi/malli/site/serve"
	"github.com/malli-fi/malli/site/watch"
)

// watched are the folders of a site whose changes rebuild it.
var watched = []string{"content", "schemas", "themes"}

// serveSite is malli serve: build the site, serve it from memory on
// 127.0.0.1, rebuild on every save, until ctx ends. ready, when not nil,
// gets the server's address once it listens (for tests).
func serveSite(ctx context.Context, args []string, stdout, stderr io.Writer, ready func(addr string)) int {
	c := newCLI(ctx, stdout, stderr)
	if !c.chooseLang(args) {
		return exitUsage
	}
	p, code, ok := c.parse(commandByName("serve"), args)
	if !ok {
		return code
	}
	return c.serve(p, ready)
}

// serve is malli serve, with its flags parsed.
func (c *cli) serve(p *parsed, ready func(addr string)) int {
	ctx, stderr, lang := c.ctx, c.stderr, c.lang
	if !c.noArgs(p) {
		return exitUsage
	}
	port, err := strconv.Atoi(p.str("port", "1313"))
	if err != nil || port < 0 || port > 65535 {
		return c.usage("serve", fmt.Sprintf(msgBadPort.In(lang), p.str("port", "")))
	}
	bind := p.str("bind", "127.0.0.1")
	root := p.str("C", ".")
	drafts, open := p.on("drafts"), p.on("open")
	if ip := net.ParseIP(bind); ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(stderr, "malli serve: %s\n", fmt.Sprintf(bindWarning.In(lang), bind))
	}
	if fi, err := os.Stat(filepath.Join(root, "content")); err != nil || !fi.IsDir() {
		return noSite(stderr, "serve", root, site.ErrNoContent, lang)
	}
	sess, err := site.NewSession(site.Options{Root: root, Drafts: drafts})
	if err != nil {
		return noSite(stderr, "serve", root, err, lang)
	}
	defer sess.Close()
	w, err := watch.New(root, watched, watch.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "malli serve: %v\n", err)
		return exitUsage
	}
	defer w.Close()
	ln, err := net.Listen("tcp", net.JoinHostPort(bind, strconv.Itoa(port)))
	if err != nil {
		fmt.Fprintf(stderr, "malli serve: %s\n", fmt.Sprintf(listenFailed.In(lang), err))
		return exitUsage
	}
	srv := serve.New()
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	hs.RegisterOnShutdown(srv.Close)
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()

	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(stderr, "malli serve: %s\n", fmt.Sprintf(serving.In(lang), url))
	if ready != nil {
		ready(ln.Addr().String())
	}
	var opened, bounded sync.Once
	rebuild.Loop(ctx, sess, w.Batches(), rebuild.Hooks{Done: func(snap *site.Snapshot, err error) {
		if snap == nil {
			fmt.Fprintf(stderr, "malli serve: %v\n", err)
			return
		}
		diag.Print(stderr, snap.Result.Diagnostics, "text", lang)
		fmt.Fprintln(stderr, summary("serve", snap.Result, lang))
		u := serve.Update{Changed: snap.Changed, Problems: snap.Result.Diagnostics}
		if snap.Files != nil {
			u.Site = snap
		}
		srv.Update(u)
		if snap.Files != nil {
			bounded.Do(boundMemory) // the first build that has every output
		}
		if open {
			opened.Do(func() { openBrowser(url) })
		}
	}})

	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "malli serve: %v\n", err)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "malli serve: %v\n", err)
		return exitUsage
	}
	return exitOK
}

// checkWatch is malli check --watch: check the site, then again on every
// save, each time printing the diagnostics between a begin and an end
// line that an editor's problem matcher waits for, until ctx ends.
func checkWatch(ctx context.Context, opts site.Options, format string, lang diag.Lang, stdout, stderr io.Writer) int {
	root := opts.Root
	if root == "" {
		root = "."
	}
	if fi, err := os.Stat(filepath.Join(root, "content")); err != nil || !fi.IsDir() {
		return noSite(stderr, "check", root, site.ErrNoContent, lang)
	}
	sess, err := site.NewSession(opts)
	if err != nil {
		return noSite(stderr, "check", root, err, lang)
	}
	defer sess.Close()
	w, err := watch.New(root, watched, watch.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "malli check: %v\n", err)
		return exitUsage
	}
	defer w.Close()
	var bounded sync.Once
	rebuild.Loop(ctx, sess, w.Batches(), rebuild.Hooks{
		Start: func() { fmt.Fprintln(stdout, watchBegin.In(lang)) },
		Done: func(snap *site.Snapshot, err error) {
			defer bounded.Do(boundMemory) // a check holds the same with or without errors
			if snap == nil {
				fmt.Fprintf(stderr, "malli check: %v\n", err)
			} else {
				diag.Print(stdout, snap.Result.Diagnostics, format, lang)
				fmt.Fprintln(stdout, summary("check", snap.Result, lang))
			}
			fmt.Fprintln(stdout, watchEnd.In(lang))
		},
	})
	return exitOK
}

// boundMemory caps the heap of a long-running process, after its first
// complete build, at 2 × what that build left alive plus 512 MB: each
// rebuild's garbage is collected before the heap grows much further, so
// memory stays level across edits, and a rebuild that holds a type's
// whole export twice for a moment (the old site and the new) has room
// enough not to spend its time collecting (at 1.75 × and 64 MB, a title
// edit at 10 000 documents took 11 s instead of 1.3 s). (A bound that followed every build would rise
// with the moments a rebuild holds the old and the new site at once.)
func boundMemory() {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	debug.SetMemoryLimit(int64(ms.HeapAlloc)*2 + 512<<20)
}

// The messages of serve and check --watch. watchBegin and watchEnd are
// the lines an editor's problem matcher waits for, in each language, so
// that its pattern can list all three.
var (
	watchBegin   = diag.Words{FI: "malli check --watch: tarkistus alkaa", SV: "malli check --watch: kontrollen börjar", EN: "malli check --watch: check starts"}
	watchEnd     = diag.Words{FI: "malli check --watch: tarkistus valmis", SV: "malli check --watch: kontrollen klar", EN: "malli check --watch: check done"}
	serving      = diag.Words{FI: "esikatselu osoitteessa %s (lopeta: Ctrl-C)", SV: "förhandsvisning på %s (avsluta: Ctrl-C)", EN: "preview at %s (stop: Ctrl-C)"}
	listenFailed = diag.Words{FI: "palvelinta ei voi käynnistää: %v; valitse toinen portti valitsimella --port", SV: "servern kan inte startas: %v; välj en annan port med --port", EN: "cannot start the server: %v; choose another port with --port"}
	bindWarning  = diag.Words{FI: "varoitus: osoite %s näyttää esikatselun (myös luonnokset) muillekin koneille", SV: "varning: adressen %s visar förhandsvisningen (även utkast) för andra datorer", EN: "warning: address %s shows the preview (drafts too) to other machines"}
)

// noSite reports why malli could not build the site in root: no content
// folder, or another failure (exit 2).
func noSite(stderr io.Writer, cmd, root string, err error, lang diag.Lang) int {
	if errors.Is(err, site.ErrNoContent) {
		fmt.Fprintf(stderr, "malli %s: %s\n", cmd, fmt.Sprintf(msgNoContent.In(lang), root))
	} else {
		fmt.Fprintf(stderr, "malli %s: %v\n", cmd, err)
	}
	return exitUsage
}

// openBrowser opens url in the desktop's browser, if it has one.
func openBrowser(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if cmd.Start() == nil {
		go cmd.Wait()
	}
}
