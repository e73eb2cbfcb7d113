package main

// What build and check tell people as they run: a progress line on a
// terminal, and the summary at the end.

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/diag"
)

// ANSI colours, used only on a terminal without NO_COLOR or TERM=dumb.
const (
	colRed    = "\x1b[1;31m"
	colYellow = "\x1b[33m"
	colGreen  = "\x1b[32m"
	colReset  = "\x1b[0m"
)

// colour reports whether output to w may have colours: w is a terminal,
// NO_COLOR is not set (https://no-color.org) and TERM is not dumb.
func (c *cli) colour(w io.Writer) bool {
	return c.terminal(w) && c.getenv("NO_COLOR") == "" && c.getenv("TERM") != "dumb"
}

// output is what one build prints on stderr besides the diagnostics.
type output struct {
	c              *cli
	cmd            string
	quiet, verbose bool
	colour         bool
	live           bool // stderr is a terminal: a progress line after c.progressAfter

	mu          sync.Mutex
	begin, end  time.Time
	stage       string
	done, total int
	stages      []stageTime // in the order they began
	stopc       chan struct{}
	wg          sync.WaitGroup
	drawn       int // the length of the progress line on the screen
}

type stageTime struct {
	name  string
	begin time.Time
	total int
}

func (c *cli) output(cmd string, quiet, verbose bool) *output {
	return &output{c: c, cmd: cmd, quiet: quiet, verbose: verbose, colour: c.colour(c.stderr), live: c.terminal(c.stderr) && !quiet}
}

// progress is site.Options.Progress.
func (o *output) progress(stage string, done, total int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if stage != o.stage {
		o.stages = append(o.stages, stageTime{name: stage, begin: time.Now(), total: total})
		o.stage, o.done = stage, done
	} else if done > o.done {
		o.done = done
	}
	o.total = total
}

// start begins the build's clock and, on a terminal, the progress line.
func (o *output) start() {
	o.begin = time.Now()
	if !o.live {
		return
	}
	o.stopc = make(chan struct{})
	o.wg.Add(1)
	go func() {
		defer o.wg.Done()
		select {
		case <-o.stopc:
			return
		case <-time.After(o.c.progressAfter):
		}
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			o.draw()
			select {
			case <-o.stopc:
				return
			case <-tick.C:
			}
		}
	}()
}

// draw rewrites the progress line in place.
func (o *output) draw() {
	o.mu.Lock()
	stage, done, total := o.stage, o.done, o.total
	o.mu.Unlock()
	if stage == "" {
		return
	}
	lang := o.c.lang
	line := fmt.Sprintf("malli %s: %s", o.cmd, progressWords[stage].In(lang))
	if total > 0 {
		line += fmt.Sprintf(" %s/%s", number(done, lang), number(total, lang))
	}
	line += " … " + seconds(time.Since(o.begin), lang)
	if w, ok := termWidth(o.c.stderr); ok && w > 1 && len([]rune(line)) >= w {
		line = string([]rune(line)[:w-1])
	}
	n := len([]rune(line))
	pad := ""
	if o.drawn > n {
		pad = strings.Repeat(" ", o.drawn-n)
	}
	fmt.Fprint(o.c.stderr, "\r"+line+pad)
	o.drawn = n
}

// stop ends the progress line, clearing it, and the build's clock.
func (o *output) stop() {
	o.end = time.Now()
	if o.stopc == nil {
		return
	}
	close(o.stopc)
	o.wg.Wait()
	if o.drawn > 0 {
		fmt.Fprint(o.c.stderr, "\r"+strings.Repeat(" ", o.drawn)+"\r")
		o.drawn = 0
	}
}

