package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
	"github.com/malli-fi/malli/site/publish"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // the content has errors
	exitUsage   = 2 // bad usage, or malli could not do its job
)

// version is set by the linker for releases; otherwise the module version.
var version = ""

const usage = `malli — Innokylä-yhteensopivien kehittämishankkeiden julkaisija

Käyttö:
  malli build [-o DIR] [--drafts] [--base-url URL] [--strict] [--lang fi|sv|en]
  malli check [--format text|github|gitlab|json] [--drafts] [--strict] [--watch] [--lang fi|sv|en]
  malli serve [--port N] [--bind ADDR] [--drafts] [--open] [--lang fi|sv|en]
  malli new TYPE "Otsikko"
  malli init [--malli-version vX.Y.Z] [KANSIO]
  malli version

Paluuarvot: 0 onnistui, 1 sisällössä on virheitä, 2 käyttö- tai sisäinen virhe.
`

// run is the whole command line program: it returns the exit code.
// serve and check --watch run until Ctrl-C.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runUntil(ctx, args, stdout, stderr)
}

// runUntil is run until ctx ends.
func runUntil(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "malli: internal error: %v\n%s", r, debug.Stack())
			code = exitUsage
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "build", "check":
		return build(ctx, cmd, rest, stdout, stderr)
	case "serve":
		return serveSite(ctx, rest, stdout, stderr, nil)
	case "new":
		return newDoc(rest, stdout, stderr)
	case "init":
		return initSite(rest, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "malli", versionString())
		return exitOK
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "malli: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func build(ctx context.Context, cmd string, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("malli "+cmd, flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "public", "output folder")
	drafts := fl.Bool("drafts", false, "include drafts")
	baseURL := fl.String("base-url", "", "URL or path the site is served under, e.g. /malli/")
	strict := fl.Bool("strict", false, "treat warnings as errors")
	format := fl.String("format", "text", "diagnostics format: text, github, gitlab, json")
	langFlag := fl.String("lang", "fi", "language of messages: fi, sv, en")
	root := fl.String("C", ".", "the site's folder")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile (pprof) to this file")
	memProfile := fl.String("memprofile", "", "write a heap profile (pprof) to this file at the end")
	watchFlag := false
	if cmd == "check" {
		fl.BoolVar(&watchFlag, "watch", false, "check again on every save, between begin and end lines (for editors)")
	}
	if err := fl.Parse(args); err != nil {
		return exitUsage
	}
	if stop, err := profile(*cpuProfile, *memProfile); err != nil {
		fmt.Fprintf(stderr, "malli %s: %v\n", cmd, err)
		return exitUsage
	} else {
		defer stop()
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "malli %s: unexpected argument %q\n", cmd, fl.Arg(0))
		return exitUsage
	}
	lang, ok := diag.ParseLang(*langFlag)
	if !ok {
		fmt.Fprintf(stderr, "malli %s: unknown language %q (want fi, sv or en)\n", cmd, *langFlag)
		return exitUsage
	}
	if !validFormat(*format) {
		fmt.Fprintf(stderr, "malli %s: unknown format %q (want %s)\n", cmd, *format, strings.Join(diag.Formats, ", "))
		return exitUsage
	}
	outDir := *out
	if !filepath.IsAbs(outDir) {
		outDir = filepath.Join(*root, outDir)
	}
	if cmd == "build" {
		if msg := outputProblem(*root, outDir); msg != "" {
			fmt.Fprintf(stderr, "malli build: %s\n", msg)
			return exitUsage
		}
	}
	opts := site.Options{
		Root:    *root,
		Out:     publish.Dir{Path: outDir},
		BaseURL: *baseURL,
		Drafts:  *drafts,
		Strict:  *strict,
		Check:   cmd == "check",
	}
	if watchFlag {
		return checkWatch(ctx, opts, *format, lang, stdout, stderr)
	}
	res, err := site.Build(ctx, opts)
	if res != nil {
		if perr := diag.Print(stdout, res.Diagnostics, *format, lang); perr != nil {
			fmt.Fprintln(stderr, "malli:", perr)
			return exitUsage
		}
	}
	if err != nil && !site.IsContentError(err) {
		if errors.Is(err, publish.ErrNotOutput) {
			fmt.Fprintf(stderr, "malli %s: kansio %s on jo olemassa, eikä malli ole tehnyt sitä (siinä ei ole %s-tiedostoa); poista se tai valitse toinen kansio valitsimella -o\n", cmd, outDir, publish.Marker)
			return exitUsage
		}
		return noSite(stderr, cmd, *root, err)
	}
	if *format == "text" {
		fmt.Fprintln(stderr, summary(cmd, res, lang))
	}
	if err != nil {
		return exitContent
	}
	return exitOK
}

