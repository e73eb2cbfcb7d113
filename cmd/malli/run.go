package main

import (
	"context"
	"errors"
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
	"time"

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

// runners run the commands of the table in commands.go, after their flags
// are parsed and --help is answered. A command without a runner is listed
// in the help but says it is not available yet.
var runners map[string]func(*cli, *parsed) int

func init() {
	runners = map[string]func(*cli, *parsed) int{
		"build":      (*cli).build,
		"check":      (*cli).build,
		"serve":      func(c *cli, p *parsed) int { return c.serve(p, nil) },
		"new":        (*cli).newDoc,
		"version":    (*cli).version,
		"completion": (*cli).completion,
		"help":       (*cli).help,
		"init":       (*cli).initSite,
	}
}

// cli is one run of the command line program, and what it runs with.
type cli struct {
	ctx            context.Context
	stdout, stderr io.Writer
	getenv         func(string) string
	terminal       func(io.Writer) bool // whether w is a terminal
	progressAfter  time.Duration        // how long a build runs before it shows a progress line
	lang           diag.Lang
}

func newCLI(ctx context.Context, stdout, stderr io.Writer) *cli {
	return &cli{ctx: ctx, stdout: stdout, stderr: stderr, getenv: os.Getenv, terminal: isTerminal, progressAfter: 2 * time.Second, lang: diag.FI}
}

// run is the whole command line program: it returns the exit code.
// serve and check --watch run until Ctrl-C.
func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return runUntil(ctx, args, stdout, stderr)
}

// runUntil is run until ctx ends.
func runUntil(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return newCLI(ctx, stdout, stderr).main(args)
}

// main runs the command line args.
func (c *cli) main(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(c.stderr, "malli: %s: %v\n%s", msgInternal.In(c.lang), r, debug.Stack())
			code = exitUsage
		}
	}()
	if !c.chooseLang(args) {
		return exitUsage
	}
	name, rest, ok := splitCommand(args)
	if !ok {
		for _, a := range rest {
			switch a {
			case "-h", "--help", "-help":
				fmt.Fprint(c.stdout, topHelp(c.lang))
				return exitOK
			case "--version", "-version":
				return c.version(&parsed{})
			}
		}
		if p, err := parseFlags(&command{flags: globalFlags}, rest, c.lang); err != nil {
			fmt.Fprintf(c.stderr, "malli: %v\n", err)
			return exitUsage
		} else if len(p.args) > 0 {
			name = p.args[0]
		} else {
			fmt.Fprint(c.stderr, topHelp(c.lang))
			return exitUsage
		}
	}
	cmd := commandByName(name)
	if cmd == nil {
		return c.unknownCommand("malli", name)
	}
	p, code, ok := c.parse(cmd, rest)
	if !ok {
		return code
	}
	runner := runners[cmd.name]
	if runner == nil {
		fmt.Fprintf(c.stderr, "malli %s: %s\n", cmd.name, fmt.Sprintf(msgNotAvailable.In(c.lang), cmd.name))
		return exitUsage
	}
	return runner(c, p)
}

// chooseLang sets c.lang from --lang in args, or else the environment;
// it reports a --lang that names no language and returns false.
func (c *cli) chooseLang(args []string) bool {
	c.lang = envLang(c.getenv)
	l, given, ok := langFromArgs(args)
	if ok && l == "" {
		fmt.Fprintf(c.stderr, "malli: %s\n", fmt.Sprintf(msgUnknownLang.In(c.lang), given))
		return false
	}
	if ok {
		c.lang = l
	}
	return true
}

// parse parses the flags of cmd in args; it answers --help itself (code
// exitOK, ok false) and reports usage errors (exitUsage, false).
func (c *cli) parse(cmd *command, args []string) (p *parsed, code int, ok bool) {
	p, err := parseFlags(cmd, args, c.lang)
	if err != nil {
		return nil, c.usage(cmd.name, err.Error()), false
	}
	if p.on("help") {
		fmt.Fprint(c.stdout, commandHelp(cmd, c.lang))
		return nil, exitOK, false
	}
	return p, 0, true
}

// usage reports a usage error of cmd and where its help is.
func (c *cli) usage(cmd, msg string) int {
	fmt.Fprintf(c.stderr, "malli %s: %s\n%s\n", cmd, msg, fmt.Sprintf(msgSeeHelp.In(c.lang), "malli help "+cmd))
	return exitUsage
}

// fail reports that cmd could not do its job.
func (c *cli) fail(cmd string, w words, args ...any) int {
	fmt.Fprintf(c.stderr, "malli %s: %s\n", cmd, fmt.Sprintf(w.In(c.lang), args...))
	return exitUsage
}