// summary prints the end of a build on stderr: with --verbose the stages'
// times and what was written; the documents by type and status; and the
// one summary line. With --quiet, only the count of errors, if any.
func (o *output) summary(res *site.Result, outDir string) {
	if res == nil {
		return
	}
	lang, w := o.c.lang, o.c.stderr
	errs, _ := res.Diagnostics.Count()
	if o.quiet {
		if errs > 0 {
			fmt.Fprintf(w, "malli %s: %s\n", o.cmd, o.paint(colRed, count(errs, nErrors, lang)))
		}
		return
	}
	if o.verbose {
		for i, s := range o.stages {
			next := o.end
			if i+1 < len(o.stages) {
				next = o.stages[i+1].begin
			}
			what := seconds(next.Sub(s.begin), lang)
			switch {
			case s.name == "scan":
				what += " (" + count(s.total, nDocuments, lang) + ")"
			case s.name == "emit":
				what += " (" + count(s.total, nFiles, lang) + ")"
			}
			fmt.Fprintf(w, "malli %s: %s\n", o.cmd, fmt.Sprintf(msgStage.In(lang), stageNames[s.name].In(lang), what))
		}
		if o.cmd == "check" {
			fmt.Fprintf(w, "malli %s: %s\n", o.cmd, msgChecked.In(lang))
		} else if errs == 0 {
			fmt.Fprintf(w, "malli %s: %s\n", o.cmd, fmt.Sprintf(msgWrote.In(lang), count(res.Files, nFiles, lang), outDir))
		}
	}
	if t := typeCounts(res.Types, lang); t != "" {
		fmt.Fprintf(w, "malli %s: %s\n", o.cmd, fmt.Sprintf(msgDocuments.In(lang), t))
	}
	fmt.Fprintln(w, summaryLine(o.cmd, res, lang, o.colour))
}

func (o *output) paint(col, s string) string {
	if !o.colour {
		return s
	}
	return col + s + colReset
}

// summary is the one line printed after a build.
func summary(cmd string, res *site.Result, lang diag.Lang) string {
	return summaryLine(cmd, res, lang, false)
}

// summaryLine is the one line printed after a build, with the counts of
// problems in colour if colour is set.
func summaryLine(cmd string, res *site.Result, lang diag.Lang, colour bool) string {
	errs, warns := res.Diagnostics.Count()
	paint := func(col string, n int, s string) string {
		if !colour {
			return s
		}
		if n == 0 {
			col = colGreen
		}
		return col + s + colReset
	}
	parts := []string{count(res.Documents, nDocuments, lang)}
	if cmd != "check" {
		parts = append(parts, count(res.Pages, nPages, lang), count(res.Exports, nExports, lang))
	}
	parts = append(parts, paint(colYellow, warns, count(warns, nWarnings, lang)), paint(colRed, errs, count(errs, nErrors, lang)))
	return fmt.Sprintf("malli %s: %s (%s)", cmd, strings.Join(parts, ", "), seconds(res.Duration, lang))
}

// typeCounts writes the documents of each type that has any, by status
// unless they all are published: "Hankkeet 1, Toimintamallit 3 (2
// julkaistua, 1 luonnos)".
func typeCounts(types []site.TypeCount, lang diag.Lang) string {
	var parts []string
	for _, t := range types {
		if t.Total == 0 {
			continue
		}
		var statuses []string
		for s := range t.ByStatus {
			statuses = append(statuses, s)
		}
		rank := map[string]int{"published": 0, "draft": 1, "archived": 2, "": 4}
		sort.Slice(statuses, func(i, j int) bool {
			ri, ok := rank[statuses[i]]
			if !ok {
				ri = 3
			}
			rj, ok := rank[statuses[j]]
			if !ok {
				rj = 3
			}
			if ri != rj {
				return ri < rj
			}
			return statuses[i] < statuses[j]
		})
		var by []string
		for _, s := range statuses {
			n := t.ByStatus[s]
			if w, ok := statusWords[s]; ok {
				by = append(by, count(n, w, lang))
			} else {
				by = append(by, number(n, lang)+" "+s)
			}
		}
		part := t.Type.Plural.In(lang) + " " + number(t.Total, lang)
		if len(statuses) != 1 || statuses[0] != "published" { // all published is what a site usually has
			part += " (" + strings.Join(by, ", ") + ")"
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, ", ")
}

// errorsOnly is the errors of l, for --quiet.
func errorsOnly(l diag.List) diag.List {
	var out diag.List
	for _, d := range l {
		if d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}
