package main

import (
	"embed"
	"io/fs"
	"strings"
)

// hugoSite is the Hugo site over the corpus: hugo.toml and layouts/. The
// "all:" prefix keeps layouts/_default, which embed would skip.
//
//go:embed all:hugo
var hugoSite embed.FS

// WriteHugo writes the Hugo site's files beside content/.
func WriteHugo(write func(name string, data []byte) error) error {
	return fs.WalkDir(hugoSite, "hugo", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := hugoSite.ReadFile(p)
		if err != nil {
			return err
		}
		return write(strings.TrimPrefix(p, "hugo/"), data)
	})
}
