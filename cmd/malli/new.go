package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/malli-fi/malli/site"
	"github.com/malli-fi/malli/site/scaffold"
	"github.com/malli-fi/malli/site/source"
)

// newDoc writes content/<folder>/<slug>.md for malli new TYPE "Title".
func newDoc(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("malli new", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("C", ".", "the site's folder")
	if err := fl.Parse(args); err != nil {
		return exitUsage
	}
	dir, closer, err := source.OpenDir(*root) // confined to the site, as build's reads are
	if err != nil {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	defer closer.Close()
	reg, err := site.LoadTypes(dir)
	if err != nil {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	var names []string
	for _, t := range reg.Types {
		names = append(names, t.Name)
	}
	if fl.NArg() != 2 {
		fmt.Fprintf(stderr, "käyttö: malli new TYPE \"Otsikko\"\ntyypit: %s\n", strings.Join(names, ", "))
		return exitUsage
	}
	t := reg.ByName(fl.Arg(0))
	if t == nil {
		t = reg.ByFolder(fl.Arg(0))
	}
	if t == nil {
		fmt.Fprintf(stderr, "malli new: tuntematon tyyppi %q; tyypit: %s\n", fl.Arg(0), strings.Join(names, ", "))
		return exitUsage
	}
	name, data, err := scaffold.Document(t, fl.Arg(1), time.Now().Format("2006-01-02"))
	if err != nil {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	path := filepath.Join(*root, "content", filepath.FromSlash(name))
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(stderr, "malli new: %s on jo olemassa; en korvaa sitä\n", filepath.ToSlash(filepath.Join("content", name)))
		return exitUsage
	} else if !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err == nil {
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	fmt.Fprintln(stdout, filepath.ToSlash(filepath.Join("content", name)))
	return exitOK
}