// outputProblem says why out cannot be the output folder of the site in
// root: it would replace the site itself, or write into its sources.
// Both are compared after resolving symlinks, so that a committed link
// (build -> content) cannot lead the output into the sources.
func outputProblem(root, out string) string {
	absRoot, err1 := resolve(root)
	absOut, err2 := resolve(out)
	if err1 != nil || err2 != nil {
		return fmt.Sprintf("tulostekansion %s polkua ei voi selvittää: %v", out, errors.Join(err1, err2))
	}
	if within(absRoot, absOut) {
		return fmt.Sprintf("tulostekansio %s sisältää sivuston kansion %s; valitse toinen kansio valitsimella -o", out, root)
	}
	for _, src := range []string{"content", "schemas", "themes"} {
		if within(absOut, filepath.Join(absRoot, src)) {
			return fmt.Sprintf("tulostekansio %s on lähdekansiossa %s; valitse toinen kansio valitsimella -o", out, src)
		}
	}
	return ""
}

// resolve returns the absolute form of p with every symlink in its
// existing part resolved; the part that does not exist yet is joined as is.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if filepath.Dir(dir) == dir {
			return abs, nil
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
	}
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func validFormat(f string) bool {
	for _, x := range diag.Formats {
		if f == x {
			return true
		}
	}
	return false
}

// summary is the one line printed after a build.
func summary(cmd string, res *site.Result, lang diag.Lang) string {
	errs, warns := res.Diagnostics.Count()
	secs := fmt.Sprintf("%.2f s", res.Duration.Seconds())
	switch lang {
	case diag.SV:
		if cmd == "check" {
			return fmt.Sprintf("malli check: %d dokument, %d varningar, %d fel (%s)", res.Documents, warns, errs, secs)
		}
		return fmt.Sprintf("malli %s: %d dokument, %d sidor, %d exportfiler, %d varningar, %d fel (%s)", cmd, res.Documents, res.Pages, res.Exports, warns, errs, secs)
	case diag.EN:
		if cmd == "check" {
			return fmt.Sprintf("malli check: %d documents, %d warnings, %d errors (%s)", res.Documents, warns, errs, secs)
		}
		return fmt.Sprintf("malli %s: %d documents, %d pages, %d exports, %d warnings, %d errors (%s)", cmd, res.Documents, res.Pages, res.Exports, warns, errs, secs)
	}
	secs = strings.Replace(secs, ".", ",", 1)
	if cmd == "check" {
		return fmt.Sprintf("malli check: %d asiakirjaa, %d varoitusta, %d virhettä (%s)", res.Documents, warns, errs, secs)
	}
	return fmt.Sprintf("malli %s: %d asiakirjaa, %d sivua, %d vientitiedostoa, %d varoitusta, %d virhettä (%s)", cmd, res.Documents, res.Pages, res.Exports, warns, errs, secs)
}

// profile starts the CPU profile to cpu, if named, and returns a function
// that stops it and writes the heap profile to mem, if named.
func profile(cpu, mem string) (func(), error) {
	var f *os.File
	if cpu != "" {
		var err error
		if f, err = os.Create(cpu); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
	}
	return func() {
		if f != nil {
			pprof.StopCPUProfile()
			f.Close()
		}
		if mem != "" {
			if m, err := os.Create(mem); err == nil {
				runtime.GC()
				pprof.WriteHeapProfile(m)
				m.Close()
			}
		}
	}, nil
}
