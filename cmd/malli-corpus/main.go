// Command malli-corpus writes a generated malli site for performance
// comparisons: N documents of every content type in realistic proportions,
// all valid as published, plus a Hugo site (hugo.toml and layouts/) over the
// very same Markdown files.
//
//	go run ./cmd/malli-corpus -n 10000 -out /tmp/corpus [-seed 1] [-f]
//
// The corpus is a function of -n and -seed alone: the same flags write the
// same bytes on every machine. About 10 % of the documents are projects,
// 50 % operating models, 25 % service paths and 15 % self-evaluations; the
// programme, three criteria sets, the accessibility statement and the home
// page's text come on top. Every reference and every Markdown link (2–9 per
// document, many with a #heading anchor) points at a document that exists.
//
// compare.sh beside this file times malli against Hugo and against the
// floors in floor/ on such a corpus.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("malli-corpus", flag.ContinueOnError)
	fl.SetOutput(stderr)
	n := fl.Int("n", 1000, "number of documents (projects, models, paths and self-evaluations)")
	out := fl.String("out", "", "the site's folder to write (content/, hugo.toml, layouts/)")
	seed := fl.Uint64("seed", 1, "seed of the generator")
	force := fl.Bool("f", false, "replace content/, layouts/ and hugo.toml if -out has them")
	noHugo := fl.Bool("no-hugo", false, "write content/ only, without the Hugo site's files")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fl.NArg() > 0 || *n < 1 {
		fmt.Fprintln(stderr, "usage: malli-corpus -n N -out DIR [-seed S] [-f] [-no-hugo]")
		return 2
	}
	start := time.Now()
	if err := prepare(*out, *force); err != nil {
		fmt.Fprintln(stderr, "malli-corpus:", err)
		return 2
	}
	w := &dirWriter{root: *out}
	files, err := Generate(*n, *seed, w.write)
	if err == nil && !*noHugo {
		err = WriteHugo(w.write)
	}
	if err != nil {
		fmt.Fprintln(stderr, "malli-corpus:", err)
		return 2
	}
	fmt.Fprintf(stderr, "malli-corpus: %d documents, %d bytes of Markdown in %s/content (%.2f s)\n",
		files.Docs, files.Bytes, *out, time.Since(start).Seconds())
	return 0
}

// prepare makes sure out is a place to write a corpus: it exists or can be
// made, and holds no earlier corpus unless force says to replace it.
func prepare(out string, force bool) error {
	for _, name := range []string{"content", "layouts", "hugo.toml"} {
		p := filepath.Join(out, name)
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return err
		}
		if !force {
			return fmt.Errorf("%s exists; use -f to replace it, or another -out", p)
		}
		if err := os.RemoveAll(p); err != nil {
			return err
		}
	}
	return os.MkdirAll(out, 0o755)
}

// dirWriter writes files under root, making folders as needed. It is safe
// for concurrent use.
type dirWriter struct {
	root string
	mu   sync.Mutex
	made map[string]bool
}

func (w *dirWriter) write(name string, data []byte) error {
	p := filepath.Join(w.root, filepath.FromSlash(name))
	if err := w.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

func (w *dirWriter) mkdir(dir string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.made[dir] {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if w.made == nil {
		w.made = map[string]bool{}
	}
	w.made[dir] = true
	return nil
}