// unknownCommand reports a command malli does not have, with the nearest one.
func (c *cli) unknownCommand(prefix, name string) int {
	msg := fmt.Sprintf(msgUnknownCommand.In(c.lang), name)
	if best := closest(name, commandNames()); best != "" {
		msg += "; " + fmt.Sprintf(msgDidYouMean.In(c.lang), best)
	}
	fmt.Fprintf(c.stderr, "%s: %s\n%s\n%s\n", prefix, msg, fmt.Sprintf(msgCommandList.In(c.lang), strings.Join(commandNames(), ", ")), fmt.Sprintf(msgSeeHelp.In(c.lang), "malli help"))
	return exitUsage
}

// noArgs reports the first argument of p, which its command does not take.
func (c *cli) noArgs(p *parsed) bool {
	if len(p.args) > 0 {
		c.usage(p.cmd.name, fmt.Sprintf(msgUnexpectedArg.In(c.lang), p.args[0]))
		return false
	}
	return true
}

// help is malli help [COMMAND].
func (c *cli) help(p *parsed) int {
	switch len(p.args) {
	case 0:
		fmt.Fprint(c.stdout, topHelp(c.lang))
		return exitOK
	case 1:
		cmd := commandByName(p.args[0])
		if cmd == nil {
			return c.unknownCommand("malli help", p.args[0])
		}
		fmt.Fprint(c.stdout, commandHelp(cmd, c.lang))
		return exitOK
	}
	return c.usage("help", fmt.Sprintf(msgUnexpectedArg.In(c.lang), p.args[1]))
}

// build is malli build and malli check.
func (c *cli) build(p *parsed) int {
	cmd := p.cmd.name
	if !c.noArgs(p) {
		return exitUsage
	}
	quiet, verbose := p.on("quiet"), p.on("verbose")
	if quiet && verbose {
		return c.usage(cmd, msgQuietVerbose.In(c.lang))
	}
	format := p.str("format", "text")
	if !validFormat(format) {
		return c.usage(cmd, fmt.Sprintf(msgUnknownFormat.In(c.lang), format, strings.Join(diag.Formats, ", ")))
	}
	reports, err := parseReports(p.all("report"), c.lang)
	if err != nil {
		return c.usage(cmd, err.Error())
	}
	if stop, err := profile(p.str("cpuprofile", ""), p.str("memprofile", "")); err != nil {
		fmt.Fprintf(c.stderr, "malli %s: %v\n", cmd, err)
		return exitUsage
	} else {
		defer stop()
	}
	root := p.str("C", ".")
	outDir := p.str("output", "public")
	if !filepath.IsAbs(outDir) {
		outDir = filepath.Join(root, outDir)
	}
	if cmd == "build" {
		if msg := outputProblem(root, outDir, c.lang); msg != "" {
			fmt.Fprintf(c.stderr, "malli build: %s\n", msg)
			return exitUsage
		}
	}
	opts := site.Options{
		Root:    root,
		Out:     publish.Dir{Path: outDir},
		BaseURL: p.str("base-url", ""),
		Drafts:  p.on("drafts"),
		Strict:  p.on("strict"),
		Check:   cmd == "check",
	}
	if p.on("watch") {
		return checkWatch(c.ctx, opts, format, c.lang, c.stdout, c.stderr)
	}
	out := c.output(cmd, quiet, verbose)
	opts.Progress = out.progress
	out.start()
	res, err := site.Build(c.ctx, opts)
	out.stop()
	if res != nil {
		if code := c.printDiagnostics(cmd, res.Diagnostics, diagOutput{format: format, quiet: quiet, verbose: verbose, reports: reports, root: root, pathPrefix: p.str("path-prefix", "")}); code != exitOK {
			return code
		}
	}
	if err != nil && !site.IsContentError(err) {
		if errors.Is(err, publish.ErrNotOutput) {
			return c.fail(cmd, msgNotOutput, outDir, publish.Marker)
		}
		return noSite(c.stderr, cmd, root, err, c.lang)
	}
	out.summary(res, outDir)
	if err != nil {
		return exitContent
	}
	return exitOK
}

// outputProblem says why out cannot be the output folder of the site in
// root: it would replace the site itself, or write into its sources.
// Both are compared after resolving symlinks, so that a committed link
// (build -> content) cannot lead the output into the sources.
func outputProblem(root, out string, lang diag.Lang) string {
	absRoot, err1 := resolve(root)
	absOut, err2 := resolve(out)
	if err1 != nil || err2 != nil {
		return fmt.Sprintf(msgOutPath.In(lang), out, errors.Join(err1, err2))
	}
	if within(absRoot, absOut) {
		return fmt.Sprintf(msgOutHasSite.In(lang), out, root)
	}
	for _, src := range []string{"content", "schemas", "themes"} {
		if within(absOut, filepath.Join(absRoot, src)) {
			return fmt.Sprintf(msgOutInSrc.In(lang), out, src)
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
