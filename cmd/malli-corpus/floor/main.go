// Command floor does the least work a generator of a malli site can do, to
// measure malli against (SPEC.md, Performance):
//
//	floor -mode build [-C SITE] -o DIR   read every content/**.md, decode its YAML
//	                                     front matter, convert the body to HTML
//	                                     with goldmark and write one HTML file
//	                                     per document (DIR/<folder>/<id>/index.html)
//	floor -mode parse [-C SITE]          read, decode and parse only: nothing is
//	                                     rendered or written
//
// Both use every core (GOMAXPROCS workers over the sorted file list). The
// front matter decodes into a yaml.Node, as malli's does (it keeps
// positions), and goldmark runs with GFM and footnotes, malli's extensions.
// A file that cannot be read or decoded is an error: exit code 1.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"
)

func main() {
	mode := flag.String("mode", "build", "build (read, decode, convert, write) or parse (read, decode, parse)")
	root := flag.String("C", ".", "the site's folder (holds content/)")
	out := flag.String("o", "floor-public", "output folder of -mode build")
	flag.Parse()
	if (*mode != "build" && *mode != "parse") || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	n, size, err := run(*mode, filepath.Join(*root, "content"), *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "floor %s: %d files, %d bytes (%.2f s)\n", *mode, n, size, time.Since(start).Seconds())
}

var md = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))

func run(mode, content, out string) (int, int64, error) {
	var files []string
	err := filepath.WalkDir(content, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	sort.Strings(files)

	var next atomic.Int64
	var size atomic.Int64
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				n, err := one(mode, content, files[i], out, &buf)
				size.Add(n)
				errs[i] = err
			}
		}()
	}
	wg.Wait()
	return len(files), size.Load(), errors.Join(errs...)
}

// one reads, decodes and parses one file, and in build mode renders and
// writes it.
func one(mode, content, file, out string, buf *bytes.Buffer) (int64, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	front, body, err := split(data)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", file, err)
	}
	var node yaml.Node
	if err := yaml.Unmarshal(front, &node); err != nil {
		return 0, fmt.Errorf("%s: %w", file, err)
	}
	doc := md.Parser().Parse(text.NewReader(body))
	if mode == "parse" {
		return int64(len(data)), nil
	}
	buf.Reset()
	if err := md.Renderer().Render(buf, body, doc); err != nil {
		return 0, fmt.Errorf("%s: %w", file, err)
	}
	rel, err := filepath.Rel(content, file)
	if err != nil {
		return 0, err
	}
	rel = strings.TrimSuffix(rel, ".md")
	if filepath.Base(rel) == "_index" {
		rel = filepath.Dir(rel)
	}
	dir := filepath.Join(out, rel)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	return int64(len(data)), os.WriteFile(filepath.Join(dir, "index.html"), buf.Bytes(), 0o644)
}

// split returns the YAML between the first two --- lines and the rest.
func split(data []byte) (front, body []byte, err error) {
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		return nil, nil, errors.New("no YAML front matter")
	}
	if bytes.HasPrefix(rest, []byte("---\n")) {
		return nil, rest[4:], nil
	}
	i := bytes.Index(rest, []byte("\n---\n"))
	if i < 0 {
		return nil, nil, errors.New("front matter not closed")
	}
	return rest[:i+1], rest[i+5:], nil
}
