package main

import (
	"errors"
	"fmt"
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
func (c *cli) newDoc(p *parsed) int {
	stdout, stderr, lang := c.stdout, c.stderr, c.lang
	root := p.str("C", ".")
	dir, closer, err := source.OpenDir(root) // confined to the site, as build's reads are
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
	if len(p.args) != 2 {
		fmt.Fprintf(stderr, msgNewUsage.In(lang)+"\n", strings.Join(names, ", "))
		return exitUsage
	}
	t := reg.ByName(p.args[0])
	if t == nil {
		t = reg.ByFolder(p.args[0])
	}
	if t == nil {
		msg := fmt.Sprintf(msgNewType.In(lang), p.args[0], strings.Join(names, ", "))
		var folders []string
		for _, t := range reg.Types {
			folders = append(folders, t.Folder)
		}
		if best := closest(p.args[0], append(names, folders...)); best != "" {
			msg += "; " + fmt.Sprintf(msgDidYouMean.In(lang), best)
		}
		fmt.Fprintf(stderr, "malli new: %s\n", msg)
		return exitUsage
	}
	name, data, err := scaffold.Document(t, p.args[1], time.Now().Format("2006-01-02"))
	if err != nil {
		fmt.Fprintf(stderr, "malli new: %v\n", err)
		return exitUsage
	}
	path := filepath.Join(root, "content", filepath.FromSlash(name))
	if _, err := os.Stat(path); err == nil {
		fmt.Fprintf(stderr, "malli new: %s\n", fmt.Sprintf(msgNewExists.In(lang), filepath.ToSlash(filepath.Join("content", name))))
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
